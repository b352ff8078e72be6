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
 * - `dist/cdn.js` and `dist/pre-upgrade.css` from the build (the stylesheet from src/styles when the
 *   build has none yet), so `bench/demo/article.html` finds them at `../../dist/` as in the repository;
 * - `bench/demo/` (the Lighthouse page), `blank.html` (the page timings and heap runs start from);
 * - `bundles/`, left for the comparison bundles.
 * Returns notes about anything that was substituted.
 */
export function prepareSite(site, { dist, root = process.cwd() }) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'dist'), { recursive: true });
  mkdirSync(join(site, 'bundles'), { recursive: true });
  mkdirSync(join(site, 'bench'), { recursive: true });
  copyFileSync(join(dist, 'cdn.js'), join(site, 'dist/cdn.js'));
  const notes = [];
  if (existsSync(join(dist, 'pre-upgrade.css'))) {
    copyFileSync(join(dist, 'pre-upgrade.css'), join(site, 'dist/pre-upgrade.css'));
  } else {
    copyFileSync(join(root, 'src/styles/pre-upgrade.css'), join(site, 'dist/pre-upgrade.css'));
    notes.push('the build has no pre-upgrade.css yet: the demo page used src/styles/pre-upgrade.css');
  }
  cpSync(join(root, 'bench/demo'), join(site, 'bench/demo'), { recursive: true });
  writeFileSync(join(site, 'blank.html'), BLANK);
  return notes;
}
