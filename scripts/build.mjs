// Builds everything the package ships: the npm build, the single-file CDN build, the
// autoloader build, type declarations, the custom-elements manifest and the content JSON Schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'autoload', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), [
  'analyze',
  '--litelement',
  '--globs',
  'src/components/**/*.component.ts',
  '--outdir',
  'dist',
  '--quiet',
]);

// JSX types for React 19, Preact and other JSX users, from the same manifest.
const { generateJsxTypes } = await import('@wc-toolkit/jsx-types');
generateJsxTypes(JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')), {
  outdir: 'dist',
  fileName: 'jsx.d.ts',
  stronglyTypedEvents: true,
  componentTypePath: (_name, _tag, modulePath) => `./types/${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
});

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
