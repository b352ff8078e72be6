import { css } from 'lit';

/**
 * Styles for the pose drawings. Colours come from the widget's custom properties.
 *
 * `--mw-illustration-figure` and `--mw-illustration-floor` colour the person and the ground
 * (both default to the text colour); bands take the accent, arrows the muted colour.
 *
 * Each drawing is its end pose; a `.move` part's `data-motion` names its start transform
 * (`--_start`, below), which the animation reaches half-way through each cycle: end pose, start
 * pose, end pose, twice, 4.8 s in all. It turns about its pivot, given below as a `transform-origin`
 * in the figure's units (`transform-box: view-box`); a part in a wrapper (see poses.ts) turns about
 * the wrapper's origin, `0 0`.
 *
 * Limbs have real thickness: legs 12, arms 10, the torso 20, in a 240-wide box.
 *
 * The move plays twice, 4.8 s in all, then rests in the end pose: motion that starts by itself must
 * stop within 5 s (WCAG 2.2.2), and a card has no pause button to offer. The first and last frames
 * are the drawing itself, so nothing jumps when it starts or stops. A card holds it until the reader can
 * see it (exercise-card.styles.ts). (Comments here, not in the CSS:
 * those would ship in every bundle.)
 */
export const illustrationStyles = css`
  :host {
    --_illustration-figure: var(--mw-illustration-figure, currentColor);
    --_illustration-floor: var(--mw-illustration-floor, currentColor);
  }

  .illustration svg {
    display: block;
    width: 100%;
    height: auto;
  }

  .floor {
    fill: none;
    stroke: var(--_illustration-floor);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
    opacity: 0.45;
  }

  .figure {
    fill: none;
    stroke: var(--_illustration-figure);
    stroke-width: 12;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .torso {
    stroke-width: 20;
  }

  .arm {
    stroke-width: 10;
  }

  .standing {
    stroke-width: 14.5;
  }

  .standing .torso {
    stroke-width: 24;
  }

  .standing .arm {
    stroke-width: 12;
  }

  .far {
    opacity: 0.45;
  }

  .head {
    fill: var(--_illustration-figure);
    stroke: none;
  }

  .band {
    fill: none;
    stroke: var(--_accent, #0b6e4f);
    stroke-width: 5;
    stroke-linecap: round;
  }

  .arrow {
    fill: none;
    stroke: var(--_muted, currentColor);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
    opacity: 0.8;
  }

  .move {
    transform-box: view-box;
    transform-origin: 0 0;
  }

  [data-motion='squeeze'] {
    transform-origin: 95px 83px;
    --_start: scale(0.9);
  }

  [data-motion='bridge-shin'] {
    transform-origin: 150px 143px;
    --_start: rotate(-10deg);
  }

  [data-motion='bridge-thigh'] {
    transform-origin: 144px 127px;
    --_start: rotate(-25deg);
  }

  [data-motion='bridge-torso'] {
    transform-origin: 80px 138px;
    --_start: rotate(21deg);
  }

  [data-motion='clam-thigh'] {
    --_start: rotate(17deg) scaleX(0.75);
  }

  [data-motion='clam-shin'] {
    --_start: rotate(-13deg) scaleX(0.69);
  }

  [data-motion='reverse-clam'] {
    --_start: rotate(62deg) scaleX(1.18);
  }

  [data-motion='step-trail-shin'] {
    --_start: translate(20px, 6px) rotate(-18deg) scaleX(1.11);
  }

  [data-motion='step-trail-thigh'] {
    transform-origin: 492px 587px;
    --_start: rotate(-2deg);
  }

  [data-motion='step-body'] {
    --_start: translate(-18px, 12px);
  }

  [data-motion='step-thigh'] {
    transform-origin: 160px 93px;
    --_start: rotate(-58deg);
  }

  [data-motion='step-shin'] {
    transform-origin: 158px 130px;
    --_start: rotate(19deg);
  }

  [data-motion='side-body'] {
    --_start: translate(-8px, 0px);
  }

  [data-motion='side-left'] {
    transform-origin: 103px 145px;
    --_start: rotate(-9deg);
  }

  [data-motion='side-right'] {
    transform-origin: 137px 43px;
    --_start: rotate(9deg);
  }

  [data-motion='side-thigh-band'] {
    --_start: translate(-8px, 1px);
  }

  [data-motion='side-ankle-band'] {
    transform-origin: 96px 136px;
    --_start: scaleX(0.71);
  }

  [data-motion='walk-back-thigh'] {
    transform-origin: 117px 122px;
    --_start: rotate(-26deg);
  }

  [data-motion='walk-body'] {
    --_start: translate(-14px, 0px);
  }

  [data-motion='walk-front-shin'] {
    transform-origin: 138px 85px;
    --_start: rotate(27deg);
  }

  [data-motion='walk-front-foot'] {
    --_start: translate(-28px, 0px);
  }

  [data-motion='walk-thigh-band'] {
    --_start: translate(-3px, -1px) rotate(-13deg) scaleX(0.55);
  }

  [data-motion='walk-ankle-band'] {
    transform-origin: 98px 135px;
    --_start: scaleX(0.46);
  }

  @media (prefers-reduced-motion: no-preference) {
    .move {
      animation: mw-move 2.4s ease-in-out 2;
    }

    @keyframes mw-move {
      50% {
        transform: var(--_start);
      }
    }
  }

  @media (forced-colors: active) {
    .figure,
    .floor,
    .band,
    .arrow {
      stroke: CanvasText;
    }

    .head {
      fill: CanvasText;
    }
  }
`;
