import type { PoseDrawings, SvgTag } from '../pose-families.js';

/** The standing poses: the glute squeeze and the step-up (how they are drawn: ../poses.ts). Lit's `svg` is handed in, so this chunk imports nothing else. */
export const standingPoses = (svg: SvgTag): PoseDrawings => ({
  'glute-squeeze': svg`<path class="floor" d="M12 150H228"/>
      <g class="figure standing">
        <path class="torso" d="M122 47 120 83"/>
        <path class="torso" d="M115 81h0"/>
        <circle class="head" cx="124" cy="23" r="12"/>
        <path d="M120 83 121 114 122 143 134 143"/>
        <path class="arm" d="M122 47 120 68 124 89"/>
      </g>
      <g transform="translate(95 83)">
        <g class="move" data-motion="squeeze"><path class="arrow" d="M5 -14q-7 14 0 28M-5 -20q-10 20 0 40"/></g>
      </g>`,

  'step-up': svg`<path class="floor" d="M12 150H228M134 150V138H212V150"/>
      <g class="figure standing">
        <g class="far"><g transform="translate(146 100) rotate(128)"><g class="move" data-motion="step-trail-shin"><path d="M0 0 29 0 25 -10"/></g></g><g transform="translate(492 587)"><g class="move" data-motion="step-trail-thigh"><path d="M-334 -517 -345 -488"/></g></g></g>
        <g class="move" data-motion="step-body"><path class="torso" d="M164 35 158 71"/><circle class="head" cx="168" cy="13" r="11"/><path class="arm" d="M164 35 156 56 167 74"/></g>
        <g transform="translate(160 93)"><g class="move" data-motion="step-thigh"><path d="M-2 -22 -5 8"/></g></g>
        <path d="M158 131 170 131"/>
        <g transform="translate(158 130)"><g class="move" data-motion="step-shin"><path d="M-4 -29 0 0"/></g></g>
      </g>`,
});
