// Checks that the built package is there, and says when it looks older than the source.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WIDGET_ENTRIES } from '../scripts/sizes.mjs';

const newestFile = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);

/**
 * Returns the absolute dist folder and a warning when a source file changed after its cdn.js
 * was built. Throws with what to do when a file the benchmark measures is missing.
 */
export function checkDist(dist, { root = process.cwd() } = {}) {
  const dir = resolve(root, dist);
  const needed = ['cdn.js', 'content.js', ...WIDGET_ENTRIES.map((widget) => `${widget}.js`)];
  const missing = needed.filter((file) => !existsSync(join(dir, file)));
  if (missing.length) {
    throw new Error(
      `${dist}/ is not a complete build (missing ${missing.join(', ')}). ` +
        'Run `npm run build` first, or point the benchmark at a build with `--dist <folder>`.',
    );
  }
  const src = join(root, 'src');
  const stale = existsSync(src) && newestFile(src) > statSync(join(dir, 'cdn.js')).mtimeMs;
  return {
    dir,
    warning: stale
      ? `${dist}/cdn.js is older than a file in src/: the numbers describe the last build (run \`npm run build\`).`
      : undefined,
  };
}
