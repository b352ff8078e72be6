import type { PoseDrawings, SvgTag } from '../pose-families.js';

/** The bridges: the glute bridge, with and without a band (how they are drawn: ../poses.ts). Lit's `svg` is handed in, so this chunk imports nothing else. */
export const bridgePoses = (svg: SvgTag): PoseDrawings => ({
  'glute-bridge': svg`<path class="floor" d="M12 150H228"/>
      <g class="figure" transform="translate(-42 -60) scale(1.4)">
        <circle class="head" cx="58" cy="139" r="10"/>
        <path class="arm" d="M82 144 122 144"/>
        <path d="M150 143 163 143"/>
        <g transform="translate(150 143)"><g class="move" data-motion="bridge-shin"><path d="M-8 -28 0 0"/></g></g>
        <g transform="translate(144 127)"><g class="move" data-motion="bridge-thigh"><path d="M-31 -1 -2 -12"/></g></g>
        <g transform="translate(80 138)"><g class="move" data-motion="bridge-torso"><path class="torso" d="M0 0 34 -13"/></g></g>
      </g>`,

  'banded-glute-bridge': svg`<path class="floor" d="M12 150H228"/>
      <g class="figure" transform="translate(-42 -60) scale(1.4)">
        <circle class="head" cx="58" cy="139" r="10"/>
        <path class="arm" d="M82 144 122 144"/>
        <path d="M150 143 163 143"/>
        <g transform="translate(150 143)"><g class="move" data-motion="bridge-shin"><path d="M-8 -28 0 0"/><path class="band" d="M7 -10 -11 -5"/></g></g>
        <g transform="translate(144 127)"><g class="move" data-motion="bridge-thigh"><path d="M-31 -1 -2 -12"/><path class="band" d="M-10 1 -16 -16"/></g></g>
        <g transform="translate(80 138)"><g class="move" data-motion="bridge-torso"><path class="torso" d="M0 0 34 -13"/></g></g>
      </g>`,
});
