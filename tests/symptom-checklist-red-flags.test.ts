import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/book-now/book-now.js';
import '../src/components/content/content.js';
import '../src/components/symptom-checklist/symptom-checklist.js';
import type { MwSymptomChecklist } from '../src/components/symptom-checklist/symptom-checklist.js';
import { defaultContent, type ContentPackInput } from '../src/content/index.js';
import { captureWarnings, defaultContentInSpanish, expectWarnedOnce, visibleText } from './helpers.js';

const checklist = defaultContent.checklists.find((each) => each.id === 'weak-glutes')!;
const { redFlags } = checklist;
const spanish = defaultContentInSpanish.checklists.find((each) => each.id === 'weak-glutes')!.translations!.es!;
const flagsOf = (level: string) => redFlags.items.filter((flag) => flag.level === level).map((flag) => flag.id);

/** A checklist on a page in `lang`, with a booking banner in the page and one in its slot. */
async function mount(lang: string, attributes: { emergency?: string; urgent?: string } = {}) {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <mw-book-now href="https://clinic.example/book"><a href="https://clinic.example/book">Book</a></mw-book-now>
      <mw-symptom-checklist
        checklist="weak-glutes"
        emergency-number=${attributes.emergency ?? ''}
        urgent-number=${attributes.urgent ?? ''}
      >
        <p slot="next">Book a session</p>
      </mw-symptom-checklist>
    </div>`,
  );
  const el = wrapper.querySelector('mw-symptom-checklist')!;
  await el.updateComplete;
  return el;
}

/** Shows the result for these red flags through the public API, as a site's script would. */
async function result(el: MwSymptomChecklist, ...flags: string[]) {
  el.redFlags = flags;
  el.showResult();
  await el.updateComplete;
}

const root = (el: MwSymptomChecklist) => el.shadowRoot!;
const title = (el: MwSymptomChecklist) => root(el).querySelector('#result-heading')?.textContent?.trim();
/** The call links in the order a reader meets them: [href, words]. */
const calls = (el: MwSymptomChecklist) =>
  [...root(el).querySelectorAll('a[href^="tel:"]')].map((a) => [
    a.getAttribute('href'),
    a.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
/** Readable text with the non-breaking spaces that keep a number on one line turned back into spaces. */
const text = (el: MwSymptomChecklist) => visibleText(el).replace(/\u00a0/g, ' ');

/** Nothing but the care card: no exercise, no booking offer in the slot or elsewhere on the page. */
async function expectCareOnly(el: MwSymptomChecklist) {
  expect(root(el).querySelector('mw-exercise-card'), 'no exercise').to.be.null;
  expect(root(el).querySelector('slot[name="next"]'), 'no slot for a booking banner').to.be.null;
  const banner = el.parentElement!.querySelector('mw-book-now')!;
  await banner.updateComplete;
  expect(banner.shadowRoot!.querySelector('a'), 'the page’s booking banner hides').to.be.null;
}

describe('<mw-symptom-checklist> red flags', () => {
  describe('the red-flag step', () => {
    it('groups the red flags under two short headings, emergency first, each with its own signs', async () => {
      const el = await mount('en-GB');
      const groups = [...root(el).querySelectorAll('[role="group"]')];
      expect(groups.map((group) => group.getAttribute('aria-labelledby'))).to.deep.equal([
        'group-emergency',
        'group-urgent',
      ]);
      const headings = groups.map((group) => root(el).getElementById(group.getAttribute('aria-labelledby')!)!);
      expect(headings.map((heading) => heading.textContent!.trim())).to.deep.equal([
        'Emergency: get help now',
        'Urgent: see a doctor today',
      ]);
      const ids = (group: Element) => [...group.querySelectorAll('input')].map((input) => input.id.slice(5));
      expect(ids(groups[0]!)).to.deep.equal(flagsOf('emergency'));
      expect(ids(groups[1]!)).to.deep.equal(flagsOf('urgent'));
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en-GB', 'es']) {
      it(`fits in about two screens of a 390 × 844 phone (${lang})`, async () => {
        const wrapper = await fixture(
          html`<div lang=${lang} style="width: 390px">
            <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
          </div>`,
        );
        const el = wrapper.querySelector('mw-symptom-checklist')!;
        await el.updateComplete;
        const height = el.getBoundingClientRect().height;
        // "About two screens": Firefox's and WebKit's default fonts on Linux set the same words about 6% taller.
        expect(height, `${Math.round(height)} px tall`).to.be.at.most(2.15 * 844);
      });
    }
  });

  describe('emergency', () => {
    it('says call now or go to the emergency department, not to drive, and what to tell them', async () => {
      const el = await mount('en-AU');
      await result(el, 'both-legs');
      expect(title(el)).to.equal(redFlags.emergency.title);
      expect(calls(el)).to.deep.equal([['tel:000', 'Call 000']]);
      const words = text(el);
      expect(words).to.contain('go to the nearest emergency department');
      expect(words).to.contain('Don’t drive yourself');
      expect(words).to.contain('Tell them you have back pain, and which of these signs you have');
      expect(words).to.contain(redFlags.items.find((flag) => flag.id === 'both-legs')!.text);
      await expectCareOnly(el);
      await expect(el).to.be.accessible();
    });

    it('gives chest pain words of its own, never "say you have back pain"', async () => {
      const el = await mount('en-GB');
      await result(el, 'chest-pain');
      const chest = redFlags.items.find((flag) => flag.id === 'chest-pain')!.message!;
      expect(title(el)).to.equal(chest.title);
      const care = [...root(el).querySelectorAll('.care-body > p')].map((p) => p.textContent!.trim()).join(' ');
      for (const line of chest.body) expect(care).to.contain(line);
      expect(care).to.contain('Tell them you have chest pain.');
      expect(care).not.to.match(/back pain/i);
      expect(calls(el)).to.deep.equal([['tel:999', 'Call 999']]);
      await expectCareOnly(el);
      await expect(el).to.be.accessible();
    });

    it('keeps the chest pain words when other emergency signs are ticked too', async () => {
      const el = await mount('en-GB');
      await result(el, 'saddle-numbness', 'chest-pain');
      expect(title(el)).to.equal(redFlags.items.find((flag) => flag.id === 'chest-pain')!.message!.title);
      expect(root(el).querySelectorAll('.picked li')).to.have.length(2);
    });

    const numbers: Record<string, string> = {
      'en-AU': '000',
      'en-NZ': '111',
      'en-GB': '999',
      'en-IE': '112',
      'en-US': '911',
      'fr-CA': '911',
      'es-US': '911',
      'es-MX': '911',
      'es-CO': '123',
      'es-AR': '107',
      'es-CL': '131',
      'es-PE': '106',
      'pt-BR': '192',
      'en-ZA': '10177',
      'en-SG': '995',
      'zh-HK': '999',
      'en-PH': '911',
      'de-DE': '112',
      'es-ES': '112',
      en: '112',
      es: '112',
    };
    for (const [lang, number] of Object.entries(numbers)) {
      it(`calls ${number} on a page in ${lang}`, async () => {
        const el = await mount(lang);
        await result(el, 'serious-fall');
        expect(calls(el)[0]![0]).to.equal(`tel:${number}`);
      });
    }

    it('calls the number a site sets with emergency-number, the attribute or the property', async () => {
      const el = await mount('en', { emergency: '+353 1 234 5678' });
      await result(el, 'serious-fall');
      expect(calls(el)).to.deep.equal([['tel:+35312345678', 'Call +353 1 234 5678']]);
      el.emergencyNumber = '999';
      await el.updateComplete;
      expect(calls(el)).to.deep.equal([['tel:999', 'Call 999']]);
    });
  });

  describe('same day', () => {
    const routes = [
      { lang: 'en-GB', route: ['tel:111', 'Call NHS 111'], emergency: '999', lead: 'Call NHS 111 for advice now' },
      {
        lang: 'en-AU',
        route: ['tel:1800022222', 'Call healthdirect on 1800 022 222'],
        emergency: '000',
        lead: 'Call healthdirect for advice now',
      },
      {
        lang: 'en-NZ',
        route: ['tel:0800611116', 'Call Healthline on 0800 611 116'],
        emergency: '111',
        lead: 'Call Healthline for advice now',
      },
    ];
    for (const { lang, route, emergency, lead } of routes) {
      it(`leads with the non-emergency line in ${lang}, and keeps ${emergency} for "if it gets worse"`, async () => {
        const el = await mount(lang);
        await result(el, 'rest-night-pain');
        expect(title(el)).to.equal(redFlags.urgent.title);
        expect(calls(el)).to.deep.equal([route, [`tel:${emergency}`, `Call ${emergency}`]]);
        const words = text(el);
        expect(words).to.contain(lead);
        expect(words.indexOf(lead)).to.be.lessThan(words.indexOf('If it gets worse'));
        await expectCareOnly(el);
        await expect(el).to.be.accessible();
      });
    }

    it('sends readers elsewhere to their doctor or an urgent care clinic, with the emergency number if it gets worse', async () => {
      const el = await mount('en-US');
      await result(el, 'over-50');
      expect(text(el)).to.contain('Call your doctor and ask to be seen today');
      expect(text(el)).to.contain('urgent care clinic');
      expect(calls(el)).to.deep.equal([['tel:911', 'Call 911']]);
      await expectCareOnly(el);
      await expect(el).to.be.accessible();
    });

    it('calls the number a site sets with urgent-number (attribute and property) first', async () => {
      const el = await mount('en-US', { urgent: '1300 123 456' });
      await result(el, 'fever-unwell');
      expect(calls(el)).to.deep.equal([
        ['tel:1300123456', 'Call 1300 123 456'],
        ['tel:911', 'Call 911'],
      ]);
      el.urgentNumber = '13 14 50';
      await el.updateComplete;
      expect(calls(el)[0]).to.deep.equal(['tel:131450', 'Call 13 14 50']);
      await expect(el).to.be.accessible();
    });

    it('shows an urgent-number no phone can dial as a problem in place, with one warning', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await mount('en-GB', { urgent: 'ring the desk' });
        expect(visibleText(el)).to.contain('The non-emergency number "ring the desk" can’t be dialled.');
        await expectWarnedOnce(el, warnings, '<mw-symptom-checklist> urgent-number="ring the desk"');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('an emergency sign wins over same-day signs ticked with it', async () => {
      const el = await mount('en-GB');
      await result(el, 'cancer', 'one-leg-weakness');
      expect(title(el)).to.equal(redFlags.emergency.title);
      expect(calls(el)).to.deep.equal([['tel:999', 'Call 999']]);
    });
  });

  describe('routine advice and who reviewed it', () => {
    it('says when to see a GP or physiotherapist with every result that is not a red flag', async () => {
      for (const signs of [[], ['uneven-pelvis'], checklist.items.map((item) => item.id)]) {
        const el = await mount('en-GB');
        el.signs = signs;
        await result(el);
        expect(text(el)).to.contain(
          'See a GP or physiotherapist if it isn’t getting better after a few weeks, stops you doing everyday things, or you are worried.',
        );
      }
    });

    it('says the checklist is for adults', async () => {
      const el = await mount('en-GB');
      expect(text(el)).to.contain('This checklist is for adults.');
    });

    it('names who reviewed a clinic’s checklist beside its sources', async () => {
      const own = structuredClone(checklist);
      own.id = 'clinic-check';
      own.reviewedBy = 'Jo Smith, physiotherapist';
      delete own.translations;
      const pack: ContentPackInput = { format: 1, locale: 'en-AU', extends: 'default', checklists: [own] };
      const wrapper = await fixture(
        html`<mw-content .content=${pack} lang="en-AU"
          ><mw-symptom-checklist checklist="clinic-check"></mw-symptom-checklist
        ></mw-content>`,
      );
      const el = wrapper.querySelector('mw-symptom-checklist')!;
      await result(el, 'cancer');
      expect(root(el).querySelector('[part="sources"]')!.textContent).to.contain(
        'Checked by Jo Smith, physiotherapist',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('on a Spanish page', () => {
    /** Every element that says it is in another language than the page. */
    const foreign = (el: MwSymptomChecklist) =>
      [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('mw-exercise-card')].map((card) => card.shadowRoot!)]
        .flatMap((shadow) => [...shadow.querySelectorAll('[lang]')])
        .map((node) => node.getAttribute('lang'));

    it('asks about the red flags in Spanish', async () => {
      const el = await mount('es-MX');
      const labels = [...root(el).querySelectorAll('label')].map((label) => label.textContent!.trim());
      expect(labels).to.deep.equal(redFlags.items.map((flag) => spanish.redFlags.items[flag.id]!.text));
      expect(text(el)).to.contain('Emergencia: pide ayuda ya');
      expect(text(el)).to.contain('Esta lista es para personas adultas.');
      expect(foreign(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('gives the emergency advice in Spanish, with the number for Mexico', async () => {
      const el = await mount('es-MX');
      await result(el, 'bladder-bowel');
      expect(title(el)).to.equal(spanish.redFlags.emergency.title);
      for (const line of spanish.redFlags.emergency.body) expect(text(el)).to.contain(line);
      expect(calls(el)).to.deep.equal([['tel:911', 'Llama al 911']]);
      expect(text(el)).not.to.contain('Call');
      expect(foreign(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('gives chest pain its own Spanish words', async () => {
      const el = await mount('es-AR');
      await result(el, 'chest-pain');
      expect(title(el)).to.equal(spanish.redFlags.items['chest-pain']!.message!.title);
      expect(text(el)).to.contain('Di que tienes dolor en el pecho.');
      expect(calls(el)).to.deep.equal([['tel:107', 'Llama al 107']]);
      await expect(el).to.be.accessible();
    });

    it('gives the same-day advice in Spanish: the doctor first, the emergency number if it gets worse', async () => {
      const el = await mount('es-MX');
      await result(el, 'weight-loss');
      expect(title(el)).to.equal(spanish.redFlags.urgent.title);
      expect(text(el)).to.contain('Llama a tu médico y pide que te atienda hoy');
      expect(text(el)).to.contain('Si empeora');
      expect(calls(el)).to.deep.equal([['tel:911', 'Llama al 911']]);
      expect(foreign(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('gives the outcome, the routine advice and the recommended moves in Spanish', async () => {
      const el = await mount('es');
      el.signs = ['uneven-pelvis'];
      await result(el);
      expect(title(el)).to.equal(spanish.outcomes.some!.title);
      for (const line of spanish.outcomes.some!.body) expect(text(el)).to.contain(line);
      const names = [...root(el).querySelectorAll('[part="move-name"]')].map((name) => name.textContent!.trim());
      expect(names).to.deep.equal(['Contracción de glúteos', 'Puente de glúteos', 'Almeja']);
      expect(foreign(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('keeps English marked as English on a Spanish page when a clinic’s checklist has no Spanish', async () => {
      const own = structuredClone(checklist);
      own.id = 'clinic-check';
      delete own.translations;
      const pack: ContentPackInput = { format: 1, locale: 'en-AU', extends: 'default', checklists: [own] };
      const wrapper = await fixture(
        html`<mw-content .content=${pack} lang="es"
          ><mw-symptom-checklist checklist="clinic-check"></mw-symptom-checklist
        ></mw-content>`,
      );
      const el = wrapper.querySelector('mw-symptom-checklist')!;
      await el.updateComplete;
      expect(root(el).querySelector('legend')!.getAttribute('lang')).to.equal('en-AU');
      expect(root(el).querySelector('legend')!.textContent!.trim()).to.equal(redFlags.question);
      await expect(el).to.be.accessible();
    });
  });
});
