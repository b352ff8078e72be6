// What each page kind fetches (#14 page budgets): the same loads as tests/package/pages.test.mjs,
// on the build being measured, for the table beside the anchors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePage, firstSnippet, loadPage } from '../scripts/page-weight.mjs';
import { OWN_PACK_PAGE, PAGES, WIDGET_ENTRIES } from '../scripts/sizes.mjs';

/**
 * Rows of `{ kind, label, scripts, total }`: each page through the README's first snippet, the
 * article page through cdn.js, and a site's esbuild bundles of the npm build. `site` holds `dist/`.
 */
export async function measurePages(browser, { site, root = process.cwd(), outDir }) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const own = { '/pack.json': readFileSync(join(root, 'tests/fixtures/clinic-pack.json'), 'utf8') };
  const cdn = `${firstSnippet(readme).cdnRoot}dist/cdn.js`;
  const loads = [
    { kind: 'card', label: 'one exercise card, through the first snippet', body: PAGES.card },
    { kind: 'article', label: 'article with all four widgets, through the first snippet', body: PAGES.article },
    { label: 'a site’s own pack and one card, through the first snippet', body: OWN_PACK_PAGE, files: own },
    { kind: 'cdn', label: 'article with all four widgets, through `cdn.js`', body: PAGES.article, src: cdn },
  ];
  const rows = [];
  for (const { body, files, src, ...load } of loads) {
    const page = await loadPage(browser, { packageDir: site, readme, body, files, src });
    await page.close();
    if (page.problems.length) throw new Error(`${load.label}: ${page.problems.join('; ')}`);
    rows.push({ ...load, scripts: page.scripts, total: page.total });
  }
  const bundles = [
    { kind: 'npmCard', label: 'one exercise card, npm build bundled by esbuild', imports: ['exercise-card'] },
    { kind: 'npmArticle', label: 'all four widgets, npm build bundled by esbuild', imports: WIDGET_ENTRIES },
  ];
  for (const { imports, ...bundle } of bundles) {
    const page = await bundlePage({
      packageDir: site,
      imports: imports.map((entry) => `movewell-widgets/${entry}.js`),
      outDir: join(outDir, bundle.kind),
      nodePaths: [join(root, 'node_modules')],
    });
    rows.push({ ...bundle, scripts: page.scripts, total: page.total });
  }
  return rows;
}
