// Size budgets, checked on the built files (bytes are deterministic; timings are not, and live in `npm run bench`).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUDGETS, CEILINGS, WIDGET_ENTRIES, ceilingFor, distSizes, kb } from '../../scripts/sizes.mjs';

const sizes = distSizes();
console.log(
  Object.entries(sizes)
    .map(
      ([file, s]) =>
        `${file.padEnd(32)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(8)} gzip ${kb(s.brotli).padStart(8)} brotli`,
    )
    .join('\n'),
);

// The targets are BUDGETS; until every file meets them, CEILINGS stop files from growing.
const checks = [
  { file: 'cdn.js', size: sizes['cdn.js'].gzip, target: BUDGETS.cdn },
  ...WIDGET_ENTRIES.map((widget) => ({
    file: `${widget}.js`,
    size: sizes[`${widget}.js (own code)`].gzip,
    target: BUDGETS.widgetEntry,
  })),
];

describe('size budgets', () => {
  for (const { file, size, target } of checks) {
    const ceiling = CEILINGS[file];
    it(`${file} stays under its ceiling of ${kb(ceiling)} gzip (target ${kb(target)})`, (t) => {
      assert.ok(ceiling, `${file} has a ceiling in scripts/sizes.mjs`);
      // Within the target always passes; above it, the ceiling is the limit.
      assert.ok(
        size <= Math.max(ceiling, target),
        `${file} is ${kb(size)} gzip, over its ceiling of ${kb(ceiling)} (target ${kb(target)})`,
      );
      if (ceilingFor(size) < ceiling) t.diagnostic(`${file} shrank: lower its ceiling to ${kb(ceilingFor(size))}`);
      if (size > target) t.diagnostic(`${file} is ${kb(size)} gzip, still over the ${kb(target)} target`);
    });
  }

  // Lit registers its version in `litHtmlVersions`: the marker counts the copies of Lit.
  it('bundles Lit once in the CDN build and once in the autoloader build, and keeps it external in the npm build', () => {
    const count = (files) =>
      files.reduce((n, file) => n + readFileSync(join('dist', file), 'utf8').split('litHtmlVersions').length - 1, 0);
    const js = readdirSync('dist', { recursive: true }).filter((f) => f.endsWith('.js'));
    const auto = js.filter((f) => f.split(/[\\/]/)[0] === 'auto');
    const npm = js.filter((f) => f !== 'cdn.js' && !auto.includes(f));
    assert.equal(count(['cdn.js']), 1, 'cdn.js has Lit inside, once');
    assert.ok(auto.length > 1, 'the autoloader build has its files in dist/auto/');
    assert.equal(count(auto), 1, 'the autoloader files share one copy of Lit');
    assert.ok(npm.includes('index.js'), 'the npm build is in dist/');
    for (const file of npm) assert.equal(count([file]), 0, `${file} bundles Lit`);
  });
});
