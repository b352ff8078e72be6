/**
 * The drill timer as a patient sees it on a phone (#11): a 360 × 640 screen, the timer in an
 * article with page margins. Every running step fits the screen with its main button in view;
 * the step's drawing shows; the settings stay one compact row; Restart asks first.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import { sendKeys, setPhoneViewport, setViewport } from './browser.js';
import { MwDrillTimer, type CustomDrill } from '../src/components/drill-timer/drill-timer.js';
import { defaultContent } from '../src/content/index.js';

let now = 1000;
const realNow = MwDrillTimer.now;

const PHONE = { width: 360, height: 640 };

/** Every kind of step: timed, reps on each side, a rest, and an exercise's holds, in two rounds. */
const everyKind: CustomDrill = {
  id: 'every-kind',
  name: 'Every kind of step',
  steps: [
    { type: 'timed', name: 'March on the spot', seconds: 20, cue: 'Lift your knees and swing your arms.' },
    { type: 'reps', exercise: 'clamshell', reps: { min: 5, max: 10 }, perSide: true, restAfterSeconds: 10 },
    { type: 'timed', exercise: 'glute-bridge', seconds: 30, perSide: true },
  ],
  rounds: 2,
  restBetweenRoundsSeconds: 30,
};

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const buttonNamed = (el: Element, name: RegExp) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent!.trim()));

/** The button a reader presses next: Done on a rep step, else Start, Pause or Resume. */
const mainButton = (el: MwDrillTimer) =>
  shadow(el).querySelector<HTMLElement>('.done') ?? shadow(el).querySelector<HTMLElement>('#primary')!;

async function onPhone(timer: ReturnType<typeof html>, lang = 'en') {
  const page = await fixture(
    html`<article lang=${lang} style="padding: 8px 16px; font: 16px/1.5 system-ui, sans-serif">
      <p>An article about glutes, before the timer.</p>
      ${timer}
    </article>`,
  );
  const el = page.querySelector('mw-drill-timer')!;
  await el.updateComplete;
  return el;
}

async function settle(el: MwDrillTimer) {
  await nextFrame();
  await el.updateComplete;
}

/** Scrolls the timer's top to the top of the screen, as a reader arriving at it does. */
function scrollTo(el: Element) {
  el.scrollIntoView({ block: 'start' });
}

function expectInView(target: Element, what: string) {
  const box = target.getBoundingClientRect();
  expect(box.top, `${what}: top`).to.be.at.least(0);
  expect(box.bottom, `${what}: bottom`).to.be.at.most(innerHeight);
  expect(box.height, `${what}: height`).to.be.greaterThan(0);
}

