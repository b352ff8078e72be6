import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { serifPage } from './decorators.js';

/**
 * A widget takes its page's font (unless a site sets `--mw-font-family`): on a sans-serif site it
 * is sans-serif, on a serif blog it is serif, so it reads as part of the article it sits in.
 */
const meta: Meta = { title: 'Pages/Fonts' };
export default meta;

/** A blog set in Georgia: the card takes the page's serif. */
export const SerifBlog: StoryObj = {
  decorators: [serifPage],
  render: () =>
    html`<p>
        Bridges wake up your glutes while your back rests on the floor. Try five slow ones, then rest for a minute.
      </p>
      <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>`,
};

/**
 * A page that sets no font at all: the widget keeps the browser's default font, the one the page's
 * own text is in (and a reader may have chosen), rather than a font of ours.
 */
export const PageWithNoFont: StoryObj = {
  render: () =>
    html`<div class="no-font-demo">
      <style>
        .no-font-demo {
          font-family: initial;
        }
      </style>
      <p>This page sets no font: its text and the card are in the browser's default font.</p>
      <mw-exercise-card exercise="glute-squeeze" variant="compact"></mw-exercise-card>
    </div>`,
};
