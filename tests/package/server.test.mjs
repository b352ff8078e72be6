// The package on a server, as Astro, Eleventy, SvelteKit, Next.js or Nuxt use it: every npm entry
// imports in plain Node; the exercise card and the booking banner render with @lit-labs/ssr to
// declarative shadow DOM, and that HTML hydrates in Chromium without re-rendering or moving.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChrome } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/serve.mjs';
import { installTarball, litImports, root, run } from './tarball.mjs';

let installed, app, server, browser;

before(async () => {
  installed = installTarball(['@lit-labs/ssr@^4.1.0', '@lit-labs/ssr-client@^1.1.8']);
  ({ app } = installed);
  server = await serve(app);
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await server?.close();
  installed?.cleanup();
});

/** Runs an ES module in a plain Node process inside the app, as a server build would. */
const node = (file, source) => {
  writeFileSync(join(app, file), source);
  return run(process.execPath, [file], app);
};

describe('in Node', () => {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  for (const [entry, target] of Object.entries(exports)) {
    const specifier = `movewell-widgets${entry.slice(1)}`;
    if (typeof target === 'object' && !target.default) continue; // types only (./jsx, ./vue)
    if (entry.endsWith('.css')) continue; // a stylesheet for bundlers and <link>, not a module
    it(`imports ${specifier} without a DOM`, () => {
      const attributes = entry.endsWith('.json') ? ", { with: { type: 'json' } }" : '';
      const out = node(
        'import-entry.mjs',
        `const entry = await import(${JSON.stringify(specifier)}${attributes});
         console.log(JSON.stringify(Object.keys(entry)));`,
      );
      assert.ok(JSON.parse(out.trim().split('\n').at(-1)).length > 0, `${specifier} has exports`);
    });
  }

  it('gives the same API from the CDN entry on a server (a node condition) as from the main entry', () => {
    const out = node(
      'cdn-entry.mjs',
      `const [cdn, main] = await Promise.all([import('movewell-widgets/cdn.js'), import('movewell-widgets')]);
       console.log(JSON.stringify([Object.keys(cdn).sort(), Object.keys(main).sort()]));`,
    );
    const [cdn, main] = JSON.parse(out);
    assert.deepEqual(cdn, main);
  });
});

/** The page a server would send: the widgets rendered by @lit-labs/ssr, in an article. */
const SSR_RENDER = `
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'movewell-widgets/exercise-card.js';
import 'movewell-widgets/book-now.js';
import 'movewell-widgets/drill-timer.js';
import 'movewell-widgets/symptom-checklist.js';
const which = process.argv[2];
const templates = {
  card: html\`<mw-exercise-card exercise="glute-bridge"></mw-exercise-card>\`,
  banner: html\`<mw-book-now href="https://clinic.example/book" label="Book a session"
    ><a href="https://clinic.example/book">Book a session</a></mw-book-now
  >\`,
  timer: html\`<mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>\`,
  checklist: html\`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>\`,
};
process.stdout.write(collectResultSync(render(templates[which])));
`;

const renderOnServer = (which) => node('ssr-render.mjs', SSR_RENDER.replace('process.argv[2]', JSON.stringify(which)));

describe('server rendering with @lit-labs/ssr', () => {
  for (const [which, tag, text] of [
    ['card', 'mw-exercise-card', /Glute bridge/],
    ['banner', 'mw-book-now', /Book a session/],
    ['timer', 'mw-drill-timer', /Banded glute activation/i],
    ['checklist', 'mw-symptom-checklist', /glutes/i],
  ]) {
    it(`renders <${tag}> to declarative shadow DOM`, () => {
      const out = renderOnServer(which);
      assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
      assert.match(out.replace(/<[^>]+>/g, ' '), text);
    });
  }

  it('hydrates the card and the banner in the browser without re-rendering, a flash or a layout shift', async () => {
    const nm = '/node_modules';
    const imports = {
      ...litImports(nm),
      '@lit-labs/ssr-client/': `${nm}/@lit-labs/ssr-client/`,
      'movewell-widgets/': `${nm}/movewell-widgets/dist/`,
    };
    writeFileSync(
      join(app, 'ssr.html'),
      `<!doctype html><html lang="en"><head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <script type="importmap">${JSON.stringify({ imports })}</script>
        <script src="/before-hydration.js"></script>
      </head><body>
        <h1>Your glutes and your lower back</h1>
        ${renderOnServer('card')}
        ${renderOnServer('banner')}
        <p id="after">The article goes on here.</p>
        <script type="module">
          import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
          await import('movewell-widgets/exercise-card.js');
          await import('movewell-widgets/book-now.js');
          window.hydrated = true;
        </script>
      </body></html>`,
    );
    // Runs before any module: what the server's HTML shows, and a record of every change after it.
    writeFileSync(
      join(app, 'before-hydration.js'),
      `window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      window.changes = [];
      window.before = {};
      document.addEventListener('DOMContentLoaded', () => {
        for (const el of document.querySelectorAll('mw-exercise-card, mw-book-now')) {
          window.before[el.localName] = {
            html: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
            nodes: [...el.shadowRoot.querySelectorAll('*')],
            rect: JSON.stringify(el.getBoundingClientRect()),
          };
          new MutationObserver((records) =>
            window.changes.push(...records.map((r) => el.localName + ' ' + r.type + ' ' + (r.attributeName ?? ''))),
          ).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
        }
        window.before.after = JSON.stringify(document.getElementById('after').getBoundingClientRect());
      });`,
    );

    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 390, height: 844 });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(`${server.url}/ssr.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.hydrated);
    const result = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('mw-exercise-card, mw-book-now')];
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return {
        changes: window.changes,
        layoutShift: window.layoutShift,
        afterMoved: window.before.after !== JSON.stringify(document.getElementById('after').getBoundingClientRect()),
        elements: elements.map((el) => ({
          tag: el.localName,
          upgraded: el.hasUpdated === true,
          sameHtml: window.before[el.localName].html === el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
          sameNodes: window.before[el.localName].nodes.every((node) => node.isConnected),
          sameRect: window.before[el.localName].rect === JSON.stringify(el.getBoundingClientRect()),
        })),
      };
    });
    assert.deepEqual(
      result.elements,
      ['mw-exercise-card', 'mw-book-now'].map((tag) => ({
        tag,
        upgraded: true,
        sameHtml: true,
        sameNodes: true,
        sameRect: true,
      })),
    );
    assert.deepEqual(result.changes, [], 'hydration changed nothing in the shadow DOM the server sent');
    assert.equal(result.layoutShift, 0, 'no layout shift');
    assert.equal(result.afterMoved, false, 'the article after the widgets did not move');

    // Hydrated means live: the card's button and the banner's link answer as they do when rendered in the browser.
    const done = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const card = document.querySelector('mw-exercise-card');
          card.addEventListener('mw-exercise-done', (event) => resolve(event.detail), { once: true });
          [...card.shadowRoot.querySelectorAll('button')].find((b) => /Done today/.test(b.textContent)).click();
        }),
    );
    assert.deepEqual(done, { exerciseId: 'glute-bridge', done: true });
    const booking = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const banner = document.querySelector('mw-book-now');
          banner.addEventListener(
            'mw-book-click',
            (event) => {
              event.preventDefault();
              resolve(event.detail.url);
            },
            { once: true },
          );
          banner.shadowRoot.querySelector('[part="button"]').click();
        }),
    );
    assert.equal(booking, 'https://clinic.example/book');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
