import { css } from 'lit';

/**
 * The studio's layout: the items, the form and the preview side by side on a wide screen; the
 * form over the preview on a narrow one (a container query, so it follows the studio's own width,
 * not the window's). Controls are at least 24 px, and 44 px where a thumb presses them.
 */
export const studioStyles = css`
  .studio {
    container-type: inline-size;
    font-family: var(--mw-font-family, inherit);
    font-size: max(1rem, 16px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  h2,
  h3 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.05em;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: center;
    padding: 0.75em 1em;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface-alt);
  }

  .bar .title {
    flex: 1 1 16em;
  }

  .bar h2 {
    margin: 0;
  }

  .kept {
    margin: 0;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .actions,
  .choice-row,
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 8px;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    cursor: pointer;
  }

  button:disabled {
    color: var(--_muted);
    cursor: not-allowed;
    opacity: 0.7;
  }

  #download {
    color: var(--_accent-contrast);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 600;
  }

  button.add {
    color: var(--_accent);
    border: 2px solid var(--_accent);
    font-weight: 600;
  }

  /* One menu on a narrow screen, the list beside the form on a wide one. */
  .items {
    display: none;
  }

  @container (min-width: 40em) {
    .jump {
      display: none;
    }

    .items {
      display: block;
    }
  }

  .file {
    position: relative;
    overflow: hidden;
  }

  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
  }

  .file:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .paste {
    flex: 1 1 100%;
  }

  /* Its own line under the title and Undo, without the rule a disclosure has inside a widget. */
  .bar .start {
    flex: 1 1 100%;
    border-top: 0;
    padding-top: 0;
  }

  .start .actions {
    margin-block-end: 0.5em;
  }

  /* "Add" once, then the kinds: two short rows on a phone instead of four long buttons. */
  .adds {
    align-items: center;
  }

  .add-label {
    font-weight: 700;
  }

  .notice {
    margin: 0.75em 1em 0;
    padding: 0.75em 1em;
    border-left: 6px solid var(--_accent);
    background: var(--_surface-alt);
  }

  .notice.problem,
  .error-summary {
    border: 4px solid var(--_danger);
    background: var(--_surface);
  }

  .error-summary {
    margin: 0.75em 1em 0;
    padding: 1em;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }

  .where {
    font-weight: 400;
    color: var(--_text);
  }

  .workspace {
    display: grid;
    gap: 1.5em;
    padding: 1em;
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 60em) {
    .workspace {
      grid-template-columns: 13em minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }

    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }

  @container (min-width: 40em) and (max-width: 59.99em) {
    .workspace {
      grid-template-columns: 12em minmax(0, 1fr);
    }

    .preview {
      grid-column: 1 / -1;
    }
  }

  .items ul {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }

  .items h3 {
    margin-top: 1em;
    font-size: 0.95em;
    color: var(--_muted);
  }

  .nav-item {
    width: 100%;
    min-height: 36px;
    margin-bottom: 2px;
    border-color: transparent;
    text-align: start;
    justify-content: space-between;
    gap: 0.5em;
    flex-wrap: wrap;
  }

  .nav-item[aria-current='true'] {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
    box-shadow: inset 4px 0 0 var(--_accent);
  }

  .badge {
    padding: 0 0.5em;
    border-radius: 999px;
    color: var(--_surface);
    background: var(--_danger);
    font-size: 0.8em;
    font-weight: 600;
  }

  .item-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    justify-content: space-between;
    align-items: center;
    margin-bottom: 0.75em;
  }

  .item-head h2 {
    margin: 0;
  }

  .kind {
    display: block;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 400;
    text-transform: capitalize;
  }

  .field {
    margin: 0 0 1em;
  }

  .field > label,
  legend {
    display: block;
    font-weight: 600;
  }

  .hint {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .error {
    margin: 0.25em 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .error > span {
    display: block;
  }

  .invalid {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_danger);
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: 6px;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }

  input.number {
    max-width: 9em;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .checkbox {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }

  .checkbox .hint,
  .checkbox .error {
    flex-basis: 100%;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 1em;
    padding: 0.75em 1em 0.25em;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }

  legend {
    padding: 0 0.25em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }

  .row > .field {
    flex: 1 1 8em;
  }

  .list ol {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }

  .entry {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface-alt);
  }

  .entry.compact {
    padding: 0.25em 0.5em;
  }

  .entry-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
    margin-bottom: 0.25em;
  }

  .entry-label {
    flex: 1 0 6em;
    overflow-wrap: normal;
    font-weight: 600;
  }

  .entry.compact .entry-actions {
    margin-inline-start: auto;
  }

  .entry-actions {
    display: flex;
    gap: 0.25em;
  }

  .entry-actions button {
    min-height: 32px;
    padding: 0.1em 0.6em;
    font-size: 0.9em;
  }

  .handle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 32px;
    min-height: 32px;
    cursor: grab;
    color: var(--_muted);
    font-size: 1.2em;
    user-select: none;
  }

  .picks .pick,
  .choice-row .pick {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 32px;
  }

  .poses {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
    gap: 0.5em;
    margin-bottom: 0.75em;
  }

  .pose {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    align-items: flex-start;
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: 8px;
    cursor: pointer;
    font-size: 0.9em;
  }

  .pose.chosen {
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }

  .thumb {
    width: 100%;
  }

  .thumb * {
    animation: none !important;
  }

  .red-flags {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: 8px;
  }

  .warning {
    padding: 0.75em 1em;
    border-left: 6px solid var(--_danger);
    background: var(--_danger-surface);
  }

  .tier {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.1em 0.6em;
    border-radius: 6px;
    font-weight: 600;
    font-size: 0.9em;
  }

  .tier-emergency {
    color: var(--_surface);
    background: var(--_danger);
  }

  .tier-urgent {
    border: 2px solid var(--_danger);
    color: var(--_danger);
  }

  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .languages li {
    display: flex;
    gap: 0.5em;
    align-items: center;
    padding: 0.25em 0.25em 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }

  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }

  .segmented {
    display: flex;
    gap: 0.75em;
    margin: 0 0 0.5em;
    padding: 0.25em 0.75em 0.5em;
  }

  .preview-note,
  .preview-empty {
    color: var(--_muted);
  }

  .preview-frame {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: 8px;
    background: #ffffff;
    color: #1b2421;
  }

  .preview-frame.dark {
    background: #0d1311;
    color: #eef3f1;
  }

  .preview-frame.phone {
    max-width: calc(390px + 2em + 2px);
    margin-inline: auto;
  }

  .export {
    margin: 0 1em 1em;
    padding: 1em;
    border-top: 1px solid var(--_border);
  }

  .export .actions {
    margin-bottom: 1em;
  }

  textarea[readonly] {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }

  /* On a phone, nested boxes give their width back to the fields. */
  @container (max-width: 30em) {
    fieldset,
    .red-flags,
    .export {
      padding-inline: 0.5em;
    }

    .entry {
      padding-inline: 0.4em;
    }

    .workspace {
      padding-inline: 0.75em;
    }

    .export {
      margin-inline: 0.25em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
`;
