// What editors, Storybook and framework types read about the elements: the custom-elements
// manifest and the editor data made from it (custom-elements-manifest.config.mjs), as built.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { root, run } from './tarball.mjs';

const read = (path) => readFileSync(new URL(path, `file://${root}/`), 'utf8');
const json = (path) => JSON.parse(read(path));
const pkg = json('package.json');
const manifest = json(pkg.customElements);
const elements = manifest.modules.flatMap((module) => module.declarations.map((d) => ({ module, ...d })));
const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));
const TAGS = [
  'mw-book-now',
  'mw-content',
  'mw-content-studio',
  'mw-drill-timer',
  'mw-exercise-card',
  'mw-symptom-checklist',
];
const shipped = new Set(
  JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']))[0].files.map((file) => file.path),
);

describe('custom-elements.json', () => {
  it('lists every element under the tag its entry defines, and nothing else', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), TAGS);
    for (const element of elements) assert.equal(element.customElement, true, element.name);
  });

  it('lists only the public API: no private, protected or static members', () => {
    for (const element of elements) {
      for (const member of element.members) {
        assert.ok(!['private', 'protected'].includes(member.privacy), `${element.name}.${member.name} is public`);
        assert.ok(!member.static, `${element.name}.${member.name} is not static`);
      }
    }
    // Spot checks of what used to leak: the timer's ticker and the base class's internals.
    assert.ok(!byTag['mw-drill-timer'].members.some((m) => m.name === 'ticker'));
    assert.ok(!elements.some((d) => d.members.some((m) => ['localize', 'emit', 'renderProblem'].includes(m.name))));
  });

  it('points every module and reference at a file the package ships, which exports that class', async () => {
    const references = [
      ...manifest.modules.map((m) => m.path),
      ...manifest.modules.flatMap((m) => m.exports.map((e) => e.declaration.module)),
      ...elements.flatMap((d) => [...d.members, ...(d.attributes ?? [])].map((m) => m.inheritedFrom?.module)),
    ].filter(Boolean);
    for (const path of references) assert.ok(shipped.has(path), `${path} is in the package`);
    for (const element of elements) {
      const exported = await import(new URL(element.module.path, `file://${root}/`).href);
      assert.equal(typeof exported[element.name], 'function', `${element.module.path} exports ${element.name}`);
    }
    assert.equal(byTag['mw-exercise-card'].module.path, 'dist/exercise-card.js');
    assert.equal(byTag['mw-content'].module.path, 'dist/index.js');
    // The studio is not in the main entry: its own, whose types also give the JSX and Vue types its event.
    assert.equal(byTag['mw-content-studio'].module.path, 'dist/studio.js');
    assert.match(read('dist/jsx.d.ts'), /import type \{ MwStudioChangeEvent \} from '\.\/types\/studio\/studio\.js'/);
  });

  it('declares each element with a custom-element-definition export', () => {
    for (const element of elements) {
      assert.ok(
        element.module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === element.tagName),
        element.tagName,
      );
    }
  });

  it('gives defaults as values, not as the source that computes them', () => {
    const defaultOf = (tag, name) => byTag[tag].members.find((m) => m.name === name)?.default;
    assert.equal(defaultOf('mw-book-now', 'offer'), "'exercise-physiology'");
    assert.equal(defaultOf('mw-book-now', 'dismissDays'), '7');
    assert.equal(defaultOf('mw-content', 'timeout'), '10000');
    for (const element of elements) {
      for (const member of element.members) {
        assert.doesNotMatch(
          String(member.default ?? ''),
          /\bnew |=>|\bthis\b|^[A-Z_]+$/,
          `${element.name}.${member.name}`,
        );
      }
    }
  });

  it('lists methods and custom states', () => {
    const methods = (tag) => byTag[tag].members.filter((m) => m.kind === 'method').map((m) => m.name);
    assert.deepEqual(methods('mw-drill-timer').sort(), ['back', 'focus', 'pause', 'reset', 'resume', 'skip', 'start']);
    assert.deepEqual(methods('mw-symptom-checklist').sort(), ['reset', 'showResult']);
    assert.deepEqual(byTag['mw-drill-timer'].cssStates.map((s) => s.name).sort(), [
      'finished',
      'idle',
      'paused',
      'running',
    ]);
    assert.deepEqual(byTag['mw-book-now'].cssStates.map((s) => s.name).sort(), ['dismissed', 'red-flag-hidden']);
  });

  it("keeps book-now's headline and body as attributes, slots and parts alike", () => {
    const names = (list) => list.map((item) => item.name);
    for (const name of ['headline', 'body']) {
      assert.ok(names(byTag['mw-book-now'].attributes).includes(name), `attribute ${name}`);
      assert.ok(names(byTag['mw-book-now'].slots).includes(name), `slot ${name}`);
      assert.ok(names(byTag['mw-book-now'].cssParts).includes(name), `part ${name}`);
    }
  });

  it('documents every --mw-* custom property the styles read, and the README lists the same ones', () => {
    const sources = (dir) =>
      readdirSync(new URL(dir, `file://${root}/`), { recursive: true })
        .filter((file) => /\.(ts|css)$/.test(file))
        .map((file) => read(`${dir}/${file}`))
        .join('\n');
    const used = new Set([...sources('src').matchAll(/var\((--mw-[a-z0-9-]+)/g)].map(([, name]) => name));
    const documented = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const inReadme = new Set([...read('README.md').matchAll(/(--mw-[a-z0-9-]+)/g)].map(([, name]) => name));
    assert.deepEqual([...used].sort(), [...documented].sort(), 'used = documented in the manifest');
    assert.deepEqual([...inReadme].sort(), [...documented].sort(), 'README = manifest');
    for (const element of elements) {
      for (const property of element.cssProperties ?? []) assert.ok(property.default, `${property.name} has a default`);
    }
  });
});

