import { svg, type SVGTemplateResult } from 'lit';

/** Small decorative icons beside the button words (the words are what is read out). */
const icon = (path: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

export const icons = {
  play: icon(svg`<path d="M8 5v14l11-7z" />`),
  pause: icon(svg`<path d="M6 5h4v14H6zM14 5h4v14h-4z" />`),
  back: icon(svg`<path d="M6 6h2v12H6zM9.5 12l8.5 6V6z" />`),
  skip: icon(svg`<path d="M16 6h2v12h-2zM6 18l8.5-6L6 6z" />`),
  restart: icon(svg`<path d="M12 5V2L7.5 6.5 12 11V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z" />`),
  done: icon(svg`<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />`),
};
