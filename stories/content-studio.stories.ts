import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/studio/studio.js';
import { defaultContent } from '../src/content/index.js';

const DRAFT_KEY = 'movewell:studio-draft';

/** A draft as a clinic left it yesterday: the built-in pack plus a knee exercise of its own. */
const kneeDraft = () => ({
  ...structuredClone(defaultContent),
  title: 'Knees, week 1',
  exercises: [
    {
      id: 'wall-sit',
      name: 'Wall sit',
      summary: 'Builds strength in the front of your thighs, which helps your knees on stairs.',
      muscles: ['Thighs (quadriceps)'],
      equipment: ['A wall'],
      steps: [
        'Stand with your back against a wall.',
        'Slide down until your knees are a little bent.',
        'Hold, then slide back up.',
      ],
      cues: ['Keep your knees over your feet.'],
      dosage: { sets: 3, holdSeconds: 20, restSeconds: 30 },
      safety: 'Stop if it hurts more than mild discomfort.',
    },
    ...structuredClone(defaultContent.exercises),
  ],
});

/** The studio on a page in the system font stack most sites use (the studio takes the page's font, as the widgets do). */
const studioPage = (studio: unknown) =>
  html`<style>
      .studio-page {
        font-family:
          system-ui,
          -apple-system,
          'Segoe UI',
          Roboto,
          'Helvetica Neue',
          Arial,
          sans-serif;
        color: #1b2421;
        background: #ffffff;
      }
      .studio-page-phone {
        max-width: 390px;
      }
    </style>
    ${studio}`;

// The studio is a page of its own: the one a clinic opens to write its content. Each story starts
// it in one state; the draft it keeps goes to this browser's localStorage, as on a clinic's laptop.
const meta: Meta = {
  title: 'Content studio',
  component: 'mw-content-studio',
  parameters: { layout: 'fullscreen', articlePage: false },
  render: () => {
    localStorage.removeItem(DRAFT_KEY);
    return studioPage(html`<mw-content-studio class="studio-page"></mw-content-studio>`);
  },
};
export default meta;
type Story = StoryObj;

/** The studio as a clinic first opens it: the built-in pack, its first exercise in the form, the card beside it. */
export const ContentStudio: Story = {};

/** A pack with mistakes: each beside its field, and a summary at the top whose links go to the fields. */
export const WithErrors: Story = {
  render: () => {
    localStorage.removeItem(DRAFT_KEY);
    const pack = structuredClone(defaultContent) as unknown as { exercises: Record<string, unknown>[] };
    pack.exercises[0] = { ...pack.exercises[0], name: '', dosage: { reps: 0 } };
    return studioPage(html`<mw-content-studio class="studio-page" .pack=${pack}></mw-content-studio>`);
  },
};

/** Opened again the next day: the draft kept in this browser is back, and says so. */
export const DraftRestored: Story = {
  render: () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ pack: kneeDraft(), savedAt: Date.now() - 86_400_000 }));
    return studioPage(html`<mw-content-studio class="studio-page"></mw-content-studio>`);
  },
};

/** On a phone (390 px): the form, then the preview under it, and nothing wider than the screen. */
export const Phone: Story = {
  render: () => {
    localStorage.removeItem(DRAFT_KEY);
    return studioPage(html`<div class="studio-page studio-page-phone"><mw-content-studio></mw-content-studio></div>`);
  },
};
