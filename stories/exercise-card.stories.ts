import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultContent } from '../src/content/index.js';
import { clinicPack } from './fixtures.js';
import { darkPage, narrow } from './decorators.js';

type Args = { exercise: string; variant: 'full' | 'compact'; theme?: 'light' | 'dark'; 'hide-start': boolean };

/** The first card in the story, once upgraded and rendered (for stories that press its buttons). */
async function upgraded(canvas: HTMLElement) {
  await customElements.whenDefined('mw-exercise-card');
  const card = canvas.querySelector('mw-exercise-card');
  await card?.updateComplete;
  return card;
}

const meta: Meta<Args> = {
  title: 'Widgets/Exercise card',
  component: 'mw-exercise-card',
  args: { exercise: 'glute-bridge', variant: 'full', 'hide-start': false },
  argTypes: {
    exercise: { control: 'select', options: defaultContent.exercises.map((e) => e.id) },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<mw-exercise-card
      exercise=${args.exercise}
      variant=${args.variant}
      theme=${args.theme ?? 'light'}
      ?hide-start=${args['hide-start']}
    ></mw-exercise-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const GluteSqueeze: Story = { args: { exercise: 'glute-squeeze' } };
export const GluteBridge: Story = { args: { exercise: 'glute-bridge' } };
export const StepUp: Story = { args: { exercise: 'step-up' } };
export const Clamshell: Story = { args: { exercise: 'clamshell' } };
export const BandedGluteBridge: Story = { args: { exercise: 'banded-glute-bridge' } };
export const ReverseClamshell: Story = { args: { exercise: 'reverse-clamshell' } };
export const LateralBandWalk: Story = { args: { exercise: 'lateral-band-walk' } };
export const BandWalk: Story = { args: { exercise: 'band-walk' } };

/** Name, dosage, drawing and the stop rule; the rest behind a native disclosure. */
export const Compact: Story = { args: { exercise: 'clamshell', variant: 'compact' } };

/** The compact card opened: facts, steps and tips, with the stop rule still above. */
export const CompactOpen: Story = {
  args: { exercise: 'clamshell', variant: 'compact' },
  play: async ({ canvasElement }) => {
    const card = await upgraded(canvasElement);
    card?.shadowRoot?.querySelector('details')?.setAttribute('open', '');
  },
};

/** "Done today" pressed: a toggle whose ring fills with a tick, not a second primary button. */
export const DoneToday: Story = {
  args: { exercise: 'band-walk' },
  play: async ({ canvasElement }) => {
    const card = await upgraded(canvasElement);
    const done = card?.shadowRoot?.querySelector<HTMLButtonElement>('[part="done-button"]');
    if (done?.getAttribute('aria-pressed') === 'false') done.click();
  },
};

/**
 * Cards for the easier and harder exercises on the same page: Easier and Harder link to them.
 * Names of exercises not on the page stay plain text.
 */
export const LinkedVariations: Story = {
  render: () =>
    html`<div class="linked-demo">
      <style>
        .linked-demo {
          display: flex;
          flex-direction: column;
          gap: 24px;
        }
      </style>
      <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
      <mw-exercise-card exercise="glute-squeeze" variant="compact"></mw-exercise-card>
      <mw-exercise-card exercise="banded-glute-bridge" variant="compact"></mw-exercise-card>
    </div>`,
};

/** A clinic's own exercise, supplied as JSON through `<mw-content>`. */
export const CustomContent: Story = {
  render: () =>
    html`<mw-content .content=${clinicPack}>
      <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
    </mw-content>`,
};

/** Custom properties a site can set: accent, radius, font, surface. */
export const Themed: Story = {
  render: () =>
    html`<div class="themed-demo">
      <style>
        .themed-demo mw-exercise-card {
          --mw-accent: #7a1f5c;
          --mw-radius: 4px;
          --mw-font-family: Georgia, 'Times New Roman', serif;
          --mw-surface: #fffaf3;
          --mw-border: #d9c7b0;
        }
      </style>
      <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
    </div>`,
};

/** The opt-in dark palette, on a dark page. */
export const Dark: Story = {
  args: { exercise: 'step-up', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [darkPage],
};

/** UI words follow the nearest `lang` attribute (content stays in its own language). */
export const Spanish: Story = {
  render: () => html`<div lang="es"><mw-exercise-card exercise="clamshell"></mw-exercise-card></div>`,
};

/**
 * A right-to-left page (Arabic): Arabic UI words, the layout mirrors, and the English content is
 * marked `lang="en"`, so its sentences keep their word order.
 */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <mw-exercise-card exercise="glute-bridge" variant="compact"></mw-exercise-card>
    </div>`,
};

/** A phone held upright: everything reads at 320px wide. */
export const Narrow: Story = {
  render: () => html`<mw-exercise-card exercise="lateral-band-walk"></mw-exercise-card>`,
  decorators: [narrow],
};

/**
 * Start with no timer for the exercise on the page: the card opens its own timer, starts it,
 * scrolls it into view and puts focus on its main button.
 */
export const StartOpensItsOwnTimer: Story = {
  args: { exercise: 'glute-squeeze' },
  play: async ({ canvasElement }) => {
    const card = await upgraded(canvasElement);
    card?.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.click();
  },
};

/**
 * Start with a timer for the same exercise further down the page: that timer answers, comes into
 * view and takes focus on its main button; the card opens nothing.
 */
export const StartWithTimerOnPage: Story = {
  render: () =>
    html`<div class="page-timer-demo">
      <style>
        .page-timer-demo p {
          margin-block: 24px;
          min-height: 60vh;
          font-family: system-ui, sans-serif;
        }
      </style>
      <mw-exercise-card exercise="glute-squeeze"></mw-exercise-card>
      <p>The rest of the article, until the drill timer…</p>
      <mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>
      <p>…and more of the article after it.</p>
    </div>`,
  play: async ({ canvasElement }) => {
    const card = await upgraded(canvasElement);
    card?.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.click();
  },
};

/** An id that is not in the content: a readable message in place, one console warning. */
export const UnknownExercise: Story = { args: { exercise: 'glute-brige' } };

/** A pack with mistakes: `<mw-content>` lists each one with its path. */
export const InvalidContent: Story = {
  render: () =>
    html`<mw-content
      .content=${{ format: 1, locale: 'en', exercises: [{ id: 'Wall Sit', name: '', dosage: { reps: 'ten' } }] }}
    >
      <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
    </mw-content>`,
};

/** `<mw-content src>` pointing at a file that does not exist. */
export const MissingContentFile: Story = {
  render: () =>
    html`<mw-content src="./no-such-pack.json">
      <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
    </mw-content>`,
};
