// A page whose Object.prototype has an enumerable property (old libraries add them) must still load
// every build we ship: the CDN file, the autoloader, and the npm build bundled by a site's esbuild or
// Vite. Bundlers' export helpers walk exports with for…in (see src/loaders/README.md).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChrome } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/serve.mjs';
import { installTarball, root, run } from './tarball.mjs';

const TAGS = ['mw-exercise-card', 'mw-drill-timer', 'mw-symptom-checklist', 'mw-book-now'];
const WIDGETS = `<mw-content><script type="application/json">{"format":1,"locale":"en","extends":"default"}</script>
  <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
  <mw-drill-timer exercise="glute-squeeze"></mw-drill-timer>
  <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
  <mw-book-now href="https://clinic.example/book"><a href="https://clinic.example/book">Book</a></mw-book-now></mw-content>`;

/** The ways old sites pollute Object.prototype: a number, a string, an object, a function. */
const POLLUTIONS = {
  number: 'Object.prototype.polluted = 1;',
  text: 'Object.prototype.each = "x";',
  object: 'Object.prototype.extend = {};',
  function: 'Object.prototype.clone = function () { return this; };',
};
const page = (pollution, head) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old site</title><script>${pollution}</script>${head}</head><body>${WIDGETS}</body></html>`;

let installed, server, browser;

before(async () => {
  installed = installTarball();
  const { app } = installed;
  const lib = '/node_modules/movewell-widgets/dist';
  // A site's own bundles of the npm build, with esbuild and with Vite (each with its own helpers).
  const site = join(app, 'site');
  mkdirSync(join(site, 'src'), { recursive: true });
  writeFileSync(join(site, 'src/main.js'), `import 'movewell-widgets';\n`);
  run(
    join(root, 'node_modules/.bin/esbuild'),
    ['src/main.js', '--bundle', '--format=esm', '--outfile=esbuild.js'],
    site,
  );
  writeFileSync(join(site, 'index.html'), `<script type="module" src="/src/main.js"></script>`);
  run(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--base', './', '--outDir', 'vite'], site);
  // The entry as Vite's own index.html names it (the first file by name may be a lazy chunk).
  const viteEntry = join(
    'vite',
    readFileSync(join(site, 'vite/index.html'), 'utf8').match(/<script[^>]* src="([^"]+)"/)[1],
  );
  const builds = {
    cdn: `<script type="module" src="${lib}/cdn.js"></script>`,
    autoloader: `<script type="module" src="${lib}/auto/autoloader.js"></script>`,
    esbuild: `<script type="module" src="/site/esbuild.js"></script>`,
    vite: `<script type="module" src="/site/${viteEntry}"></script>`,
  };
  for (const [build, head] of Object.entries(builds)) {
    for (const [kind, pollution] of Object.entries(POLLUTIONS)) {
      writeFileSync(join(app, `${build}-${kind}.html`), page(pollution, head));
    }
  }
  server = await serve(app);
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await server?.close();
  installed?.cleanup();
});

for (const build of ['cdn', 'autoloader', 'esbuild', 'vite']) {
  describe(`the ${build} build on a page with a polluted Object.prototype`, () => {
    for (const kind of Object.keys(POLLUTIONS)) {
      it(`loads and renders every widget (${kind})`, async () => {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        try {
          await tab.goto(`${server.url}/${build}-${kind}.html`, { waitUntil: 'networkidle0' });
          await tab
            .waitForFunction(
              (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount),
              {
                timeout: 5000,
              },
              TAGS,
            )
            .catch(() => {});
          const rendered = await tab.evaluate(
            (tags) =>
              tags.filter((tag) => {
                const el = document.querySelector(tag);
                return el?.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('.problem');
              }),
            TAGS,
          );
          assert.deepEqual(errors, []);
          assert.deepEqual(rendered, TAGS);
        } finally {
          await context.close();
        }
      });
    }
  });
}
