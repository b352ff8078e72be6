// Builds everything the package ships: the npm build, the single-file CDN build, the
// autoloader build, type declarations, the custom-elements manifest and the content JSON Schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeManifest } from './manifest.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'autoload', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
const { manifest, declarations } = writeManifest();

// JSX types for React 19, Preact and other JSX users, from the same manifest. The generator
// imports the element classes but not the event classes named in `@event {Type}`: add those,
// or every handler's event would silently be `any` for users with `skipLibCheck`.
const { generateJsxTypes } = await import('@wc-toolkit/jsx-types');
generateJsxTypes(manifest, {
  outdir: 'dist',
  fileName: 'jsx.d.ts',
  stronglyTypedEvents: true,
  globalTypePath: './types/index.js',
});
const eventTypes = new Set(
  [...declarations.values()]
    .flatMap((d) => d.events ?? [])
    .map((e) => e.type?.text)
    .filter((type) => /^[A-Z][\w$]*$/.test(type ?? '')),
);
writeFileSync(
  'dist/jsx.d.ts',
  `import type { ${[...eventTypes].sort().join(', ')} } from './types/index.js';\n` +
    readFileSync('dist/jsx.d.ts', 'utf8'),
);

// The pre-upgrade stylesheet ships as it is: plain CSS a page links before any script runs.
copyFileSync('src/styles/pre-upgrade.css', 'dist/pre-upgrade.css');

// The JSON Schema comes from the same valibot schema the widgets validate with.
const { ContentPackSchema } = await import(new URL('../dist/content.js', import.meta.url));
const { toJsonSchema } = await import('@valibot/to-json-schema');
const schema = toJsonSchema(ContentPackSchema, { errorMode: 'ignore', target: 'draft-07' });
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
  'built dist/ (npm, cdn.js, auto/, types, jsx.d.ts, pre-upgrade.css, custom-elements.json, content.schema.json)',
);
