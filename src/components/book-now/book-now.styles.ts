import { css } from 'lit';

/**
 * The reserved height and the look of the written link must match src/styles/pre-upgrade.css,
 * which styles the element before it upgrades: that is what keeps the layout from shifting.
 * The reservation uses viewport media queries (not container queries) because the
 * pre-upgrade rules cannot query a container either, and both must agree.
 */
export const bookNowStyles = css`
  /* Sized for the built-in offer in a typical column; set --mw-book-now-min-height for other text. */
  :host {
    --_reserve: var(--mw-book-now-min-height, 10em);
  }

  @media (max-width: 40em) {
    :host {
      --_reserve: var(--mw-book-now-min-height, 15.5em);
    }
  }

  @media (max-width: 22.5em) {
    :host {
      --_reserve: var(--mw-book-now-min-height, 17em);
    }
  }

  /* Placed in another widget's "what next" slot: full width, and a tint instead of a second border. */
  :host([slot='next']) {
    width: 100%;
  }

  :host([slot='next']) .base {
    border-color: transparent;
    background: var(--_surface-alt);
  }

  :host(:state(red-flag-hidden)),
  :host(:state(dismissed)) {
    display: none !important;
  }

  .base {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    align-content: center;
    gap: 0.5em;
    min-height: var(--_reserve);
    container-type: inline-size;
  }

  .layout {
    display: grid;
    /* Not auto: a label with no break in it (an email address) must not widen a narrow banner. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: center;
  }

  .text {
    display: grid;
    gap: 0.4em;
  }

  .headline {
    font-family: var(--mw-heading-font-family, inherit);
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }

  .body {
    color: var(--_muted);
  }

  .resources a {
    display: inline-block;
    padding-block: 0.25em;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .actions {
    display: flex;
  }

  /*
   * The button stays on one line where it can and fills a narrow banner. Alone in its row, it may
   * break inside a label longer than the row (an email address) rather than push out of the screen.
   */
  .cta {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  @container (min-width: 34em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) auto;
    }

    .cta {
      flex: 0 1 auto;
    }
  }

  .close {
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin-block-start: -0.5em;
    margin-inline-end: -0.5em;
    padding: 0;
    color: var(--_muted);
    background: transparent;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .close:hover {
    color: var(--_text);
    background: var(--_surface-alt);
  }

  /* After closing: what happened and Undo, in the flow where the banner was. */
  .dismissed-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    font-family: var(--mw-font-family, inherit);
    font-size: var(--mw-font-size, max(1rem, 16px));
    line-height: 1.5;
    color: var(--_muted);
  }

  .undo {
    min-height: 44px;
    padding: 0 0.5em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }

  .undo:hover {
    background: var(--_surface-alt);
  }

  /* Sticky: a bar fixed to the bottom of the screen, clear of the home indicator and rounded corners. */
  :host([variant='sticky']) .base {
    position: fixed;
    inset-inline: 0;
    bottom: 0;
    z-index: var(--mw-book-now-z-index, 1000);
    min-height: 0;
    border-width: 1px 0 0;
    border-radius: 0;
    padding: 0.75em max(1em, env(safe-area-inset-right)) calc(0.75em + env(safe-area-inset-bottom))
      max(1em, env(safe-area-inset-left));
    box-shadow: 0 -2px 12px rgb(0 0 0 / 0.18);
  }

  :host([variant='sticky']) .layout {
    width: 100%;
    max-width: 60em;
    margin-inline: auto;
    gap: 0.5em var(--_space);
  }

  :host([variant='sticky']) .headline {
    font-size: 1.05em;
  }

  /* Out of the way of a focused element it would otherwise hide (see keep-focus-clear.ts). */
  :host([variant='sticky']) .base.yielding {
    transform: translateY(calc(100% + 16px));
  }

  /*
   * The sticky bar's note is a toast where the bar was: small, above the home indicator, and
   * gone by itself after a few seconds, so closing the bar leaves nothing fixed on the screen.
   */
  .toast {
    position: fixed;
    inset-inline: max(1em, env(safe-area-inset-left));
    bottom: calc(1em + env(safe-area-inset-bottom));
    z-index: var(--mw-book-now-z-index, 1000);
    width: fit-content;
    max-width: calc(100% - 2em);
    margin-inline: auto;
    padding: 0.25em 0.3em 0.25em 1em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    animation: toast-in 0.2s ease-out;
  }

  @keyframes toast-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }

  /* Compact: just the button (and the close button when dismissible). */
  :host([variant='compact']) .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    container-type: normal;
  }

  :host([variant='compact']) .close {
    margin: 0;
  }

  :host([variant='compact']) .cta {
    flex: 0 1 auto;
  }

  @media print {
    :host([variant='sticky']) .base,
    .dismissed-note,
    .close {
      display: none;
    }

    .base {
      min-height: 0;
      border-color: #000;
      break-inside: avoid;
    }

    /* On paper the link cannot be pressed: print its words and where it goes. */
    .actions .cta {
      display: inline !important;
      padding: 0;
      color: inherit;
      background: none;
      border: 0;
    }

    .actions .cta::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
