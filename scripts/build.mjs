// Builds everything the package ships: the npm build, the single-file CDN build, the
// autoloader build, type declarations, the custom-elements manifest and the content JSON Schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

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

// The analyzer only knows a tag from `@tagname` or a `customElements.define()` in the same file;
// the widgets register through `define()` in their entry files. Take the tags from there, so the
// manifest (and the JSX types made from it) lists every element under the tag it really has.
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const declarations = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [d.name, d])));
for (const dir of readdirSync('src/components')) {
  const entry = `src/components/${dir}/${dir}.ts`;
  for (const [, tag, name] of readFileSync(entry, 'utf8').matchAll(
    /\bdefine\(\s*'([a-z][\w-]*-[\w-]*)',\s*(\w+)\s*\)/g,
  )) {
    const declaration = declarations.get(name);
    if (!declaration) throw new Error(`${entry} defines <${tag}> as ${name}, which is not in the manifest`);
    if (declaration.tagName && declaration.tagName !== tag)
      throw new Error(`${name} has @tagname ${declaration.tagName} but ${entry} defines it as <${tag}>`);
    Object.assign(declaration, { tagName: tag, customElement: true });
  }
}
const untagged = [...declarations.values()].filter((d) => d.kind === 'class' && !d.tagName).map((d) => d.name);
if (untagged.length) throw new Error(`No tag name for ${untagged.join(', ')}: define() it in its entry file`);
writeFileSync('dist/custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');

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
