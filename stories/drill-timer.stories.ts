import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CustomDrill, MwDrillTimer } from '../src/components/drill-timer/drill-timer.js';
import { defaultContent, type ContentPackInput } from '../src/content/index.js';
import { darkPage, narrow } from './decorators.js';

type Args = {
  drill?: string;
  exercise?: string;
  lang: string;
  theme?: 'light' | 'dark';
  'heading-level': number;
  'no-resume': boolean;
  /**
   * Where the story leaves the run, through the public methods: `idle` (as a reader finds it),
   * `running` (`start()`), `paused` (`start()` then `pause()`) or `finished` (every step done).
   */
  state: 'idle' | 'running' | 'paused' | 'finished';
  /** A booking banner in the `next` slot, shown with the summary at the end. */
  next: boolean;
  /** How many steps a running story skips after `start()`, to show a later step (a rest, a timed step). */
  skips?: number;
  /** The settings row's More panel: `open`, `restart` (asking before Restart) or `full-screen` (chosen from it). */
  more?: 'open' | 'restart' | 'full-screen';
};

/** A quick drill of 3-second steps, given from a script: a whole run takes about half a minute. */
const fastDrill: CustomDrill = {
  id: 'fast-demo',
  name: 'Quick demo drill',
  purpose: 'Short 3-second steps, so you can watch a whole run: steps, sides, rests and rounds.',
  steps: [
    { type: 'timed', name: 'Stand up tall', seconds: 3, cue: 'Feet hip-width apart.' },
    { type: 'timed', exercise: 'glute-squeeze', seconds: 3, cue: 'Squeeze gently and keep breathing.' },
    { type: 'timed', name: 'Knee lift', seconds: 3, perSide: true, cue: 'Lift one knee to hip height.' },
  ],
  rounds: 2,
  restBetweenStepsSeconds: 3,
  restBetweenRoundsSeconds: 3,
};

/** A clinic's own drill in a content pack: timed steps and a rep step that waits for "Done". */
const deskBreakPack: ContentPackInput = {
  format: 1,
  locale: 'en-AU',
  extends: 'default',
  drills: [
    {
      id: 'desk-break',
      name: 'Desk break',
      purpose: 'Two minutes away from your chair to wake up your glutes.',
      equipment: [],
      steps: [
        { type: 'timed', name: 'March on the spot', seconds: 30, cue: 'Lift your knees and swing your arms.' },
        { type: 'timed', exercise: 'glute-squeeze', seconds: 20, cue: 'Squeeze gently. Keep breathing.' },
        { type: 'reps', exercise: 'glute-bridge', reps: { min: 5, max: 10 } },
      ],
      restBetweenStepsSeconds: 10,
    },
  ],
};

/** A pack with a step of zero seconds: `<mw-content>` refuses it and says where. */
const zeroSecondPack = {
  format: 1,
  locale: 'en',
  drills: [
    {
      id: 'plank-break',
      name: 'Plank break',
      purpose: 'A short hold.',
      equipment: [],
      steps: [{ type: 'timed', name: 'Plank', seconds: 0 }],
    },
  ],
};

/** What a site might put in the `next` slot: the booking banner, with a real link inside. */
function bookingBanner(theme?: 'light' | 'dark') {
  const banner = document.createElement('mw-book-now');
  banner.slot = 'next';
  banner.href = '#book';
  if (theme) banner.theme = theme;
  const link = document.createElement('a');
  link.href = '#book';
  link.textContent = 'Book a session';
  banner.append(link);
  return banner;
}

/** Presses "Done" on each rep step and skips each rest, as a very quick reader would. */
async function runToEnd(el: MwDrillTimer) {
  el.start();
  for (let i = 0; i < 100 && el.status !== 'finished'; i++) {
    await el.updateComplete;
    const done = el.shadowRoot?.querySelector<HTMLButtonElement>('button.done');
    if (done) done.click();
    else el.skip();
  }
}

/** Brings a timer to the story's state once it is on the page, through its public methods. */
function drive(el: MwDrillTimer, { state, skips, more }: Args) {
  if (state === 'idle') return;
  void customElements
    .whenDefined('mw-drill-timer')
    .then(() => el.updateComplete)
    .then(() => {
      if (state === 'finished') return runToEnd(el);
      el.start();
      for (let i = 0; i < (skips ?? 0); i++) el.skip();
      if (state === 'paused') el.pause();
      if (more) return openMore(el, more);
    });
}

/** Opens the More panel as a reader would, by its buttons, and asks about Restart if told to. */
async function openMore(el: MwDrillTimer, more: NonNullable<Args['more']>) {
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('#settings')?.click();
  await el.updateComplete;
  if (more === 'restart') el.shadowRoot?.querySelector<HTMLButtonElement>('#restart')?.click();
  if (more === 'full-screen') el.shadowRoot?.querySelector<HTMLButtonElement>('#focus-mode')?.click();
}

