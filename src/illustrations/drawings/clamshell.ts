import type { PoseDrawings, SvgTag } from '../pose-families.js';

/** The side-lying poses: the clamshell and the reverse clamshell (how they are drawn: ../poses.ts). Lit's `svg` is handed in, so this chunk imports nothing else. */
export const clamshellPoses = (svg: SvgTag): PoseDrawings => ({
  clamshell: svg`<path class="floor" d="M12 150H228"/>
      <g class="figure" transform="translate(-41 -60) scale(1.4)">
        <path class="arm" d="M80 136 40 144"/>
        <circle class="head" cx="54" cy="127" r="10"/>
        <path class="far" d="M126 142 151 120 173 141 181 141"/>
        <path class="torso" d="M80 136 122 136"/>
        <g transform="translate(126 129) rotate(-59)"><g class="move" data-motion="clam-thigh"><path d="M0 0 44 0"/></g></g>
        <g transform="translate(173 128) rotate(-123)"><g class="move" data-motion="clam-shin"><path d="M45 0 0 0 -4 7"/></g></g>
      </g>`,

  'reverse-clamshell': svg`<path class="floor" d="M12 150H228"/>
      <g class="figure" transform="translate(-41 -60) scale(1.4)">
        <path class="arm" d="M80 136 40 144"/>
        <circle class="head" cx="54" cy="127" r="10"/>
        <path class="far" d="M126 142 151 120 173 141 181 141"/>
        <path class="torso" d="M80 136 122 136"/>
        <path d="M126 129 151 107"/>
        <g transform="translate(151 107) rotate(-18)"><g class="move" data-motion="reverse-clam"><path d="M0 0 26 0 34 -2"/></g></g>
      </g>`,
});
