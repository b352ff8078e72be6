import { expect } from '@open-wc/testing';
import { defaultContent, translatePack } from '../src/content/index.js';
import { en } from '../src/translations/en.js';
import { es } from '../src/translations/es.js';
import '../src/loaders/default-pack-es.js';
import { defaultContentInSpanish } from './helpers.js';

const checklist = defaultContent.checklists.find((each) => each.id === 'weak-glutes')!;
const spanish = defaultContentInSpanish.checklists.find((each) => each.id === 'weak-glutes')!.translations!.es!;
const inSpanish = <T extends { id: string }>(items: readonly T[], item: T) =>
  items.find((each) => each.id === item.id)!;

/**
 * CONTENT.md's red-flag table, row by row: the id that carries it, its tier, words each row must
 * keep in English and in Spanish, and the sources the table names for it.
 */
const TABLE = [
  {
    id: 'saddle-numbness',
    level: 'emergency',
    en: ['genitals', 'bottom', 'back passage', 'inner thighs', 'wiping'],
    es: ['genitales', 'nalgas', 'ano', 'muslos', 'limpiarte'],
    sources: ['nhs-back-pain', 'nhs-cauda-equina', 'cks-sciatica'],
  },
  {
    id: 'bladder-bowel',
    level: 'emergency',
    en: ['peeing', 'bladder is full', 'bladder or bowel control', 'not normal for you'],
    es: ['orinar', 'vejiga llena', 'intestino'],
    sources: ['nhs-back-pain', 'nhs-cauda-equina'],
  },
  {
    id: 'sex-problems',
    level: 'emergency',
    en: ['sex', 'erections', 'ejaculating', 'genitals'],
    es: ['sexual', 'erecciones', 'eyaculación', 'genitales'],
    sources: ['nhs-cauda-equina', 'cks-sciatica'],
  },
  {
    id: 'both-legs',
    level: 'emergency',
    en: ['Pain, tingling, numbness or weakness in both legs'],
    es: ['las dos piernas'],
    sources: ['nhs-back-pain'],
  },
  {
    id: 'one-leg-weakness',
    level: 'emergency',
    en: ['Weakness in one leg', 'new or getting worse'],
    es: ['una pierna', 'empeorando'],
    sources: ['cks-sciatica'],
  },
  {
    id: 'serious-fall',
    level: 'emergency',
    en: ['serious fall or accident'],
    es: ['caída', 'accidente grave'],
    sources: ['nhs-back-pain'],
  },
  { id: 'chest-pain', level: 'emergency', en: ['Chest pain'], es: ['Dolor en el pecho'], sources: ['nhs-back-pain'] },
  {
    id: 'sudden-severe-pain',
    level: 'emergency',
    en: ['Sudden', 'tummy pain', 'faint', 'dizzy', 'clammy'],
    es: ['repentino', 'abdomen', 'desmayo', 'mareo', 'sudor frío'],
    sources: ['nhs-aaa'],
  },
  {
    id: 'fever-unwell',
    level: 'urgent',
    en: ['high temperature', 'very unwell'],
    es: ['Fiebre alta', 'muy mal'],
    sources: ['nhs-back-pain'],
  },
  {
    id: 'weight-loss',
    level: 'urgent',
    en: ['Weight loss you can’t explain'],
    es: ['peso'],
    sources: ['nhs-back-pain', 'cks-low-back-pain'],
  },
  { id: 'cancer', level: 'urgent', en: ['Cancer, now or in the past'], es: ['Cáncer'], sources: ['cks-low-back-pain'] },
  {
    id: 'rest-night-pain',
    level: 'urgent',
    en: ['doesn’t ease when you rest, or is worse at night'],
    es: ['reposo', 'o que empeora de noche'],
    sources: ['nhs-back-pain'],
  },
  {
    id: 'cough-sneeze-pain',
    level: 'urgent',
    en: ['cough, sneeze or poo'],
    es: ['toser', 'estornudar', 'defecar'],
    sources: ['nhs-back-pain'],
  },
  {
    id: 'upper-back-pain',
    level: 'urgent',
    en: ['high in your back, between your shoulder blades'],
    es: ['omóplatos'],
    sources: ['nhs-back-pain'],
  },
  {
    id: 'back-lump',
    level: 'urgent',
    en: ['lump', 'swelling', 'change in its shape'],
    es: ['bulto', 'hinchazón', 'forma'],
    sources: ['nhs-back-pain'],
  },
  {
    id: 'weak-immune',
    level: 'urgent',
    en: ['weak immune system', 'chemotherapy', 'steroids'],
    es: ['Defensas bajas', 'quimioterapia', 'corticoides'],
    sources: ['cks-low-back-pain'],
  },
  {
    id: 'osteoporosis-fall',
    level: 'urgent',
    en: ['Osteoporosis', 'long-term steroid use', 'recent fall or strain'],
    es: ['Osteoporosis', 'corticoides', 'caída'],
    sources: ['cks-low-back-pain'],
  },
  {
    id: 'over-50',
    level: 'urgent',
    en: ['New back pain', 'over 50'],
    es: ['nuevo', '50 años'],
    sources: ['cks-low-back-pain'],
  },
] as const;

const STOP_RULE = en.stopRule;

