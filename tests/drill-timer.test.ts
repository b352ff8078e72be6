import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulatePrint } from './browser.js';
import '../src/index.js';
import '../src/components/drill-timer/drill-timer.js';
import { MwDrillTimer, type CustomDrill } from '../src/components/drill-timer/drill-timer.js';
import type { ContentPackInput } from '../src/content/index.js';
import { breakStorage, captureWarnings, minimalPack, visibleText, wordsBrokenAcrossLines } from './helpers.js';

// ---- A fake clock: tests move time by hand, and never wait for real seconds. ----
let now = 1000;
const realNow = MwDrillTimer.now;

/** A quick drill: 20 s timed, clams each side (reps), a 10 s rest, then a 15 s timed step. */
const quickPack = (): ContentPackInput => ({
  format: 1,
  locale: 'en',
  extends: 'default',
  drills: [
    {
      id: 'quick',
      name: 'Quick drill',
      purpose: 'Three short moves.',
      equipment: ['A mat'],
      steps: [
        { type: 'timed', name: 'March on the spot', seconds: 20, cue: 'Lift your knees.' },
        {
          type: 'reps',
          name: 'Clams',
          exercise: 'clamshell',
          reps: { min: 5, max: 10 },
          perSide: true,
          restAfterSeconds: 10,
        },
        { type: 'timed', name: 'Wall sit', seconds: 15 },
      ],
    },
  ],
});

type Events = Record<string, CustomEvent[]>;
const EVENT_NAMES = ['mw-drill-start', 'mw-drill-step', 'mw-drill-pause', 'mw-drill-resume', 'mw-drill-complete'];

/** Every drill event an element fires, by name, in order. */
function record(el: Element): Events {
  const events: Events = Object.fromEntries(EVENT_NAMES.map((name) => [name, []]));
  for (const name of EVENT_NAMES) el.addEventListener(name, (event) => events[name]!.push(event as CustomEvent));
  return events;
}

async function quickTimer({ noResume = false } = {}) {
  const wrapper = await fixture(
    html`<mw-content .content=${quickPack()}>
      <mw-drill-timer drill="quick" ?no-resume=${noResume}></mw-drill-timer>
    </mw-content>`,
  );
  const el = wrapper.querySelector('mw-drill-timer')!;
  await el.updateComplete;
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;
const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')];
const button = (el: Element, name: RegExp) => buttons(el).find((b) => name.test(b.textContent?.trim() ?? ''));
const live = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const shown = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim();
const base = (el: Element) => shadow(el).querySelector<HTMLElement>('.base')!;

/** Lets fake time pass, then lets a frame run so the element reads the clock. */
async function advance(el: MwDrillTimer, ms: number) {
  now += ms;
  await nextFrame();
  await el.updateComplete;
}

async function click(el: MwDrillTimer, name: RegExp) {
  await el.updateComplete;
  const target = button(el, name);
  expect(target, `a button named ${name}`).to.exist;
  target!.click();
  await el.updateComplete;
}

function press(target: HTMLElement, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

const waitForLive = (el: Element, text: string) =>
  waitUntil(() => live(el) === text, `live region to say "${text}", got "${live(el)}"`);

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

function clearStorage() {
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) if (key.startsWith('movewell:')) store.removeItem(key);
  }
}

