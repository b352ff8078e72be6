import { svg, type SVGTemplateResult } from 'lit';
import type { Pose } from '../content/types.js';

/*
 * How the drawings are built (illustration.styles.ts gives the colours, the widths and the motion):
 * - One pictogram body for every pose, in a 240×160 box on the floor line at y 150: a round
 *   `.head`, a thick `.torso`, legs (plain paths) and `.arm`s as round-capped strokes, so a joint
 *   shows as the bend between two limbs. A limb behind the body is `.far` (lighter); a `.far`
 *   group fades as one, so its own joints do not darken where they overlap.
 * - `.floor` is the ground (and the step), `.band` a resistance band, `.arrow` a motion cue.
 * - A low pose (lying, or in a half squat) is seen from closer, so it fills the box: its `.figure`
 *   group is scaled about the floor, limbs and all, the floor line left as it is.
 * - Each drawing is its end pose (hips up, knee open, the step taken): what a reader sees when
 *   motion is reduced, when printed and when the animation has finished.
 * - A `.move` (a line, or a `<g>` of lines that move as one) is a part the animation takes to the
 *   start pose and back; its `data-motion` names its start transform in the stylesheet, and there
 *   too its pivot (a hinge, or the point a rigid part turns about) as its `transform-origin`. The
 *   part is drawn where it is, in the figure's own units: one element per part, since every SVG
 *   element costs a page of cards style and layout time. A limb whose length changes on screen (a
 *   knee lifting towards the viewer) sits in a wrapper `<g transform="translate(x y) rotate(a)">`
 *   instead, drawn along the wrapper's x axis from its origin (0, 0), the pivot: the start
 *   transform's `scaleX` then lengthens it without making it thicker.
 * - Colours and widths are never written here: the widget's stylesheet sets them (strict CSP
 *   pages block inline styles). A standing figure, drawn at full height with no room to be scaled
 *   up, is `.standing`: its limbs are drawn thicker, to match the scaled ones of the other poses.
 * - A lying pose is cut to the part of the box it uses (`poseBoxes`), so the figure fills the
 *   drawing instead of lying under an empty sky.
 */

