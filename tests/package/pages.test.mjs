// Page budgets (#14): what a page pays, measured on the packed tarball. Each page kind is loaded in
// Chromium through the README's first snippet, with the package served where that snippet points;
// every script fetched is gzipped on its own, as a browser fetches it, and summed. Bytes are
// deterministic, so the budgets are asserted here; timings live in `npm run bench`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChrome } from '../../scripts/chrome.mjs';
import { bundlePage, firstSnippet, loadPage } from '../../scripts/page-weight.mjs';
import { OWN_PACK_PAGE, PAGES, PAGE_BUDGETS, WIDGET_ENTRIES, ceilingFor, kb } from '../../scripts/sizes.mjs';
import { root, run, unpackTarball } from './tarball.mjs';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const ownPack = { '/pack.json': readFileSync(join(root, 'tests/fixtures/clinic-pack.json'), 'utf8') };
/** A valibot schema message: only the validation chunk holds it. */
const VALIDATOR = 'expected one of the built-in poses';
/** English that only one widget's part of the words holds: a page carries the parts of the widgets on it. */
const ENGLISH_OF = {
  'mw-drill-timer': 'Why it helps, and when to do it',
  'mw-symptom-checklist': 'Tick all that apply.',
  'mw-book-now': 'Dismiss booking banner',
  'mw-content': 'so these exercises can’t be shown',
  // Media's words come with media's code: neither page has media.
  media: 'once you press play',
};
let packed, browser;

before(async () => {
  packed = unpackTarball();
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  packed?.cleanup();
});

const listing = (scripts) => scripts.map((s) => `  ${s.path.padEnd(44)} ${kb(s.gzip).padStart(8)} gzip`).join('\n');
const holding = (scripts, dir, text) =>
  scripts.filter((s) => readFileSync(join(dir, s.path), 'utf8').includes(text)).map((s) => s.path);
const holdsValidator = (scripts, dir) =>
  scripts.filter((s) => readFileSync(join(dir, s.path), 'utf8').includes(VALIDATOR)).map((s) => s.path);

/** Within its budget always passes; over it, its ceiling is the limit (and says so). */
function withinBudget(t, kind, total) {
  const { label, budget, ceiling } = PAGE_BUDGETS[kind];
  assert.ok(total <= Math.max(budget, ceiling), `${label}: ${kb(total)} gzip, over its ceiling of ${kb(ceiling)}`);
  if (total > budget) t.diagnostic(`${label}: ${kb(total)} gzip, still over the ${kb(budget)} budget`);
  else if (ceiling > budget) t.diagnostic(`${label} is within its budget: remove its ceiling`);
  if (total > budget && ceilingFor(total) < ceiling)
    t.diagnostic(`${label} shrank: lower its ceiling to ${kb(ceilingFor(total))}`);
}

describe('page budgets, through the README’s first snippet', () => {
  it('the first snippet is the one-tag loader', () => {
    assert.match(firstSnippet(readme).src, /\/dist\/auto\/autoloader\.js$/);
  });

  for (const kind of Object.keys(PAGES)) {
    it(`${PAGE_BUDGETS[kind].label}: every widget renders, within the budget`, async (t) => {
      const page = await loadPage(browser, { packageDir: packed.dir, readme, body: PAGES[kind] });
      try {
        t.diagnostic(`${PAGE_BUDGETS[kind].label}: ${kb(page.total)} gzip\n${listing(page.scripts)}`);
        assert.deepEqual(page.problems, []);
        assert.ok(page.rendered.length > 0 && page.rendered.every((w) => w.text), JSON.stringify(page.rendered));
        assert.deepEqual(holdsValidator(page.scripts, packed.dir), [], 'the built-in pack needs no validator');
        for (const [tag, english] of Object.entries(ENGLISH_OF)) {
          const expected = PAGES[kind].includes(`<${tag}`) ? 1 : 0;
          assert.equal(holding(page.scripts, packed.dir, english).length, expected, `${tag}'s English`);
        }
        withinBudget(t, kind, page.total);
      } finally {
        await page.close();
      }
    });
  }

  it('a page with its own pack fetches the validator, once, and shows the pack', async () => {
    const page = await loadPage(browser, { packageDir: packed.dir, readme, body: OWN_PACK_PAGE, files: ownPack });
    try {
      assert.deepEqual(page.problems, []);
      assert.equal(holdsValidator(page.scripts, packed.dir).length, 1, listing(page.scripts));
      const text = await page.page.evaluate(() => document.querySelector('mw-exercise-card').shadowRoot.textContent);
      assert.match(text, /Wall sit/);
    } finally {
      await page.close();
    }
  });

  it('a card that is defined before the <mw-content> around it still shows that pack', async () => {
    // The loader fetches <mw-content> on its own: here its chunk arrives once the card is defined.
    const page = await loadPage(browser, {
      packageDir: packed.dir,
      readme,
      body: OWN_PACK_PAGE,
      files: ownPack,
      late: { path: /^dist\/auto\/content-/, after: 'mw-exercise-card' },
    });
    try {
      assert.deepEqual(page.problems, []);
      const text = await page.page.evaluate(() => document.querySelector('mw-exercise-card').shadowRoot.textContent);
      assert.match(text, /Wall sit/);
    } finally {
      await page.close();
    }
  });

  it('no source file is in two chunks of the one-tag loader or of cdn.js', () => {
    assert.deepEqual(duplicatedModules('autoload'), []);
    assert.deepEqual(duplicatedModules('cdn'), []);
  });
});

