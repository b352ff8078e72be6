// The custom-elements manifest (dist/custom-elements.json) and everything made from it in the same
// pass: VS Code custom data, JetBrains web-types, and JSX and Vue types. `cem analyze` reads
// this file (so `cem analyze --watch` works too); `npm run build` and `npm run manifest` run it.
// Modelled on Shoelace's and Web Awesome's configs: small plugins, each with one job, in order.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const outdir = 'dist';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = (tag) => ({ name: 'Documentation', url: `${pkg.homepage.replace(/#.*$/, '')}#${tag}` });

/** Every class declaration of the manifest, with its module. */
const classes = (manifest) =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.kind === 'class').map((declaration) => ({ module, declaration })),
  );

/** The content studio: an element outside src/components, with an npm entry of its own. */
const STUDIO = {
  source: 'src/studio/content-studio.component.ts',
  define: 'src/studio/studio.ts',
  entry: './studio.js',
};

/**
 * Where the JSX and Vue types (in dist/) import an element's types from: the main entry's, or for
 * the studio its own entry's (the main entry does not export it).
 */
const typesOf = (_name, tag) =>
  tag === 'mw-content-studio'
    ? pkg.exports[STUDIO.entry].types.replace('./dist/', './').replace(/\.d\.ts$/, '.js')
    : './types/index.js';

/** The file that `define()`s the element of a component module: the widget's entry, or the studio's. */
const defineFile = (path) => {
  if (path === STUDIO.source) return STUDIO.define;
  const dir = path.match(/^src\/components\/([\w-]+)\/\1\.component\.ts$/)?.[1];
  return dir && `src/components/${dir}/${dir}.ts`;
};

/**
 * Tags: the widgets register through `define('mw-…', Class)` in their entry files, which the
 * analyzer does not read. Take each tag from there, check it against any `@tagname`, and fail
 * the build for an element without one, so no element is listed under a tag it does not have.
 */
const tagNames = {
  name: 'movewell-tag-names',
  packageLinkPhase({ customElementsManifest }) {
    for (const { module, declaration } of classes(customElementsManifest)) {
      const file = defineFile(module.path);
      if (!file) continue;
      const defined = [...readFileSync(file, 'utf8').matchAll(/\bdefine\(\s*'([a-z][\w-]*-[\w-]*)',\s*(\w+)\s*\)/g)];
      const tag = defined.find(([, , name]) => name === declaration.name)?.[1];
      if (!tag) throw new Error(`${file} does not define() ${declaration.name}: it has no tag`);
      if (declaration.tagName && declaration.tagName !== tag)
        throw new Error(`${declaration.name} has @tagname ${declaration.tagName} but ${file} defines it as <${tag}>`);
      Object.assign(declaration, { tagName: tag, customElement: true });
    }
  },
};

/**
 * Defaults as a reader wants them: the analyzer copies an initializer as it is spelled
 * (`DEFAULT_OFFER`, `10_000`). Give the value of the module's own constant, numbers plainly.
 */
const constantDefaults = {
  name: 'movewell-constant-defaults',
  moduleLinkPhase({ moduleDoc }) {
    const source = readFileSync(moduleDoc.path, 'utf8');
    for (const declaration of moduleDoc.declarations ?? []) {
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (typeof item.default !== 'string') continue;
        if (/^[A-Z][A-Z0-9_]*$/.test(item.default))
          item.default = source.match(new RegExp(`\\bconst ${item.default} = ([^;\\n]+);`))?.[1] ?? item.default;
        if (/^\d[\d_]*$/.test(item.default)) item.default = item.default.replaceAll('_', '');
      }
    }
  },
};

/**
 * The analyzer reads a class's description only from the prose before its first tag; ours is in
 * `@description` (after `@tagname` and `@summary`). Take it from there, and keep each `@example`
 * snippet as written, for the first thing a docs page shows.
 */
const descriptionAndExamples = {
  name: 'movewell-description-and-examples',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
    if (!declaration) return;
    const tags = (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []);
    const text = (name) =>
      tags.filter((tag) => tag.tagName.text === name).map((tag) => ts.getTextOfJSDocComment(tag.comment));
    const [description] = text('description');
    if (description && !declaration.description) declaration.description = description.replace(/(?<!\n)\n(?!\n)/g, ' ');
    const examples = text('example');
    if (examples.length) declaration.examples = examples;
  },
};

/** A CSS property's default in its own field (editors show it there), from the `Default: …` of its description. */
const cssPropertyDefaults = {
  name: 'movewell-css-property-defaults',
  moduleLinkPhase({ moduleDoc }) {
    for (const declaration of moduleDoc.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        const [, description, value] = property.description?.match(/^(.*?)\s*Default: (.+?)\.?$/s) ?? [];
        if (value) Object.assign(property, { description, default: value });
      }
    }
  },
};

