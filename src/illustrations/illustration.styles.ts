import { css } from 'lit';

/**
 * Styles for the pose drawings. Colours come from the widget's custom properties.
 *
 * `--mw-illustration-figure` and `--mw-illustration-floor` colour the person and the ground
 * (both default to the text colour); bands take the accent, arrows the muted colour.
 *
 * Motion only plays when the reader has not asked for reduced motion, and is slow and small:
 * a 2.4s ease-in-out swing there and back, at most 8px, 10deg or 6% larger. Each `.move`
 * group names its motion in `data-motion`. An `open` group turns about its own origin: the
 * drawing places it in a `<g transform="translate(x y)">` wrapper on the hinge (see poses.ts),
 * so `transform-box: view-box` with `transform-origin: 0 0` puts the pivot on that hinge.
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
    stroke-width: 6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .head {
    fill: var(--_illustration-figure);
  }

  .band {
    fill: none;
    stroke: var(--_accent, #0b6e4f);
    stroke-width: 4;
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

  .move[data-motion='open'] {
    transform-box: view-box;
    transform-origin: 0 0;
  }

  .move[data-motion='pulse'] {
    transform-box: fill-box;
    transform-origin: center;
  }

  /*
   * Each drawing shows its move there and back once, 4.8 s in all, then rests: motion that starts
   * by itself must stop within 5 s (WCAG 2.2.2), and a card has no pause button to offer.
   */
  @media (prefers-reduced-motion: no-preference) {
    .move[data-motion='lift'] {
      animation: mw-lift 2.4s ease-in-out 2 alternate;
    }

    .move[data-motion='open'] {
      animation: mw-open 2.4s ease-in-out 2 alternate;
    }

    .move[data-motion='slide'] {
      animation: mw-slide 2.4s ease-in-out 2 alternate;
    }

    .move[data-motion='step'] {
      animation: mw-step 2.4s ease-in-out 2 alternate;
    }

    .move[data-motion='pulse'] {
      animation: mw-pulse 2.4s ease-in-out 2 alternate;
    }

    @keyframes mw-lift {
      to {
        transform: translateY(-5px);
      }
    }

    @keyframes mw-open {
      to {
        transform: rotate(-10deg);
      }
    }

    @keyframes mw-slide {
      from {
        transform: translateX(-5px);
      }
      to {
        transform: translateX(5px);
      }
    }

    @keyframes mw-step {
      to {
        transform: translate(3px, -5px);
      }
    }

    @keyframes mw-pulse {
      to {
        transform: scale(1.06);
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
