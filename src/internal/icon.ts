import { svg, type SVGTemplateResult } from 'lit';

/** A small decorative icon beside a button's words (the words, or the button's label, are what is read out). */
export const icon = (path: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

/** Start: the timer's and a checklist row's. A file of its own, so the checklist takes it without the timer's set. */
export const playIcon = icon(svg`<path d="M8 5v14l11-7z" />`);