describe('<mw-drill-timer> on a phone', () => {
  // A phone's own width: skipped, with the reason logged, where the engine's window cannot get that narrow.
  beforeEach(async function () {
    await setPhoneViewport(this, PHONE);
  });
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    now = 1000;
    MwDrillTimer.now = () => now;
  });
  afterEach(() => (MwDrillTimer.now = realNow));

  for (const [what, drill, kinds] of [
    ['the built-in drill', 'banded-glute-activation', ['per side', 'reps', 'rest']],
    ['a drill with every kind of step', undefined, ['per side', 'reps', 'rest', 'timed']],
  ] as const) {
    it(`fits ${what} on a 360 × 640 screen at every step, its main button in view`, async () => {
      const el = await onPhone(
        drill
          ? html`<mw-drill-timer drill=${drill} no-resume></mw-drill-timer>`
          : html`<mw-drill-timer .customDrill=${everyKind} no-resume></mw-drill-timer>`,
      );
      el.start();
      await settle(el);
      const seen = new Set<string>();
      for (let guard = 0; el.status !== 'finished' && guard < 60; guard++) {
        const step = el.shadowRoot!.querySelector('.step')!;
        const kind = step.classList.contains('break')
          ? 'rest'
          : mainButton(el).classList.contains('done')
            ? 'reps'
            : 'timed';
        seen.add(kind);
        if (el.shadowRoot!.querySelector('.badges')?.textContent?.match(/side/)) seen.add('per side');
        scrollTo(el);
        const height = el.getBoundingClientRect().height;
        expect(height, `the timer on "${part(el, 'step-name')!.textContent!.trim()}"`).to.be.at.most(PHONE.height);
        expectInView(mainButton(el), `the main button on step ${guard}`);
        expectInView(part(el, 'stop-rule')!, `the stop rule on step ${guard}`);
        // Pausing shows Resume in the same place.
        if (guard === 0) {
          el.pause();
          await settle(el);
          scrollTo(el);
          expect(el.getBoundingClientRect().height).to.be.at.most(PHONE.height);
          expectInView(mainButton(el), 'Resume');
          expect(mainButton(el).textContent!.trim()).to.equal('Resume');
          el.resume();
          await settle(el);
        }
        el.skip();
        await settle(el);
      }
      expect([...seen].sort()).to.deep.equal(kinds);
      scrollTo(el);
      expect(el.getBoundingClientRect().height, 'the summary').to.be.at.most(PHONE.height);
      expectInView(shadow(el).querySelector('#summary-title')!, 'the summary title');
      expectInView(buttonNamed(el, /Do it again/)!, 'Do it again');
    });
  }

  it('keeps Start in view while the intro is taller than the screen', async () => {
    const el = await onPhone(html`<mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>`);
    scrollTo(el);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(PHONE.height);
    expectInView(buttonNamed(el, /^Start$/)!, 'Start');
    expectInView(part(el, 'stop-rule')!, 'the stop rule in the intro');
    await expect(el).to.be.accessible();
  });

  it('shows the step’s drawing as part illustration, and the next one’s during a rest', async () => {
    const el = await onPhone(html`<mw-drill-timer .customDrill=${everyKind} no-resume></mw-drill-timer>`);
    const alt = (id: string) => defaultContent.exercises.find((each) => each.id === id)!.illustration!.alt;
    el.start();
    await settle(el);
    // March on the spot has no exercise, so no drawing: the dial takes the room.
    expect(part(el, 'illustration')).to.be.null;
    el.skip();
    await settle(el);
    const drawing = part(el, 'illustration')!;
    expect(drawing.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal(alt('clamshell'));
    scrollTo(el);
    expectInView(drawing, 'the drawing');
    // The dial is smaller beside a drawing.
    expect(part(el, 'dial')!.getBoundingClientRect().width).to.be.below(130);
    await expect(el).to.be.accessible();
    el.skip();
    await settle(el);
    el.skip();
    await settle(el);
    expect(shadow(el).querySelector('.step.break'), 'a rest').to.exist;
    expect(part(el, 'illustration')!.querySelector('svg')!.getAttribute('aria-label')).to.equal(alt('glute-bridge'));
    await expect(el).to.be.accessible();
  });

  it('asks before Restart throws the run away', async () => {
    const el = await onPhone(html`<mw-drill-timer .customDrill=${everyKind} no-resume></mw-drill-timer>`);
    el.start();
    await settle(el);
    el.skip();
    await settle(el);
    let starts = 0;
    el.addEventListener('mw-drill-start', () => starts++);
    expect(buttonNamed(el, /^Restart$/), 'Restart waits behind More').to.be.undefined;
    const more = buttonNamed(el, /^More$/)!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await settle(el);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    buttonNamed(el, /^Restart$/)!.click();
    await settle(el);
    expect(starts, 'nothing restarted yet').to.equal(0);
    expect(part(el, 'step-name')!.textContent!.trim()).to.equal('Clamshell');
    expect(shadow(el).querySelector('#restart-ask')!.textContent).to.match(/^Restart from step 1\?/);
    expect(shadow(el).activeElement?.id, 'focus on the answer').to.equal('restart-yes');
    await expect(el).to.be.accessible();

    buttonNamed(el, /No, keep going/)!.click();
    await settle(el);
    expect(starts).to.equal(0);
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Restart');

    buttonNamed(el, /^Restart$/)!.click();
    await settle(el);
    buttonNamed(el, /Yes, restart/)!.click();
    await settle(el);
    expect(starts).to.equal(1);
    expect(part(el, 'step-name')!.textContent!.trim()).to.equal('March on the spot');
    expect(more.isConnected ? more.getAttribute('aria-expanded') : 'false').to.equal('false');
    expect(shadow(el).activeElement?.id, 'focus back on the main button').to.equal('primary');
  });

  it('closes More with Escape and puts focus back on it', async () => {
    const el = await onPhone(html`<mw-drill-timer .customDrill=${everyKind} no-resume></mw-drill-timer>`);
    el.start();
    await settle(el);
    const more = buttonNamed(el, /^More$/)!;
    more.focus();
    more.click();
    await settle(el);
    expect(shadow(el).querySelector('#settings-panel')).to.exist;
    more.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(shadow(el).querySelector('#settings-panel')).to.be.null;
    expect(shadow(el).activeElement).to.equal(more);
    expect(el.status, 'Escape does not stop the run').to.equal('running');
  });

  it('shows Mute and Voice as toggles: pressed state, an icon for it, and not the look of an action', async () => {
    const el = await onPhone(html`<mw-drill-timer .customDrill=${everyKind} no-resume></mw-drill-timer>`);
    el.start();
    await settle(el);
    const mute = buttonNamed(el, /^Mute$/)!;
    const pause = buttonNamed(el, /^Pause$/)!;
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    const iconBefore = mute.querySelector('svg')!.innerHTML;
    mute.click();
    await settle(el);
    try {
      const pressed = buttonNamed(el, /^Mute$/)!;
      expect(pressed.getAttribute('aria-pressed')).to.equal('true');
      expect(pressed.querySelector('svg')!.innerHTML, 'the icon shows the state').to.not.equal(iconBefore);
      // A pressed toggle is not filled like the main action.
      expect(getComputedStyle(pressed).backgroundColor).to.not.equal(getComputedStyle(pause).backgroundColor);
      expect(getComputedStyle(pressed).borderRadius).to.not.equal(getComputedStyle(pause).borderRadius);
      await expect(el).to.be.accessible();
    } finally {
      buttonNamed(el, /^Mute$/)!.click();
      await settle(el);
    }
    expect(buttonNamed(el, /^Mute$/)!.getAttribute('aria-pressed')).to.equal('false');
  });

  for (const [width, lang] of [
    [320, 'en'],
    [320, 'es'],
    [360, 'es'],
  ] as const) {
    it(`keeps the settings on one row at ${width}px (${lang}), without sideways scrolling`, async () => {
      await setViewport({ width, height: 640 });
      try {
        const el = await onPhone(
          html`<mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>`,
          lang,
        );
        el.start();
        await settle(el);
        const chips = [...shadow(el).querySelectorAll<HTMLElement>('.settings button')];
        expect(chips.length).to.be.at.least(2);
        expect(new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top))).size).to.equal(1);
        for (const chip of chips) expect(chip.scrollWidth, chip.textContent!).to.be.at.most(chip.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      } finally {
        await setViewport(PHONE);
      }
    });
  }

  it('shows the stop rule in Spanish, beside the steps, without opening anything', async () => {
    const el = await onPhone(html`<mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>`, 'es');
    const rule = () => part(el, 'stop-rule')!;
    expect(rule().textContent).to.contain(
      'Detente si te duele más que una molestia leve, o si el dolor baja por la pierna.',
    );
    expect(rule().closest('details')).to.be.null;
    el.start();
    await settle(el);
    expect(rule().textContent).to.contain('Detente si te duele');
    scrollTo(el);
    expectInView(rule(), 'the stop rule while running');
    await expect(el).to.be.accessible();
  });

  it("shows a drill's own safety line as its stop rule, once, in the content's words", async () => {
    const el = await onPhone(html`<mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>`);
    const rule = () => part(el, 'stop-rule')!;
    const said = () => rule().textContent!.replace(/\s+/g, ' ').trim();
    expect(said()).to.equal(
      'A warm burn is normal. Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
    );
    el.start();
    await settle(el);
    expect(said().match(/Stop if it hurts/g)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('finishes with an achievement: time, moves done and the next slot', async () => {
    const el = await onPhone(
      html`<mw-drill-timer exercise="glute-squeeze" no-resume>
        <a slot="next" href="https://clinic.example/next">Next: glute bridge</a>
      </mw-drill-timer>`,
    );
    el.start();
    await settle(el);
    now += 5000;
    el.skip();
    await settle(el);
    for (let guard = 0; el.status !== 'finished' && guard < 40; guard++) {
      el.skip();
      await settle(el);
    }
    const summary = part(el, 'summary')!;
    expect(summary.classList.contains('achieved')).to.be.true;
    expect(summary.querySelector('.medal')).to.exist;
    expect(summary.querySelector('.stats')!.textContent!.replace(/\s+/g, ' ')).to.match(/Time 5 s Steps done 1 of 10/);
    const slot = summary.querySelector<HTMLSlotElement>('slot[name="next"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Next: glute bridge');
    scrollTo(el);
    expect(el.getBoundingClientRect().height).to.be.at.most(PHONE.height);
    await expect(el).to.be.accessible();
  });
});

describe('<mw-drill-timer> full screen', () => {
  // A phone's own width: skipped, with the reason logged, where the engine's window cannot get that narrow.
  beforeEach(async function () {
    await setPhoneViewport(this, PHONE);
  });
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    now = 1000;
    MwDrillTimer.now = () => now;
  });
  afterEach(() => (MwDrillTimer.now = realNow));

  it('fills the screen as a modal dialog when the reader asks, and Escape leaves it', async () => {
    const el = await onPhone(html`<mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>`);
    el.start();
    await settle(el);
    expect(shadow(el).querySelector('dialog')).to.be.null;
    buttonNamed(el, /^More$/)!.click();
    await settle(el);
    buttonNamed(el, /^Full screen$/)!.click();
    await settle(el);
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal'), 'modal: the page behind is inert').to.be.true;
    const box = dialog.getBoundingClientRect();
    expect([box.top, box.left, box.width, box.height]).to.deep.equal([0, 0, PHONE.width, PHONE.height]);
    expect(shadow(el).activeElement?.textContent?.trim(), 'focus on the main button').to.equal('Done');
    expectInView(mainButton(el), 'Done in full screen');
    expect(buttonNamed(el, /Exit full screen/)).to.exist;
    await expect(el).to.be.accessible();

    // The run goes on in full screen.
    mainButton(el).click();
    await settle(el);
    expect(part(el, 'step-name')!.textContent!.trim()).to.equal('Clams');

    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shadow(el).querySelector('dialog')).to.be.null;
    expect(el.status, 'leaving full screen does not stop the run').to.equal('running');
    expect(shadow(el).activeElement?.id).to.equal('primary');
  });

  it('leaves full screen by its Exit button, and on reset()', async () => {
    const el = await onPhone(html`<mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>`);
    el.start();
    await settle(el);
    buttonNamed(el, /^More$/)!.click();
    await settle(el);
    buttonNamed(el, /^Full screen$/)!.click();
    await settle(el);
    buttonNamed(el, /Exit full screen/)!.click();
    await settle(el);
    expect(shadow(el).querySelector('dialog')).to.be.null;
    buttonNamed(el, /^More$/)!.click();
    await settle(el);
    buttonNamed(el, /^Full screen$/)!.click();
    await settle(el);
    el.reset();
    await settle(el);
    expect(shadow(el).querySelector('dialog')).to.be.null;
    expect(part(el, 'intro')).to.exist;
  });
});
