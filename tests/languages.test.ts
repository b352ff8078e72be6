/**
 * The widgets' words in every language we ship, a site's own words (`registerTranslation`), each
 * language fetched only on a page in it, and Arabic right to left.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { registerTranslation, type Translation } from '../src/index.js';
import { en } from '../src/translations/en.js';
import { es } from '../src/translations/es.js';
import { fr } from '../src/translations/fr.js';
import { de } from '../src/translations/de.js';
import { it as italian } from '../src/translations/it.js';
import { pt } from '../src/translations/pt.js';
import { zh } from '../src/translations/zh.js';
import { ar } from '../src/translations/ar.js';
import { captureWarnings, visibleText, wordsBrokenAcrossLines } from './helpers.js';

// The dev server serves every module as a file of its own: room for all of their entries.
performance.setResourceTimingBufferSize(5000);

const LANGUAGES: Record<string, Translation> = { es, fr, de, it: italian, pt, zh, ar };

/**
 * Words that may read the same as the English in a language: loanwords and shared spellings
 * ("Pause", "Muscles", "Sources"). Any other word equal to the English is an untranslated key,
 * such as one another branch added to en.ts and copied across.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ['muscles', 'drillPause', 'checklistSources'],
  de: ['drillPause'],
  es: ['checklistErrorPrefix'],
  it: [],
  pt: [],
  zh: [],
  ar: [],
};

type Widget = LitElement & { updateComplete: Promise<boolean> };

/** The text a person sees or hears in a widget: its shadow root's text and its accessible names. */
function wordsIn(element: Element): string {
  const labels = [...(element.shadowRoot?.querySelectorAll('[aria-label]') ?? [])].map((each) =>
    each.getAttribute('aria-label'),
  );
  return `${visibleText(element)} ${labels.join(' ')}`;
}

/**
 * Script files the page fetched whose address contains `part` (the dev server serves each module on
 * its own). A fetch's entry is added a moment after the fetch ends: give it that moment.
 */
async function fetched(part: string): Promise<number> {
  await new Promise((done) => setTimeout(done, 100));
  return performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)).length;
}

