// The JSON Schema an editor checks a content pack against (dist/content.schema.json) must agree
// with the widgets' own validation: a pack the editor shows as fine should not be refused later.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../dist/', import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const editor = ajv.compile(JSON.parse(readFileSync(new URL('content.schema.json', dist), 'utf8')));
const { defaultContent, validateContent } = await import(new URL('content.js', dist).href);
const inSpanish = await defaultContentInSpanish();

/**
 * The built-in pack carrying its Spanish in each item's `translations`, as a site could write it (the
 * widgets fetch that Spanish only on a Spanish page, so the built pack has none of its own).
 */
async function defaultContentInSpanish() {
  const source = `export { spanish } from './src/content/default-pack.es.ts';
    export { withTranslation } from './src/content/default-pack.ts';`;
  const built = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('../../', import.meta.url)), loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`;
  const { spanish, withTranslation } = await import(url);
  return withTranslation(defaultContent, 'es', spanish);
}

/** The built-in pack (with its Spanish) with one change, as a clinician's edit would make it. */
const edited = (change) => {
  const pack = structuredClone(inSpanish);
  change(pack);
  return pack;
};

describe('content.schema.json', () => {
  it('accepts the built-in pack, in English and with its Spanish, as the widgets do', () => {
    for (const pack of [defaultContent, inSpanish]) {
      assert.equal(editor(pack), true, JSON.stringify(editor.errors));
      assert.equal(validateContent(pack).ok, true);
    }
  });

  it('accepts a clinic’s reviewer, a red flag’s own message and sources, and a drill’s safety line', () => {
    const pack = edited((p) => {
      p.checklists[0].reviewedBy = 'Jo Smith, physiotherapist';
      p.checklists[0].redFlags.items[0].message = { title: 'Help now', body: ['Call now.'] };
      p.checklists[0].translations.es.redFlags.items['saddle-numbness'].message = { title: 'Ayuda', body: ['Llama.'] };
      p.drills[0].safety = 'Stop if it hurts.';
    });
    assert.equal(editor(pack), true, JSON.stringify(editor.errors));
    assert.equal(validateContent(pack).ok, true);
  });

  const refused = {
    'blank text': (pack) => (pack.exercises[0].name = '   '),
    'a drill step with neither a name nor an exercise': (pack) =>
      (pack.drills[0].steps[0] = { type: 'timed', seconds: 20 }),
    'an illustration with neither a pose nor a src': (pack) => (pack.exercises[0].illustration = { alt: 'A person' }),
    'a review date not in the calendar': (pack) => (pack.checklists[0].sources[0].reviewed = '2026-02-30'),
    'an unknown field': (pack) => (pack.exercises[0].stpes = []),
    'a red flag with a tier other than emergency or urgent': (pack) =>
      (pack.checklists[0].redFlags.items[0].level = 'soon'),
    'a tier in a translation (tiers live once, in the item)': (pack) =>
      (pack.checklists[0].translations.es.redFlags.items['chest-pain'].level = 'urgent'),
    'a translation keyed by something that is not a language tag': (pack) =>
      (pack.offers[0].translations['Spanish'] = pack.offers[0].translations.es),
    'a translation with blank text': (pack) => (pack.exercises[0].translations.es.safety = ' '),
  };
  for (const [what, change] of Object.entries(refused)) {
    it(`refuses ${what}, as the widgets do`, () => {
      const pack = edited(change);
      assert.equal(editor(pack), false);
      assert.equal(validateContent(pack).ok, false);
    });
  }
});
