// Gzip and brotli sizes of the built files: shared by the size-budget test and the benchmark.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** The single file with all widgets, Lit and the default content. */
  cdn: 24 * 1024,
  /** A widget's own npm entry (Lit and the shared chunk excluded, as a bundler dedupes them). */
  widgetEntry: 5 * 1024,
};

export const WIDGET_ENTRIES = ['exercise-card'];

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const measureFile = (path) => measure(readFileSync(path));

/** Every built file of the npm build, by name, with its sizes. */
export function distSizes(dist = 'dist') {
  const files = ['cdn.js', 'index.js', 'content.js', ...WIDGET_ENTRIES.map((w) => `${w}.js`)];
  const chunks = readdirSync(join(dist, 'chunks')).map((f) => `chunks/${f}`);
  return Object.fromEntries([...files, ...chunks].map((f) => [f, measureFile(join(dist, f))]));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
