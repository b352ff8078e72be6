import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulatePrint, sendKeys } from './browser.js';
import '../src/components/symptom-checklist/symptom-checklist.js';
import type { MwSymptomChecklist } from '../src/components/symptom-checklist/symptom-checklist.js';
import { defaultContent, type ContentPackInput } from '../src/content/index.js';
import type { ChecklistResultDetail } from '../src/events/checklist-result.js';
import { de } from '../src/translations/de.js';
import { en } from '../src/translations/en.js';
import { breakStorage, captureWarnings, defaultContentInSpanish, expectWarnedOnce, visibleText } from './helpers.js';

const checklist = defaultContent.checklists.find((each) => each.id === 'weak-glutes')!;
const { redFlags } = checklist;
const emergencyFlag = redFlags.items.find((flag) => flag.level === 'emergency')!;
const urgentFlag = redFlags.items.find((flag) => flag.level === 'urgent')!;
const signIds = checklist.items.map((item) => item.id);
const outcome = (id: string) => checklist.outcomes.find((each) => each.id === id)!;

/** A checklist in an Australian page (000), with a booking banner offered in the `next` slot. */
async function mount({ remember = false, lang = 'en-AU' } = {}) {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <button id="before">Before</button>
      <mw-symptom-checklist checklist="weak-glutes" ?remember=${remember}>
        <p slot="next" id="banner">Book a session</p>
      </mw-symptom-checklist>
    </div>`,
  );
  const el = wrapper.querySelector('mw-symptom-checklist')!;
  await el.updateComplete;
  return el;
}

const root = (el: MwSymptomChecklist) => el.shadowRoot!;
const button = (el: MwSymptomChecklist, name: RegExp) =>
  [...root(el).querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
const checkbox = (el: MwSymptomChecklist, id: string) =>
  root(el).querySelector<HTMLInputElement>(`input[type="checkbox"]#flag-${id}, input[type="checkbox"]#sign-${id}`)!;
const legend = (el: MwSymptomChecklist) => root(el).querySelector('fieldset legend')?.textContent?.trim();
const resultHeading = (el: MwSymptomChecklist) => root(el).querySelector<HTMLElement>('#result-heading');
const cards = (el: MwSymptomChecklist) => [...root(el).querySelectorAll('mw-exercise-card')];
const moveNames = (el: MwSymptomChecklist) => [...root(el).querySelectorAll<HTMLElement>('[part="move-name"]')];
const announced = (el: MwSymptomChecklist) => root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';

async function press(el: MwSymptomChecklist, name: RegExp) {
  const found = button(el, name);
  expect(found, `a button named ${name}`).to.exist;
  found!.click();
  await el.updateComplete;
}

async function tick(el: MwSymptomChecklist, ...ids: string[]) {
  for (const id of ids) checkbox(el, id).click();
  await el.updateComplete;
}

/** Answers step 1 with "None of these apply", ticks the signs, and shows the result. */
async function answerSigns(el: MwSymptomChecklist, signs: string[]) {
  await press(el, /None of these apply/);
  await tick(el, ...signs);
  await press(el, /Show my result/);
}

/** Runs an action and returns the result event it caused. */
async function resultOf(el: MwSymptomChecklist, action: () => Promise<unknown>) {
  const event = oneEvent(el, 'mw-checklist-result');
  await action();
  return (await event).detail;
}

/** An event detail holds ids, counts and a flag: nothing a reader wrote or read. */
function expectNoFreeText(detail: ChecklistResultDetail) {
  const strings = [detail.checklistId, detail.outcomeId, ...detail.signs];
  for (const value of strings) expect(value).to.match(/^[a-z0-9-]+$/);
  expect(Object.keys(detail).sort()).to.deep.equal(['checklistId', 'outcomeId', 'redFlag', 'score', 'signs']);
}

// The test runner may run other files in the same tab first (a timer's saved run is in sessionStorage).
function clearSaved() {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('movewell:')) storage.removeItem(key);
  }
}
const savedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('movewell:'));

