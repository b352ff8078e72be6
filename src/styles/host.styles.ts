import { css } from 'lit';

/**
 * Tokens and host rules shared by every widget.
 *
 * Public custom properties (`--mw-*`) are what a site sets; each is read once into a private
 * `--_*` property with our default, so a component never repeats a fallback.
 * Host-page CSS reaches the host element itself, not our shadow tree: the host keeps
 * `display` with `!important` (important shadow rules beat important page rules), and all
 * typography is set on `.base` inside, so `* { all: revert }` or `html { font-size: 10px }`
 * cannot break a widget.
 *
 * The font is the page's, never one of ours, even on a page that sets none: a widget then reads as
 * part of the article around it, and a page's unset font is the browser's default, which readers
 * can choose (a larger or a dyslexia-friendly face). A site that wants another sets
 * `--mw-font-family`. (Comments here, not in the CSS: those would ship in every bundle.)
 */
export const hostStyles = css`
  :host {
    --_accent: var(--mw-accent, #0b6e4f);
    --_accent-contrast: var(--mw-accent-contrast, #ffffff);
    --_surface: var(--mw-surface, #ffffff);
    --_surface-alt: var(--mw-surface-alt, #f3f6f5);
    --_text: var(--mw-text, #1b2421);
    --_muted: var(--mw-muted, #4b5753);
    --_border: var(--mw-border, #b8c4c0);
    --_danger: var(--mw-danger, #b3261e);
    --_danger-surface: var(--mw-danger-surface, #fdecea);
    --_radius: var(--mw-radius, 12px);
    --_space: var(--mw-space, 1em);
    --_focus: var(--mw-focus-color, #1a5fb4);

    display: block !important;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
  }

  :host([theme='dark']) {
    /* Native controls (checkboxes, scroll bars) in their dark form too. */
    color-scheme: dark;
    --_accent: var(--mw-accent, #6fd3a8);
    --_accent-contrast: var(--mw-accent-contrast, #0c1a14);
    --_surface: var(--mw-surface, #18201d);
    --_surface-alt: var(--mw-surface-alt, #222c28);
    --_text: var(--mw-text, #eef3f1);
    --_muted: var(--mw-muted, #b9c6c1);
    --_border: var(--mw-border, #53615c);
    --_danger: var(--mw-danger, #ffb4ab);
    --_danger-surface: var(--mw-danger-surface, #3a1714);
    --_focus: var(--mw-focus-color, #8ab4f8);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .base {
    font-family: var(--mw-font-family, inherit);
    font-size: var(--mw-font-size, max(1rem, 16px));
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    /* Inherited, unlike the rest: a reader's own text spacing (WCAG 1.4.12) must reach the widget. */
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--mw-padding, calc(var(--_space) * 1.25));
    visibility: visible;
  }

  p,
  ol,
  ul,
  figure {
    margin: 0;
  }

  /*
   * Content in another language than the page is marked with lang (see contentLang()): each of
   * its paragraphs takes its direction from its own words, so English on an Arabic page keeps its
   * full stop at the end (and its question mark: a marked header's title is a block of its own).
   */
  [lang],
  [lang] > * {
    unicode-bidi: plaintext;
  }

  /* A widget's own name (headings are role="heading" elements, so a page sets their level). */
  .title {
    font-family: var(--mw-heading-font-family, inherit);
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .problem {
    font-family: var(--mw-font-family, inherit);
    font-size: var(--mw-font-size, max(1rem, 16px));
    line-height: 1.5;
    /* A message quotes what it got (a long id, a file path): it must wrap, not widen the page. */
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_danger-surface);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .problem strong {
    display: block;
  }

  .problem ul {
    padding-inline-start: 1.25em;
  }

  .loading {
    font-family: var(--mw-font-family, inherit);
    color: var(--_muted);
    min-height: 3em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Native buttons styled once for every widget: at least 44px tall (well over the 24px minimum). */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    /*
     * No fixed min-width, and break-word rather than the host's anywhere (which lets a label's
     * smallest size be one letter): a button in a row then keeps its longest word whole.
     */
    overflow-wrap: break-word;
    padding: 0.5em 1.1em;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    text-align: center;
    color: var(--_accent);
    background: var(--_surface);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  .button:hover {
    background: var(--_surface-alt);
  }

  .button.primary,
  .button[aria-pressed='true'] {
    color: var(--_accent-contrast);
    background: var(--_accent);
  }

  .button.primary:hover {
    filter: brightness(1.08);
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Forced colours drop our fills: a pressed toggle (Mute, Voice, Done today) keeps a system one. */
  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
  }

  @media print {
    .button {
      display: none !important;
    }
  }
`;

/** A native disclosure (`<details>`) with a summary large enough to tap. */
export const disclosureStyles = css`
  details {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }

  summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-weight: 700;
    color: var(--_accent);
    cursor: pointer;
  }

  /* Flex hides the native marker: draw one (a chevron, › closed and ⌄ open), so it reads as something that opens. */
  summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }

  summary:dir(rtl)::before {
    transform: rotate(135deg);
  }

  details[open] > summary::before {
    transform: rotate(45deg);
  }

  details[open] > summary {
    margin-block-end: 0.5em;
  }
`;
