import { css } from 'lit';

export const symptomChecklistStyles = css`
  :host {
    --_danger-contrast: var(--mw-danger-contrast, #ffffff);
  }

  :host([theme='dark']) {
    --_danger-contrast: var(--mw-danger-contrast, #410002);
  }

  .base {
    display: grid;
    gap: var(--_space);
  }

  header,
  form,
  .result,
  .care-body {
    display: grid;
    gap: var(--_space);
  }

  .step {
    font-weight: 600;
    color: var(--_muted);
  }

  /* Block flow, not grid: in a grid fieldset WebKit kept the legend at its first width when the
     page narrowed (a turned phone scrolled sideways). */
  fieldset {
    display: flow-root;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    float: left;
    width: 100%;
    padding: 0;
    /* Its own 0.25em, then the 0.75em between the fieldset's children, in the legend's larger font
       (a cleared sibling's margin does not add to a float's). */
    margin-block-end: calc(0.25em + 0.75em / 1.15);
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }

  fieldset > :not(legend) {
    clear: both;
    margin-block: 0.75em 0;
  }

  .hint {
    color: var(--_muted);
  }

  /* Focus lands on these (the new question, the result) only so screen readers start there; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }

  .error {
    padding: 0.6em 0.8em;
    font-weight: 600;
    color: var(--_text);
    background: var(--_danger-surface);
    border-inline-start: 5px solid var(--_danger);
  }

  .options {
    display: grid;
    gap: 0.25em;
  }

  /* The two tiers of red flags, each under its own short heading. */
  .group {
    display: grid;
    gap: 0.25em;
  }

  .group + .group {
    margin-block-start: 0.5em;
  }

  .group-title {
    padding-block-end: 0.2em;
    font-weight: 700;
    border-block-end: 2px solid var(--_border);
  }

  .group.emergency .group-title {
    color: var(--_danger);
    border-color: var(--_danger);
  }

  /* The checkbox and its label make one large target; the meaning sits under the label. */
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    align-items: start;
    padding: 0.25em 0;
  }

  .option input {
    width: 1.6em;
    height: 1.6em;
    min-width: 24px;
    min-height: 24px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .option label {
    padding-block: 0.05em;
    cursor: pointer;
  }

  .meaning {
    grid-column: 2;
    font-size: 0.92em;
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .result-title {
    font-family: var(--mw-heading-font-family, inherit);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .sub-title {
    font-family: var(--mw-heading-font-family, inherit);
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: 0.35em;
  }

  .disclaimer {
    padding: 0.75em 1em;
    background: var(--_surface-alt);
    border-inline-start: 5px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .picked ul,
  .sources ul {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.25em;
  }

  /* The cards sit under "Moves to try", so their names should not look bigger than it. */
  .moves mw-exercise-card::part(title) {
    font-size: 1.15em;
  }

  .moves ul {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }

  a {
    color: var(--_accent);
  }

  .note,
  .sources {
    font-size: 0.92em;
    color: var(--_muted);
  }

  .sources .sub-title {
    color: var(--_text);
  }

  /* In the style of a public health service's urgent care card: a strong border and a heading band. */
  .care {
    padding: 0;
    border: 4px solid var(--_danger);
    overflow: hidden;
  }

  /* The band carries the padding at the body's size, so the heading lines up with the text under it. */
  .care-band {
    padding: calc(var(--_space) * 0.75) var(--mw-padding, calc(var(--_space) * 1.25));
    color: var(--_danger-contrast);
    background: var(--_danger);
  }

  .care-title {
    font-family: var(--mw-heading-font-family, inherit);
    font-size: 1.4em;
    font-weight: 800;
    line-height: 1.2;
    color: inherit;
  }

  .urgent .care-band {
    color: var(--_text);
    background: var(--_danger-surface);
    border-block-end: 4px solid var(--_danger);
  }

  .care-body {
    padding: 0 var(--mw-padding, calc(var(--_space) * 1.25)) var(--mw-padding, calc(var(--_space) * 1.25));
  }

  .call {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 56px;
    min-width: 44px;
    padding: 0.3em 0.9em;
    font-size: 1.6em;
    font-weight: 800;
    line-height: 1.1;
    color: var(--_danger-contrast);
    text-decoration: none;
    background: var(--_danger);
    border: 3px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .call:hover {
    text-decoration: underline;
  }

  /* Same day: the health line leads, a size down from an emergency call; the emergency number follows, outlined. */
  .urgent .call.main {
    font-size: 1.3em;
  }

  .call.secondary {
    min-height: 44px;
    font-size: 1.1em;
    font-weight: 700;
    color: var(--_danger);
    background: var(--_surface);
  }

  .route,
  .if-worse {
    font-weight: 600;
  }

  @media print {
    .base {
      color: #000;
      background: #fff;
      border-color: #000;
    }

    /* The slot, not ::slotted(*): Chromium does not restyle slotted elements when the media changes. */
    .actions,
    .note,
    slot[name='next'] {
      display: none !important;
    }

    .care-band,
    .call {
      print-color-adjust: exact;
    }

    /* On paper a link is only useful with its address. */
    .sources a::after {
      content: ' (' attr(href) ')';
    }

    /* A heading never ends a page alone, and the urgent-care message stays in one piece. */
    [role='heading'] {
      break-after: avoid;
    }

    .care,
    .picked {
      break-inside: avoid;
    }
  }
`;
