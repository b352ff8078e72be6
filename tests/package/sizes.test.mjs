// Size budgets, checked on the built files (bytes are deterministic; timings are not, and live in `npm run bench`).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUDGETS, WIDGET_ENTRIES, distSizes, kb } from '../../scripts/sizes.mjs';

const sizes = distSizes();
console.log(
  Object.entries(sizes)
    .map(
      ([file, s]) =>
        `${file.padEnd(32)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(8)} gzip ${kb(s.brotli).padStart(8)} brotli`,
    )
    .join('\n'),
);

describe('size budgets', () => {
  it(`keeps the single-file CDN build within ${kb(BUDGETS.cdn)} gzip`, () => {
    assert.ok(sizes['cdn.js'].gzip <= BUDGETS.cdn, `cdn.js is ${kb(sizes['cdn.js'].gzip)} gzip`);
  });

  for (const widget of WIDGET_ENTRIES) {
    it(`keeps the ${widget} entry within ${kb(BUDGETS.widgetEntry)} gzip`, () => {
      const size = sizes[`${widget}.js (own code)`].gzip;
      assert.ok(size <= BUDGETS.widgetEntry, `${widget}.js is ${kb(size)} gzip`);
    });
  }

  // Lit registers its version in `litHtmlVersions`: present once in the CDN file, never in the npm build.
  it('bundles Lit once in the CDN build and keeps it external in the npm build', () => {
    const count = (file) => readFileSync(join('dist', file), 'utf8').split('litHtmlVersions').length - 1;
    assert.equal(count('cdn.js'), 1);
    const npmFiles = readdirSync('dist', { recursive: true }).filter((f) => f.endsWith('.js') && f !== 'cdn.js');
    for (const file of npmFiles) assert.equal(count(file), 0, `${file} bundles Lit`);
  });
});
