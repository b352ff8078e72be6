/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MwExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { MwDrillTimer } from '../src/components/drill-timer/drill-timer.js';
import { defaultContent, type ContentPackInput, type MediaItem } from '../src/content/index.js';
import demoVideo from './assets/banded-glute-bridge.webm?url&no-inline';
import demoPoster from './assets/banded-glute-bridge.webp?url&no-inline';
import demoCaptions from './assets/banded-glute-bridge.vtt?url&no-inline';

type MediaWords = { alt?: string; caption?: string; title?: string };

/**
 * The built-in banded glute bridge with media of its own, as a clinic's pack would replace it. The
 * exercise is translated, so the media's words come in Spanish too (`spanish`, one entry per item).
 */
function packWithMedia(media: MediaItem[], spanish: MediaWords[]): ContentPackInput {
  const exercises = defaultContent.exercises
    .filter((exercise) => exercise.id === 'banded-glute-bridge')
    .map((bridge) => ({
      ...bridge,
      media,
      // Spanish only: a language whose words for the media this story does not give would be refused.
      translations: bridge.translations?.es && {
        es: { ...bridge.translations.es, ...(spanish.length > 0 && { media: spanish }) },
      },
    }));
  return { format: 1, locale: 'en', extends: 'default', exercises };
}

const captioned: MediaItem = {
  type: 'video',
  src: demoVideo,
  poster: demoPoster,
  captions: demoCaptions,
  title: 'Banded glute bridge, two reps',
  caption: 'Two slow reps: up, squeeze, down.',
};

const captionedEs: MediaWords = {
  title: 'Puente de glúteos con bandas, dos repeticiones',
  caption: 'Dos repeticiones lentas: sube, aprieta, baja.',
};

/** The seed's 3-minute drill, its first step carrying a silent demo that loops while the reader works. */
function drillWithDemo(): ContentPackInput {
  const demo: MediaItem = { type: 'video', src: demoVideo, poster: demoPoster, noSpeech: true, loop: true };
  const drills = defaultContent.drills
    .filter((drill) => drill.id === 'banded-glute-activation')
    .map((drill) => ({ ...drill, steps: drill.steps.map((step, i) => (i === 0 ? { ...step, media: [demo] } : step)) }));
  return { format: 1, locale: 'en', extends: 'default', drills };
}

type Args = { media: MediaItem[]; spanish: MediaWords[] };

const meta: Meta<Args> = {
  title: 'Content/Media',
  component: 'mw-exercise-card',
  args: { media: [captioned], spanish: [captionedEs] },
  render: ({ media, spanish }) =>
    html`<mw-content .content=${packWithMedia(media, spanish)}>
      <mw-exercise-card exercise="banded-glute-bridge"></mw-exercise-card>
    </mw-content>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The clinic's own video in place of the drawing: controls, a poster, captions, nothing loaded before play. */
export const Video: Story = {};

/** A photo with its description (`alt`) and a caption. */
export const Image: Story = {
  args: {
    media: [
      {
        type: 'image',
        src: demoPoster,
        alt: 'Lying on the back, knees bent, hips lifted, a band around the thighs',
        caption: 'The top of the bridge: knees pushing out on the band.',
      },
    ],
    spanish: [
      {
        alt: 'Boca arriba, rodillas dobladas, caderas arriba, una banda alrededor de los muslos',
        caption: 'Arriba del puente: las rodillas empujan la banda hacia afuera.',
      },
    ],
  },
};

/** A short silent demo (`noSpeech`, `loop`): plays muted, round and round; still under reduced motion. */
export const SilentLoop: Story = {
  args: { media: [{ type: 'video', src: demoVideo, poster: demoPoster, noSpeech: true, loop: true }], spanish: [] },
};

/** A YouTube video without a poster: a drawn frame and a play button, nothing from YouTube until pressed. */
export const YouTube: Story = {
  args: { media: [{ type: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }], spanish: [] },
};

/** A Vimeo video with the pack's own poster. */
export const Vimeo: Story = {
  args: {
    media: [{ type: 'vimeo', url: 'https://vimeo.com/76979871', poster: demoPoster, title: 'Banded bridge demo' }],
    spanish: [{ title: 'Demostración del puente con bandas' }],
  },
};

/** A refused address (`javascript:`): a message in its place and one console warning; the card still works. */
export const RefusedAddress: Story = {
  args: { media: [{ type: 'image', src: 'javascript:alert(1)', alt: 'A bridge' }], spanish: [{ alt: 'Un puente' }] },
};

/**
 * How the card prints (the story turns its print rules on for the screen): each video is its poster
 * with its address written out.
 */
export const Print: Story = {
  args: {
    media: [captioned, { type: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }],
    spanish: [captionedEs, {}],
  },
  beforeEach: () => {
    const sheets = MwExerciseCard.elementStyles.flatMap((style) =>
      style instanceof CSSStyleSheet ? [style] : style.styleSheet ? [style.styleSheet] : [],
    );
    const rules = sheets.flatMap((sheet) =>
      [...sheet.cssRules].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule),
    );
    const printRules = rules.filter((rule) => [...rule.media].includes('print'));
    for (const rule of printRules) rule.media.appendMedium('screen');
    return () => printRules.forEach((rule) => rule.media.deleteMedium('screen'));
  },
};

/** The seed's 3-minute banded glute activation drill under way, its first step's demo looping beside the dial. */
export const DrillWithDemo: Story = {
  render: () => {
    const timer = document.createElement('mw-drill-timer') as MwDrillTimer;
    timer.drill = 'banded-glute-activation';
    timer.noResume = true;
    void customElements
      .whenDefined('mw-drill-timer')
      .then(() => timer.updateComplete)
      .then(() => timer.start());
    return html`<mw-content .content=${drillWithDemo()}>${timer}</mw-content>`;
  },
};

/** The same drill before it starts: the intro, then the demo shows with its step. */
export const DrillIntro: Story = {
  render: () =>
    html`<mw-content .content=${drillWithDemo()}>
      <mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>
    </mw-content>`,
};
