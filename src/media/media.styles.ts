import { css } from 'lit';

/**
 * Styles for media in any widget. Videos and facades keep a 16:9 frame, so nothing moves when a
 * player replaces its facade. In print a video becomes its poster (or the drawn frame) with its
 * address written out: a player cannot be printed, an address can be typed in later.
 */
export const mediaStyles = css`
  .media + .media {
    margin-block-start: 0.75em;
  }

  .media img,
  .media video,
  .media .player,
  .media .facade {
    display: block;
    width: 100%;
    border-radius: calc(var(--_radius) * 0.5);
  }

  .media img {
    height: auto;
  }

  .media video,
  .media .player,
  .media .facade {
    aspect-ratio: 16 / 9;
    height: auto;
    border: 0;
    background: #000;
  }

  .media .facade {
    position: relative;
    padding: 0;
    overflow: hidden;
    color: var(--_text);
    background: var(--_surface-alt);
    cursor: pointer;
    font: inherit;
  }

  .media .facade img {
    width: 100%;
    height: 100%;
    object-fit: cover;
    border-radius: 0;
  }

  .placeholder {
    display: block;
    width: 100%;
    height: 100%;
  }

  .placeholder path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
    opacity: 0.35;
  }

  .play-badge {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }

  .play-badge svg {
    width: max(48px, 22%);
    height: auto;
    filter: drop-shadow(0 1px 3px rgb(0 0 0 / 0.45));
  }

  .play-badge circle {
    fill: var(--_accent);
  }

  .play-badge path {
    fill: var(--_accent-contrast);
  }

  .facade:hover .play-badge svg {
    transform: scale(1.06);
  }

  .facade:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .media figcaption,
  .plays-from {
    margin-block-start: 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .printed,
  .address {
    display: none;
  }

  .media-problem {
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: reduce) {
    .facade:hover .play-badge svg {
      transform: none;
    }
  }

  @media print {
    .media video,
    .media .player,
    .media .facade,
    .plays-from {
      display: none;
    }

    .printed,
    .address {
      display: block;
    }

    .printed .placeholder {
      aspect-ratio: 16 / 9;
      height: auto;
      color: #000;
    }

    .address {
      margin-block-start: 0.35em;
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
