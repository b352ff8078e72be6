import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clinicPack } from './fixtures.js';

type Args = { theme?: 'light' | 'dark' };

// `<mw-content>` shows nothing of its own: it hands a content pack to the widgets inside it. The
// stories show a card fed by a clinic's own pack (as a property, or inline JSON), and a broken pack.
// (A line comment: a doc comment here would replace the summary and snippet the manifest gives the page.)
const meta: Meta<Args> = {
  title: 'Widgets/Content',
  component: 'mw-content',
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: (args) =>
    html`<mw-content .content=${clinicPack} theme=${args.theme ?? 'light'}>
      <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
    </mw-content>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A clinic's pack as a property (`content`), from the site's own script: its "Wall sit" joins the built-in exercises. */
export const PackAsProperty: Story = {};

/** The pack written in the page, in a `<script type="application/json">` inside the element: no script of the site's own. */
export const InlinePack: Story = {
  render: () =>
    html`<mw-content>
      <script type="application/json">
        ${JSON.stringify(clinicPack)}
      </script>
      <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
      <mw-exercise-card exercise="glute-bridge" variant="compact"></mw-exercise-card>
    </mw-content>`,
};

/** A pack with mistakes: the errors show in place of the widgets, each with its path, and one console warning lists them. */
export const PackWithErrors: Story = {
  render: () =>
    html`<mw-content .content=${{ format: 1, exercises: [{ id: 'wall-sit', name: '' }] }}>
      <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
    </mw-content>`,
};
