import { css } from 'lit';

export const exerciseCardStyles = css`
  /* Stacks are flex columns, not grids: the same look, and a third less layout time per card. */
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  /*
   * Side by side once there is room (about 34em), the drawing taking 40%; stacked on a phone.
   * Wrapping flex items instead of a container query: no size container to resolve per card.
   */
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }

  .layout > header {
    flex: 3 1 19.5em;
    min-width: 0;
  }

  .layout > .illustration {
    flex: 2 1 13em;
    min-width: 0;
  }

  header {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  .summary {
    color: var(--_muted);
  }

  .dosage {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    padding: 0;
    list-style: none;
  }

  .dosage li {
    /* Each chip takes its direction from its words: English "2 sets" stays in order on an RTL page. */
    unicode-bidi: plaintext;
    padding: 0.15em 0.7em;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .illustration {
    color: var(--_text);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.5em;
  }

  .illustration img {
    display: block;
    width: 100%;
    height: auto;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .facts,
  .variations {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin: 0;
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .section-title {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  .steps,
  .cues {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding-inline-start: 1.5em;
  }

  .safety {
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .check {
    display: inline-block;
    min-width: 1em;
  }

  .check:empty {
    display: none;
  }

  .timer {
    display: block;
  }

  @media print {
    .base {
      border-color: #000;
      break-inside: avoid;
    }

    .actions,
    .timer {
      display: none;
    }

    summary {
      display: none;
    }
  }
`;
