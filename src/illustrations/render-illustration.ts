import { html, nothing } from 'lit';
import type { Illustration } from '../content/types.js';
import { renderImage } from '../media/render-image.js';
import { poseBoxes, poses } from './poses.js';

/**
 * A pack's illustration: one of our drawings, or the pack's own image (its link was checked
 * when the pack was validated). Either way it carries the pack's description as its name.
 * A drawing not yet `drawn` is its box alone, at its size and with its name (see DrawingSchedule).
 */
export function renderIllustration(illustration: Illustration | undefined, drawn = true) {
  if (!illustration) return nothing;
  if (illustration.src) return renderImage({ src: illustration.src, alt: illustration.alt });
  if (!illustration.pose) return nothing;
  const box = poseBoxes[illustration.pose] ?? '0 0 240 160';
  return html`<svg viewBox=${box} role="img" aria-label=${illustration.alt} focusable="false">
    ${drawn ? poses[illustration.pose] : nothing}
  </svg>`;
}
