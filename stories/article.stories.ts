import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The widgets as a reader meets them: inside a clinic's blog post. */
const meta: Meta = {
  title: 'Pages/Article',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const articleStyles = html`<style>
  .article {
    max-width: 42rem;
    margin: 0 auto;
    padding: 24px 16px 64px;
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 18px;
    line-height: 1.65;
    color: #222;
  }
  .article h1 {
    font-size: 2rem;
    line-height: 1.2;
  }
  .article mw-exercise-card {
    margin: 24px 0;
  }
</style>`;

export const GlutesAndYourBack: StoryObj = {
  render: () =>
    html`${articleStyles}
      <article class="article" lang="en-AU">
        <h1>Why strong glutes help a happy lower back</h1>
        <p>
          Your glutes are the big muscles of your bottom. They keep your hips and pelvis steady when you walk, climb
          stairs or bend down. When they are weak, your lower back often does extra work, and it can end up tight and
          sore.
        </p>
        <h2>Start with a squeeze</h2>
        <p>You can do this one at your desk, in the kitchen or on the bus.</p>
        <mw-exercise-card exercise="glute-squeeze" heading-level="3"></mw-exercise-card>
        <h2>Then try a bridge</h2>
        <p>Bridges wake up your glutes while your back rests on the floor.</p>
        <mw-exercise-card exercise="glute-bridge" heading-level="3"></mw-exercise-card>
        <h2>More to try this week</h2>
        <mw-exercise-card exercise="step-up" variant="compact" heading-level="3"></mw-exercise-card>
        <mw-exercise-card exercise="clamshell" variant="compact" heading-level="3"></mw-exercise-card>
      </article>`,
};
