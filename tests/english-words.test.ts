/**
 * The English words come with the widgets that say them: a page with one exercise card carries the
 * shared words and the card's, not the timer's, the checklist's or the booking banner's; each of those
 * arrives with its widget, and a site's own words for it are checked and kept until then.
 *
 * This file loads the card's entry alone, as the one-tag loader does on a page with one card.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/components/exercise-card/exercise-card.js';
// The function the package exports, from its own module: `movewell-widgets` itself registers every widget.
import { registerTranslation } from '../src/internal/words.js';
// Not ../src/translations/en.js, which imports every part.
import { enShared } from '../src/translations/en/shared.js';
import { captureWarnings, visibleText } from './helpers.js';

performance.setResourceTimingBufferSize(5000);

type Widget = LitElement & { updateComplete: Promise<boolean> };

/** Script files the page fetched whose address contains `part` (the dev server serves each module on its own). */
async function fetched(part: string): Promise<number> {
  await new Promise((done) => setTimeout(done, 100));
  return performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)).length;
}

describe('English words, one part per widget', () => {
  let warn: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  it('a page with one card fetches the card’s words, not the other widgets’', async () => {
    const card = (await fixture(html`<mw-exercise-card exercise="glute-bridge"></mw-exercise-card>`)) as Widget;
    expect(visibleText(card)).to.contain(enShared.howTo).and.contain(enShared.doneToday);
    // <mw-content>'s too, through the one-tag loader (tests/package/pages.test.mjs): each npm entry registers it.
    for (const part of ['drill-timer', 'symptom-checklist', 'book-now', 'media', 'kinds'])
      expect(await fetched(`translations/en/${part}.ts`), part).to.equal(0);
    expect(warn.warnings).to.deep.equal([]);
  });

  it('keeps a site’s words for a widget not on the page, checks them, and the widget says them when it comes', async () => {
    registerTranslation('en', { drillBeforeYouStart: 'Ready?', drillPause: 42 } as never);
    // Checked against the list of every key, fetched for it: the wrong kind is refused now, not later.
    await waitUntil(() => warn.warnings.length === 1);
    expect(warn.warnings[0]).to.contain('"drillPause" should be a string');
    expect(await fetched('translations/en/kinds.ts')).to.equal(1);
    expect(await fetched('translations/en/drill-timer.ts')).to.equal(0);

    await import('../src/components/drill-timer/drill-timer.js');
    const timer = (await fixture(html`<mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>`)) as Widget;
    expect(await fetched('translations/en/drill-timer.ts')).to.equal(1);
    expect(visibleText(timer)).to.contain('Ready?').and.contain('Start').and.not.contain('Before you start');
    expect(warn.warnings).to.have.length(1);
  });

  it('checks a word of a widget whose code arrives first, before that widget renders', async () => {
    registerTranslation('en', { checklistTickAll: 'Tick what fits.', checklistContinue: 7 } as never);
    await import('../src/components/symptom-checklist/symptom-checklist.js');
    // The checklist's part came with its code: its keys are known now, whether the list of every key is here or not.
    expect(warn.warnings.join()).to.contain('"checklistContinue" should be a string');
    const checklist = (await fixture(
      html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`,
    )) as Widget;
    expect(visibleText(checklist)).to.contain('Tick what fits.').and.contain('Continue');
  });
});