/**
 * The public API only: no private or protected members, no Lit plumbing (static `styles`), no
 * base class of our own (its public members are inherited into each element already).
 */
const publicApiOnly = {
  name: 'movewell-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    const internalBases = new Set();
    customElementsManifest.modules = customElementsManifest.modules.filter((module) => {
      const elements = (module.declarations ?? []).filter((d) => d.tagName);
      for (const d of module.declarations ?? []) if (!d.tagName) internalBases.add(d.name);
      module.declarations = elements;
      return elements.length > 0;
    });
    for (const { declaration } of classes(customElementsManifest)) {
      declaration.members = declaration.members?.filter(
        (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
      );
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (item.inheritedFrom && internalBases.has(item.inheritedFrom.name)) delete item.inheritedFrom;
      }
      if (internalBases.has(declaration.superclass?.name))
        declaration.superclass = { name: 'LitElement', package: 'lit' };
    }
  },
};

/**
 * Module paths that exist in the package: an element's own entry (`dist/exercise-card.js`) when
 * package.json exports one for its folder, else the main entry, which exports every element.
 */
const ownEntry = (dir) => pkg.exports[`./${dir}.js`]?.types === `./dist/types/components/${dir}/${dir}.d.ts`;
const shippedModulePaths = {
  name: 'movewell-shipped-module-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const dir = module.path.match(/^src\/components\/([\w-]+)\//)?.[1];
      const path =
        module.path === STUDIO.source
          ? pkg.exports[STUDIO.entry].default.slice(2)
          : dir && ownEntry(dir)
            ? `dist/${dir}.js`
            : 'dist/index.js';
      module.path = path;
      module.exports = module.declarations.flatMap((declaration) => [
        { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } },
        {
          kind: 'custom-element-definition',
          name: declaration.tagName,
          declaration: { name: declaration.name, module: path },
        },
      ]);
    }
  },
};

const packageData = {
  name: 'movewell-package-data',
  packageLinkPhase({ customElementsManifest }) {
    const { name, description, version, license, homepage } = pkg;
    customElementsManifest.package = { name, description, version, license, homepage };
  },
};

/**
 * The JSX generator imports the element classes but not the event classes named in
 * `@event {Type}`: add those, or every handler's event would silently be `any` for users with
 * `skipLibCheck`. Each comes from its element's entry (`typesOf`). Runs after jsxTypesPlugin has
 * written the file.
 */
const jsxEventImports = {
  name: 'movewell-jsx-event-imports',
  packageLinkPhase({ customElementsManifest }) {
    const byEntry = new Map();
    for (const { declaration } of classes(customElementsManifest)) {
      const from = typesOf(declaration.name, declaration.tagName);
      const types = byEntry.get(from) ?? new Set();
      for (const event of declaration.events ?? [])
        if (/^[A-Z][\w$]*$/.test(event.type?.text ?? '')) types.add(event.type.text);
      byEntry.set(from, types);
    }
    const imports = [...byEntry]
      .filter(([, types]) => types.size)
      .map(([from, types]) => `import type { ${[...types].sort().join(', ')} } from '${from}';\n`);
    const file = `${outdir}/jsx.d.ts`;
    writeFileSync(file, imports.join('') + readFileSync(file, 'utf8'));
  },
};

const quiet = { hideLogs: true };

export default {
  globs: [
    'src/components/**/*.component.ts',
    // The base class, so what every widget inherits (`theme`) is listed for each of them.
    'src/internal/mw-element.ts',
    STUDIO.source,
  ],
  litelement: true,
  outdir,
  // The type checker, so a property typed by an alias (`BookNowVariant`) is listed with its values.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((file) => globs.some((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin({ parseObjectTypes: 'none' }),
    tagNames,
    descriptionAndExamples,
    constantDefaults,
    cssPropertyDefaults,
    publicApiOnly,
    shippedModulePaths,
    packageData,
    customElementVsCodePlugin({
      ...quiet,
      outdir,
      typesSrc: 'parsedType',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      referencesTemplate: (_, tag) => [readme(tag)],
    }),
    customElementJetBrainsPlugin({
      ...quiet,
      outdir,
      typesSrc: 'parsedType',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      referencesTemplate: (_, tag) => readme(tag),
    }),
    jsxTypesPlugin({
      outdir,
      fileName: 'jsx.d.ts',
      stronglyTypedEvents: true,
      componentTypePath: typesOf,
    }),
    jsxEventImports,
    customElementVuejsPlugin({ ...quiet, outdir, fileName: 'vue.d.ts', componentTypePath: typesOf }),
  ],
};