describe('editor data', () => {
  it('gives VS Code every element with its attributes and values', () => {
    const data = json('dist/vscode.html-custom-data.json');
    assert.deepEqual(data.tags.map((t) => t.name).sort(), TAGS);
    const timer = data.tags.find((t) => t.name === 'mw-drill-timer');
    assert.ok(timer.attributes.some((a) => a.name === 'drill'));
    assert.match(timer.description, /drill/i);
    const variant = data.tags.find((t) => t.name === 'mw-book-now').attributes.find((a) => a.name === 'variant');
    assert.deepEqual(variant.values.map((v) => v.name).sort(), ['compact', 'inline', 'sticky']);
    const css = json('dist/vscode.css-custom-data.json');
    assert.ok(css.properties.some((p) => p.name === '--mw-accent'));
  });

  it('gives JetBrains IDEs web-types, named in package.json', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const webTypes = json(pkg['web-types']);
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const html = webTypes.contributions.html;
    assert.deepEqual(html.elements.map((e) => e.name).sort(), TAGS);
    const card = html.elements.find((e) => e.name === 'mw-exercise-card');
    assert.ok(card.attributes.some((a) => a.name === 'heading-level'));
    assert.ok(card.js.events.some((e) => e.name === 'mw-exercise-done'));
    for (const file of ['dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json'])
      assert.ok(shipped.has(file), `${file} is in the package`);
  });

  it('types JSX and Vue templates from the same pass', () => {
    const jsx = read('dist/jsx.d.ts');
    const vue = read('dist/vue.d.ts');
    for (const tag of TAGS) {
      assert.match(jsx, new RegExp(`"${tag}"`), `${tag} in jsx.d.ts`);
      assert.match(vue, new RegExp(`"${tag}"`), `${tag} in vue.d.ts`);
    }
    assert.match(jsx, /^import type \{[^}]*MwExerciseDoneEvent[^}]*\} from '\.\/types\/index\.js';/);
    assert.equal(pkg.exports['./vue'].types, './dist/vue.d.ts');
  });
});
