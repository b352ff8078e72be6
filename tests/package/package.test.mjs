// The package as a user gets it: `npm pack`, install the tarball into a fresh folder, run the
// ecosystem's package checkers, then render the card in Chromium from the CDN file and from
// the npm entry through an import map.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChrome } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/serve.mjs';
import { installTarball, litImports, root, run } from './tarball.mjs';

let installed, tarball, app, server, browser;

before(async () => {
  installed = installTarball();
  ({ tarball, app } = installed);
  server = await serve(app);
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await server?.close();
  installed?.cleanup();
});

describe('the packed tarball', () => {
  it('ships only what users need', () => {
    const files = run('tar', ['-tzf', tarball]).trim().split('\n');
    for (const needed of [
      'package/dist/cdn.js',
      'package/dist/index.js',
      'package/dist/exercise-card.js',
      'package/dist/content.js',
      'package/dist/custom-elements.json',
      'package/dist/content.schema.json',
      'package/LICENSE',
      'package/README.md',
    ]) {
      assert.ok(files.includes(needed), `${needed} is in the tarball`);
    }
    assert.ok(
      !files.some((f) => f.startsWith('package/src/') || f.startsWith('package/tests/')),
      'no sources or tests',
    );
  });

  it('passes publint', () => {
    const out = run(join(root, 'node_modules/.bin/publint'), [
      'run',
      join(app, 'node_modules/movewell-widgets'),
      '--strict',
    ]);
    assert.doesNotMatch(out, /error|warning/i, out);
  });

  it('passes @arethetypeswrong/cli for ESM', () => {
    // Stylesheets are not modules and have no types: attw would report them as unresolved
    // (its README excludes them the same way). Every JS and JSON entry point is checked.
    const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const stylesheets = Object.keys(exports).filter((key) => key.endsWith('.css'));
    const exclude = stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : [];
    run(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', ...exclude]);
  });

  it('keeps its version in step with package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.match(readFileSync(join(root, 'src/internal/version.ts'), 'utf8'), new RegExp(`'${version}'`));
  });

  it('renders from the CDN file in one <script type="module"> tag', async () => {
    writeFileSync(
      join(app, 'cdn.html'),
      `<!doctype html><html lang="en"><body>
        <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
        <script type="module" src="/node_modules/movewell-widgets/dist/cdn.js"></script>
      </body></html>`,
    );
    await expectCardWorks('/cdn.html');
  });

  it('renders from the npm entry through an import map', async () => {
    const nm = '/node_modules';
    const imports = {
      ...litImports(nm),
      'movewell-widgets/exercise-card.js': `${nm}/movewell-widgets/dist/exercise-card.js`,
    };
    writeFileSync(
      join(app, 'npm.html'),
      `<!doctype html><html lang="en"><head><script type="importmap">${JSON.stringify({ imports })}</script></head><body>
        <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
        <script type="module">import 'movewell-widgets/exercise-card.js';</script>
      </body></html>`,
    );
    await expectCardWorks('/npm.html');
  });
});

async function expectCardWorks(path) {
  // A fresh context per page, so "Done today" from one page is not remembered on the next.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  await page.goto(server.url + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    document.querySelector('mw-exercise-card')?.shadowRoot?.querySelector('[role="heading"]'),
  );
  const heading = await page.evaluate(() =>
    document.querySelector('mw-exercise-card').shadowRoot.querySelector('[role="heading"]').textContent.trim(),
  );
  assert.match(heading, /bridge/i);
  const detail = await page.evaluate(
    () =>
      new Promise((resolvePromise) => {
        const card = document.querySelector('mw-exercise-card');
        card.addEventListener('mw-exercise-done', (event) => resolvePromise(event.detail), { once: true });
        [...card.shadowRoot.querySelectorAll('button')].find((b) => /Done today/.test(b.textContent)).click();
      }),
  );
  assert.deepEqual(detail, { exerciseId: 'glute-bridge', done: true });
  assert.deepEqual(errors, []);
  await context.close();
}