describe('<mw-drill-timer>', () => {
  beforeEach(() => {
    now = 1000;
    MwDrillTimer.now = () => now;
    clearStorage();
  });

  afterEach(() => {
    MwDrillTimer.now = realNow;
    delete (document as { visibilityState?: string }).visibilityState;
    clearStorage();
  });

  it('shows what the drill is and needs before it starts', async () => {
    const el = await quickTimer();
    const text = visibleText(el);
    expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Quick drill');
    expect(text).to.contain('Three short moves.');
    expect(text).to.contain('4 steps');
    expect(text).to.contain('You need: A mat');
    expect(text).to.contain('First: March on the spot');
    expect(el.status).to.equal('idle');
    expect(button(el, /^Start$/)!.getAttribute('aria-label')).to.equal('Start Quick drill');
    expect(button(el, /Back|Skip/)).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('runs the built-in 3-minute drill with rep targets and per-side steps', async () => {
    const el = await fixture<MwDrillTimer>(html`<mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>`);
    expect(visibleText(el)).to.contain('Before you start').and.contain('9 steps');
    el.start();
    await el.updateComplete;
    expect(shown(el, '.name')).to.equal('Banded glute bridges');
    expect(shown(el, '.count')).to.equal('5–10');
    expect(shown(el, '.unit')).to.equal('reps');
    expect(shown(el, '.progress p')).to.equal('Step 1 of 9');
    expect(shown(el, '.next')).to.equal('Next: Clams, left side');
    await click(el, /Done/);
    expect(shown(el, '.badges')).to.contain('Left side');
    expect(shown(el, '.name')).to.equal('Clams');
    await expect(el).to.be.accessible();
  });

  it('tells why the drill helps, and when to do it, behind a disclosure', async () => {
    const el = await fixture<MwDrillTimer>(html`<mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>`);
    const notes = shadow(el).querySelector('details')!;
    expect(notes.open).to.be.false;
    expect(notes.querySelector('summary')!.textContent!.trim()).to.equal('Why it helps, and when to do it');
    // On paper, closed notes would be a bare "›" line: they are left out.
    await emulatePrint(true);
    try {
      expect(getComputedStyle(notes).display).to.equal('none');
    } finally {
      await emulatePrint(false);
    }
    notes.querySelector('summary')!.click();
    expect(notes.open).to.be.true;
    expect(visibleText(el)).to.contain('between lower-body exercises').and.contain('does not make them strong');
    await expect(el).to.be.accessible();
  });

  it('starts, shows the step big and announces it, with mw-drill-start and mw-drill-step', async () => {
    const el = await quickTimer();
    const events = record(el);
    await click(el, /^Start$/);
    expect(el.status).to.equal('running');
    expect(events['mw-drill-start']!.map((e) => e.detail)).to.deep.equal([{ totalSteps: 4 }]);
    expect(events['mw-drill-step']!.map((e) => e.detail)).to.deep.equal([
      {
        index: 0,
        side: null,
        step: { name: 'March on the spot', kind: 'timed', side: null, number: 1, seconds: 20 },
      },
    ]);
    expect(shown(el, '.time')).to.equal('0:20');
    expect(shown(el, '.name')).to.equal('March on the spot');
    expect(shown(el, '.cue')).to.equal('Lift your knees.');
    expect(shown(el, '.next')).to.equal('Next: Clams, left side');
    expect(shown(el, '.progress p')).to.equal('Step 1 of 4');
    await waitForLive(el, 'Step 1 of 4: March on the spot, 20 seconds');
    await expect(el).to.be.accessible();
  });

  it('counts down from the clock, and says only the last 3, 2, 1 (not every second)', async () => {
    const el = await quickTimer();
    el.start();
    await advance(el, 4200);
    expect(shown(el, '.time')).to.equal('0:16');
    await waitForLive(el, 'Step 1 of 4: March on the spot, 20 seconds');
    await advance(el, 10_000);
    expect(shown(el, '.time')).to.equal('0:06');
    expect(live(el)).to.equal('Step 1 of 4: March on the spot, 20 seconds');
    await advance(el, 3000);
    await waitForLive(el, '3');
    await advance(el, 1000);
    await waitForLive(el, '2');
    await advance(el, 1000);
    await waitForLive(el, '1');
  });

  it('moves on by itself at the end of a timed step, then waits for Done on a rep step', async () => {
    const el = await quickTimer();
    const events = record(el);
    el.start();
    await advance(el, 20_000);
    expect(events['mw-drill-step']!.at(-1)!.detail).to.deep.equal({
      index: 1,
      side: 'left',
      step: {
        name: 'Clams',
        kind: 'reps',
        side: 'left',
        number: 2,
        exerciseId: 'clamshell',
        reps: { min: 5, max: 10 },
        unit: 'reps',
      },
    });
    expect(shown(el, '.count')).to.equal('5–10');
    await waitForLive(el, 'Step 2 of 4: Clams, left side, 5 to 10 reps');
    await advance(el, 120_000);
    expect(shown(el, '.name')).to.equal('Clams');
    expect(button(el, /Done/)).to.exist;
    await expect(el).to.be.accessible();

    await click(el, /Done/);
    expect(events['mw-drill-step']!.at(-1)!.detail.side).to.equal('right');
    expect(shown(el, '.badges')).to.contain('Switch sides').and.contain('Right side');
    await waitForLive(el, 'Switch sides. Step 3 of 4: Clams, right side, 5 to 10 reps');

    await click(el, /Done/);
    expect(shown(el, '.name')).to.equal('Rest');
    expect(shown(el, '.progress p')).to.equal('Rest, then step 4 of 4');
    await waitForLive(el, 'Rest, 10 seconds. Next: Wall sit');
  });

  it('pauses and resumes: time stands still while paused, with both events', async () => {
    const el = await quickTimer();
    const events = record(el);
    el.start();
    await advance(el, 5000);
    await click(el, /^Pause$/);
    expect(el.status).to.equal('paused');
    expect(events['mw-drill-pause']!.map((e) => e.detail)).to.deep.equal([{ index: 0, elapsedMs: 5000 }]);
    await waitForLive(el, 'Paused');
    await advance(el, 60_000);
    expect(shown(el, '.time')).to.equal('0:15');
    expect(shown(el, '.paused')).to.equal('Paused');
    await expect(el).to.be.accessible();

    await click(el, /^Resume$/);
    expect(events['mw-drill-resume']!.map((e) => e.detail)).to.deep.equal([{ index: 0, elapsedMs: 5000 }]);
    await waitForLive(el, 'Step 1 of 4: March on the spot, 20 seconds');
    await advance(el, 15_000);
    expect(shown(el, '.name')).to.equal('Clams');
  });

  it('Skip and Back move between steps, passing over rests on the way back', async () => {
    const el = await quickTimer();
    const events = record(el);
    el.start();
    await click(el, /^Skip$/);
    await click(el, /^Skip$/);
    await click(el, /^Skip$/);
    expect(shown(el, '.name')).to.equal('Rest');
    await click(el, /^Back$/);
    expect(shown(el, '.name')).to.equal('Clams');
    expect(shown(el, '.badges')).to.contain('Right side');
    await click(el, /^Back$/);
    await click(el, /^Back$/);
    expect(shown(el, '.name')).to.equal('March on the spot');
    await advance(el, 1500);
    expect(shown(el, '.time')).to.equal('0:19');
    await click(el, /^Back$/); // on the first step: it starts again
    expect(shown(el, '.time')).to.equal('0:20');
    expect(events['mw-drill-step']!.map((e) => e.detail.index)).to.deep.equal([0, 1, 2, 3, 2, 1, 0, 0]);
  });

  it('finishes with a summary, mw-drill-complete and the "next" slot', async () => {
    const wrapper = await fixture(
      html`<mw-content .content=${quickPack()}>
        <mw-drill-timer drill="quick"><p slot="next">Book a session</p></mw-drill-timer>
      </mw-content>`,
    );
    const el = wrapper.querySelector('mw-drill-timer')!;
    await el.updateComplete;
    const events = record(el);
    el.start();
    await advance(el, 20_000);
    await advance(el, 30_000);
    await click(el, /Done/);
    await click(el, /^Skip$/); // the right side is skipped: not counted as done
    await advance(el, 10_000);
    await advance(el, 15_000);
    expect(el.status).to.equal('finished');
    expect(events['mw-drill-complete']!.map((e) => e.detail)).to.deep.equal([
      { elapsedMs: 75_000, stepsCompleted: 3, totalSteps: 4 },
    ]);
    const text = visibleText(el);
    expect(text).to.contain('Well done! You finished.');
    expect(text).to.contain('Time 1 min 15 s');
    expect(text).to.contain('Steps done 3 of 4');
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="next"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Book a session');
    await waitForLive(el, 'Well done! You finished: 3 of 4 steps in 1 minute 15 seconds.');
    expect(el.matches(':state(finished)')).to.be.true;
    await expect(el).to.be.accessible();

    await click(el, /Do it again/);
    expect(el.status).to.equal('running');
    expect(events['mw-drill-start']).to.have.length(2);
  });

  it('does not say "well done" when every step was skipped', async () => {
    const el = await quickTimer({ noResume: true });
    el.start();
    for (let i = 0; i < 6; i++) {
      if (el.status !== 'running') break;
      el.skip();
      await el.updateComplete;
    }
    expect(el.status).to.equal('finished');
    const text = visibleText(el);
    expect(text).not.to.contain('Well done');
    expect(text).to.contain('That’s the end. You skipped every step this time.');
    expect(text).to.contain('Steps done 0 of 4');
    await waitForLive(el, 'That’s the end: 0 of 4 steps in 0 seconds.');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the summary when the button in use goes away at the end', async () => {
    const el = await quickTimer();
    el.start();
    await click(el, /^Skip$/);
    await click(el, /^Skip$/);
    await click(el, /^Skip$/);
    await click(el, /^Skip$/);
    button(el, /^Pause$/)!.focus();
    await advance(el, 15_000);
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('summary-title');
  });

  it('keeps focus on the main button when Start turns into Pause, and after Done', async () => {
    const el = await quickTimer();
    const primary = button(el, /^Start$/)!;
    primary.focus();
    primary.click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(primary);
    expect(primary.textContent!.trim()).to.equal('Pause');
    await advance(el, 20_000);
    await click(el, /Done/);
    const done = button(el, /Done/)!;
    done.focus();
    done.click(); // the right side is done: a timed rest follows, with no Done button
    await el.updateComplete;
    expect(button(el, /Done/)).to.be.undefined;
    expect(shadow(el).activeElement?.id).to.equal('primary');
  });

  it('works from the keyboard on the timer itself: Space, Enter and the arrows', async () => {
    const el = await quickTimer();
    const events = record(el);
    const timer = base(el);
    expect(timer.tabIndex).to.equal(0);
    expect(timer.getAttribute('aria-describedby')).to.equal('keys');
    timer.focus();
    expect(press(timer, ' ').defaultPrevented).to.be.true;
    await el.updateComplete;
    expect(el.status).to.equal('running');
    press(timer, ' ');
    expect(el.status).to.equal('paused');
    press(timer, ' ');
    expect(el.status).to.equal('running');
    press(timer, 'ArrowRight');
    await el.updateComplete;
    expect(shown(el, '.name')).to.equal('Clams');
    press(timer, 'Enter');
    await el.updateComplete;
    expect(shown(el, '.badges')).to.contain('Right side');
    press(timer, 'ArrowLeft');
    press(timer, 'ArrowLeft');
    await el.updateComplete;
    expect(shown(el, '.name')).to.equal('March on the spot');
    expect(events['mw-drill-step']!.map((e) => e.detail.index)).to.deep.equal([0, 1, 2, 1, 0]);
    expect(press(timer, 'a').defaultPrevented).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('keeps focus in the timer when its keys end the run (on the summary, not the page body)', async () => {
    const el = await quickTimer({ noResume: true });
    const timer = base(el);
    timer.focus();
    press(timer, ' ');
    await el.updateComplete;
    for (let i = 0; i < 6 && el.status === 'running'; i++) {
      press(timer, 'ArrowRight');
      await el.updateComplete;
    }
    expect(el.status).to.equal('finished');
    await nextFrame();
    // Compared as ids and booleans: a failing assertion that prints an element hangs the runner.
    expect(document.activeElement === el, 'focus stays in the timer').to.be.true;
    expect(shadow(el).activeElement?.id).to.equal('summary-title');
  });

  it('leaves Space and Enter to a focused button (Skip skips, it does not pause)', async () => {
    const el = await quickTimer();
    el.start();
    await el.updateComplete;
    const skip = button(el, /^Skip$/)!;
    expect(press(skip, ' ').defaultPrevented).to.be.false;
    expect(press(skip, 'Enter').defaultPrevented).to.be.false;
    expect(el.status).to.equal('running');
  });

  it('never listens for keys on the page', async () => {
    const el = await quickTimer();
    press(document.body, ' ');
    press(document.body, 'ArrowRight');
    expect(el.status).to.equal('idle');
  });

  it('shows the right step the moment a hidden page is visible again', async () => {
    const el = await quickTimer();
    const events = record(el);
    el.start();
    setVisibility('hidden');
    now += 20_000 + 60_000; // into the rep step, long ago
    setVisibility('visible');
    await el.updateComplete;
    expect(shown(el, '.name')).to.equal('Clams');
    expect(events['mw-drill-step']!.map((e) => e.detail.index)).to.deep.equal([0, 1]);
  });

  it('finishes in a hidden page, reporting the exact active time', async () => {
    const wrapper = await fixture(
      html`<mw-content
        .content=${{
          format: 1,
          locale: 'en',
          drills: [
            {
              id: 'short',
              name: 'Short',
              purpose: 'p',
              equipment: [],
              steps: [
                { type: 'timed', name: 'A', seconds: 2 },
                { type: 'timed', name: 'B', seconds: 3 },
              ],
            },
          ],
        }}
        ><mw-drill-timer drill="short"></mw-drill-timer
      ></mw-content>`,
    );
    const el = wrapper.querySelector('mw-drill-timer')!;
    await el.updateComplete;
    const events = record(el);
    el.start();
    setVisibility('hidden');
    now += 10 * 60_000;
    setVisibility('visible');
    expect(events['mw-drill-complete']!.map((e) => e.detail)).to.deep.equal([
      { elapsedMs: 5000, stepsCompleted: 2, totalSteps: 2 },
    ]);
  });

  it('offers to resume after a reload, counting the time away as paused', async () => {
    const first = await quickTimer();
    first.start();
    await advance(first, 20_000);
    await advance(first, 4000);
    first.remove(); // the page goes away mid-step …

    now += 5 * 60_000; // … and comes back five minutes later
    const el = await quickTimer();
    const events = record(el);
    expect(visibleText(el)).to.contain('Resume where you left off?');
    expect(visibleText(el)).to.contain('Step 2 of 4: Clams, left side');
    expect(el.status).to.equal('idle');
    await expect(el).to.be.accessible();

    button(el, /^Resume$/)!.focus();
    await click(el, /^Resume$/);
    expect(el.status).to.equal('running');
    expect(events['mw-drill-resume']!.map((e) => e.detail)).to.deep.equal([{ index: 1, elapsedMs: 24_000 }]);
    expect(events['mw-drill-step']).to.have.length(0);
    expect(shown(el, '.name')).to.equal('Clams');
    // A rep step's main button is Done.
    expect(shadow(el).activeElement?.id).to.equal('done');
  });

  it('can start over instead of resuming', async () => {
    const first = await quickTimer();
    first.start();
    await advance(first, 25_000);
    first.remove();
    const el = await quickTimer();
    const events = record(el);
    await click(el, /Start over/);
    expect(events['mw-drill-start']).to.have.length(1);
    expect(shown(el, '.name')).to.equal('March on the spot');
    expect(shown(el, '.time')).to.equal('0:20');
  });

  it('resumes a run that was paused when the page went away, paused no longer', async () => {
    const first = await quickTimer();
    first.start();
    await advance(first, 3000);
    first.pause();
    first.remove();
    const el = await quickTimer();
    await click(el, /^Resume$/);
    expect(el.status).to.equal('running');
    expect(shown(el, '.time')).to.equal('0:17');
  });

  it('makes no offer, and keeps nothing, with no-resume', async () => {
    const first = await quickTimer({ noResume: true });
    first.start();
    await advance(first, 3000);
    first.remove();
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('movewell:'))).to.deep.equal([]);
    const el = await quickTimer();
    expect(visibleText(el)).not.to.contain('Resume where you left off?');
  });

  it('reset() returns to the start and forgets the run', async () => {
    const el = await quickTimer();
    el.start();
    await advance(el, 21_000);
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('movewell:drill-timer:'))).to.be.true;
    el.reset();
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect(visibleText(el)).to.contain('First: March on the spot');
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('movewell:drill-timer:'))).to.be.false;
  });

  it('methods do nothing when they mean nothing', async () => {
    const el = await quickTimer();
    const events = record(el);
    el.pause();
    el.resume();
    el.skip();
    el.back();
    expect(el.status).to.equal('idle');
    el.start();
    el.start();
    el.resume();
    expect(events['mw-drill-start']).to.have.length(1);
    expect(events['mw-drill-resume']).to.have.length(0);
    expect(events['mw-drill-pause']).to.have.length(0);
  });

  it('runs an exercise hold: hold, relax, repeat', async () => {
    const el = await fixture<MwDrillTimer>(html`<mw-drill-timer exercise="glute-squeeze"></mw-drill-timer>`);
    expect(visibleText(el)).to.contain('1 set of 10–15 · hold 5 s · 10 steps · about 1 min 17 s');
    el.start();
    await el.updateComplete;
    expect(shown(el, '.name')).to.equal('Glute squeeze');
    expect(shown(el, '.badges')).to.equal('Hold');
    expect(shown(el, '.time')).to.equal('0:05');
    await waitForLive(el, 'Step 1 of 10: Glute squeeze, hold 5 seconds');
    await advance(el, 5000);
    expect(shown(el, '.name')).to.equal('Relax');
    expect(shown(el, '.next')).to.equal('Next: Glute squeeze');
    await waitForLive(el, 'Relax, 3 seconds. Next: Glute squeeze');
    await advance(el, 3000);
    expect(shown(el, '.progress p')).to.equal('Step 2 of 10');
    await expect(el).to.be.accessible();
  });

  describe('with an exercise card on the page', () => {
    const page = (timerExercise = 'glute-squeeze') =>
      fixture(
        html`<div>
          <mw-exercise-card exercise="glute-squeeze"></mw-exercise-card>
          <mw-drill-timer exercise=${timerExercise}></mw-drill-timer>
        </div>`,
      );
    const cardStart = (wrapper: Element) => button(wrapper.querySelector('mw-exercise-card')!, /^Start$/)!;

    it('starts when the card for its exercise says Start, and says it handled it', async () => {
      const wrapper = await page();
      const el = wrapper.querySelector('mw-drill-timer')!;
      await el.updateComplete;
      let handled = false;
      document.addEventListener('mw-exercise-start', (event) => (handled = event.defaultPrevented), { once: true });
      cardStart(wrapper).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(handled).to.be.true;
      expect(el.status).to.equal('running');
      expect(shadow(el).activeElement?.id).to.equal('primary');
      expect(button(el, /^Pause$/)).to.exist;
    });

    it('leaves a card for another exercise alone', async () => {
      const wrapper = await page('clamshell');
      const el = wrapper.querySelector('mw-drill-timer')!;
      await el.updateComplete;
      let handled: boolean | undefined;
      document.addEventListener('mw-exercise-start', (event) => (handled = event.defaultPrevented), { once: true });
      cardStart(wrapper).click();
      expect(handled).to.be.false;
      expect(el.status).to.equal('idle');
    });

    it('stops listening once removed', async () => {
      const wrapper = await page();
      const el = wrapper.querySelector('mw-drill-timer')!;
      await el.updateComplete;
      el.remove();
      let handled: boolean | undefined;
      document.addEventListener('mw-exercise-start', (event) => (handled = event.defaultPrevented), { once: true });
      cardStart(wrapper).click();
      expect(handled).to.be.false;
    });
  });

  it('remembers Mute on this device, for the next timer too', async () => {
    const el = await quickTimer();
    const mute = button(el, /^Mute$/)!;
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    await click(el, /^Mute$/);
    expect(mute.getAttribute('aria-pressed')).to.equal('true');
    expect(JSON.parse(localStorage.getItem('movewell:drill-timer:cues')!)).to.include({ muted: true });
    const again = await quickTimer();
    expect(button(again, /^Mute$/)!.getAttribute('aria-pressed')).to.equal('true');
    await expect(again).to.be.accessible();
  });

  it('applies Mute and Voice pressed on one timer to the others on the page at once', async () => {
    const wrapper = await fixture(
      html`<div>
        <mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>
        <mw-drill-timer exercise="clamshell" no-resume></mw-drill-timer>
      </div>`,
    );
    const [one, other] = [...wrapper.querySelectorAll('mw-drill-timer')];
    await other!.updateComplete;
    other!.start();
    await click(one!, /^Mute$/);
    await other!.updateComplete;
    expect(button(other!, /^Mute$/)!.getAttribute('aria-pressed')).to.equal('true');
    await click(one!, /^Mute$/);
    await other!.updateComplete;
    expect(button(other!, /^Mute$/)!.getAttribute('aria-pressed')).to.equal('false');
    other!.reset();
  });

  it('keeps working when storage is disabled, without a warning', async () => {
    const restoreGet = breakStorage('getItem', new DOMException('denied', 'SecurityError'));
    const restoreSet = breakStorage('setItem', new DOMException('denied', 'SecurityError'));
    const { warnings, restore } = captureWarnings();
    try {
      const el = await quickTimer();
      await click(el, /^Mute$/);
      expect(button(el, /^Mute$/)!.getAttribute('aria-pressed')).to.equal('true');
      el.start();
      await advance(el, 20_000);
      expect(shown(el, '.name')).to.equal('Clams');
      expect(warnings).to.deep.equal([]);
    } finally {
      restoreGet();
      restoreSet();
      restore();
    }
  });

  it('keeps the screen awake only while running, and shrugs off a refusal', async () => {
    const calls: string[] = [];
    let refuse = false;
    const fake = {
      request: async () => {
        calls.push('request');
        if (refuse) throw new DOMException('no', 'NotAllowedError');
        const sentinel = {
          released: false,
          release: async () => {
            sentinel.released = true;
            calls.push('release');
          },
        };
        return sentinel;
      },
    };
    Object.defineProperty(navigator, 'wakeLock', { value: fake, configurable: true });
    try {
      const el = await quickTimer();
      el.start();
      await Promise.resolve();
      el.pause();
      await new Promise((r) => setTimeout(r));
      el.resume();
      await new Promise((r) => setTimeout(r));
      el.remove();
      await new Promise((r) => setTimeout(r));
      expect(calls).to.deep.equal(['request', 'release', 'request', 'release']);

      refuse = true;
      const other = await quickTimer();
      other.start();
      await new Promise((r) => setTimeout(r));
      expect(other.status).to.equal('running');
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });

  it('draws the ring smoothly, but once a second under reduced motion', async () => {
    const el = await quickTimer();
    el.start();
    const offset = () => Number(shadow(el).querySelector('.ring .fill')!.getAttribute('stroke-dashoffset'));
    await advance(el, 500);
    const smooth = offset();
    expect(smooth).to.be.greaterThan(0);
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      ...original.call(window, query),
      matches: query.includes('reduce'),
    })) as typeof window.matchMedia;
    try {
      el.requestUpdate();
      await el.updateComplete;
      expect(offset()).to.equal(0);
      await advance(el, 600);
      expect(offset()).to.be.closeTo((2 * Math.PI * 45) / 20, 0.01);
    } finally {
      window.matchMedia = original;
    }
  });

  it('uses Spanish words inside lang="es"', async () => {
    const wrapper = await fixture(html`<div lang="es"><mw-drill-timer exercise="clamshell"></mw-drill-timer></div>`);
    const el = wrapper.querySelector('mw-drill-timer')!;
    await el.updateComplete;
    expect(button(el, /^Empezar$/)).to.exist;
    // The built-in content has Spanish: shown, with nothing marked as another language.
    expect(shadow(el).querySelector('#title')!.textContent!.trim()).to.equal('Almeja');
    expect(shadow(el).querySelector('[lang]')).to.be.null;
    el.start();
    await el.updateComplete;
    expect(shadow(el).querySelector('.name')!.textContent!.trim()).to.equal('Almeja');
    expect(shadow(el).querySelector('[lang]')).to.be.null;
    expect(shadow(el).querySelector('.badges')!.closest('[lang]')).to.be.null;
    expect(shown(el, '.badges')).to.contain('Lado izquierdo');
    expect(shown(el, '.unit')).to.equal('repeticiones');
    expect(button(el, /^Hecho$/)).to.exist;
    await waitForLive(el, 'Paso 1 de 2: Almeja, lado izquierdo, de 5 a 10 repeticiones');
  });

  for (const width of [288, 320, 360, 414]) {
    it(`fits a ${width}px wide phone without sideways scrolling, or words broken in its buttons`, async () => {
      const wrapper = await fixture(
        html`<div style="width: ${width}px"><mw-drill-timer drill="banded-glute-activation"></mw-drill-timer></div>`,
      );
      const el = wrapper.querySelector('mw-drill-timer')!;
      await el.updateComplete;
      el.start();
      await el.updateComplete;
      expect(base(el).scrollWidth).to.be.at.most(width);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      expect(wordsBrokenAcrossLines([...shadow(el).querySelectorAll<HTMLElement>('button')])).to.deep.equal([]);
      // Back, Pause and Skip in one row: Skip alone under Done invites a skip by mistake.
      const transport = [...shadow(el).querySelectorAll<HTMLElement>('.transport .button')];
      expect(new Set(transport.map((b) => Math.round(b.getBoundingClientRect().top))).size).to.equal(1);
    });
  }

  describe('commands right after changes (#12)', () => {
    const stepName = (el: Element) => shown(el, '[part="step-name"]');

    it('start() right after setting drill runs the drill just chosen', async () => {
      const el = await quickTimer({ noResume: true });
      const events = record(el);
      el.drill = 'banded-glute-activation';
      el.start();
      expect(el.status).to.equal('running');
      expect(events['mw-drill-start']![0]!.detail.totalSteps).to.equal(9);
      await el.updateComplete;
      expect(stepName(el)).to.equal('Banded glute bridges');
    });

    it('start() right after setting the drill attribute runs it too', async () => {
      const el = await quickTimer({ noResume: true });
      el.setAttribute('drill', 'banded-glute-activation');
      el.start();
      await el.updateComplete;
      expect(stepName(el)).to.equal('Banded glute bridges');
    });

    it('start() right after setting exercise runs that exercise', async () => {
      const el = await fixture<MwDrillTimer>(html`<mw-drill-timer exercise="clamshell" no-resume></mw-drill-timer>`);
      const events = record(el);
      el.exercise = 'glute-squeeze';
      el.start();
      await el.updateComplete;
      expect(events['mw-drill-step']![0]!.detail.step.exerciseId).to.equal('glute-squeeze');
      expect(stepName(el)).to.equal('Glute squeeze');
      await expect(el).to.be.accessible();
    });

    it('start() right after a run of another drill was going starts the new one from its first step', async () => {
      const el = await quickTimer({ noResume: true });
      el.start();
      await el.updateComplete;
      el.drill = 'banded-glute-activation';
      el.start();
      await el.updateComplete;
      expect(el.status).to.equal('running');
      expect(stepName(el)).to.equal('Banded glute bridges');
    });

    it('start() right after appending a timer runs its drill', async () => {
      const wrapper = await fixture(html`<mw-content .content=${quickPack()}></mw-content>`);
      const el = document.createElement('mw-drill-timer');
      el.drill = 'quick';
      el.noResume = true;
      const events = record(el);
      wrapper.append(el);
      el.start();
      expect(el.status).to.equal('running');
      expect(events['mw-drill-start']![0]!.detail.totalSteps).to.equal(4);
      await el.updateComplete;
      expect(stepName(el)).to.equal('March on the spot');
    });

    it('start() while the content is still loading runs the drill once it is there', async () => {
      const src = new URL('/tests/fixtures/clinic-pack.json', location.href).href;
      const wrapper = await fixture(
        html`<mw-content src=${src}><mw-drill-timer exercise="wall-sit" no-resume></mw-drill-timer></mw-content>`,
      );
      const el = wrapper.querySelector('mw-drill-timer')!;
      el.start();
      await waitUntil(() => el.status === 'running', 'the timer to start when its content arrives');
      await el.updateComplete;
      expect(stepName(el)).to.equal('Wall sit');
    });

    it('reset() before the content arrives cancels a start() that was waiting for it', async () => {
      const src = new URL('/tests/fixtures/clinic-pack.json', location.href).href;
      const wrapper = await fixture(
        html`<mw-content src=${src}><mw-drill-timer exercise="wall-sit" no-resume></mw-drill-timer></mw-content>`,
      );
      const el = wrapper.querySelector('mw-drill-timer')!;
      el.start();
      el.reset();
      await waitUntil(() => shadow(el).querySelector('[part="intro"]'), 'the intro');
      expect(el.status).to.equal('idle');
    });
  });

  describe('bad input', () => {
    async function problem(template: ReturnType<typeof html>) {
      const { warnings, restore } = captureWarnings();
      try {
        const wrapper = await fixture(html`<div>${template}</div>`);
        const el = wrapper.querySelector('mw-drill-timer')!;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(() => el.start()).not.to.throw();
        await expect(el).to.be.accessible();
        return { el, text: visibleText(el), warnings };
      } finally {
        restore();
      }
    }

    it('names an unknown drill and the drills that exist', async () => {
      const { text, warnings } = await problem(html`<mw-drill-timer drill="banded-glute"></mw-drill-timer>`);
      expect(text).to.contain('There is no drill called "banded-glute".');
      expect(text).to.contain('banded-glute-activation');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<mw-drill-timer> drill="banded-glute"');
    });

    it('names an unknown exercise', async () => {
      const { text, warnings } = await problem(html`<mw-drill-timer exercise="glute-sqeeze"></mw-drill-timer>`);
      expect(text).to.contain('There is no exercise called "glute-sqeeze".');
      expect(text).to.contain('glute-squeeze');
      expect(warnings).to.have.length(1);
    });

    it('asks for a drill or an exercise when neither is set, and warns once the page had its turn', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<MwDrillTimer>(html`<mw-drill-timer></mw-drill-timer>`);
        const text = visibleText(el);
        expect(text).to.contain('No drill or exercise was chosen.');
        expect(text).to.contain('banded-glute-activation').and.contain('glute-squeeze');
        expect(warnings, 'not yet: a page script may still choose').to.have.length(0);
        await aTimeout(0);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<mw-drill-timer> drill=""');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('does not warn when a page script sets customDrill just after the upgrade', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        // What a CDN page does: our module upgrades the element, then the page's module sets the drill.
        const el = await fixture<MwDrillTimer>(html`<mw-drill-timer></mw-drill-timer>`);
        el.customDrill = { name: 'Desk break', steps: [{ type: 'timed', name: 'March on the spot', seconds: 30 }] };
        await el.updateComplete;
        await aTimeout(0);
        expect(visibleText(el)).to.contain('Desk break');
        expect(warnings).to.deep.equal([]);
      } finally {
        restore();
      }
    });

    it('does not run on start() while a refused property shows its problem', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<MwDrillTimer>(html`<mw-drill-timer exercise="glute-squeeze"></mw-drill-timer>`);
        (el as unknown as { headingLevel: unknown }).headingLevel = { level: 4 };
        await el.updateComplete;
        let started = 0;
        el.addEventListener('mw-drill-start', () => started++);
        el.start();
        await el.updateComplete;
        expect(el.status).to.equal('idle');
        expect(started).to.equal(0);
        expect(visibleText(el)).to.contain('headingLevel');
        expect(warnings).to.have.length(1);
      } finally {
        restore();
      }
    });

    it('names a custom drill’s exercises in the page’s language, as their cards do', async () => {
      const customDrill = { name: 'Mi rutina', steps: [{ type: 'reps', exercise: 'glute-bridge', reps: 5 }] } as const;
      const wrapper = await fixture(
        html`<div lang="es"><mw-drill-timer .customDrill=${customDrill}></mw-drill-timer></div>`,
      );
      const el = wrapper.querySelector<MwDrillTimer>('mw-drill-timer')!;
      await el.updateComplete;
      el.start();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Puente de glúteos');
      expect(visibleText(el)).not.to.contain('Glute bridge');
      el.reset();
    });

    it('asks for one of drill and exercise, not both', async () => {
      const { text } = await problem(
        html`<mw-drill-timer drill="banded-glute-activation" exercise="glute-squeeze"></mw-drill-timer>`,
      );
      expect(text).to.contain('Choose a drill or an exercise, not both.');
    });

    it('refuses a drill with no steps given as a property', async () => {
      const drill = { name: 'Empty', steps: [] } as unknown as CustomDrill;
      const { text, warnings } = await problem(html`<mw-drill-timer .customDrill=${drill}></mw-drill-timer>`);
      expect(text).to.contain('This drill can’t be run.');
      expect(text).to.contain('The drill has no steps.');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('customDrill.steps');
    });

    it('refuses a step of zero or negative time given as a property', async () => {
      for (const seconds of [0, -10]) {
        const drill = { name: 'Bad', steps: [{ type: 'timed', name: 'Plank', seconds }] } as CustomDrill;
        const { text, warnings } = await problem(html`<mw-drill-timer .customDrill=${drill}></mw-drill-timer>`);
        expect(text).to.contain(
          `Step 1 (Plank) needs a time of more than 0 seconds and at most 3600 (one hour), not ${seconds}.`,
        );
        expect(warnings[0]).to.contain('customDrill.steps[0].seconds');
      }
    });

    it('says when an exercise has nothing to time or count', async () => {
      const pack = minimalPack();
      pack.exercises[0]!.dosage = { sets: 2 };
      const { text } = await problem(
        html`<mw-content .content=${pack}><mw-drill-timer exercise="wall-sit"></mw-drill-timer></mw-content>`,
      );
      expect(text).to.contain('This exercise can’t be timed.');
      expect(text).to.contain('nothing to time or count');
    });

    it('refuses, without freezing the page, a dosage of millions of holds', async () => {
      const pack = minimalPack();
      pack.exercises[0]!.dosage = { sets: 1000, reps: 1000, holdSeconds: 3600, perSide: true, eachWay: true };
      const { text, warnings } = await problem(
        html`<mw-content .content=${pack}><mw-drill-timer exercise="wall-sit"></mw-drill-timer></mw-content>`,
      );
      expect(text).to.contain('This exercise can’t be timed.');
      expect(text).to.contain('would be 4000000 steps; a timer runs at most 500.');
      expect(warnings).to.have.length(1);
    });
  });

  it('runs a valid drill given as a property', async () => {
    const drill: CustomDrill = {
      name: 'Desk break',
      steps: [
        { type: 'timed', name: 'Stand up', seconds: 3 },
        { type: 'reps', exercise: 'glute-bridge', reps: 5 },
      ],
    };
    const el = await fixture<MwDrillTimer>(html`<mw-drill-timer .customDrill=${drill}></mw-drill-timer>`);
    el.start();
    await advance(el, 3000);
    expect(shown(el, '.name')).to.equal('Glute bridge');
    expect(shown(el, '.count')).to.equal('5');
  });

  it('renders content as text, never as markup', async () => {
    const drill: CustomDrill = {
      name: '<img src=x onerror="window.__pwned=1">',
      steps: [{ type: 'timed', name: '<b>Bold</b>', seconds: 3 }],
    };
    const el = await fixture<MwDrillTimer>(html`<mw-drill-timer .customDrill=${drill}></mw-drill-timer>`);
    el.start();
    await el.updateComplete;
    expect(shown(el, '.name')).to.equal('<b>Bold</b>');
    expect(shadow(el).querySelector('b, img')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });
});
