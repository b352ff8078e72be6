import { svg, type SVGTemplateResult } from 'lit';
import type { Pose } from '../content/types.js';

/*
 * How the drawings are built (see illustration.styles.ts for the colours and the motion):
 * - `.floor` is the ground line (and the step block), `.figure` the body strokes, `.head` the
 *   head, `.band` a resistance band, `.arrow` a motion cue (arrows, the squeeze marks).
 * - A `<g class="move">` is the part the animation moves; its `data-motion` says how:
 *   `lift` (up), `slide` (side to side), `step` (forwards and up), `pulse` (grows a little),
 *   `open` (turns up about a hinge).
 * - An `open` group turns about its own origin (0, 0). It sits in a wrapper
 *   `<g transform="translate(x y)">` placed on the hinge (hip, knee, ankle) and is drawn relative
 *   to it; the wrapper may add `scale(-1 1)` to open the other way (a part left of the hinge).
 * - A joint where a moving part meets a still one overlaps by a few pixels, so it stays joined
 *   while the part moves.
 * - Colours are never written here: the widget's stylesheet sets them (strict CSP pages block
 *   inline styles).
 */

/** Line drawings of each built-in pose, in a 240×160 box; `.move` groups are what the animation moves. */
export const poses: Record<Pose, SVGTemplateResult> = {
  'glute-squeeze': svg`<path class="floor" d="M40 140H200" stroke-width="3" stroke-linecap="round" />
    <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
      <circle class="head" cx="122" cy="22" r="11" />
      <path d="M122 36L121 80Q106 92 118 104L114 136H126M118 104L124 136H136M122 46Q132 70 128 92" />
    </g>
    <g class="move" data-motion="pulse">
      <path class="arrow" d="M96 78Q90 90 96 102M86 72Q78 90 86 108" fill="none" stroke-width="3" stroke-linecap="round" />
    </g>`,

  'glute-bridge': svg`<path class="floor" d="M16 140H224" stroke-width="3" stroke-linecap="round" />
    <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
      <circle class="head" cx="34" cy="127" r="10" />
      <path d="M44 136H94M159 82L172 136M168 136H186" />
      <g class="move" data-motion="lift"><path d="M40 130L118 101L160 86" /></g>
    </g>`,

  'step-up': svg`<path class="floor" d="M16 140H224M136 140V116H212V140" stroke-width="3" stroke-linecap="round" fill="none" />
    <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
      <path d="M150 76L146 112H160" />
      <g class="move" data-motion="step">
        <circle class="head" cx="130" cy="20" r="10" />
        <path d="M126 36L120 68L150 80M120 68L112 99L104 130L116 136M126 38L140 56L152 46M126 38L112 58L104 72" />
      </g>
    </g>`,

  clamshell: svg`<path class="floor" d="M16 140H224" stroke-width="3" stroke-linecap="round" />
    <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
      <circle class="head" cx="40" cy="104" r="10" />
      <path d="M62 120L46 137L34 118M62 120L84 137M62 120L124 128L160 138L196 132L202 138M196 126L204 131" />
      <g transform="translate(124 127)"><g class="move" data-motion="open"><path d="M0 0L34 -21L37 -19" /></g></g>
      <g transform="translate(196 126) scale(-1 1)"><g class="move" data-motion="open"><path d="M0 0L38 -20L41 -18" /></g></g>
    </g>`,

  'banded-glute-bridge': svg`<path class="floor" d="M16 140H224" stroke-width="3" stroke-linecap="round" />
    <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
      <circle class="head" cx="34" cy="127" r="10" />
      <path d="M44 136H94M159 82L172 136M168 136H186" />
      <g class="move" data-motion="lift">
        <path d="M40 130L118 101L160 86" />
        <ellipse class="band" cx="148" cy="90" rx="4" ry="10" transform="rotate(-20 148 90)" stroke-width="4" />
      </g>
    </g>`,

  'reverse-clamshell': svg`<path class="floor" d="M16 140H224" stroke-width="3" stroke-linecap="round" />
    <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
      <circle class="head" cx="40" cy="104" r="10" />
      <path d="M62 120L46 137L34 118M62 120L84 137M62 120L124 128L160 138L196 132L202 138M124 125L160 134" />
      <g transform="translate(160 134)"><g class="move" data-motion="open"><path d="M0 0L30 -24L38 -22" /></g></g>
    </g>`,

  'lateral-band-walk': svg`<path class="floor" d="M16 140H224" stroke-width="3" stroke-linecap="round" />
    <path class="arrow" d="M64 96H32M40 88L32 96L40 104M176 96H208M200 88L208 96L200 104" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
    <g class="move" data-motion="slide">
      <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
        <circle class="head" cx="120" cy="26" r="11" />
        <path d="M120 40V80M110 82H130M112 82L94 108L100 136H90M128 82L146 108L140 136H150M108 50H132M108 50L96 70L110 80M132 50L144 70L130 80" />
      </g>
      <path class="band" d="M95 102H145M95 128H145" fill="none" stroke-width="4" stroke-linecap="round" />
    </g>`,

  'band-walk': svg`<path class="floor" d="M16 140H224" stroke-width="3" stroke-linecap="round" />
    <path class="arrow" d="M64 96H32M40 88L32 96L40 104M176 96H208M200 88L208 96L200 104" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
    <g class="move" data-motion="slide">
      <g class="figure" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
        <circle class="head" cx="130" cy="41" r="11" />
        <path d="M124 54L108 86L134 106L128 136H140M108 86L90 112L84 136H94M124 56L130 78L144 78" />
      </g>
      <path class="band" d="M97 102L124 98M86 128H130" fill="none" stroke-width="4" stroke-linecap="round" />
    </g>`,
};
