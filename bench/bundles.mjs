// Builds what a site would otherwise use (bench/entries/*.js) with esbuild, minified, and measures it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measure } from '../scripts/sizes.mjs';

const require = createRequire(import.meta.url);
const esbuild = join(process.cwd(), 'node_modules/.bin/esbuild');

/** The comparisons, in table order. `extra` are files the entry loads at run time (measured, not bundled). */
export const COMPARISONS = [
  { entry: 'lit-trivial', label: 'trivial Lit element, with Lit (the floor)' },
  { entry: 'shoelace', label: 'Shoelace card + button (cherry-picked), with its light theme CSS' },
  { entry: 'survey', label: 'SurveyJS (survey-core + survey-js-ui, one question), with its CSS' },
  {
    entry: 'calcom',
    label: "Cal.com embed snippet + the embed.js it loads on page load (@calcom/embed-core's dist)",
    extra: () => require.resolve('@calcom/embed-core/dist/embed/embed.js'),
  },
];

const run = (args) => execFileSync(esbuild, [...args, '--log-level=error'], { stdio: ['ignore', 'pipe', 'pipe'] });

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/**
 * Bundles each comparison into `outDir` (ESM, minified, es2022) and returns its sizes: each output
 * file (JS, the CSS it imports, and a script it loads) compressed on its own and summed, as a
 * browser fetches them.
 */
export function buildComparisons(outDir) {
  return COMPARISONS.map(({ entry, label, extra }) => {
    run([`bench/entries/${entry}.js`, '--bundle', '--minify', '--format=esm', '--target=es2022', `--outdir=${outDir}`]);
    const files = [join(outDir, `${entry}.js`), join(outDir, `${entry}.css`)].filter((file) => existsSync(file));
    if (extra) {
      const loaded = join(outDir, `${entry}.loaded.js`);
      run([extra(), '--minify', '--target=es2022', `--outfile=${loaded}`]);
      files.push(loaded);
    }
    const sizes = files.map((file) => measure(readFileSync(file)));
    return { entry, label, size: sizes.reduce(add), parts: sizes.length };
  });
}
