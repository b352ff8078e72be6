import { css } from 'lit';

export const contentStyles = css`
  :host {
    display: contents !important;
  }

  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
`;
