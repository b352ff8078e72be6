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
  .article mw-exercise-card,
  .article mw-drill-timer,
  .article mw-symptom-checklist,
  .article mw-book-now {
    margin: 24px 0;
  }
</style>`;

/** The first article: the signs, a checklist, four home exercises and the clinic's invitation. */
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
        <h2>Could this be you?</h2>
        <mw-symptom-checklist checklist="weak-glutes" heading-level="3">
          <mw-book-now slot="next" variant="compact" href="https://clinic.example/book">
            <a href="https://clinic.example/book">Book an Exercise Physiology session</a>
          </mw-book-now>
        </mw-symptom-checklist>
        <h2>Start with a squeeze</h2>
        <p>You can do this one at your desk, in the kitchen or on the bus. Press Start and the timer counts for you.</p>
        <mw-exercise-card exercise="glute-squeeze" heading-level="3"></mw-exercise-card>
        <mw-drill-timer exercise="glute-squeeze" heading-level="3" no-resume></mw-drill-timer>
        <h2>Then try a bridge</h2>
        <p>Bridges wake up your glutes while your back rests on the floor.</p>
        <mw-exercise-card exercise="glute-bridge" heading-level="3"></mw-exercise-card>
        <h2>More to try this week</h2>
        <mw-exercise-card exercise="step-up" variant="compact" heading-level="3"></mw-exercise-card>
        <mw-exercise-card exercise="clamshell" variant="compact" heading-level="3"></mw-exercise-card>
        <mw-book-now href="https://clinic.example/book" utm-source="blog" utm-medium="article">
          <a href="https://clinic.example/book">Book an Exercise Physiology session</a>
        </mw-book-now>
      </article>`,
};

/** The drill's moves, in its order. */
const DRILL_MOVES = ['banded-glute-bridge', 'clamshell', 'reverse-clamshell', 'lateral-band-walk', 'band-walk'];

/** The second article: the 3-minute banded drill, run along with the timer, then the next step. */
export const BandedActivationDrill: StoryObj = {
  render: () =>
    html`${articleStyles}
      <article class="article" lang="en-AU">
        <h1>Wake up your glutes in 3 minutes</h1>
        <p>
          Long hours of sitting tip your hips forward and leave your glutes long and sleepy. This short drill with two
          bands switches them back on before you train your legs.
        </p>
        <mw-drill-timer drill="banded-glute-activation" heading-level="2" no-resume>
          <mw-book-now slot="next" variant="compact" href="https://clinic.example/book">
            <a href="https://clinic.example/book">Build real strength with an Exercise Physiologist</a>
          </mw-book-now>
        </mw-drill-timer>
        <h2>The moves, one by one</h2>
        ${DRILL_MOVES.map(
          (id) =>
            html`<mw-exercise-card exercise=${id} variant="compact" heading-level="3" hide-start></mw-exercise-card>`,
        )}
      </article>`,
};
