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

  /* The outcome's paragraphs read as one explanation: closer together than the blocks around them. */
  .result {
    gap: calc(var(--_space) * 0.75);
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

  /* GOV.UK's error summary: a strong border in the danger colour, the problem as a link to its question. */
  .error-summary {
    padding: 0.75em 1em;
    border: 4px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .error-summary-title {
    font-family: var(--mw-heading-font-family, inherit);
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: 0.35em;
  }

  .error-summary ul {
    padding: 0;
    list-style: none;
  }

  .error-summary a {
    font-weight: 700;
    color: var(--_danger);
  }

  /* The question in error: a bar down its side and the message beside it, in the danger colour. */
  fieldset.invalid {
    padding-inline-start: 0.85em;
    border-inline-start: 5px solid var(--_danger);
  }

  .error {
    font-weight: 700;
    color: var(--_danger);
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
    align-items: center;
    gap: 0.5em;
  }

  /* Secondary actions (Back, Print, Start again, Clear) as quiet text buttons, so the main path stands out. */
  .button.quiet {
    padding-inline: 0.4em;
    font-size: 0.95em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: transparent;
    border-color: transparent;
  }

  /*
   * A row of quiet buttons (the result's) lines up with the text above, not with their padding, on every line it
   * wraps to (the buttons' 0.4em at their 0.95em); stacked, their 44px heights are gap enough.
   */
  .actions.quiet {
    row-gap: 0;
    margin-inline-start: calc(-0.4em * 0.95);
  }

  .button.quiet:hover {
    text-decoration-thickness: 2px;
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
    padding: 0.6em 0.85em;
    font-size: 0.95em;
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

  /* The moves as rows between rules: a list, not cards in a card. */
  .moves ul {
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }

  .moves .safety {
    margin-block-end: 0.5em;
    font-size: 0.92em;
  }

  .move {
    border-block-end: 1px solid var(--_border);
  }

  .move-row {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    column-gap: 0.75em;
    padding-block: 0.35em;
  }

  /* Name and dosage on one line where they fit; else the dosage moves under the name, whole. */
  .move-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }

  .move-name {
    display: inline-block;
    min-height: 32px;
    padding: 0.2em 0;
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: var(--_accent);
    background: none;
    border: 0;
    cursor: pointer;
  }

  /* The name that opens its card here has a chevron (› closed, ⌄ open), as the card's own disclosure does. */
  /* Inline, so it follows the name's last word when the name wraps. */
  button.move-name::after {
    content: '';
    display: inline-block;
    margin-inline: 0.4em 0.1em;
    vertical-align: 0.15em;
    width: 0.45em;
    height: 0.45em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }

  button.move-name:dir(rtl)::after {
    transform: rotate(135deg);
  }

  button.move-name[aria-expanded='true']::after {
    transform: rotate(45deg);
  }

  span.move-name {
    color: var(--_text);
  }

  .move-dosage {
    font-size: 0.92em;
    color: var(--_muted);
  }

  /* The rows' width is what holds a name and its dosage on one line each. */
  .moves {
    container-type: inline-size;
  }

  /* A phone's row: Start is the timer's play sign alone, a 44px square (its words are in its label). */
  .move-start {
    min-width: 44px;
    padding-inline: 0.5em;
  }

  .move-start .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    fill: currentColor;
  }

  .move-start-word {
    display: none;
  }

  /* A row with room to spare: the word beside the sign, as on the timer's own Start. */
  @container (min-width: 30em) {
    .move-start {
      padding-inline: 0.75em 0.9em;
    }

    .move-start-word {
      display: inline;
    }
  }

  /* The card and the timer open in the row without a frame of their own. */
  .move-card::part(base),
  .move-timer::part(base) {
    padding: 0 0 var(--_space);
    background: transparent;
    border: 0;
  }

  /* The row above already shows the name: the opened card keeps it as its heading for screen readers only. */
  .move-card::part(title) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  a {
    color: var(--_accent);
  }

  .note,
  .sources {
    font-size: 0.92em;
    color: var(--_muted);
  }

  .picked ul,
  .sources ul {
    margin-block-end: 0.5em;
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

    /* No Start buttons to size on paper: the rows break across pages as any text does (a container may not). */
    .moves {
      container-type: normal;
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
