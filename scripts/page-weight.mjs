// What a page pays for the widgets: it loads the page in Chromium through the README's first snippet,
// with the package served where that snippet points, and records every script fetched, each gzipped
// on its own as a browser fetches it. Shared by the page-budget tests and the benchmark.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { measure, reachable } from './sizes.mjs';

/** Where pages live in these loads; any https origin other than the CDN's would do. */
const SITE = 'https://clinic.example';

/** The README's first snippet: the script tag a CMS user pastes. */
export function firstSnippet(readme) {
  const match = readme.match(/```html\n<script type="module" src="(https:\/\/[^"]+)"><\/script>/);
  if (!match) throw new Error('README.md has no first snippet (```html then a <script type="module" src="https://…">)');
  const src = match[1];
  // The package's root on the CDN: everything up to `/dist/`.
  const cdnRoot = src.slice(0, src.indexOf('/dist/') + 1);
  return { src, cdnRoot };
}

/** A page as a CMS builds it: the widgets, then the snippet's script. */
const pageHtml = (body, src, lang) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="icon" href="data:," /><title>page</title></head>
  <body>
    <main>${body}</main>
    <script type="module" src="${src}"></script>
  </body>
</html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const typeOf = (path) => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

/**
 * Loads `body` in a fresh context of `browser`, on a page in `lang`, the snippet's script (`src`, by default the README's)
 * served from `packageDir` (an unpacked tarball; paths matching `missing` answer 404, as on a server
 * that holds only cdn.js; those matching `late.path` only once `late.after` is defined), and `files` (path → text) at the site's origin.
 * Waits until every widget on the page has rendered and the network has been quiet for 500 ms.
 * Returns the scripts fetched, in order, as `{ path, raw, gzip, brotli }` (path inside the package),
 * their `total` gzip, what rendered, the page's errors and warnings, the page, and `close()` for its context.
 */
export async function loadPage(browser, { packageDir, readme, body, files = {}, src, missing, late, lang = 'en' }) {
  const snippet = firstSnippet(readme);
  src ??= snippet.src;
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const scripts = [];
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on(
    'console',
    (message) => ['warn', 'warning'].includes(message.type()) && problems.push(`warning: ${message.text()}`),
  );
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = request.url();
    if (url === `${SITE}/page.html`) {
      return request.respond({ contentType: 'text/html', body: pageHtml(body, src, lang) });
    }
    if (url.startsWith(SITE)) {
      const file = files[new URL(url).pathname];
      return file === undefined
        ? request.respond({ status: 404, body: 'not found' })
        : request.respond({ contentType: typeOf(url), body: file });
    }
    if (url.startsWith(snippet.cdnRoot)) {
      const path = normalize(new URL(url).pathname.slice(new URL(snippet.cdnRoot).pathname.length));
      let bytes;
      try {
        if (missing?.test(path)) throw new Error('left out on purpose');
        bytes = readFileSync(join(packageDir, path));
      } catch {
        problems.push(`not in the package: ${path}`);
        return request.respond({ status: 404, body: 'not found', headers: { 'access-control-allow-origin': '*' } });
      }
      if (request.resourceType() === 'script') scripts.push({ path, ...measure(bytes) });
      if (late?.path.test(path)) await page.waitForFunction((tag) => customElements.get(tag), {}, late.after);
      // A CDN answers cross-origin module requests with CORS, as jsDelivr and unpkg do.
      return request.respond({
        contentType: typeOf(path),
        body: bytes,
        headers: { 'access-control-allow-origin': '*' },
      });
    }
    problems.push(`request outside the page and the package: ${url}`);
    return request.abort();
  });
  try {
    await page.goto(`${SITE}/page.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('mw-'));
      await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(widgets.map((el) => el.updateComplete));
    });
    await page.waitForNetworkIdle({ idleTime: 500 });
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('mw-') && el.localName !== 'mw-content')
        .map((el) => ({ tag: el.localName, text: (el.shadowRoot?.textContent ?? '').trim().length > 0 })),
    );
    return {
      scripts,
      total: scripts.reduce((sum, s) => sum + s.gzip, 0),
      rendered,
      problems,
      page,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * A site's own bundle of the npm build: `imports` (e.g. `movewell-widgets/exercise-card.js`) bundled
 * and minified by esbuild with code splitting, as a site's bundler would, from the package in
 * `packageDir` (Lit from `nodePaths`). Returns what the page fetches before the reader interacts
 * (the entry and its static imports, each gzipped on its own) and the chunks left for later.
 */
export async function bundlePage({ packageDir, imports, outDir, nodePaths }) {
  const { build } = await import('esbuild');
  const entry = join(outDir, 'src/main.js');
  mkdirSync(dirname(entry), { recursive: true });
  // Installed as a site installs it, so that esbuild reads the package's `exports`.
  mkdirSync(join(outDir, 'node_modules'), { recursive: true });
  if (!existsSync(join(outDir, 'node_modules/movewell-widgets'))) {
    symlinkSync(packageDir, join(outDir, 'node_modules/movewell-widgets'), 'dir');
  }
  writeFileSync(entry, imports.map((specifier) => `import '${specifier}';\n`).join(''));
  await build({
    entryPoints: [entry],
    outdir: join(outDir, 'out'),
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
    nodePaths,
  });
  const out = join(outDir, 'out');
  const loaded = [...reachable(out, 'main.js')];
  const scripts = loaded.map((path) => ({ path, ...measure(readFileSync(join(out, path))) }));
  const later = readdirSync(out).filter((file) => file.endsWith('.js') && !loaded.includes(file));
  return { scripts, total: scripts.reduce((sum, s) => sum + s.gzip, 0), later };
}
