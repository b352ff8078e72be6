import { css } from 'lit';

export const exerciseCardStyles = css`
  /*
   * Block flow with the drawing floated, not a grid: text runs beside the drawing and on under it,
   * so there is no empty column at any width, with no container query.
   */
  .base {
    display: flow-root;
  }

  /* Space above each block after the header, named by class: cheaper to match per card than a sibling of any kind. */
  .illustration,
  .base > .safety,
  .base > .body,
  details,
  .actions,
  .timer,
  .body > section + section,
  .body > .facts + section,
  .variations,
  slot::slotted(*) {
    margin-block-start: var(--_space);
  }

  /*
   * The whole width on a phone; once the card is wider than 34em, a column at the inline end of
   * 40% (at most 20em) beside the steps. The 999× term switches between the two without a
   * container query: it is huge below 34em and negative above.
   */
  .illustration {
    float: inline-end;
    width: max(min(40%, 20em), min(100%, (34em - 100%) * 999));
    margin-inline-start: var(--_space);
    margin-block-end: var(--_space);
    color: var(--_text);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.5em;
  }

  /*
   * The drawing's move waits until the reader can see it, so it plays where it is watched and a page
   * of cards starts no animations off screen. A browser without custom states drops this rule and
   * plays it at once, as before.
   */
  :host(:not(:state(drawing-seen))) .move {
    animation: none;
  }

  /* Photos and videos bring their own frame. */
  .illustration.with-media {
    padding: 0;
    background: none;
  }

  .illustration img {
    display: block;
    width: 100%;
    height: auto;
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

  .dosage-note {
    font-size: 0.9375em;
    color: var(--_muted);
  }

  /* Muscles and equipment: one line of label and value pairs, smaller than the steps. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1.25em;
    margin: 0;
    font-size: 0.9375em;
  }

  .facts dt,
  .facts dd {
    display: inline;
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dt::after {
    content: ': ';
  }

  dd {
    margin: 0;
  }

  .section-title {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  /* The steps are what the reader came for: the one section title a step larger than the rest. */
  .section-title.main {
    font-size: 1.1em;
  }

  .steps,
  .cues {
    padding-inline-start: 1.5em;
  }

  .steps li + li,
  .cues li + li {
    margin-block-start: 0.35em;
  }

  .steps li::marker {
    font-weight: 700;
    color: var(--_accent);
  }

  /* Its own formatting context, so its tint stops at the drawing instead of running under it. */
  .safety {
    display: flow-root;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }

  .cues + .safety {
    margin-block-start: 0.75em;
  }

  .variations {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin-inline: 0;
    margin-block-end: 0;
  }

  .variations dt {
    font-weight: 700;
  }

  .variations a {
    display: inline-block;
    padding-block: 0.2em;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* A line across the card would run under the drawing: the summary's chevron and colour suffice. */
  details {
    border-top: 0;
    padding-top: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Done today is a toggle: an outline button whose ring fills with a tick when it is on. */
  .button.toggle[aria-pressed='true'] {
    color: var(--_text);
    background: var(--_surface-alt);
  }

  .tick {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .tick path {
    visibility: hidden;
  }

  [aria-pressed='true'] .tick circle {
    fill: var(--_accent);
    stroke: var(--_accent);
  }

  [aria-pressed='true'] .tick path {
    visibility: visible;
    stroke: var(--_accent-contrast);
  }

  @media (forced-colors: active) {
    [aria-pressed='true'] .tick circle {
      fill: HighlightText;
      stroke: HighlightText;
    }

    [aria-pressed='true'] .tick path {
      stroke: Highlight;
    }
  }

  .timer {
    display: block;
    clear: both;
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
