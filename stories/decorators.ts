import { html } from 'lit';

/** A phone held upright: the story at 320px wide. */
export const narrow = (story: () => unknown) =>
  html`<div class="narrow-demo">
    <style>
      .narrow-demo {
        width: min(320px, 100%);
      }
    </style>
    ${story()}
  </div>`;

/** A dark page around the story, for the opt-in dark theme (and a readable `next` slot on it). */
export const darkPage = (story: () => unknown) =>
  html`<div class="dark-demo">
    <style>
      .dark-demo {
        background: #0d1311;
        padding: 16px;
      }
      .dark-demo .next-demo {
        color: #eef3f1;
      }
      .dark-demo .next-demo a {
        color: #6fd3a8;
      }
    </style>
    ${story()}
  </div>`;
