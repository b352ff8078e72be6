// Where the single-file build's bytes go, so size work starts at the biggest part: builds cdn.js
// from the source tree with a source map, gives every minified byte to the source it came from
// and groups the sources into parts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/** Parts of the bundle, first match wins; `null` is a byte the map does not place. */
const PARTS = [
  [
    'Lit (lit-html, lit-element, reactive-element)',
    /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  ],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['valibot (content validation)', /node_modules\/valibot\//],
  ['styles (`*.styles.ts`, shared host styles)', /\.styles\.ts$|src\/styles\//],
  ['default content (`default-pack.ts`)', /src\/content\/default-pack\.ts$/],
  ['content schema, validation and lookup', /src\/content\/|src\/components\/content\//],
  ['translations (en, es)', /src\/translations\//],
  ['`<mw-exercise-card>` code', /src\/components\/exercise-card\//],
  ['`<mw-drill-timer>` code', /src\/components\/drill-timer\//],
  ['`<mw-symptom-checklist>` code', /src\/components\/symptom-checklist\//],
  ['`<mw-book-now>` code', /src\/components\/book-now\//],
  ['shared runtime (internal, events, illustrations)', /src\//],
];
// What no source claims: the bundle's own glue (exports, the decorator helper).
const UNPLACED = 'bundle glue';

/** Each part's minified text, from the source map of `file`. */
function textByPart(file) {
  const code = readFileSync(file, 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  const texts = new Map();
  const add = (part, text) => texts.set(part, (texts.get(part) ?? '') + text);
  const partOf = (m) => (m.source ? PARTS.find(([, test]) => test.test(m.source))?.[0] : undefined) ?? UNPLACED;
  // A segment runs to the next mapping, across line breaks: minified code breaks lines only
  // inside template literals, so a line's start belongs to the segment that began above it.
  mappings.forEach((m, i) => {
    const next = mappings[i + 1] ?? { generatedLine: code.length, generatedColumn: code.at(-1).length };
    const lines = code.slice(m.generatedLine - 1, next.generatedLine);
    const text =
      lines.length === 1
        ? lines[0].slice(m.generatedColumn, next.generatedColumn)
        : [lines[0].slice(m.generatedColumn), ...lines.slice(1, -1), lines.at(-1).slice(0, next.generatedColumn)].join(
            '\n',
          );
    add(partOf(m), text);
  });
  add(UNPLACED, code[0].slice(0, mappings[0]?.generatedColumn ?? code[0].length));
  return texts;
}

/**
 * Rows of `{ part, raw, gzip, share }`, biggest first. Gzip is not additive: each part is
 * compressed on its own, and `share` is its part of the whole file's gzip size in that proportion.
 */
export function measureComposition(outDir) {
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '--mode', 'cdn', '--sourcemap', 'hidden', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const file = join(outDir, 'cdn.js');
  const whole = gzipSync(readFileSync(file), { level: 9 }).length;
  const parts = [...textByPart(file)].map(([part, text]) => ({
    part,
    raw: text.length,
    gzip: gzipSync(text, { level: 9 }).length,
  }));
  const sum = parts.reduce((total, p) => total + p.gzip, 0);
  return {
    whole,
    parts: parts.map((p) => ({ ...p, share: (p.gzip / sum) * whole })).sort((a, b) => b.share - a.share),
  };
}
