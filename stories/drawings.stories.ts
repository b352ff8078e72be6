import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html } from 'lit';
import { defaultContent } from '../src/content/index.js';
import { illustrationStyles } from '../src/illustrations/illustration.styles.js';
import { renderIllustration } from '../src/illustrations/render-illustration.js';
import { hostStyles } from '../src/styles/host.styles.js';

/**
 * Every built-in drawing side by side, with the styles the widgets give them, so the set can be
 * judged as one: the same body, the same line, each one its exercise at a glance.
 * A story-only element: the drawings are not a widget of their own.
 */
class StoryPoseGallery extends LitElement {
  static override properties = { theme: { reflect: true } };
  declare theme: 'light' | 'dark';

  static override styles = [
    hostStyles,
    illustrationStyles,
    css`
      .base {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
        gap: var(--_space);
      }

      figure {
        display: flex;
        flex-direction: column;
        gap: 0.5em;
      }

      .illustration {
        background: var(--_surface-alt);
        border-radius: calc(var(--_radius) * 0.75);
        padding: 0.5em;
      }

      figcaption {
        font-weight: 700;
      }
    `,
  ];

  constructor() {
    super();
    this.theme = 'light';
  }

  override render() {
    return html`<div class="base">
      ${defaultContent.exercises.map(
        (exercise) =>
          html`<figure>
            <div class="illustration">${renderIllustration(exercise.illustration)}</div>
            <figcaption>${exercise.name}</figcaption>
          </figure>`,
      )}
    </div>`;
  }
}
if (!customElements.get('story-pose-gallery')) customElements.define('story-pose-gallery', StoryPoseGallery);

type Args = { theme: 'light' | 'dark' };

const meta: Meta<Args> = {
  title: 'Drawings/All poses',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: (args) => html`<story-pose-gallery theme=${args.theme}></story-pose-gallery>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The eight drawings; each moves from its end pose to its start pose and back twice, then rests. */
export const AllPoses: Story = {};

/** The same drawings in the dark palette. */
export const AllPosesDark: Story = { args: { theme: 'dark' } };
