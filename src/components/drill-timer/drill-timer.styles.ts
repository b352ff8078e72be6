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

  /* Right to left, the steps go right to left: the bar fills from the right, and Back and Skip point their way. */
  .bar:dir(rtl),
  .icon.directional:dir(rtl) {
    transform: scaleX(-1);
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

  /* While running the title steps back and space tightens, so the step and its buttons fit a phone's screen. */
  .base.running {
    gap: 0.6em;
  }

  .running .header {
    gap: 0.25em;
  }

  .running .title {
    font-size: 1em;
  }

  .progress-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }

  /* Less padding on a phone: every line counts while the run is on screen. */
  @media (max-width: 30em) {
    .base {
      padding: var(--mw-padding, var(--_space));
    }
  }

  /* The stop rule: always shown where the reader exercises, never behind a disclosure. */
  .stop-rule {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.35em 0.6em;
    font-size: 0.8125em;
    line-height: 1.35;
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .stop-rule .icon {
    margin-top: 0.1em;
    fill: var(--_danger);
  }

  /*
   * The current step: the drawing and a small dial side by side, then the words. On a wide
   * timer the words sit beside them.
   */
  .step {
    display: grid;
    gap: 0.6em;
  }

  .stage {
    display: grid;
    justify-items: center;
    align-items: center;
  }

  .stage.with-illustration {
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.75em;
  }

  .illustration {
    width: 100%;
    max-width: 18em;
    justify-self: center;
  }

  /* A video or photo is worth more room than a drawing: wider, and at its own height. */
  .stage.with-media .illustration {
    max-width: 24em;
  }

  .stage.with-media .illustration svg {
    max-height: none;
  }

  .dial {
    position: relative;
    width: min(100%, 11em);
    aspect-ratio: 1;
  }

  .with-illustration .dial {
    width: 6.75em;
  }

  /* The drawing is as tall as the dial beside it, so the words below stay on a phone's screen. */
  .with-illustration .illustration svg {
    max-height: 6.75em;
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
    inset: 10%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    line-height: 1.1;
  }

  .time,
  .count {
    font-size: 2.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }

  .with-illustration .time,
  .with-illustration .count {
    font-size: 1.75em;
  }

  .unit {
    font-size: 0.95em;
    font-weight: 600;
    color: var(--_muted);
  }

  .paused {
    margin-top: 0.2em;
    font-size: 0.85em;
    font-weight: 700;
  }

  .info {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_text);
  }

  .badges li {
    padding: 0 0.65em;
    font-weight: 600;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .name {
    font-size: 1.45em;
    font-weight: 700;
    line-height: 1.2;
  }

  .cue {
    font-size: 0.9375em;
    line-height: 1.4;
  }

  .next {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  /* Controls: one main button, big enough for a phone on the floor; the rest quieter. */
  /*
   * The controls stay at the bottom of the screen while the rest of the timer is taller than it
   * (a long intro on a phone): the main button is in view whenever the timer is.
   */
  .controls {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: grid;
    gap: 0.5em;
    padding-block: 0.5em;
    margin-block: -0.5em;
    background: var(--_surface);
  }

  .done,
  .transport.start #primary {
    width: 100%;
    min-height: 50px;
    font-size: 1.1em;
  }

  /*
   * Pause the widest, and no column narrower than its longest word: German "Vorwärts" ran out of its
   * button in a fixed third at 360px.
   */
  .transport {
    display: grid;
    grid-template-columns: minmax(min-content, 1fr) minmax(min-content, 1.4fr) minmax(min-content, 1fr);
    gap: 0.5em;
  }

  .transport.start {
    grid-template-columns: minmax(0, 1fr);
  }

  .transport .button {
    padding-inline: 0.4em;
  }

  /* Back, Skip, and Pause beside Done: actions, but not the one to press. */
  .button.quiet {
    color: var(--_text);
    border-color: var(--_border);
  }

  .button.quiet .icon {
    fill: var(--_accent);
  }

  /*
   * Back, Pause and Skip take their icons where the three fit with words in any language we ship
   * (German "Zurück" and "Vorwärts" do not on a 360px phone): words only below that.
   */
  @container (max-width: 21em) {
    .transport:not(.start) .icon {
      display: none;
    }
  }

  /* Too narrow for icons and words side by side (a 320px phone with page margins): words only. */
  @container (max-width: 17.5em) {
    .transport .icon,
    .settings .icon {
      display: none;
    }
  }

  .icon {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
  }

  /*
   * Settings: small chips on one line that never wraps. Mute and Voice are toggles (an icon that
   * shows the state, a tinted fill when on), unlike the solid or outlined action buttons.
   */
  .settings {
    display: flex;
    flex-wrap: nowrap;
    justify-content: center;
    gap: 0.4em;
    min-width: 0;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-width: 0;
    min-height: 36px;
    padding: 0.2em 0.7em;
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.2;
    white-space: nowrap;
    color: var(--_muted);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  .toggle .icon {
    width: 1.15em;
    height: 1.15em;
  }

  .toggle:hover {
    background: var(--_surface-alt);
  }

  .toggle[aria-pressed='true'],
  .toggle[aria-expanded='true'] {
    color: var(--_text);
    background: var(--_surface-alt);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .toggle[aria-pressed='true'] .icon {
    fill: var(--_accent);
  }

  .toggle:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .settings-panel {
    display: grid;
    gap: 0.6em;
    padding: 0.75em;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .settings-panel #restart {
    justify-self: start;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .confirm {
    display: grid;
    gap: 0.5em;
  }

  .confirm p {
    font-weight: 700;
  }

  .keys-help {
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

  /* At the end: an achievement, with the time and moves done, then what comes next. */
  .summary {
    display: grid;
    gap: var(--_space);
    justify-items: center;
    text-align: center;
  }

  .medal {
    display: grid;
    place-items: center;
    width: 4em;
    height: 4em;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border-radius: 50%;
    animation: arrive 0.5s cubic-bezier(0.3, 1.4, 0.6, 1);
  }

  .medal .icon {
    width: 2.2em;
    height: 2.2em;
  }

  @keyframes arrive {
    from {
      transform: scale(0.6);
      opacity: 0;
    }
  }

  .summary-title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .stats {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.6em;
    width: 100%;
    max-width: 26em;
    margin: 0;
  }

  .stats > div {
    padding: 0.6em 0.5em;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .stats dt {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }

  .stats dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }

  .summary .actions {
    justify-content: center;
  }

  ::slotted([slot='next']) {
    width: 100%;
    text-align: start;
  }

  /* A wide timer: the words beside the drawing and dial, both larger. */
  @container (min-width: 40em) {
    .step {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: center;
      column-gap: 1.5em;
    }

    .step .stop-rule {
      grid-column: 1 / -1;
    }

    .with-illustration .dial {
      width: 9em;
    }

    .with-illustration .illustration svg {
      max-height: 10em;
    }

    .with-illustration .time,
    .with-illustration .count {
      font-size: 2.4em;
    }

    /*
     * A wide timer keeps its buttons at a size a hand reads as buttons, not as bars; the bar itself
     * stays full width, so while it sticks to the foot of the screen no text shows beside it.
     */
    .controls {
      padding-inline: max(0px, (100% - 34em) / 2);
    }
  }

  /*
   * Full screen (the reader's choice while running): a modal dialog over the page, the timer
   * centred in it at a readable width, the exit at the top.
   */
  dialog.focus-mode {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    overflow: auto;
    color: var(--_text);
    background: var(--_surface);
    border: 0;
  }

  dialog.focus-mode::backdrop {
    background: var(--_surface);
  }

  .focus-mode .base {
    min-height: 100%;
    max-width: 42em;
    margin-inline: auto;
    align-content: center;
    border: 0;
    border-radius: 0;
  }

  .focus-mode .header {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }

  .focus-mode .progress {
    grid-column: 1 / -1;
  }

  /* Room to spare on a tall screen: a bigger dial, readable from the floor. */
  @media (min-height: 44em) {
    .focus-mode .with-illustration .dial {
      width: 9em;
    }

    .focus-mode .with-illustration .illustration svg {
      max-height: 9em;
    }

    .focus-mode .with-illustration .time,
    .focus-mode .with-illustration .count {
      font-size: 2.4em;
    }
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
    .notes:not([open]) {
      display: none;
    }
  }
`;