/**
 * Builds the element the way a site's script would: attributes, then the `customDrill` property,
 * then the methods that bring it to the story's state.
 */
function buildTimer(args: Args, customDrill?: CustomDrill) {
  const el = document.createElement('mw-drill-timer');
  if (args.drill) el.drill = args.drill;
  if (args.exercise) el.exercise = args.exercise;
  if (args.theme) el.theme = args.theme;
  el.headingLevel = args['heading-level'];
  el.noResume = args['no-resume'];
  if (customDrill) el.customDrill = customDrill;
  if (args.next) el.append(bookingBanner(args.theme));
  drive(el, args);
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Drill timer',
  component: 'mw-drill-timer',
  args: {
    drill: 'banded-glute-activation',
    lang: 'en-AU',
    'heading-level': 3,
    'no-resume': false,
    state: 'idle',
    next: true,
  },
  argTypes: {
    drill: { control: 'select', options: [...defaultContent.drills.map((d) => d.id), 'banded-glute'] },
    exercise: { control: 'select', options: defaultContent.exercises.map((e) => e.id) },
    lang: { control: 'select', options: ['en-AU', 'en', 'es', 'fr', 'de', 'it', 'pt-BR', 'zh-CN', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    state: { control: 'inline-radio', options: ['idle', 'running', 'paused', 'finished'] },
    next: { control: 'boolean', description: 'Puts a booking banner in the `next` slot.' },
  },
  render: (args) => html`<div lang=${args.lang}>${buildTimer(args)}</div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The built-in 3-minute banded activation drill, as a reader finds it: what it is, what you need,
 * how to set up, and the first step. Each step is a rep target that waits for "Done".
 */
export const DefaultDrill: Story = {};

/** An exercise's own dosage (`exercise="glute-squeeze"`): hold 5 seconds, relax 3, ten times. */
export const ExerciseHold: Story = { args: { drill: undefined, exercise: 'glute-squeeze' } };

/**
 * Stories that start a run set `no-resume`, so no run is kept in this tab and the other stories
 * never open with "Resume where you left off?".
 */
const started = { 'no-resume': true } as const;

/** The drill under way: the step big, its rep target, the cue, what comes next, and the controls. */
export const Running: Story = { args: { ...started, state: 'running' } };

/** A timed step with its drawing: the glute squeeze in a clinic's desk-break drill, counting down beside the figure. */
export const RunningTimedStep: Story = {
  render: (args) =>
    html`<div lang=${args.lang}><mw-content .content=${deskBreakPack}>${buildTimer(args)}</mw-content></div>`,
  args: { ...started, drill: 'desk-break', state: 'running', skips: 2 },
};

/** A rest between steps: the ring in the rest colour, and the next step's drawing to get ready by. */
export const Rest: Story = { args: { ...started, state: 'running', skips: 5 } };

/** The settings row's More panel: Restart, and the keyboard keys. */
export const MoreOpen: Story = { args: { ...started, state: 'running', skips: 1, more: 'open' } };

/** Restart asks first, so a stray tap never throws away a run. */
export const RestartAsks: Story = { args: { ...started, state: 'running', skips: 1, more: 'restart' } };

/**
 * Full screen, chosen from More while running: the timer as a modal dialog over the page, with a
 * bigger dial where the screen is tall. Escape or "Exit full screen" goes back to the page. The docs
 * page shows it in its own frame, so it does not cover the docs.
 */
export const FullScreen: Story = {
  parameters: { docs: { story: { inline: false, iframeHeight: 700 } } },
  args: { ...started, state: 'running', skips: 1, more: 'full-screen' },
};

/** A hold, paused: the time stands still until Resume (or Space on the timer). */
export const Paused: Story = { args: { ...ExerciseHold.args, ...started, state: 'paused' } };

/**
 * A drill given from a script as the `customDrill` property: 3-second steps, one done on each side,
 * rests between steps and two rounds. Press Start and watch it run to the end.
 */
export const FastCustomDrill: Story = {
  args: { drill: undefined },
  render: (args) => html`<div lang=${args.lang}>${buildTimer(args, fastDrill)}</div>`,
};

/** A clinic's own drill from a content pack in `<mw-content>`: timed steps with rests, then a rep step. */
export const DrillFromContent: Story = {
  args: { drill: 'desk-break' },
  render: (args) =>
    html`<div lang=${args.lang}><mw-content .content=${deskBreakPack}>${buildTimer(args)}</mw-content></div>`,
};

/**
 * The end: time and steps done, "Do it again", and a booking banner in the `next` slot. The story
 * presses "Done" on every step at once, so the time shows 0 s.
 */
export const Finished: Story = { args: { ...started, state: 'finished' } };

/**
 * After a reload in the middle of a run, the timer offers to pick up where the reader left off
 * (sessionStorage, this tab only). This story makes the reload happen: it starts a run, takes the
 * timer off the page as a page unload would, and puts a new one in its place.
 */
export const ResumeOffer: Story = {
  render: (args) => {
    const resumeDrill: CustomDrill = { ...fastDrill, id: 'resume-demo', rounds: 1 };
    const wrapper = document.createElement('div');
    wrapper.lang = args.lang;
    const first = buildTimer({ ...args, state: 'idle', next: false }, resumeDrill);
    wrapper.append(first);
    void customElements
      .whenDefined('mw-drill-timer')
      .then(() => first.updateComplete)
      .then(() => {
        first.start();
        first.skip();
        first.skip();
        first.remove();
        wrapper.append(buildTimer({ ...args, state: 'idle', next: false }, resumeDrill));
      });
    return wrapper;
  },
};

/**
 * An exercise card and a timer for the same exercise: pressing Start on the card starts the timer
 * (the card's `mw-exercise-start` event), brings it into view and puts focus on Pause. The docs page
 * shows this story in its own frame, so the other glute squeeze timers there do not take the event.
 */
export const WithExerciseCard: Story = {
  parameters: { docs: { story: { inline: false, iframeHeight: 1100 } } },
  render: (args) =>
    html`<div lang=${args.lang} class="pair-demo">
      <style>
        .pair-demo {
          display: grid;
          gap: 16px;
        }
      </style>
      <mw-exercise-card exercise="glute-squeeze"></mw-exercise-card>
      <mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>
    </div>`,
};

/** UI words follow the nearest `lang` attribute (content stays in its own language). */
export const Spanish: Story = { args: { lang: 'es' } };

/** A Spanish run: the badges, the rep target and the buttons. */
export const SpanishRunning: Story = { args: { ...started, lang: 'es', state: 'running' } };

/** An Arabic run, right to left: Back on the right, Skip on the left, the bar filling from the right. */
export const ArabicRunning: Story = { args: { ...started, lang: 'ar', state: 'running' } };

/** A German run: the longest words, on the buttons and badges. */
export const GermanRunning: Story = { args: { ...started, lang: 'de', state: 'running' } };

/** A phone held upright: the run with every control, at 320px wide. */
export const Narrow: Story = { args: { ...started, state: 'running' }, decorators: [narrow] };

/** The summary and the booking banner at 320px wide. */
export const NarrowFinished: Story = { args: { ...started, state: 'finished' }, decorators: [narrow] };

/** The opt-in dark palette, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [darkPage],
};

/** A hold, paused, in the dark palette: the ring and the time left. */
export const DarkPaused: Story = {
  ...Dark,
  args: { ...ExerciseHold.args, ...started, theme: 'dark', state: 'paused' },
};

/** The summary in the dark palette, with a dark booking banner in the `next` slot. */
export const DarkFinished: Story = { ...Dark, args: { ...started, theme: 'dark', state: 'finished' } };

/** Custom properties a site can set: accent, the rest colour, radius, font and surface. */
export const Themed: Story = {
  args: { ...started, state: 'running' },
  decorators: [
    (story) =>
      html`<div class="themed-demo">
        <style>
          .themed-demo mw-drill-timer {
            --mw-accent: #7a1f5c;
            --mw-timer-rest: #5b4a8a;
            --mw-radius: 4px;
            --mw-font-family: Georgia, 'Times New Roman', serif;
            --mw-surface: #fffaf3;
            --mw-border: #d9c7b0;
          }
        </style>
        ${story()}
      </div>`,
  ],
};

/** A timer that cannot run has no summary, so these stories put nothing in the `next` slot. */
const broken = { next: false } as const;

/** An id that is not in the content: a readable message naming the drills that exist, one console warning. */
export const UnknownDrill: Story = { args: { ...broken, drill: 'banded-glute' } };

/** An exercise id that is not in the content. */
export const UnknownExercise: Story = { args: { ...broken, drill: undefined, exercise: 'glute-sqeeze' } };

/** A `customDrill` with no steps: the timer says so in place of itself. */
export const NoSteps: Story = {
  args: { ...broken, drill: undefined },
  render: (args) => html`<div lang=${args.lang}>${buildTimer(args, { name: 'Empty drill', steps: [] })}</div>`,
};

/** A drill with a zero-second step, in a pack given to `<mw-content>`: the pack is refused, with the path. */
export const ZeroSecondStep: Story = {
  args: { ...broken, drill: 'plank-break' },
  render: (args) =>
    html`<div lang=${args.lang}><mw-content .content=${zeroSecondPack}>${buildTimer(args)}</mw-content></div>`,
};

/** A step of negative time, given from a script as `customDrill`: the timer names the step and the time. */
export const NegativeTimeFromScript: Story = {
  args: { ...broken, drill: undefined },
  render: (args) =>
    html`<div lang=${args.lang}>
      ${buildTimer(args, { name: 'Plank break', steps: [{ type: 'timed', name: 'Plank', seconds: -10 }] })}
    </div>`,
};