describe('the built-in pack, read as a clinician would', () => {
  describe('red flags', () => {
    it('has every red flag of CONTENT.md, in its tier, with its sources, and no other', () => {
      expect(checklist.redFlags.items.map((flag) => flag.id)).to.deep.equal(TABLE.map((row) => row.id));
      for (const row of TABLE) {
        const flag = checklist.redFlags.items.find((each) => each.id === row.id)!;
        expect(flag.level, row.id).to.equal(row.level);
        for (const words of row.en) expect(flag.text, row.id).to.contain(words);
        expect(flag.sources, row.id).to.deep.equal([...row.sources]);
      }
    });

    it('has every red flag in Spanish too, in its own words', () => {
      for (const row of TABLE) {
        const text = spanish.redFlags.items[row.id]!.text;
        for (const words of row.es) expect(text, row.id).to.contain(words);
      }
    });

    it('gives chest pain its own message, in both languages, that never mentions back pain', () => {
      const chest = checklist.redFlags.items.find((flag) => flag.id === 'chest-pain')!.message!;
      const chestEs = spanish.redFlags.items['chest-pain']!.message!;
      expect(chest.body.join(' '))
        .to.contain('Tell them you have chest pain.')
        .and.not.match(/back pain/i);
      expect(chestEs.body.join(' '))
        .to.contain('Di que tienes dolor en el pecho.')
        .and.not.match(/espalda/i);
    });

    it('tells the emergency tier to call now or go to the emergency department, not to drive, and what to say', () => {
      const body = checklist.redFlags.emergency.body.join(' ');
      expect(body).to.contain('Call the emergency number now, or go to the nearest emergency department.');
      expect(body).to.contain('Don’t drive yourself.');
      expect(body).to.contain('Tell them you have back pain, and which of these signs you have.');
      const bodyEs = spanish.redFlags.emergency.body.join(' ');
      expect(bodyEs).to.contain('sala de emergencias').and.contain('No manejes').and.contain('Di que tienes');
    });

    it('keeps the sources CONTENT.md names, each with a reviewed date, and leaves the reviewer to the clinic', () => {
      const urls = checklist.sources.map((source) => source.url);
      for (const url of [
        'https://www.nhs.uk/conditions/back-pain/',
        'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
        'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
        'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
        'https://www.healthdirect.gov.au/back-pain',
      ]) {
        expect(urls).to.include(url);
      }
      for (const source of checklist.sources) expect(source.reviewed, source.title).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(checklist.reviewedBy).to.be.undefined;
    });
  });

  describe('advice', () => {
    it('adds the routine advice to every outcome, in both languages, and says the checklist is for adults', () => {
      for (const outcome of checklist.outcomes) {
        expect(outcome.body.join(' '), outcome.id).to.contain(
          'See a GP or physiotherapist if it isn’t getting better after a few weeks, stops you doing everyday things, or you are worried.',
        );
        expect(spanish.outcomes[outcome.id]!.body.join(' '), outcome.id).to.contain('fisioterapeuta');
      }
      expect(checklist.intro).to.contain('for adults');
      expect(spanish.intro).to.contain('personas adultas');
    });

    it('states the sitting claim with care and the biceps picture as a comparison', () => {
      const drill = defaultContent.drills[0]!;
      const words = [drill.purpose, ...(drill.notes ?? [])].join(' ');
      expect(words).to.contain('may');
      expect(words).to.contain('only a comparison');
      expect(words).not.to.match(/switch(es|ed)? (your glutes )?off/);
    });

    it('marks the doses the sources do not give as the clinic’s choice, and keeps them modest', () => {
      const chosen = defaultContent.exercises.filter((exercise) => exercise.dosage.clinicChoice);
      expect(chosen.map((exercise) => exercise.id)).to.deep.equal(['glute-bridge', 'step-up', 'reverse-clamshell']);
      for (const exercise of chosen) expect(exercise.dosage.reps, exercise.id).to.deep.equal({ min: 5, max: 10 });
    });
  });

  describe('the stop rule', () => {
    it('is in every exercise’s safety line and the drill’s, in English and Spanish', () => {
      for (const exercise of defaultContent.exercises) {
        expect(exercise.safety, exercise.id).to.contain(STOP_RULE);
        expect(inSpanish(defaultContentInSpanish.exercises, exercise).translations!.es!.safety, exercise.id).to.contain(
          es.stopRule,
        );
      }
      for (const drill of defaultContent.drills) {
        // The stop rule beside the note that a warm burn is normal, so the two are read together.
        expect(drill.safety, drill.id).to.contain(STOP_RULE).and.contain('warm burn');
        expect(inSpanish(defaultContentInSpanish.drills, drill).translations!.es!.safety, drill.id)
          .to.contain(es.stopRule)
          .and.contain('ardor');
      }
    });

    it('is a UI word in each language, for a drill or exercise with no safety line of its own', () => {
      expect(en.stopRule).to.equal('Stop if it hurts more than mild discomfort, or pain spreads down your leg.');
      expect(es.stopRule).to.contain('molestia leve').and.contain('pierna');
    });
  });

  describe('language', () => {
    it('has every built-in item in Spanish', () => {
      const spanishView = translatePack(defaultContent, 'es-MX');
      for (const kind of ['exercises', 'drills', 'checklists', 'offers'] as const) {
        for (const item of spanishView.pack[kind]) expect(spanishView.packFor(item).locale, item.id).to.equal('es');
      }
    });

    it('spells the Australian and British way throughout the pack and the UI words', () => {
      const words = JSON.stringify({ defaultContent, en });
      for (const american of [
        /\btoward\b/,
        /\bcolor/i,
        /\bcenter/i,
        /\bbehavior/i,
        /\bprogram\b/,
        /\b\w+iz(e|es|ed|ing)\b/,
      ]) {
        expect(words).not.to.match(american);
      }
    });

    it('speaks Spanish the way a fluent reader expects in the UI words', () => {
      expect(es.drillRelax).to.equal('Relájate');
      expect(es.checklistNoneApply).to.equal('No tengo ninguna');
      expect(JSON.stringify(es)).not.to.contain('te pase');
    });
  });
});