describe('cdn.js, the all-in-one file', () => {
  it('stays within its budget, and an English page with every widget fetches nothing else', async (t) => {
    const src = `${firstSnippet(readme).cdnRoot}dist/cdn.js`;
    const page = await loadPage(browser, { packageDir: packed.dir, readme, body: PAGES.article, src });
    try {
      t.diagnostic(`cdn.js page: ${kb(page.total)} gzip\n${listing(page.scripts)}`);
      assert.deepEqual(page.problems, []);
      assert.deepEqual(
        page.scripts.map((s) => s.path),
        ['dist/cdn.js'],
      );
      withinBudget(t, 'cdn', page.total);
    } finally {
      await page.close();
    }
  });

  it('fetches the validator from beside itself for a page with its own pack', async () => {
    const src = `${firstSnippet(readme).cdnRoot}dist/cdn.js`;
    const page = await loadPage(browser, { packageDir: packed.dir, readme, body: OWN_PACK_PAGE, files: ownPack, src });
    try {
      assert.deepEqual(page.problems, []);
      assert.deepEqual(holdsValidator(page.scripts, packed.dir).length, 1, listing(page.scripts));
      assert.ok(page.scripts.every((s) => s.path === 'dist/cdn.js' || s.path.startsWith('dist/cdn/')));
    } finally {
      await page.close();
    }
  });
});

describe('when the validator cannot be fetched', () => {
  it('a self-hosted cdn.js without its cdn/ folder shows what is wrong in place, with one warning', async () => {
    const src = `${firstSnippet(readme).cdnRoot}dist/cdn.js`;
    const page = await loadPage(browser, {
      packageDir: packed.dir,
      readme,
      body: OWN_PACK_PAGE,
      files: ownPack,
      src,
      missing: /^dist\/cdn\//,
    });
    try {
      const [missing, ...rest] = page.problems.filter((p) => p.startsWith('not in the package'));
      assert.match(missing, /dist\/cdn\/validation-/);
      assert.deepEqual(rest, []);
      const warnings = page.problems.filter((p) => p.startsWith('warning:'));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(
        warnings[0],
        /could not use its content:\ncontent: the code that checks content could not be loaded/,
      );
      const shown = await page.page.evaluate(() => document.querySelector('mw-content').shadowRoot.textContent);
      assert.match(shown, /This content could not be loaded/);
      assert.match(shown, /the code that checks content could not be loaded/);
      assert.ok(!page.problems.some((p) => p.startsWith('page error')), page.problems.join('\n'));
    } finally {
      await page.close();
    }
  });
});

describe('npm build, bundled and minified by a site’s esbuild', () => {
  const bundles = {
    npmCard: ['movewell-widgets/exercise-card.js'],
    npmArticle: WIDGET_ENTRIES.map((widget) => `movewell-widgets/${widget}.js`),
  };
  for (const [kind, imports] of Object.entries(bundles)) {
    it(`${PAGE_BUDGETS[kind].label} (${imports.length} ${imports.length > 1 ? 'entries' : 'entry'}): within the budget, validation left for later`, async (t) => {
      const page = await bundlePage({
        packageDir: packed.dir,
        imports,
        outDir: join(packed.work, `esbuild-${kind}`),
        nodePaths: [join(root, 'node_modules')],
      });
      t.diagnostic(`${kb(page.total)} gzip\n${listing(page.scripts)}\n  later: ${page.later.join(', ')}`);
      assert.deepEqual(holdsValidator(page.scripts, join(packed.work, `esbuild-${kind}/out`)), []);
      withinBudget(t, kind, page.total);
    });
  }

  it('is unminified ES modules with source maps, Lit left to the site', () => {
    const entry = readFileSync(join(packed.dir, 'dist/exercise-card.js'), 'utf8');
    const chunk = entry.match(/from "\.\/(chunks\/exercise-card-[\w-]+\.js)"/)?.[1];
    assert.ok(chunk, `the entry re-exports the card's chunk: ${entry}`);
    const code = readFileSync(join(packed.dir, 'dist', chunk), 'utf8');
    assert.ok(code.split('\n').length > 100, 'one statement a line, not minified');
    assert.match(code, /from "lit"/);
    const map = JSON.parse(readFileSync(join(packed.dir, 'dist', `${chunk}.map`), 'utf8'));
    assert.match(code, new RegExp(`//# sourceMappingURL=${chunk.split('/')[1].replace('.', '\\.')}\\.map`));
    assert.ok(map.sources.some((source) => source.endsWith('exercise-card.component.ts')));
  });
});

/** Source files that appear in more than one chunk of a browser build (built again here, with source maps). */
function duplicatedModules(mode) {
  const out = join(packed.work, `mapped-${mode}`);
  const args = [
    'build',
    '--mode',
    mode,
    '--sourcemap',
    'hidden',
    '--outDir',
    out,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ];
  run('node_modules/.bin/vite', args);
  const seen = new Map();
  for (const file of readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.js.map'))) {
    for (const source of JSON.parse(readFileSync(join(out, file), 'utf8')).sources) {
      seen.set(source, [...(seen.get(source) ?? []), file]);
    }
  }
  return [...seen].filter(([, files]) => files.length > 1).map(([source, files]) => `${source}: ${files.join(', ')}`);
}
