import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * Every story on a page like the ones the widgets live on: a clinic's article, in the system font
 * stack most sites use today, at an article's width rather than edge to edge on a laptop. A story
 * whose widget has `theme="dark"` gets a dark page, as a site with a dark theme would give it.
 * The page's own font and colours are what a widget inherits; a story that needs another page
 * (a serif blog, a page with no font) sets its own inside this one.
 */
export const page: Decorator = (story, context) => {
  // A full-screen tool (the content studio) is the page itself, not something in an article.
  if (context.parameters.articlePage === false) return story();
  const dark = context.args.theme === 'dark';
  const docs = context.viewMode === 'docs';
  return html`<div class="story-page ${dark ? 'story-page-dark' : ''} ${docs ? 'story-page-docs' : ''}">
    <style>
      .story-page {
        box-sizing: border-box;
        min-height: 100vh;
        padding: 24px 16px 48px;
        font-family:
          system-ui,
          -apple-system,
          'Segoe UI',
          Roboto,
          'Helvetica Neue',
          Arial,
          sans-serif;
        font-size: 1rem;
        line-height: 1.5;
        color: #1b2421;
        background: #ffffff;
      }
      .story-page-docs {
        min-height: 0;
      }
      .story-page-dark {
        color: #eef3f1;
        background: #0d1311;
        color-scheme: dark;
      }
      .story-page-column {
        max-width: 42rem;
        margin: 0 auto;
      }
    </style>
    <div class="story-page-column">${story()}</div>
  </div>`;
};

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

/**
 * Links in a dark story's light-DOM content (the `next` slot) in the dark page's colours; the page
 * itself turns dark for any story whose widget has `theme="dark"` (see `page`).
 */
export const darkPage = (story: () => unknown) =>
  html`<div class="dark-demo">
    <style>
      .dark-demo .next-demo {
        color: #eef3f1;
      }
      .dark-demo .next-demo a {
        color: #6fd3a8;
      }
    </style>
    ${story()}
  </div>`;

/**
 * A blog set in a serif face (Georgia, as many WordPress and Squarespace themes are): the widget
 * takes the page's font, so it reads as part of the article.
 */
export const serifPage = (story: () => unknown) =>
  html`<div class="serif-demo">
    <style>
      .serif-demo {
        font-family: Georgia, 'Times New Roman', serif;
        font-size: 1.125rem;
        line-height: 1.65;
        color: #222222;
      }
    </style>
    ${story()}
  </div>`;
