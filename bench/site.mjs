// Lays out the folder the benchmark serves on 127.0.0.1 (under bench/.tmp, git-ignored).
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BLANK = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>bench</title>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>
`;

/**
 * Creates `site`:
 * - `dist/` from the build and the package.json (the stylesheet from src/styles when the build has none
 *   yet), so `bench/demo/article.html` finds them at `../../dist/` as in the repository, and the page
 *   loads find the package where a CDN serves it;
 * - `bench/demo/` (the Lighthouse page), `blank.html` (the page timings and heap runs start from);
 * - `bundles/`, left for the comparison bundles.
 * Returns notes about anything that was substituted.
 */
export function prepareSite(site, { dist, root = process.cwd() }) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'dist'), { recursive: true });
  mkdirSync(join(site, 'bundles'), { recursive: true });
  mkdirSync(join(site, 'bench'), { recursive: true });
  // The whole build, as a CDN serves the package: cdn.js and its chunks, the one-tag loader's files,
  // the npm build a site's bundler reads (with a package.json for its `exports`).
  cpSync(dist, join(site, 'dist'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(site, 'package.json'));
  const notes = [];
  if (!existsSync(join(dist, 'pre-upgrade.css'))) {
    copyFileSync(join(root, 'src/styles/pre-upgrade.css'), join(site, 'dist/pre-upgrade.css'));
    notes.push('the build has no pre-upgrade.css yet: the demo page used src/styles/pre-upgrade.css');
  }
  cpSync(join(root, 'bench/demo'), join(site, 'bench/demo'), { recursive: true });
  writeFileSync(join(site, 'blank.html'), BLANK);
  return notes;
}
