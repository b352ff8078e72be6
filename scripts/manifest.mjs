// The custom-elements manifest (dist/custom-elements.json): what Storybook's docs, editors and
// the JSX types read. `npm run manifest` makes it alone (for `npm start`); the build makes it too.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

/** Analyses the widgets, gives each its tag, writes the manifest and returns it. */
export function writeManifest() {
  run(bin('cem'), [
    'analyze',
    '--litelement',
    '--globs',
    'src/components/**/*.component.ts',
    // The base class, so what every widget inherits (`theme`) is listed for each of them.
    'src/internal/mw-element.ts',
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
  // The base class is analysed only so its members are inherited; it is not an element of its own.
  delete declarations.get('MwElement').customElement;
  const untagged = [...declarations.values()]
    .filter((d) => d.kind === 'class' && !d.tagName && d.name !== 'MwElement')
    .map((d) => d.name);
  if (untagged.length) throw new Error(`No tag name for ${untagged.join(', ')}: define() it in its entry file`);
  // Defaults as a reader wants them: the analyzer copies an initializer as it is spelled
  // (`DEFAULT_OFFER`, `10_000`); give the value the module's constant holds, numbers plainly.
  for (const module of manifest.modules) {
    const source = readFileSync(module.path, 'utf8');
    for (const declaration of module.declarations ?? []) {
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (typeof item.default !== 'string') continue;
        const constant = /^[A-Z][A-Z0-9_]*$/.test(item.default)
          ? source.match(new RegExp(`\\bconst ${item.default} = ([^;\\n]+);`))?.[1]
          : undefined;
        item.default = constant ?? item.default;
        if (/^\d[\d_]*$/.test(item.default)) item.default = item.default.replaceAll('_', '');
      }
    }
  }
  writeFileSync('dist/custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, declarations };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeManifest();
