import type { PoseDrawings, SvgTag } from '../pose-families.js';

/** The band walks: sideways and forwards (how they are drawn: ../poses.ts). Lit's `svg` is handed in, so this chunk imports nothing else. */
export const walkPoses = (svg: SvgTag): PoseDrawings => ({
  'lateral-band-walk': svg`<path class="floor" d="M12 150H228"/>
      <path class="arrow" d="M62 98H34M42 90 34 98 42 106M178 98H206M198 90 206 98 198 106"/>
      <g class="figure" transform="translate(-24 -30) scale(1.2)">
        <g class="move" data-motion="side-body"><path class="torso" d="M124 62 124 90"/><path class="torso" d="M114 90 134 90"/><circle class="head" cx="124" cy="39" r="10"/><path class="arm" d="M110 64 99 81 111 86"/><path class="arm" d="M138 64 149 81 137 86"/></g>
        <g transform="translate(103 145)"><g class="move" data-motion="side-left"><path d="M11 -49 -11 -31 -7 -2 -16 -2"/></g></g>
        <g transform="translate(137 43)"><g class="move" data-motion="side-right"><path d="M-3 53 19 71 15 99 24 99"/></g></g>
        <g class="move" data-motion="side-thigh-band"><path class="band" d="M90 110 158 110"/></g>
        <g transform="translate(96 136) rotate(0)"><g class="move" data-motion="side-ankle-band"><path class="band" d="M-7 0 63 0"/></g></g>
      </g>`,

  'band-walk': svg`<path class="floor" d="M12 150H228"/>
      <path class="arrow" d="M176 80H208M200 72 208 80 200 88"/>
      <g class="figure" transform="translate(-46 -30) scale(1.2)">
        <g class="far"><path d="M96 143 107 143"/><g transform="translate(117 122)"><g class="move" data-motion="walk-back-thigh"><path d="M7 -30 0 0"/></g></g><path d="M117 122 96 143"/></g>
        <g class="move" data-motion="walk-body"><path class="torso" d="M142 61 124 92"/><circle class="head" cx="154" cy="43" r="10"/><path class="arm" d="M142 61 140 83 161 86"/></g>
        <g class="move" data-motion="walk-body"><path d="M124 92 146 114"/></g>
        <g transform="translate(138 85)"><g class="move" data-motion="walk-front-shin"><path d="M8 29 14 57"/></g></g>
        <g class="move" data-motion="walk-front-foot"><path d="M152 143 164 143"/></g>
        <g transform="translate(118 115) rotate(-15)"><g class="move" data-motion="walk-thigh-band"><path class="band" d="M0 0 23 0"/></g></g>
        <g transform="translate(98 135) rotate(0)"><g class="move" data-motion="walk-ankle-band"><path class="band" d="M0 0 52 0"/></g></g>
      </g>`,
});
