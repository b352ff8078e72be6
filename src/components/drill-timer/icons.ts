import { svg, type SVGTemplateResult } from 'lit';
import { icon, playIcon } from '../../internal/icon.js';

/** An icon that points along the steps (Back, Skip): mirrored right to left. */
const directional = (path: SVGTemplateResult) =>
  svg`<svg class="icon directional" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

export const icons = {
  play: playIcon,
  pause: icon(svg`<path d="M6 5h4v14H6zM14 5h4v14h-4z" />`),
  back: directional(svg`<path d="M6 6h2v12H6zM9.5 12l8.5 6V6z" />`),
  skip: directional(svg`<path d="M16 6h2v12h-2zM6 18l8.5-6L6 6z" />`),
  restart: icon(svg`<path d="M12 5V2L7.5 6.5 12 11V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z" />`),
  done: icon(svg`<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />`),
  /** Sound on: a speaker with waves. */
  sound: icon(
    svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />`,
  ),
  /** Muted: the speaker crossed out. */
  muted: icon(
    svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z" />`,
  ),
  /** Spoken step names: a speech bubble. */
  voice: icon(
    svg`<path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm3 5v2h10V9H7zm0 4h7v-2H7v2z" />`,
  ),
  /** More settings: three dots. */
  more: icon(
    svg`<path d="M6 10.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z" />`,
  ),
  /** The stop rule: a hand held up. */
  stop: icon(svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 14h-2v-2h2v2zm0-4h-2V6h2v6z" />`),
  /** The end of a run: a medal. */
  medal: icon(
    svg`<path d="M7 2h10l-2.6 6.1a7 7 0 1 1-4.8 0L7 2zm5 8.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zm0 1.5 1.2 2.4 2.6.4-1.9 1.8.5 2.6-2.4-1.2-2.4 1.2.5-2.6-1.9-1.8 2.6-.4z" />`,
  ),
  fullScreen: icon(svg`<path d="M4 4h6v2H6v4H4V4zm10 0h6v6h-2V6h-4V4zM4 14h2v4h4v2H4v-6zm14 0h2v6h-6v-2h4v-4z" />`),
  exitFullScreen: icon(svg`<path d="M8 4h2v6H4V8h4V4zm6 0h2v4h4v2h-6V4zM4 14h6v6H8v-4H4v-2zm10 0h6v2h-4v4h-2v-6z" />`),
};
