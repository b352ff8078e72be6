import type { ContentError } from '../content/validate.js';
import type { Draft } from './draft.js';

export interface StudioChangeDetail {
  /** The pack as it is now (a copy), valid or not. */
  pack: Draft;
  valid: boolean;
  /** The validator's problems, each with its path (empty when valid). */
  errors: ContentError[];
}

/** `mw-studio-change`: the author changed the pack (an edit, undo or redo, a pack opened or started). */
export class MwStudioChangeEvent extends CustomEvent<StudioChangeDetail> {
  constructor(detail: StudioChangeDetail) {
    super('mw-studio-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-studio-change': MwStudioChangeEvent;
  }
}