async function allFour(lang: string) {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
      <mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>
      <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
      <mw-book-now dismissible href="https://clinic.example/book"></mw-book-now>
    </div>`,
  );
  const widgets = [...wrapper.children] as Widget[];
  await Promise.all(widgets.map((each) => each.updateComplete));
  const [card, timer, checklist, book] = widgets as [Widget, Widget, Widget, Widget];
  return { wrapper, card, timer, checklist, book };
}

describe('languages', () => {
  let warn: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  describe('each language’s words are fetched only on a page in that language', () => {
    it('fetches no words on an English page, then only German on a German one', async () => {
      await allFour('en-GB');
      expect(await fetched('words-'), 'an English page').to.equal(0);
      expect(await fetched('default-pack-'), 'an English page').to.equal(0);
      const { card } = await allFour('de-AT');
      expect(wordsIn(card)).to.contain(de.howTo);
      expect(await fetched('words-de')).to.equal(1);
      for (const other of ['es', 'fr', 'it', 'pt', 'zh', 'ar'])
        expect(await fetched(`words-${other}`), other).to.equal(0);
      // The built-in pack comes in English and Spanish: a German page shows the English, marked as such.
      expect(await fetched('default-pack-')).to.equal(0);
      expect(card.shadowRoot!.querySelector('#title')!.getAttribute('lang')).to.equal('en');
    });

    it('fetches the built-in pack’s Spanish on a Spanish page, once, and shows the content in Spanish', async () => {
      const { card, timer } = await allFour('es-MX');
      expect(await fetched('words-es')).to.equal(1);
      expect(await fetched('default-pack-es')).to.equal(1);
      await card.updateComplete;
      await timer.updateComplete;
      expect(visibleText(card)).to.contain('Puente de glúteos').and.contain(es.howTo);
      expect(visibleText(timer)).to.contain('Activación de glúteos');
      // In the page's language: no `lang` of its own on the content.
      expect(card.shadowRoot!.querySelector('[lang]')).to.equal(null);
      await expect(card).to.be.accessible();
    });

    it('renders a language’s words on the first paint, not English first', async () => {
      const card = document.createElement('mw-exercise-card') as Widget;
      card.setAttribute('exercise', 'glute-squeeze');
      card.lang = 'pt-BR';
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(visibleText(card)));
      document.body.append(card);
      observer.observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await card.updateComplete;
      observer.disconnect();
      expect(visibleText(card)).to.contain(pt.howTo);
      expect(seen.join(' ')).not.to.contain(en.howTo);
      card.remove();
    });
  });

  describe('registerTranslation', () => {
    it('rewords one English label, and every widget already on the page follows', async () => {
      const { card, timer } = await allFour('en');
      registerTranslation('en', { start: 'Go', drillStart: 'Go now' });
      await card.updateComplete;
      await timer.updateComplete;
      expect(visibleText(card)).to.contain('Go');
      expect(visibleText(timer)).to.contain('Go now').and.contain(en.drillBeforeYouStart);
      registerTranslation('en', { start: en.start, drillStart: en.drillStart });
      await card.updateComplete;
      expect(visibleText(card)).to.contain(en.start);
    });

    it('adds a language: what it leaves out falls back to English, string by string', async () => {
      registerTranslation('nl', { howTo: 'Zo doe je het', start: 'Beginnen' });
      const card = (await fixture(
        html`<mw-exercise-card lang="nl-BE" exercise="glute-bridge"></mw-exercise-card>`,
      )) as Widget;
      expect(wordsIn(card)).to.contain('Zo doe je het').and.contain('Beginnen').and.contain(en.muscles);
      await expect(card).to.be.accessible();
      expect(warn.warnings).to.deep.equal([]);
    });

    it('counts a site’s full set of a language we ship as loaded: ours is never fetched', async () => {
      const italianSwiss = { ...italian, start: 'Via!' } as Partial<Translation>;
      delete italianSwiss.lang;
      registerTranslation('it-CH', italianSwiss);
      const card = (await fixture(
        html`<mw-exercise-card lang="it-CH" exercise="glute-bridge"></mw-exercise-card>`,
      )) as Widget;
      expect(wordsIn(card)).to.contain('Via!').and.contain(italian.howTo);
      expect(await fetched('words-it')).to.equal(0);
    });

    it('rewords a label in a language we ship, keeping ours for the rest', async () => {
      registerTranslation('fr', { start: 'C’est parti' });
      const card = (await fixture(
        html`<mw-exercise-card lang="fr" exercise="glute-bridge"></mw-exercise-card>`,
      )) as Widget;
      expect(wordsIn(card)).to.contain('C’est parti').and.contain(fr.howTo);
      // The name read out holds the word shown.
      expect(card.shadowRoot!.querySelector('[aria-label^="C’est parti"]')).to.exist;
      await expect(card).to.be.accessible();
      registerTranslation('fr', { start: fr.start });
    });

    it('skips a word it does not know, or of the wrong kind, with a warning naming it', async () => {
      registerTranslation('nl', { howTo: 'Zo', nope: 'x' } as never);
      registerTranslation('nl', { sets: 'drie' } as never);
      registerTranslation('not a language', { start: 'x' });
      // A key no widget on the page has is checked against the list of every key, fetched for it if need be.
      await waitUntil(() => warn.warnings.length === 3);
      expect(warn.warnings.join('\n'))
        .to.contain('"nope"')
        .and.contain('"sets" should be a function')
        .and.contain('language tag');
    });
  });

  describe('every language we ship', () => {
    for (const [lang, words] of Object.entries(LANGUAGES)) {
      it(`${lang}: every key of English, each of the same kind, none left in English`, () => {
        for (const key of Object.keys(en) as (keyof Translation)[]) {
          expect(typeof words[key], `${lang}.${key}`).to.equal(typeof en[key]);
          if (typeof en[key] === 'string' && key !== 'lang' && !SAME_AS_ENGLISH[lang]!.includes(key)) {
            expect(words[key], `${lang}.${key} reads as the English`).not.to.equal(en[key]);
          }
        }
        expect(Object.keys(words).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it(`${lang}: each widget speaks it on a page in it, and passes axe`, async function () {
        this.timeout(30_000);
        const { wrapper, card, timer, checklist, book } = await allFour(lang);
        expect(wordsIn(card), 'card').to.contain(words.howTo).and.contain(words.start);
        expect(wordsIn(timer), 'timer').to.contain(words.drillBeforeYouStart);
        expect(wordsIn(checklist), 'checklist').to.contain(words.checklistStep(1, 2).split(/\d/)[0]!.trim());
        expect(wordsIn(book), 'book').to.contain(words.bookDismiss);
        for (const widget of [card, timer, checklist, book]) {
          expect(wordsIn(widget), widget.localName).not.to.match(/undefined|NaN|\[object/);
        }
        await expect(wrapper).to.be.accessible();
        expect(warn.warnings).to.deep.equal([]);
      });
    }

    it('documents every key in the README, with what it says in English', async () => {
      const readme = await (await fetch('/README.md')).text();
      for (const key of Object.keys(en).filter((each) => each !== 'lang')) {
        expect(readme, key).to.match(new RegExp(`^\\| \`${key}\` +\\| .*\\| +\\S.* \\|$`, 'm'));
      }
    });

    it('shows a problem in the page’s language, and warns in English', async () => {
      const card = (await fixture(html`<mw-exercise-card lang="fr" exercise="nope"></mw-exercise-card>`)) as Widget;
      expect(visibleText(card))
        // visibleText folds white space, French's no-break spaces included.
        .to.contain(fr.problemNotFound('exercises', 'nope').replace(/\s+/g, ' '))
        .and.contain(fr.problemAvailable('').split(':')[0]!.trim());
      await new Promise((done) => setTimeout(done, 50));
      expect(warn.warnings.join()).to.contain('There is no exercise called "nope"');
      await expect(card).to.be.accessible();
    });

    it('counts with each language’s plural forms (Arabic has six)', () => {
      expect([0, 1, 2, 3, 11, 100].map((n) => ar.sets(n))).to.deep.equal([
        '0 مجموعة',
        'مجموعة واحدة',
        'مجموعتان',
        '3 مجموعات',
        '11 مجموعةً',
        '100 مجموعة',
      ]);
      expect(ar.reps('10–15', true)).to.equal('10–15 تكرارًا');
      expect(ar.reps('٥–١٠', true)).to.equal('٥–١٠ تكرارات');
      expect([1, 2].map((n) => fr.sets(n))).to.deep.equal(['1 série', '2 séries']);
      expect(de.drillSaySeconds(1, '1')).to.equal('eine Sekunde');
    });

    it('writes numbers with the digits Intl gives the page’s tag (Arabic-Indic for ar-EG)', async () => {
      const [plain, egypt] = (await Promise.all(
        ['ar', 'ar-EG'].map((lang) =>
          fixture(html`<mw-exercise-card lang=${lang} exercise="glute-squeeze"></mw-exercise-card>`),
        ),
      )) as Widget[];
      const dosage = (card: Widget) => card.shadowRoot!.querySelector('[part="dosage"]')!.textContent!;
      // Current CLDR gives `ar` Latin digits; an engine on an older ICU (WebKitGTK here) gives Arabic-Indic.
      const digits = (lang: string) => new Intl.NumberFormat(lang).format(10);
      expect(dosage(plain!)).to.contain(`${digits('ar')}–`);
      expect(dosage(egypt!)).to.contain('١٠–١٥');
    });
  });

  describe('Arabic, right to left', () => {
    it('sets dir="rtl" on a widget in Arabic on a left-to-right page, and mirrors its layout', async () => {
      const { wrapper, card, timer, checklist } = await allFour('ar');
      for (const widget of [card, timer, checklist]) {
        expect(widget.getAttribute('dir'), widget.localName).to.equal('rtl');
        expect(getComputedStyle(widget).direction).to.equal('rtl');
      }
      // The card's title starts at the right.
      const cardBox = card.getBoundingClientRect();
      const title = card.shadowRoot!.querySelector('#title')!.getBoundingClientRect();
      expect(cardBox.right - title.right).to.be.below(cardBox.left + cardBox.width / 2 - cardBox.left);
      expect(title.right).to.be.above(cardBox.left + cardBox.width / 2);
      // The checklist's boxes sit to the right of their words.
      const option = checklist.shadowRoot!.querySelector('.option')!;
      const box = option.querySelector('input')!.getBoundingClientRect();
      const label = option.querySelector('label')!.getBoundingClientRect();
      expect(box.left).to.be.above(label.left);
      await expect(wrapper).to.be.accessible();
    });

    it('runs the timer right to left: Back on the right of Skip, the bar filling from the right', async () => {
      const timer = (await fixture(
        html`<mw-drill-timer lang="ar" exercise="glute-squeeze"></mw-drill-timer>`,
      )) as Widget;
      (timer.shadowRoot!.querySelector('#primary') as HTMLButtonElement).click();
      await timer.updateComplete;
      const buttons = [...timer.shadowRoot!.querySelectorAll<HTMLButtonElement>('.transport button')];
      const back = buttons.find((button) => button.textContent!.includes(ar.drillBack))!;
      const skip = buttons.find((button) => button.textContent!.includes(ar.drillSkip))!;
      expect(back.getBoundingClientRect().left).to.be.above(skip.getBoundingClientRect().left);
      const bar = timer.shadowRoot!.querySelector('.bar')!;
      expect(getComputedStyle(bar).transform).to.match(/^matrix\(-1/);
      await expect(timer).to.be.accessible();
      (timer as unknown as { stop?: () => void }).stop?.();
    });

    it('leaves a site’s own dir alone, and sets ltr on an English widget inside an Arabic page', async () => {
      const wrapper = await fixture(
        html`<div lang="ar" dir="rtl">
          <mw-book-now variant="inline" href="https://clinic.example/book"></mw-book-now>
          <mw-exercise-card lang="en" exercise="glute-bridge"></mw-exercise-card>
          <mw-exercise-card dir="ltr" exercise="glute-bridge"></mw-exercise-card>
        </div>`,
      );
      const [inherits, english, own] = [...wrapper.children] as Widget[];
      await Promise.all([inherits, english, own].map((each) => each!.updateComplete));
      expect(inherits!.hasAttribute('dir')).to.be.false;
      expect(getComputedStyle(inherits!).direction).to.equal('rtl');
      expect(english!.getAttribute('dir')).to.equal('ltr');
      expect(own!.getAttribute('dir')).to.equal('ltr');
      expect(visibleText(own!)).to.contain(ar.howTo);
    });
  });
});

