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
 * - A `<g class="move">` is a part the animation takes to the start pose and back; its
 *   `data-motion` names its start transform in the stylesheet. It turns about its own origin
 *   (0, 0): a wrapper `<g transform="translate(x y)">` puts that origin on its pivot (a hinge, or
 *   the point a rigid part turns about), and the part is drawn relative to it. A limb whose length
 *   changes on screen (a knee lifting towards the viewer) has its wrapper turned along the limb
 *   too, so the start transform's `scaleX` lengthens it without making it thicker.
 * - Colours and widths are never written here: the widget's stylesheet sets them (strict CSP
 *   pages block inline styles). A standing figure, drawn at full height with no room to be scaled
 *   up, is `.standing`: its limbs are drawn thicker, to match the scaled ones of the other poses.
 * - A lying pose is cut to the part of the box it uses (`poseBoxes`), so the figure fills the
 *   drawing instead of lying under an empty sky.
 */

/** Pictograms of each built-in pose in a 240×160 box, drawn in the end pose; `.move` groups are what the animation moves. */
export const poses: Record<Pose, SVGTemplateResult> = {
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

  'step-up': svg`<path class="floor" d="M12 150H228M134 150V138H212V150"/>
    <g class="figure standing">
      <g class="far"><g transform="translate(146 100) rotate(128)"><g class="move" data-motion="step-trail-shin"><path d="M0 0 29 0 25 -10"/></g></g><g transform="translate(492 587)"><g class="move" data-motion="step-trail-thigh"><path d="M-334 -517 -345 -488"/></g></g></g>
      <g class="move" data-motion="step-body"><path class="torso" d="M164 35 158 71"/><circle class="head" cx="168" cy="13" r="11"/><path class="arm" d="M164 35 156 56 167 74"/></g>
      <g transform="translate(160 93)"><g class="move" data-motion="step-thigh"><path d="M-2 -22 -5 8"/></g></g>
      <path d="M158 131 170 131"/>
      <g transform="translate(158 130)"><g class="move" data-motion="step-shin"><path d="M-4 -29 0 0"/></g></g>
    </g>`,

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
