import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwExerciseCard } from '../src/index.js';
import { defaultContent } from '../src/content/index.js';
import { breakStorage, captureWarnings, expectWarnedOnce, minimalPack, until, visibleText } from './helpers.js';

const card = (id: string, extra = html``) =>
  fixture<MwExerciseCard>(html`<div><mw-exercise-card exercise=${id}></mw-exercise-card>${extra}</div>`).then(
    (wrapper) => wrapper.querySelector('mw-exercise-card')!,
  );
/** A card inside a wrapper styled as a host page might style it. */
const cardStyledBy = (style: string) =>
  fixture(html`<div style=${style}><mw-exercise-card exercise="glute-bridge"></mw-exercise-card></div>`).then(
    async (wrapper) => {
      const el = wrapper.querySelector('mw-exercise-card')!;
      await el.updateComplete;
      return el;
    },
  );
const shadow = (el: Element) => el.shadowRoot!;
const button = (el: Element, name: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

describe('<mw-exercise-card>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('movewell:')) localStorage.removeItem(key);
  });

  it('shows the name, what it helps, dosage, steps, tips, safety and a drawing', async () => {
    const el = await card('glute-squeeze');
    const text = visibleText(el);
    expect(shadow(el).querySelector('[role="heading"]')?.textContent?.trim()).to.match(/squeeze/i);
    expect([...shadow(el).querySelectorAll('.dosage li')].map((li) => li.textContent)).to.include.members(['hold 5 s']);
    expect(text).to.match(/10–15/);
    expect(shadow(el).querySelectorAll('ol.steps li').length).to.be.within(3, 5);
    expect(text).to.match(/Safety:/);
    expect(shadow(el).querySelector('svg[role="img"]')?.getAttribute('aria-label')).to.have.length.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('says "each side" for a one-sided exercise', async () => {
    const el = await card('clamshell');
    expect(visibleText(el)).to.contain('each side');
  });

  it('says when the numbers are the clinic’s own suggestion (dosage.clinicChoice), and only then', async () => {
    const suggested = await card('glute-bridge');
    const note = shadow(suggested).querySelector('[part="dosage-note"]');
    expect(note?.textContent?.trim()).to.equal('Suggested numbers, not a fixed dose: go by how you feel.');
    expect(defaultContent.exercises.find((each) => each.id === 'glute-squeeze')!.dosage.clinicChoice ?? false).to.be
      .false;
    const sourced = await card('glute-squeeze');
    expect(shadow(sourced).querySelector('[part="dosage-note"]')).to.be.null;
    const spanish = await fixture(html`<div lang="es"><mw-exercise-card exercise="step-up"></mw-exercise-card></div>`);
    const inSpanish = spanish.querySelector('mw-exercise-card')!;
    await inSpanish.updateComplete;
    expect(visibleText(inSpanish)).to.contain('Cifras sugeridas');
    await expect(suggested).to.be.accessible();
  });

  it('writes the dosage in words, sets first', async () => {
    const wrapper = await fixture(
      html`<mw-content .content=${minimalPack()}
        ><mw-exercise-card exercise="wall-sit"></mw-exercise-card
      ></mw-content>`,
    );
    const inner = wrapper.querySelector('mw-exercise-card')!;
    await inner.updateComplete;
    expect([...shadow(inner).querySelectorAll('.dosage li')].map((li) => li.textContent)).to.deep.equal([
      '3 sets',
      'hold 20 s',
    ]);
  });

  it('compact variant keeps the details in a native disclosure', async () => {
    const el = await fixture<MwExerciseCard>(
      html`<mw-exercise-card exercise="glute-bridge" variant="compact"></mw-exercise-card>`,
    );
    const details = shadow(el).querySelector('details')!;
    expect(details).to.exist;
    expect(details.open).to.be.false;
    expect(details.querySelector('ol.steps')).to.exist;
    await expect(el).to.be.accessible();
    // A chevron shows that it opens (flex layout hides the native marker), and turns when it does.
    const summary = details.querySelector('summary')!;
    // Named with the exercise for screen readers, so a page of compact cards has no look-alike controls.
    expect(summary.textContent!.trim()).to.equal('Steps and tips: Glute bridge');
    expect(summary.querySelector('.visually-hidden')!.textContent).to.equal(': Glute bridge');
    const marker = () => getComputedStyle(summary, '::before');
    expect(marker().content).to.equal('""');
    expect(marker().width).not.to.equal('0px');
    const closed = marker().transform;
    summary.click();
    expect(details.open).to.be.true;
    // It turns with a short transition: wait for it rather than a fixed time a busy machine overruns.
    await waitUntil(() => marker().transform !== closed, 'the chevron turns', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('"Done today" toggles, is remembered for the day and emits mw-exercise-done', async () => {
    const el = await card('glute-bridge');
    const done = button(el, /Done today/);
    expect(done.getAttribute('aria-pressed')).to.equal('false');
    // Named with the exercise, so a page of cards has no look-alike buttons.
    expect(done.getAttribute('aria-label')).to.equal('Done today: Glute bridge');
    setTimeout(() => done.click());
    const event = await oneEvent(el, 'mw-exercise-done');
    expect(event.detail).to.deep.equal({ exerciseId: 'glute-bridge', done: true });
    await el.updateComplete;
    expect(done.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    const again = await card('glute-bridge');
    expect(button(again, /Done today/).getAttribute('aria-pressed')).to.equal('true');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('movewell:done:glute-bridge:'))).to.have.length(1);
    // Kept under the exercise's id, so an attribute spelt another way finds it too.
    const spelt = await card(' Glute-Bridge');
    expect(button(spelt, /Done today/).getAttribute('aria-pressed')).to.equal('true');
  });

  it('still works for the visit when storage is full, without alarming anyone', async () => {
    const restore = breakStorage('setItem');
    const { warnings, restore: restoreWarn } = captureWarnings();
    try {
      const el = await card('step-up');
      button(el, /Done today/).click();
      await el.updateComplete;
      expect(button(el, /Done today/).getAttribute('aria-pressed')).to.equal('true');
      expect(shadow(el).querySelector('.problem')).to.be.null;
      expect(warnings).to.deep.equal([]);
    } finally {
      restore();
      restoreWarn();
    }
  });

  it('still works when storage is disabled', async () => {
    const restore = breakStorage('getItem', new DOMException('denied', 'SecurityError'));
    try {
      const el = await card('clamshell');
      expect(button(el, /Done today/).getAttribute('aria-pressed')).to.equal('false');
    } finally {
      restore();
    }
  });

  it('emits a cancelable mw-exercise-start from the Start button', async () => {
    const el = await card('glute-squeeze');
    const start = button(el, /^\s*Start\s*$/);
    expect(start.getAttribute('aria-label')).to.match(/^Start .*squeeze/i);
    setTimeout(() => start.click());
    const event = await oneEvent(el, 'mw-exercise-start');
    expect(event.detail).to.deep.equal({ exerciseId: 'glute-squeeze' });
    expect(event.cancelable).to.be.true;
  });

  describe('Start', () => {
    const ownTimer = (el: Element) => shadow(el).querySelector('mw-drill-timer');

    it('opens a timer in the card and starts it when no timer on the page answers', async () => {
      const el = await card('glute-squeeze');
      const started = oneEvent(el, 'mw-drill-start');
      button(el, /^\s*Start\s*$/).click();
      await started;
      const timer = ownTimer(el)!;
      expect(timer.status).to.equal('running');
      expect(timer.exercise).to.equal('glute-squeeze');
      await timer.updateComplete;
      expect(timer.shadowRoot!.activeElement?.id, 'focus on the timer’s main button').to.equal('primary');
      expect(timer.getAttribute('heading-level')).to.equal('4');
      await expect(el).to.be.accessible();
      // Start again: the card's own timer answers now (it resumes, it does not open a second one).
      timer.pause();
      button(el, /^\s*Start\s*$/).click();
      await timer.updateComplete;
      expect(timer.status).to.equal('running');
      expect(shadow(el).querySelectorAll('mw-drill-timer')).to.have.length(1);
      timer.reset();
    });

    // The timer matches the exercise it found, so its attribute's spelling does not matter.
    for (const spelling of ['glute-squeeze', ' Glute-Squeeze']) {
      it(`leaves Start to a timer for the same exercise on the page (exercise="${spelling}")`, async () => {
        const el = await card('glute-squeeze', html`<mw-drill-timer exercise=${spelling} no-resume></mw-drill-timer>`);
        const pageTimer = el.parentElement!.querySelector('mw-drill-timer')!;
        await pageTimer.updateComplete;
        button(el, /^\s*Start\s*$/).click();
        await pageTimer.updateComplete;
        expect(pageTimer.status).to.equal('running');
        expect(ownTimer(el)).to.be.null;
        pageTimer.reset();
      });
    }

    it('leaves Start to the site when it answers the event itself', async () => {
      const el = await card('glute-squeeze');
      const answer = (event: Event) => event.preventDefault();
      window.addEventListener('mw-exercise-start', answer);
      try {
        button(el, /^\s*Start\s*$/).click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.updateComplete;
        expect(ownTimer(el)).to.be.null;
      } finally {
        window.removeEventListener('mw-exercise-start', answer);
      }
    });
  });

  it('offers no Start when the dosage has nothing to count or time', async () => {
    const pack = minimalPack();
    pack.exercises[0]!.dosage = { sets: 3 };
    const wrapper = await fixture(
      html`<mw-content .content=${pack}><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    const el = wrapper.querySelector('mw-exercise-card')!;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('3 sets');
    expect(button(el, /^\s*Start\s*$/)).to.be.undefined;
    expect(button(el, /Done today/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('finds an id pasted with spaces, a line break or capitals', async () => {
    const el = await card(' Glute-Bridge\n');
    expect(shadow(el).querySelector('.problem')).to.be.null;
    expect(visibleText(el)).to.contain('Glute bridge');
  });

  it('keeps English chips and sentences in reading order on a right-to-left page', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl" lang="he"><mw-exercise-card exercise="glute-bridge"></mw-exercise-card></div>`,
    );
    const el = wrapper.querySelector('mw-exercise-card')!;
    await el.updateComplete;
    const chip = shadow(el).querySelector('.dosage li')!;
    const text = [...chip.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const at = (word: string) => {
      const range = document.createRange();
      const start = text.textContent!.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      return range.getBoundingClientRect().left;
    };
    // glute-bridge: "5–10 reps", in English (we have no Hebrew words): the number stays left of "reps".
    expect(text.textContent).to.equal('5–10 reps');
    expect(at('5–10')).to.be.below(at('reps'));
    // The English summary (marked lang="en") keeps its full stop after its last word, not before its first.
    const summary = shadow(el).querySelector('.summary')!;
    expect(summary.getAttribute('lang')).to.equal('en');
    const words = [...summary.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const left = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(words, from);
      range.setEnd(words, to);
      return range.getBoundingClientRect().left;
    };
    const end = words.textContent!.lastIndexOf('.');
    expect(words.textContent!.slice(end - 4, end)).to.equal('work');
    expect(left(end, end + 1)).to.be.above(left(end - 4, end));
  });

  it('moves its drawing for under 5 seconds, then rests (WCAG 2.2.2)', async () => {
    const el = await card('glute-bridge');
    // From the frame it is seen in: the fixture is in view.
    await until(() => shadow(el).getAnimations().length > 0, 'the drawing moves');
    const animations = shadow(el).getAnimations();
    for (const animation of animations) expect(animation.effect!.getComputedTiming().endTime).to.be.at.most(5000);
  });

  it("takes a reader's own text spacing (WCAG 1.4.12)", async () => {
    const el = await cardStyledBy('letter-spacing: 0.12em; word-spacing: 0.16em');
    const summary = getComputedStyle(shadow(el).querySelector('.summary')!);
    expect(summary.letterSpacing).to.equal('1.92px');
    expect(summary.wordSpacing).to.equal('2.56px');
  });

  it('hides Start with hide-start', async () => {
    const el = await fixture<MwExerciseCard>(
      html`<mw-exercise-card exercise="glute-squeeze" hide-start></mw-exercise-card>`,
    );
    expect(button(el, /^\s*Start\s*$/)).to.be.undefined;
  });

  it('shows an unknown id in place, names the ids that exist, and warns once', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await card('glute-brige');
      const text = visibleText(el);
      expect(text).to.contain('There is no exercise called "glute-brige".');
      expect(text).to.contain('glute-bridge');
      await expectWarnedOnce(el, warnings, '<mw-exercise-card> exercise="glute-brige"');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('renders markup in content as text', async () => {
    const pack = minimalPack();
    pack.exercises[0]!.name = '<script>window.__pwned = true</script><b>Bold</b>';
    const wrapper = await fixture(
      html`<mw-content .content=${pack}><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    const el = wrapper.querySelector('mw-exercise-card')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal(pack.exercises[0]!.name);
    expect(shadow(el).querySelector('script, b')).to.be.null;
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });

  it('uses Spanish UI words inside lang="es"', async () => {
    const wrapper = await fixture(
      html`<div lang="es"><mw-exercise-card exercise="clamshell"></mw-exercise-card></div>`,
    );
    const el = wrapper.querySelector('mw-exercise-card')!;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('cada lado');
    expect(button(el, /Hecho hoy/)).to.exist;
    // The built-in content has Spanish: the card speaks it, with nothing marked as another language.
    expect(shadow(el).querySelector('.title')!.textContent!.trim()).to.equal('Almeja');
    expect(shadow(el).querySelector('[lang]')).to.be.null;
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(visibleText(el)).to.contain('each side');
    expect(shadow(el).querySelector('.title')!.textContent!.trim()).to.equal('Clamshell');
    expect(shadow(el).querySelector('[lang]'), 'no marks when page and content agree').to.be.null;
  });

  it('opens a compact card for printing and closes it after', async () => {
    const el = await fixture<MwExerciseCard>(
      html`<mw-exercise-card exercise="glute-bridge" variant="compact"></mw-exercise-card>`,
    );
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('details')!.open).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('details')!.open).to.be.false;
  });

  it('takes the page font by default and the accent from --mw-accent', async () => {
    const el = await cardStyledBy('font-family: Georgia, serif; --mw-accent: rgb(120, 20, 90)');
    expect(getComputedStyle(shadow(el).querySelector('.base')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(button(el, /^\s*Start\s*$/)).backgroundColor).to.equal('rgb(120, 20, 90)');
  });

  it('fits a 320px wide screen without sideways scrolling', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px"><mw-exercise-card exercise="lateral-band-walk"></mw-exercise-card></div>`,
    );
    const el = wrapper.querySelector('mw-exercise-card')!;
    await el.updateComplete;
    const base = shadow(el).querySelector('.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });
});
