// A bare CDN address (https://cdn.jsdelivr.net/npm/movewell-widgets, https://unpkg.com/movewell-widgets)
// serves the file package.json names in `jsdelivr` and `unpkg`: it must be the browser-ready one,
// which runs from a plain <script type="module"> with nothing else on the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChrome } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/serve.mjs';
import { root, run } from './tarball.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let server, browser;

before(async () => {
  server = await serve(root);
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('CDN fields', () => {
  it('name the single-file build in jsdelivr and unpkg, and ship it', () => {
    assert.equal(pkg.jsdelivr, 'dist/cdn.js');
    assert.equal(pkg.unpkg, 'dist/cdn.js');
    const shipped = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']))[0].files.map(
      (file) => file.path,
    );
    assert.ok(shipped.includes(pkg.jsdelivr));
  });

  it('point at a file with no bare imports, as a browser needs', () => {
    const code = readFileSync(join(root, pkg.jsdelivr), 'utf8');
    const specifiers = [
      ...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']/g),
    ]
      .map((match) => match[1] ?? match[2])
      .filter((specifier) => !/^(\.{0,2}\/|https?:)/.test(specifier));
    assert.deepEqual(specifiers, []);
  });

  it('renders every widget from that one file in a page with nothing else', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('/cdn-page.html')
        ? request.respond({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:," /></head><body>
              <mw-exercise-card exercise="clamshell"></mw-exercise-card>
              <mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>
              <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
              <mw-book-now href="https://clinic.example/book"><a href="https://clinic.example/book">Book</a></mw-book-now>
              <script type="module" src="/${pkg.unpkg}"></script>
            </body></html>`,
          })
        : request.continue(),
    );
    await page.goto(`${server.url}/cdn-page.html`, { waitUntil: 'networkidle0' });
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('body > *:not(script)')].map((el) => [
        el.localName,
        (el.shadowRoot?.textContent ?? '').trim().length > 0,
      ]),
    );
    assert.deepEqual(rendered, [
      ['mw-exercise-card', true],
      ['mw-drill-timer', true],
      ['mw-symptom-checklist', true],
      ['mw-book-now', true],
    ]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
