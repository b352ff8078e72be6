// Builds everything the package ships: the npm build, the CDN build (cdn.js and its lazy chunks), the
// one-tag loader (autoloader) build, type declarations, the custom-elements manifest with the editor data and
// framework types made from it, and the content JSON Schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INHERITED_EXPORT_WALK } from './own-keys-exports.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'autoload', '--logLevel', 'warn']);
// A page with a polluted Object.prototype must still load every file (src/loaders/README.md).
const walksInherited = readdirSync('dist', { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .filter((file) => INHERITED_EXPORT_WALK.test(readFileSync(join('dist', file), 'utf8')));
if (walksInherited.length) {
  throw new Error(`an export helper walks inherited keys in dist/${walksInherited.join(', dist/')}`);
}
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// The custom-elements manifest, and from the same pass the editor data (VS Code, JetBrains) and the
// JSX and Vue types: see custom-elements-manifest.config.mjs. Its plugins print a line for each
// file they write and each library type they do not expand, whatever their options say: show
// that output only when the analysis fails.
try {
  execFileSync(bin('cem'), ['analyze', '--quiet'], { encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`);
  throw error;
}

// The pre-upgrade stylesheet ships as it is: plain CSS a page links before any script runs.
copyFileSync('src/styles/pre-upgrade.css', 'dist/pre-upgrade.css');

// The JSON Schema comes from the same valibot schema the widgets validate with. Each rule JSON
// Schema cannot hold is named here, with what an editor can check instead; any other such rule
// fails the build, rather than leaving editors quietly more lenient than the widgets.
const { ContentPackSchema, defaultContent, formatContentError, validateContent } = await import(
  new URL('../dist/content.js', import.meta.url)
);
// The built-in pack is checked here, once, so that a page using it never fetches the validator.
const builtIn = validateContent(defaultContent);
if (!builtIn.ok) {
  throw new Error(`the built-in content pack is invalid:\n${builtIn.errors.map(formatContentError).join('\n')}`);
}
const { toJsonSchema } = await import('@valibot/to-json-schema');
const eitherField = (a, b) => ({ anyOf: [{ required: [a] }, { required: [b] }] });
const translated = {
  'expected a "name" or an "exercise" id for the step': (schema) => ({ ...schema, ...eitherField('name', 'exercise') }),
  'expected a "pose" or an image "src"': (schema) => ({ ...schema, ...eitherField('pose', 'src') }),
  // Editors check calendar days through `format: "date"`; one field compared with another, they cannot.
  'expected a day that exists in the calendar, such as "2026-11-01"': (schema) => schema,
  'expected "min" to be no larger than "max"': (schema) => ({ ...schema, description: '"min" no larger than "max"' }),
  'expected "captions" (a WebVTT file), or "noSpeech": true for a video without speech': (schema) => ({
    ...schema,
    anyOf: [{ required: ['captions'] }, { required: ['noSpeech'], properties: { noSpeech: { const: true } } }],
  }),
  'expected "loop" only on a video with "noSpeech": true (a looping video plays without sound)': (schema) => ({
    ...schema,
    if: { required: ['loop'], properties: { loop: { const: true } } },
    then: { required: ['noSpeech'], properties: { noSpeech: { const: true } } },
  }),
};
const schema = toJsonSchema(ContentPackSchema, {
  errorMode: 'throw',
  target: 'draft-07',
  // Trimming changes the value, not what is valid: the `\S` pattern before it already refuses blank text.
  ignoreActions: ['trim'],
  overrideAction: ({ valibotAction, jsonSchema }) =>
    valibotAction.type === 'check' ? translated[valibotAction.message]?.(jsonSchema) : undefined,
});
mkdirSync('dist', { recursive: true });
writeFileSync(
  'dist/content.schema.json',
  JSON.stringify(
    {
      $id: 'https://unpkg.com/movewell-widgets/dist/content.schema.json',
      title: 'movewell-widgets content pack',
      ...schema,
    },
    null,
    2,
  ) + '\n',
);
console.log(
  'built dist/ (npm, cdn.js, auto/, types, custom-elements.json, editor data, jsx and vue types, pre-upgrade.css, content.schema.json)',
);
