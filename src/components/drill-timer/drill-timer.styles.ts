import { css } from 'lit';

export const drillTimerStyles = css`
  :host {
    --_rest: var(--mw-timer-rest, var(--_muted));
  }

  .base {
    display: grid;
    gap: var(--_space);
    container-type: inline-size;
  }

  .header {
    display: grid;
    gap: 0.4em;
  }

  .progress {
    display: grid;
    gap: 0.3em;
    color: var(--_muted);
    font-weight: 600;
  }

  .bar {
    display: block;
    width: 100%;
    height: 6px;
  }

  /* The bar stretches to any width: square ends and a stroke that does not stretch stay even. */
  .bar-track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  .bar-fill {
    fill: var(--_accent);
  }

  /* Before the run */
  .intro {
    display: grid;
    gap: 0.6em;
  }

  .lead {
    color: var(--_muted);
  }

  .facts,
  .first,
  .section-title {
    font-weight: 700;
  }

  .facts {
    /* Direction from its words: "2 sets of 10–15 · 20 steps" stays in order on an RTL page. */
    unicode-bidi: plaintext;
  }

  .setup ul,
  .notes ul {
    margin: 0.35em 0 0;
    padding-inline-start: 1.25em;
  }

  /* The current step: dial beside the words when there is room, above them on a phone. */
  .step {
    display: grid;
    gap: var(--_space);
    align-items: center;
  }

  @container (min-width: 30em) {
    .step {
      grid-template-columns: minmax(10em, 15em) 1fr;
    }
  }

  .dial {
    position: relative;
    width: min(100%, 15em);
    aspect-ratio: 1;
    margin-inline: auto;
  }

  .ring {
    display: block;
    width: 100%;
    height: 100%;
  }

  .track,
  .ring .fill {
    fill: none;
    stroke-width: 7;
  }

  .track {
    stroke: var(--_surface-alt);
  }

  .ring .fill {
    stroke: var(--_accent);
    stroke-linecap: round;
  }

  .break .ring .fill {
    stroke: var(--_rest);
  }

  .readout {
    position: absolute;
    inset: 12%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    line-height: 1.1;
  }

  .time,
  .count {
    font-size: 3em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }

  .unit {
    font-size: 1.1em;
    font-weight: 600;
    color: var(--_muted);
  }

  .paused {
    margin-top: 0.3em;
    font-weight: 700;
  }

  .info {
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badges li {
    padding: 0.1em 0.7em;
    font-weight: 600;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .name {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }

  .cue {
    font-size: 1.05em;
  }

  .next {
    color: var(--_muted);
    font-weight: 600;
  }

  /* Controls: big targets for a phone on the floor. */
  .controls {
    display: grid;
    gap: 0.6em;
  }

  .done {
    width: 100%;
    min-height: 56px;
    font-size: 1.15em;
  }

  .transport,
  .options,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Narrow padding, so Back, Pause and Skip share one row from the smallest phones (320px) up. */
  .transport .button {
    flex: 1 1 4.5em;
    padding-inline: 0.4em;
  }

  .transport #primary {
    flex-grow: 1.5;
  }

  /* Too narrow for icons and words side by side (a 320px phone with page margins): words only. */
  @container (max-width: 17.5em) {
    .transport .icon {
      display: none;
    }
  }

  .options .button {
    font-size: 0.95em;
  }

  .icon {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
  }

  /* The key hint is read with the timer's name, and shown only when the timer has keyboard focus. */
  .keys {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .base:focus-visible .keys {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip: auto;
    white-space: normal;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* After a reload */
  .offer {
    display: grid;
    gap: 0.6em;
    padding: var(--_space);
    background: var(--_surface-alt);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .offer-title {
    font-size: 1.15em;
    font-weight: 700;
  }

  /* At the end */
  .summary {
    display: grid;
    gap: var(--_space);
  }

  .summary-title {
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.25;
  }

  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
    margin: 0;
  }

  .stats dt {
    color: var(--_muted);
    font-weight: 600;
  }

  .stats dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    .ring .fill,
    .break .ring .fill {
      stroke: Highlight;
    }

    .track {
      stroke: GrayText;
    }

    .bar-fill {
      fill: Highlight;
    }
  }

  @media print {
    /* Nothing to press on paper; notes left closed would print as a bare "›" line. */
    .controls,
    .keys,
    .notes:not([open]) {
      display: none;
    }
  }
`;