/** Pictograms of each built-in pose in a 240×160 box, drawn in the end pose; `.move` parts are what the animation moves. */
export const poses: Record<Pose, SVGTemplateResult> = {
  'glute-squeeze': svg`<path class="floor" d="M12 150H228"/>
    <g class="figure standing">
      <path class="torso" d="M122 47 120 83"/>
      <path class="torso" d="M115 81h0"/>
      <circle class="head" cx="124" cy="23" r="12"/>
      <path d="M120 83 121 114 122 143 134 143"/>
      <path class="arm" d="M122 47 120 68 124 89"/>
    </g>
    <path class="move arrow" data-motion="squeeze" d="M100 69q-7 14 0 28M90 63q-10 20 0 40"/>`,

  'glute-bridge': svg`<path class="floor" d="M12 150H228"/>
    <g class="figure" transform="translate(-42 -60) scale(1.4)">
      <circle class="head" cx="58" cy="139" r="10"/>
      <path class="arm" d="M82 144 122 144"/>
      <path d="M150 143 163 143"/>
      <path class="move" data-motion="bridge-shin" d="M142 115 150 143"/>
      <path class="move" data-motion="bridge-thigh" d="M113 126 142 115"/>
      <path class="move torso" data-motion="bridge-torso" d="M80 138 114 125"/>
    </g>`,

  'banded-glute-bridge': svg`<path class="floor" d="M12 150H228"/>
    <g class="figure" transform="translate(-42 -60) scale(1.4)">
      <circle class="head" cx="58" cy="139" r="10"/>
      <path class="arm" d="M82 144 122 144"/>
      <path d="M150 143 163 143"/>
      <g class="move" data-motion="bridge-shin"><path d="M142 115 150 143"/><path class="band" d="M157 133 139 138"/></g>
      <g class="move" data-motion="bridge-thigh"><path d="M113 126 142 115"/><path class="band" d="M134 128 128 111"/></g>
      <path class="move torso" data-motion="bridge-torso" d="M80 138 114 125"/>
    </g>`,

  clamshell: svg`<path class="floor" d="M12 150H228"/>
    <g class="figure" transform="translate(-41 -60) scale(1.4)">
      <path class="arm" d="M80 136 40 144"/>
      <circle class="head" cx="54" cy="127" r="10"/>
      <path class="far" d="M126 142 151 120 173 141 181 141"/>
      <path class="torso" d="M80 136 122 136"/>
      <g transform="translate(126 129) rotate(-59)"><path class="move" data-motion="clam-thigh" d="M0 0 44 0"/></g>
      <g transform="translate(173 128) rotate(-123)"><path class="move" data-motion="clam-shin" d="M45 0 0 0 -4 7"/></g>
    </g>`,

  'reverse-clamshell': svg`<path class="floor" d="M12 150H228"/>
    <g class="figure" transform="translate(-41 -60) scale(1.4)">
      <path class="arm" d="M80 136 40 144"/>
      <circle class="head" cx="54" cy="127" r="10"/>
      <path class="far" d="M126 142 151 120 173 141 181 141"/>
      <path class="torso" d="M80 136 122 136"/>
      <path d="M126 129 151 107"/>
      <g transform="translate(151 107) rotate(-18)"><path class="move" data-motion="reverse-clam" d="M0 0 26 0 34 -2"/></g>
    </g>`,

  'step-up': svg`<path class="floor" d="M12 150H228M134 150V138H212V150"/>
    <g class="figure standing">
      <g class="far"><g transform="translate(146 100) rotate(128)"><path class="move" data-motion="step-trail-shin" d="M0 0 29 0 25 -10"/></g><path class="move" data-motion="step-trail-thigh" d="M158 70 147 99"/></g>
      <g class="move" data-motion="step-body"><path class="torso" d="M164 35 158 71"/><circle class="head" cx="168" cy="13" r="11"/><path class="arm" d="M164 35 156 56 167 74"/></g>
      <path class="move" data-motion="step-thigh" d="M158 71 155 101"/>
      <path d="M158 131 170 131"/>
      <path class="move" data-motion="step-shin" d="M154 101 158 130"/>
    </g>`,

  'lateral-band-walk': svg`<path class="floor" d="M12 150H228"/>
    <path class="arrow" d="M62 98H34M42 90 34 98 42 106M178 98H206M198 90 206 98 198 106"/>
    <g class="figure" transform="translate(-24 -30) scale(1.2)">
      <g class="move" data-motion="side-body"><path class="torso" d="M124 62 124 90"/><path class="torso" d="M114 90 134 90"/><circle class="head" cx="124" cy="39" r="10"/><path class="arm" d="M110 64 99 81 111 86"/><path class="arm" d="M138 64 149 81 137 86"/></g>
      <path class="move" data-motion="side-left" d="M114 96 92 114 96 143 87 143"/>
      <path class="move" data-motion="side-right" d="M134 96 156 114 152 142 161 142"/>
      <path class="move band" data-motion="side-thigh-band" d="M90 110 158 110"/>
      <path class="move band" data-motion="side-ankle-band" d="M89 136 159 136"/>
    </g>`,

  'band-walk': svg`<path class="floor" d="M12 150H228"/>
    <path class="arrow" d="M176 80H208M200 72 208 80 200 88"/>
    <g class="figure" transform="translate(-46 -30) scale(1.2)">
      <g class="far"><path d="M96 143 107 143"/><path class="move" data-motion="walk-back-thigh" d="M124 92 117 122"/><path d="M117 122 96 143"/></g>
      <g class="move" data-motion="walk-body"><path class="torso" d="M142 61 124 92"/><circle class="head" cx="154" cy="43" r="10"/><path class="arm" d="M142 61 140 83 161 86"/></g>
      <path class="move" data-motion="walk-body" d="M124 92 146 114"/>
      <path class="move" data-motion="walk-front-shin" d="M146 114 152 142"/>
      <path class="move" data-motion="walk-front-foot" d="M152 143 164 143"/>
      <g transform="translate(118 115) rotate(-15)"><path class="move band" data-motion="walk-thigh-band" d="M0 0 23 0"/></g>
      <path class="move band" data-motion="walk-ankle-band" d="M98 135 150 135"/>
    </g>`,
};

/**
 * The part of the 240×160 box a lying pose uses, from above its highest point in either pose (the
 * hips up, the knee open) to below the floor line; every other pose uses the whole box.
 */
export const poseBoxes: Partial<Record<Pose, string>> = {
  'glute-bridge': '0 84 240 76',
  'banded-glute-bridge': '0 84 240 76',
  clamshell: '0 50 240 110',
  'reverse-clamshell': '0 50 240 110',
};