describe('<mw-symptom-checklist>', () => {
  beforeEach(clearSaved);
  afterEach(clearSaved);

  describe('step 1: red flags', () => {
    it('asks about red flags first, as native checkboxes in a fieldset with a legend', async () => {
      const el = await mount();
      expect(visibleText(el)).to.contain(checklist.title).and.contain('Step 1 of 2');
      expect(legend(el)).to.equal(redFlags.question);
      const boxes = root(el).querySelectorAll('fieldset input[type="checkbox"]');
      expect(boxes).to.have.length(redFlags.items.length);
      for (const flag of redFlags.items) {
        expect(root(el).querySelector(`label[for="flag-${flag.id}"]`)?.textContent?.trim()).to.equal(flag.text);
      }
      expect(button(el, /None of these apply/)).to.exist;
      expect(button(el, /Continue/)).to.exist;
      expect(cards(el)).to.be.empty;
      await expect(el).to.be.accessible();
    });

    it('cannot be skipped by pressing Continue without answering', async () => {
      const el = await mount();
      await press(el, /Continue/);
      expect(legend(el)).to.equal(redFlags.question);
      const error = root(el).querySelector('#error')!;
      expect(error.textContent).to.contain('None of these apply');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
      // The summary is an alert (read out as it appears) and takes focus (read again on a second try).
      const summary = root(el).querySelector('[part="error-summary"]')!;
      expect(summary.querySelector('[role="alert"]')!.textContent).to.contain('None of these apply');
      expect(root(el).activeElement).to.equal(summary);
      await expect(el).to.be.accessible();
    });

    it('refuses "None of these apply" while a red flag is ticked', async () => {
      const el = await mount();
      await tick(el, emergencyFlag.id);
      let events = 0;
      el.addEventListener('mw-checklist-result', () => events++);
      await press(el, /None of these apply/);
      expect(legend(el)).to.equal(redFlags.question);
      expect(root(el).querySelector('#error')!.textContent).to.contain('You ticked one of these');
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
      // Changing an answer clears the message.
      await tick(el, emergencyFlag.id);
      expect(root(el).querySelector('#error')).to.be.null;
    });
  });

  describe('a red flag', () => {
    it('shows only the emergency care card: the number as a big tel: link, no exercises, no booking slot', async () => {
      const el = await mount();
      await tick(el, emergencyFlag.id);
      const detail = await resultOf(el, () => press(el, /Continue/));
      expect(detail).to.deep.equal({
        checklistId: 'weak-glutes',
        outcomeId: 'emergency',
        score: 0,
        signs: [],
        redFlag: true,
      });
      expectNoFreeText(detail);

      expect(resultHeading(el)!.textContent!.trim()).to.equal(redFlags.emergency.title);
      const call = root(el).querySelector<HTMLAnchorElement>('a[part="call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:000');
      expect(call.textContent!.trim()).to.equal('Call 000');
      const text = visibleText(el);
      for (const line of redFlags.emergency.body) expect(text).to.contain(line);
      expect(text).to.contain(emergencyFlag.text);

      expect(cards(el)).to.be.empty;
      expect(root(el).querySelector('slot')).to.be.null;
      expect(el.querySelector('#banner')!.assignedSlot).to.be.null;
      expect(text).not.to.contain(checklist.disclaimer);
      for (const each of checklist.outcomes) expect(text).not.to.contain(each.title);
      expect(button(el, /Print/)).to.be.undefined;
      expect(button(el, /Start again/)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('moves focus to the care card heading and announces it', async () => {
      const el = await mount();
      await tick(el, emergencyFlag.id);
      await press(el, /Continue/);
      expect(root(el).activeElement).to.equal(resultHeading(el));
      expect(resultHeading(el)!.getAttribute('tabindex')).to.equal('-1');
      expect(resultHeading(el)!.getAttribute('role')).to.equal('heading');
      await waitUntil(() => announced(el) === `${redFlags.emergency.title}. Call 000`, 'the care card is announced');
    });

    it('shows the urgent care card for an urgent red flag: the health line first, the emergency number after', async () => {
      const el = await mount();
      await tick(el, urgentFlag.id);
      const detail = await resultOf(el, () => press(el, /Continue/));
      expect(detail).to.deep.equal({
        checklistId: 'weak-glutes',
        outcomeId: 'urgent',
        score: 0,
        signs: [],
        redFlag: true,
      });
      expect(resultHeading(el)!.textContent!.trim()).to.equal(redFlags.urgent.title);
      for (const line of redFlags.urgent.body) expect(visibleText(el)).to.contain(line);
      const calls = [...root(el).querySelectorAll('a[part="call"]')].map((a) => a.getAttribute('href'));
      expect(calls).to.deep.equal(['tel:1800022222', 'tel:000']);
      expect(cards(el)).to.be.empty;
      expect(root(el).querySelector('slot')).to.be.null;
      expect(root(el).activeElement).to.equal(resultHeading(el));
      await waitUntil(() => announced(el).startsWith(`${redFlags.urgent.title}. Call healthdirect`), 'announced');
      await expect(el).to.be.accessible();
    });

    it('treats an emergency red flag as an emergency even when urgent ones are ticked too', async () => {
      const el = await mount();
      await tick(el, urgentFlag.id, emergencyFlag.id);
      const detail = await resultOf(el, () => press(el, /Continue/));
      expect(detail.outcomeId).to.equal('emergency');
      expect(resultHeading(el)!.textContent!.trim()).to.equal(redFlags.emergency.title);
    });

    it('passes axe in the dark theme too', async () => {
      for (const flag of [emergencyFlag, urgentFlag]) {
        const el = await mount();
        el.theme = 'dark';
        await tick(el, flag.id);
        await press(el, /Continue/);
        await expect(el).to.be.accessible();
      }
    });

    it('never shows the signs while a red flag is ticked, even when a site sets one on step 2', async () => {
      const el = await mount();
      await press(el, /None of these apply/);
      expect(legend(el)).to.equal(checklist.question);
      el.redFlags = [emergencyFlag.id];
      await el.updateComplete;
      expect(legend(el)).to.equal(redFlags.question);
      expect(checkbox(el, emergencyFlag.id).checked).to.be.true;
    });
  });

  describe('step 2: the signs', () => {
    it('asks about the signs, each with what it means, and moves focus to the question', async () => {
      const el = await mount();
      await press(el, /None of these apply/);
      expect(visibleText(el)).to.contain('Step 2 of 2');
      expect(legend(el)).to.equal(checklist.question);
      expect(root(el).activeElement).to.equal(root(el).querySelector('fieldset'));
      for (const item of checklist.items) {
        const box = checkbox(el, item.id);
        expect(root(el).querySelector(`label[for="${box.id}"]`)?.textContent?.trim()).to.equal(item.text);
        const meaning = root(el).getElementById(box.getAttribute('aria-describedby')!);
        expect(meaning?.textContent?.trim()).to.equal(item.meaning);
      }
      await expect(el).to.be.accessible();
    });

    it('goes back to the red flags', async () => {
      const el = await mount();
      await press(el, /None of these apply/);
      await press(el, /Back/);
      expect(legend(el)).to.equal(redFlags.question);
      expect(root(el).activeElement).to.equal(root(el).querySelector('fieldset'));
    });

    for (const [id, signs] of [
      ['none', []],
      ['some', signIds.slice(0, 2)],
      ['most', signIds],
    ] as const) {
      it(`shows the "${id}" outcome for ${signs.length} signs, with a row per move and the booking slot`, async () => {
        const el = await mount();
        const detail = await resultOf(el, () => answerSigns(el, [...signs]));
        expect(detail).to.deep.equal({
          checklistId: 'weak-glutes',
          outcomeId: id,
          score: signs.length,
          signs: [...signs],
          redFlag: false,
        });
        expectNoFreeText(detail);

        const expected = outcome(id);
        expect(resultHeading(el)!.textContent!.trim()).to.equal(expected.title);
        const text = visibleText(el);
        for (const line of expected.body) expect(text).to.contain(line);
        expect(root(el).querySelector('[part="disclaimer"]')!.textContent!.trim()).to.equal(checklist.disclaimer);
        const exercises = expected.recommend.map((each) => defaultContent.exercises.find((e) => e.id === each)!);
        const rows = [...root(el).querySelectorAll('[part="move"]')];
        expect(rows.map((row) => row.querySelector('[part="move-name"]')!.textContent!.trim())).to.deep.equal([
          ...exercises.map((exercise) => exercise.name),
          ...(expected.drill ? [defaultContent.drills.find((drill) => drill.id === expected.drill)!.name] : []),
        ]);
        for (const [i, exercise] of exercises.entries()) {
          expect(rows[i]!.querySelector('[part="move-start"]')!.getAttribute('aria-label')).to.equal(
            `Start ${exercise.name}`,
          );
        }
        expect(cards(el), 'no card until a row is opened').to.be.empty;
        expect(root(el).querySelector('[part="moves"] [part="safety"]')!.textContent).to.contain('Stop if it hurts');
        expect(el.querySelector('#banner')!.assignedSlot?.name).to.equal('next');
        expect(root(el).querySelector('a[part="call"]')).to.be.null;
        expect(button(el, /Print my result/)).to.exist;
        expect(button(el, /Start again/)).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('lists the signs picked, for the reader and a clinician', async () => {
      const el = await mount();
      await answerSigns(el, [signIds[3]!, signIds[1]!]);
      const picked = [...root(el).querySelectorAll('.picked li')].map((li) => li.textContent!.trim());
      expect(picked).to.deep.equal([checklist.items[1]!.text, checklist.items[3]!.text]);
    });

    it('moves focus to the result heading and announces the result', async () => {
      const el = await mount();
      await answerSigns(el, signIds.slice(0, 1));
      expect(root(el).activeElement).to.equal(resultHeading(el));
      expect(resultHeading(el)!.getAttribute('tabindex')).to.equal('-1');
      await waitUntil(() => announced(el) === `Your result: ${outcome('some').title}`, 'the result is announced');
    });

    it('shows sources with the date they were reviewed', async () => {
      const el = await mount();
      await answerSigns(el, []);
      const sources = root(el).querySelector('[part="sources"]')!;
      expect(sources.textContent).to.contain('Sources, reviewed 7 December 2026');
      const links = [...sources.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(checklist.sources.map((source) => source.url));
    });
  });

  describe('Start again, print and the page', () => {
    it('"Start again" clears the answers, goes back to step 1 and emits mw-checklist-reset', async () => {
      const el = await mount();
      await answerSigns(el, signIds.slice(0, 3));
      const reset = oneEvent(el, 'mw-checklist-reset');
      await press(el, /Start again/);
      expect((await reset).detail).to.deep.equal({ checklistId: 'weak-glutes' });
      expect(legend(el)).to.equal(redFlags.question);
      expect(root(el).activeElement).to.equal(root(el).querySelector('fieldset'));
      await press(el, /None of these apply/);
      expect(checklist.items.map((item) => checkbox(el, item.id).checked)).to.deep.equal([false, false, false, false]);
      expect(el.signs).to.deep.equal([]);
    });

    it('lets a booking banner on the page hide for a red flag and come back after Start again', async () => {
      // What a banner does: listen on the document, hide while a red-flag result shows.
      let bannerHidden = false;
      const onResult = (event: Event) => (bannerHidden = (event as CustomEvent<ChecklistResultDetail>).detail.redFlag);
      const onReset = () => (bannerHidden = false);
      document.addEventListener('mw-checklist-result', onResult);
      document.addEventListener('mw-checklist-reset', onReset);
      try {
        const el = await mount();
        await tick(el, urgentFlag.id);
        await press(el, /Continue/);
        expect(bannerHidden).to.be.true;
        await press(el, /Start again/);
        expect(bannerHidden).to.be.false;
        await tick(el, emergencyFlag.id);
        await press(el, /Continue/);
        expect(bannerHidden).to.be.true;
        // Taken off the page (a single-page app moving on): the page still hears the result has gone.
        el.remove();
        expect(bannerHidden).to.be.false;
      } finally {
        document.removeEventListener('mw-checklist-result', onResult);
        document.removeEventListener('mw-checklist-reset', onReset);
      }
    });

    it('prints the result on request, without its buttons', async () => {
      const el = await mount();
      await answerSigns(el, signIds.slice(0, 2));
      const original = window.print;
      let printed = 0;
      window.print = () => printed++;
      try {
        await press(el, /Print my result/);
        expect(printed).to.equal(1);
      } finally {
        window.print = original;
      }
      await emulatePrint(true);
      try {
        expect(getComputedStyle(button(el, /Start again/)!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('[part="actions"]')!).display).to.equal('none');
        expect(el.querySelector('#banner')!.checkVisibility()).to.be.false;
        expect(getComputedStyle(resultHeading(el)!).display).not.to.equal('none');
        expect(getComputedStyle(root(el).querySelector('[part="disclaimer"]')!).display).not.to.equal('none');
        // No heading left alone at the foot of a page ("Moves to try").
        expect(getComputedStyle(resultHeading(el)!).breakAfter).to.equal('avoid');
      } finally {
        await emulatePrint(false);
      }
    });
  });

  describe('the public API', () => {
    it('shows a result from redFlags, signs and showResult(), without taking focus from the page', async () => {
      const el = await mount();
      const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      const { warnings, restore } = captureWarnings();
      el.signs = [signIds[0]!, 'unknown-sign', signIds[0]!];
      const detail = await resultOf(el, async () => {
        el.showResult();
        await el.updateComplete;
      }).finally(restore);
      expect(warnings.join('\n')).to.contain('signs: ignored ["unknown-sign"]');
      expect(detail).to.deep.equal({
        checklistId: 'weak-glutes',
        outcomeId: 'some',
        score: 1,
        signs: [signIds[0]],
        redFlag: false,
      });
      expect(document.activeElement).to.equal(before);
      await waitUntil(() => announced(el) === `Your result: ${outcome('some').title}`, 'still announced');

      el.redFlags = [urgentFlag.id];
      const urgent = await resultOf(el, () => el.updateComplete);
      expect(urgent.outcomeId).to.equal('urgent');
    });

    it('ignores answers the checklist does not have, warning once with their names', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await mount();
        // (A list property given something that is not a list is refused: tests/hardening-any-value.test.ts.)
        el.signs = [signIds[0]!, 'nope'];
        const detail = await resultOf(el, async () => {
          el.showResult();
          await el.updateComplete;
        });
        expect(detail).to.include({ outcomeId: 'some', score: 1, redFlag: false });
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<mw-symptom-checklist> checklist="weak-glutes"');
        expect(warnings[0]).to.contain('signs: ignored ["nope"]');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('reset() with no result showing clears the answers without an mw-checklist-reset', async () => {
      const el = await mount();
      el.signs = [signIds[0]!];
      await el.updateComplete;
      let resets = 0;
      el.addEventListener('mw-checklist-reset', () => resets++);
      el.reset();
      await el.updateComplete;
      expect(el.signs).to.deep.equal([]);
      expect(resets).to.equal(0);
    });

    it('reset() starts again and emits mw-checklist-reset', async () => {
      const el = await mount();
      el.redFlags = [emergencyFlag.id];
      el.showResult();
      await el.updateComplete;
      const reset = oneEvent(el, 'mw-checklist-reset');
      el.reset();
      await reset;
      await el.updateComplete;
      expect(el.redFlags).to.deep.equal([]);
      expect(legend(el)).to.equal(redFlags.question);
    });

    it('sets heading levels from heading-level, the opened cards under the result', async () => {
      const el = await mount();
      el.headingLevel = 3;
      await answerSigns(el, signIds.slice(0, 1));
      expect(root(el).querySelector('#title')!.getAttribute('aria-level')).to.equal('3');
      expect(resultHeading(el)!.getAttribute('aria-level')).to.equal('4');
      // An opened card's name sits under "Moves to try" (level 5).
      for (const name of moveNames(el)) name.click();
      await el.updateComplete;
      expect(cards(el).map((card) => card.getAttribute('heading-level'))).to.deep.equal(['6', '6', '6']);
    });
  });

  describe('privacy and remember', () => {
    it('stores nothing without remember', async () => {
      const el = await mount();
      await tick(el, urgentFlag.id);
      await tick(el, urgentFlag.id);
      await answerSigns(el, signIds);
      await press(el, /Start again/);
      expect(savedKeys()).to.deep.equal([]);
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('movewell:'))).to.deep.equal([]);
      expect(document.cookie).to.equal('');
      expect(button(el, /Clear my answers/)).to.be.undefined;
    });

    it('with remember, keeps the answers on this device and restores them, without stealing focus', async () => {
      const first = await mount({ remember: true });
      await first.updateComplete;
      expect(visibleText(first)).to.contain('Your answers are saved on this device until you clear them.');
      await answerSigns(first, signIds.slice(0, 3));
      expect(savedKeys()).to.deep.equal(['movewell:checklist:weak-glutes']);
      const saved = JSON.parse(localStorage.getItem('movewell:checklist:weak-glutes')!);
      expect(saved).to.deep.equal({ redFlags: [], signs: signIds.slice(0, 3), step: 'result' });

      const wrapper = await fixture(html`<div lang="en-AU"><button id="outside">Outside</button></div>`);
      const outside = wrapper.querySelector('button')!;
      outside.focus();
      const again = document.createElement('mw-symptom-checklist');
      again.setAttribute('checklist', 'weak-glutes');
      again.setAttribute('remember', '');
      const restored = oneEvent(again, 'mw-checklist-result');
      wrapper.append(again);
      expect((await restored).detail.outcomeId).to.equal('most');
      await again.updateComplete;
      expect(resultHeading(again)!.textContent!.trim()).to.equal(outcome('most').title);
      expect(document.activeElement).to.equal(outside);
      await expect(again).to.be.accessible();
    });

    it('restores a step in progress', async () => {
      const first = await mount({ remember: true });
      await press(first, /None of these apply/);
      await tick(first, signIds[1]!);
      const again = await mount({ remember: true });
      expect(legend(again)).to.equal(checklist.question);
      expect(checkbox(again, signIds[1]!).checked).to.be.true;
    });

    it('"Clear my answers" removes them from the device, starts again and emits mw-checklist-reset', async () => {
      const el = await mount({ remember: true });
      await tick(el, emergencyFlag.id);
      await press(el, /Continue/);
      expect(savedKeys()).to.have.length(1);
      await expect(el).to.be.accessible();
      const reset = oneEvent(el, 'mw-checklist-reset');
      await press(el, /Clear my answers/);
      expect((await reset).detail).to.deep.equal({ checklistId: 'weak-glutes' });
      expect(savedKeys()).to.deep.equal([]);
      expect(legend(el)).to.equal(redFlags.question);
      expect(checkbox(el, emergencyFlag.id).checked).to.be.false;
      expect(root(el).activeElement).to.equal(root(el).querySelector('fieldset'));
      await waitUntil(() => announced(el) === 'Your answers have been cleared.', 'clearing is announced');

      const again = await mount({ remember: true });
      expect(legend(again)).to.equal(redFlags.question);
      expect(checkbox(again, emergencyFlag.id).checked).to.be.false;
    });

    it('ignores saved answers it cannot read', async () => {
      localStorage.setItem('movewell:checklist:weak-glutes', '{"redFlags": "chest-pain", "step": "result"');
      const el = await mount({ remember: true });
      expect(legend(el)).to.equal(redFlags.question);
      localStorage.setItem('movewell:checklist:weak-glutes', JSON.stringify({ redFlags: [], signs: [1], step: 'x' }));
      const again = await mount({ remember: true });
      expect(legend(again)).to.equal(redFlags.question);
    });

    it('keeps working with remember when storage is full, and says the answers will not be kept', async () => {
      const restore = breakStorage('setItem');
      const { warnings, restore: restoreWarnings } = captureWarnings();
      try {
        const el = await mount({ remember: true });
        await answerSigns(el, signIds.slice(0, 1));
        expect(resultHeading(el)!.textContent!.trim()).to.equal(outcome('some').title);
        expect(visibleText(el)).to.contain('This device can’t save your answers');
        expect(root(el).querySelector('.problem')).to.be.null;
        expect(warnings).to.deep.equal([]);
        await expect(el).to.be.accessible();
        await press(el, /Clear my answers/);
        expect(legend(el)).to.equal(redFlags.question);
      } finally {
        restore();
        restoreWarnings();
      }
    });

    it('keeps working with remember when storage is disabled', async () => {
      const restoreGet = breakStorage('getItem', new DOMException('denied', 'SecurityError'));
      const restoreSet = breakStorage('setItem', new DOMException('denied', 'SecurityError'));
      const { warnings, restore: restoreWarnings } = captureWarnings();
      try {
        const el = await mount({ remember: true });
        await tick(el, urgentFlag.id);
        const detail = await resultOf(el, () => press(el, /Continue/));
        expect(detail.outcomeId).to.equal('urgent');
        expect(warnings).to.deep.equal([]);
        await press(el, /Clear my answers/);
        expect(legend(el)).to.equal(redFlags.question);
      } finally {
        restoreGet();
        restoreSet();
        restoreWarnings();
      }
    });
  });

  describe('the emergency number', () => {
    for (const [lang, number] of [
      ['en-AU', '000'],
      ['en-GB', '999'],
      ['en-US', '911'],
      ['en-CA', '911'],
      ['en-NZ', '111'],
      ['de-DE', '112'],
      ['en', '112'],
    ] as const) {
      it(`defaults to ${number} for lang="${lang}"`, async () => {
        const el = await mount({ lang });
        const t = lang.startsWith('de') ? de : en;
        await tick(el, emergencyFlag.id);
        await press(el, new RegExp(t.checklistContinue));
        const call = root(el).querySelector('a[part="call"]')!;
        expect(call.getAttribute('href')).to.equal(`tel:${number}`);
        expect(call.textContent!.trim()).to.equal(t.checklistCall(number));
      });
    }

    it('uses the emergency-number attribute when the site sets one', async () => {
      const wrapper = await fixture(
        html`<div lang="en-GB">
          <mw-symptom-checklist checklist="weak-glutes" emergency-number="+44 20 7946-0000"></mw-symptom-checklist>
        </div>`,
      );
      const el = wrapper.querySelector('mw-symptom-checklist')!;
      await el.updateComplete;
      await tick(el, emergencyFlag.id);
      await press(el, /Continue/);
      const call = root(el).querySelector('a[part="call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+442079460000');
      // No-break spaces keep the number on one line.
      expect(call.textContent!.trim()).to.equal('Call +44\u00a020\u00a07946-0000');
    });

    it('explains a number that cannot be dialled in place, and warns once', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const wrapper = await fixture(
          html`<div lang="en-AU">
            <mw-symptom-checklist checklist="weak-glutes" emergency-number="call us"></mw-symptom-checklist>
          </div>`,
        );
        const el = wrapper.querySelector('mw-symptom-checklist')!;
        await el.updateComplete;
        expect(visibleText(el)).to.contain('The emergency number "call us" can’t be dialled.');
        expect(root(el).querySelector('fieldset')).to.be.null;
        await expectWarnedOnce(el, warnings, '<mw-symptom-checklist> emergency-number="call us"');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });
  });

  it('takes Enter on a ticked red flag as Continue, to the urgent-care message', async () => {
    const el = await mount();
    const box = root(el).querySelector<HTMLInputElement>(`#flag-${emergencyFlag.id}`)!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="call"]'), 'the call link').to.exist;
    expect(visibleText(el)).not.to.contain('You ticked one of these');
  });

  it('completes with the keyboard alone', async () => {
    const el = await mount();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    const focused = () => root(el).activeElement;
    const tabTo = async (matches: (element: Element | null) => boolean) => {
      for (let i = 0; i < 30 && !matches(focused()); i++) await sendKeys({ press: 'Tab' });
      expect(matches(focused()), 'reached by Tab').to.be.true;
    };
    const named = (name: RegExp) => (element: Element | null) =>
      element instanceof HTMLButtonElement && name.test(element.textContent ?? '');

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(checkbox(el, redFlags.items[0]!.id));
    await tabTo(named(/None of these apply/));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legend(el)).to.equal(checklist.question);

    await tabTo((element) => element === checkbox(el, signIds[0]!));
    await sendKeys({ press: 'Space' });
    await tabTo((element) => element === checkbox(el, signIds[2]!));
    await sendKeys({ press: 'Space' });
    const result = oneEvent(el, 'mw-checklist-result');
    await tabTo(named(/Show my result/));
    await sendKeys({ press: 'Enter' });
    expect((await result).detail.signs).to.deep.equal([signIds[0], signIds[2]]);
    await el.updateComplete;
    expect(focused()).to.equal(resultHeading(el));

    await tabTo(named(/Start again/));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo((element) => element === checkbox(el, emergencyFlag.id));
    await sendKeys({ press: 'Space' });
    await tabTo(named(/Continue/));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()).to.equal(resultHeading(el));
    expect(resultHeading(el)!.textContent!.trim()).to.equal(redFlags.emergency.title);
  });

  describe('content', () => {
    it('shows an unknown checklist id in place, names the ids that exist, and warns once', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<MwSymptomChecklist>(
          html`<mw-symptom-checklist checklist="weak-glute"></mw-symptom-checklist>`,
        );
        const text = visibleText(el);
        expect(text).to.contain('There is no checklist called "weak-glute".');
        expect(text).to.contain('Available: weak-glutes.');
        await expectWarnedOnce(el, warnings, '<mw-symptom-checklist> checklist="weak-glute"');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('renders a pack as text, gives each source its own date when they differ, and resets for a new checklist', async () => {
      const own = structuredClone(checklist);
      own.id = 'clinic-check';
      // Its own sources, so no red flag names the built-in ones, and no translation of the built-in words.
      delete own.translations;
      for (const flag of own.redFlags.items) delete flag.sources;
      own.title = '<img src=x onerror="window.__pwned = true">Clinic check';
      own.sources = [
        { title: 'First', url: 'https://example.org/a', reviewed: '2026-01-15' },
        { title: 'Second', url: 'https://example.org/b', reviewed: '2026-03-02' },
      ];
      const pack: ContentPackInput = { format: 1, locale: 'en-AU', extends: 'default', checklists: [own] };
      const wrapper = await fixture(
        html`<div lang="en-AU">
          <mw-content .content=${pack}
            ><mw-symptom-checklist checklist="clinic-check"></mw-symptom-checklist
          ></mw-content>
        </div>`,
      );
      // The pack is checked before the widgets get it (the validator loads on first use).
      await wrapper.querySelector('mw-content')!.updateComplete;
      const el = wrapper.querySelector('mw-symptom-checklist')!;
      await el.updateComplete;
      expect(root(el).querySelector('#title')!.textContent!.trim()).to.equal(own.title);
      expect(root(el).querySelector('img')).to.be.null;
      await answerSigns(el, []);
      const sources = root(el).querySelector('[part="sources"]')!.textContent!.replace(/\s+/g, ' ');
      expect(sources).to.contain('Sources First (reviewed 15 January 2026)');
      expect(sources).to.contain('Second (reviewed 2 March 2026)');
      expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;

      const reset = oneEvent(el, 'mw-checklist-reset');
      el.checklist = 'weak-glutes';
      expect((await reset).detail).to.deep.equal({ checklistId: 'clinic-check' });
      await el.updateComplete;
      expect(legend(el)).to.equal(redFlags.question);
    });
  });

  it('uses Spanish UI words and the Spanish content inside lang="es"', async () => {
    const el = await mount({ lang: 'es' });
    expect(visibleText(el)).to.contain('Paso 1 de 2');
    expect(button(el, /No tengo ninguna/)).to.exist;
    // The built-in content has Spanish: nothing is marked as another language.
    expect(legend(el)).to.equal(defaultContentInSpanish.checklists[0]!.translations!.es!.redFlags.question);
    expect(root(el).querySelector('[lang]')).to.be.null;
    await tick(el, emergencyFlag.id);
    await press(el, /Continuar/);
    expect(root(el).querySelector('a[part="call"]')!.textContent!.trim()).to.equal('Llama al 112');
    await press(el, /Empezar de nuevo/);
    await answerSignsIn(el);
    expect(root(el).querySelector('[part="sources"]')!.textContent).to.contain(
      'Fuentes, revisadas el 7 de diciembre de 2026',
    );
    await expect(el).to.be.accessible();
  });

  it('fits a 320px wide screen without sideways scrolling, in every state', async () => {
    const wrapper = await fixture(
      html`<div lang="en-AU" style="width: 320px">
        <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
      </div>`,
    );
    const el = wrapper.querySelector('mw-symptom-checklist')!;
    await el.updateComplete;
    const fits = () => {
      const base = root(el).querySelector('.base')!;
      expect(base.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    };
    fits();
    await tick(el, emergencyFlag.id);
    await press(el, /Continue/);
    fits();
    await press(el, /Start again/);
    await answerSigns(el, signIds);
    fits();
  });
});

/** The Spanish flow: "No tengo ninguna", then "Ver mi resultado". */
async function answerSignsIn(el: MwSymptomChecklist) {
  await press(el, /No tengo ninguna/);
  await press(el, /Ver mi resultado/);
}