// Last in the file: it fetches every language, which the tests above count.
describe('the timer’s Back, Pause and Skip in every language', () => {
  it('fits Back, Pause and Skip in one row, each label inside its button, in every language on a 360px phone', async () => {
    for (const lang of ['en', ...Object.keys(LANGUAGES)]) {
      // A 360px phone's page, less its margins.
      const wrapper = await fixture(
        html`<div style="width: 328px">
          <mw-drill-timer lang=${lang} drill="banded-glute-activation"></mw-drill-timer>
        </div>`,
      );
      const timer = wrapper.firstElementChild as Widget;
      await waitUntil(() => timer.shadowRoot!.querySelector('#primary'), `${lang}: the timer in its words`);
      (timer.shadowRoot!.querySelector('#primary') as HTMLButtonElement).click();
      await timer.updateComplete;
      const row = [...timer.shadowRoot!.querySelectorAll<HTMLButtonElement>('.transport .button')];
      expect(row, lang).to.have.length(3);
      expect(
        new Set(row.map((button) => Math.round(button.getBoundingClientRect().top))).size,
        `${lang}: one row`,
      ).to.equal(1);
      const box = timer.getBoundingClientRect();
      for (const button of row) {
        const label = button.textContent!.trim();
        expect(button.scrollWidth, `${lang}: "${label}" inside its button`).to.be.at.most(button.clientWidth);
        expect(button.getBoundingClientRect().right, `${lang}: "${label}" inside the timer`).to.be.at.most(box.right);
        expect(button.getBoundingClientRect().left, `${lang}: "${label}" inside the timer`).to.be.at.least(box.left);
      }
      expect(wordsBrokenAcrossLines(row), lang).to.deep.equal([]);
      // Back to idle, so no other test is offered this run to resume.
      (timer as unknown as { reset(): void }).reset();
    }
  });
});
