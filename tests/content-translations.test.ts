import { expect } from '@open-wc/testing';
import {
  defaultContent,
  formatContentError,
  translatePack,
  validateContent,
  type ContentPack,
} from '../src/content/index.js';
import { pickTranslation } from '../src/content/translate.js';
import '../src/loaders/default-pack-es.js';
import { defaultContentInSpanish, minimalPack } from './helpers.js';

const messages = (input: unknown) => {
  const result = validateContent(input);
  return result.ok ? [] : result.errors.map(formatContentError);
};

/** The built-in pack with its Spanish, copied, with one change a clinic might make. */
function edited(change: (pack: ContentPack) => void): ContentPack {
  const pack = structuredClone(defaultContentInSpanish);
  change(pack);
  return pack;
}

const spanishChecklist = (pack: ContentPack) => pack.checklists[0]!.translations!.es!;

describe('content in several languages', () => {
  describe('which language a reader gets', () => {
    it('prefers the exact tag, then the item’s own language, then any translation in the reader’s language', () => {
      expect(pickTranslation('en', ['es'], 'es')).to.equal('es');
      expect(pickTranslation('en', ['es'], 'es-MX')).to.equal('es');
      expect(pickTranslation('en', ['es', 'es-MX'], 'es-MX')).to.equal('es-MX');
      expect(pickTranslation('en', ['es'], 'en-AU')).to.be.undefined;
      expect(pickTranslation('en', ['es'], 'de')).to.be.undefined;
      expect(pickTranslation('en', ['en-US'], 'en-GB')).to.be.undefined;
      expect(pickTranslation('es', ['es-MX'], 'es-AR')).to.be.undefined;
    });

    it('gives the same objects each time, so a widget keeps its view of an item', () => {
      const first = translatePack(defaultContent, 'es');
      expect(translatePack(defaultContent, 'es')).to.equal(first);
      const item = first.pack.exercises[0]!;
      expect(first.packFor(item)).to.equal(first.packFor(first.pack.exercises[1]!));
    });

    it('keeps ids, numbers and tiers from the item: only words change', () => {
      const { pack } = translatePack(defaultContent, 'es');
      const flags = pack.checklists[0]!.redFlags.items;
      expect(flags.map((flag) => [flag.id, flag.level])).to.deep.equal(
        defaultContent.checklists[0]!.redFlags.items.map((flag) => [flag.id, flag.level]),
      );
      expect(pack.exercises.map((exercise) => exercise.dosage)).to.deep.equal(
        defaultContent.exercises.map((exercise) => exercise.dosage),
      );
      expect(pack.drills[0]!.steps.map((step) => step.exercise)).to.deep.equal(
        defaultContent.drills[0]!.steps.map((step) => step.exercise),
      );
      expect(pack.checklists[0]!.sources.map((source) => source.url)).to.deep.equal(
        defaultContent.checklists[0]!.sources.map((source) => source.url),
      );
    });

    it('keeps built-in items English-first in a clinic pack written in Spanish that extends them', () => {
      const result = validateContent({ ...minimalPack(), locale: 'es', extends: 'default' });
      expect(result.ok).to.be.true;
      if (!result.ok) return;
      const english = translatePack(result.pack, 'en');
      const bridge = english.pack.exercises.find((exercise) => exercise.id === 'glute-bridge')!;
      expect(bridge.name).to.equal('Glute bridge');
      expect(english.packFor(bridge).locale).to.equal('en');
      const own = english.pack.exercises.find((exercise) => exercise.id === 'wall-sit')!;
      expect(english.packFor(own).locale).to.equal('es');
      const inSpanish = translatePack(result.pack, 'es-CL');
      expect(inSpanish.pack.exercises.find((exercise) => exercise.id === 'glute-bridge')!.name).to.equal(
        'Puente de glúteos',
      );
    });
  });

  describe('validation', () => {
    it('accepts a clinic’s own translation', () => {
      const pack = minimalPack();
      const wallSit = pack.exercises[0]!;
      wallSit.translations = {
        'es-MX': {
          name: 'Sentadilla en la pared',
          summary: 'Fortalece los muslos y los glúteos.',
          muscles: ['Cuádriceps', 'Glúteos'],
          equipment: ['Una pared'],
          steps: ['Apoya la espalda en la pared.', 'Baja hasta doblar las rodillas.', 'Mantén y sube.'],
          cues: ['Rodillas sobre los pies.'],
          safety: 'Detente si te duelen las rodillas.',
        },
      };
      expect(messages(pack)).to.deep.equal([]);
    });

    it('refuses a translation that leaves out a red flag, or names one the checklist lacks', () => {
      const pack = edited((p) => {
        const items = spanishChecklist(p).redFlags.items;
        delete items['chest-pain'];
        items['chest-pains'] = { text: 'Dolor en el pecho' };
      });
      expect(messages(pack)).to.deep.equal([
        'checklists[0].translations.es.redFlags.items: expected text for every red flag, but "chest-pain" has none',
        'checklists[0].translations.es.redFlags.items.chest-pains: expected the id of a red flag in this checklist',
      ]);
    });

    it('refuses a translation without the words a sign has of its own (chest pain)', () => {
      const pack = edited((p) => delete spanishChecklist(p).redFlags.items['chest-pain']!.message);
      expect(messages(pack)).to.deep.equal([
        'checklists[0].translations.es.redFlags.items.chest-pain.message: required, because the item has it in its own language',
      ]);
    });

    it('refuses a tier, a number or an id in a translation: those live once, in the item', () => {
      const pack = edited((p) => {
        (spanishChecklist(p).redFlags.items['cancer'] as Record<string, unknown>).level = 'emergency';
        (p.exercises[0]!.translations!.es as Record<string, unknown>).dosage = { reps: 100 };
      });
      expect(messages(pack)).to.deep.equal([
        'exercises[0].translations.es.dosage: unknown field (check its spelling, or remove it)',
        'checklists[0].translations.es.redFlags.items.cancer.level: unknown field (check its spelling, or remove it)',
      ]);
    });

    it('refuses a drill translation with a different number of steps, or a missing note or safety line', () => {
      const pack = edited((p) => {
        const drill = p.drills[0]!.translations!.es!;
        drill.steps.pop();
        delete drill.safety;
      });
      expect(messages(pack)).to.deep.equal([
        'drills[0].translations.es.safety: required, because the item has it in its own language',
        'drills[0].translations.es.steps: expected 6 steps, one for each in the item, got 5',
      ]);
    });

    it('refuses outcomes, signs and source titles that do not match the checklist', () => {
      const pack = edited((p) => {
        const text = spanishChecklist(p);
        delete text.outcomes['most'];
        delete text.items['knees-cave-in'];
        text.sources.pop();
      });
      expect(messages(pack)).to.deep.equal([
        'checklists[0].translations.es.items: expected text for every sign, but "knees-cave-in" has none',
        'checklists[0].translations.es.outcomes: expected text for every outcome, but "most" has none',
        'checklists[0].translations.es.sources: expected 7 source titles, one for each in the item, got 6',
      ]);
    });

    it('refuses a language tag that is not one', () => {
      const pack = minimalPack();
      pack.exercises[0]!.translations = { 'Spanish please': { ...pack.exercises[0]! } } as never;
      expect(messages(pack)[0]).to.match(/^exercises\[0\]\.translations/);
    });

    it('refuses a red flag naming a source the checklist does not have', () => {
      const pack = edited((p) => (p.checklists[0]!.redFlags.items[0]!.sources = ['nhs-back-pain', 'wikipedia']));
      expect(messages(pack)).to.deep.equal([
        'checklists[0].redFlags.items[0].sources[1]: expected the id of one of this checklist\'s sources, got "wikipedia"',
      ]);
    });
  });
});
