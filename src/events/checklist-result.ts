export interface ChecklistResultDetail {
  /** The checklist's id, e.g. `weak-glutes`. */
  checklistId: string;
  /** The outcome's id (e.g. `some`), or `emergency` / `urgent` when a red flag was chosen. */
  outcomeId: string;
  /** How many signs were ticked (0 after a red flag). */
  score: number;
  /** The ids of the ticked signs (never free text). */
  signs: string[];
  /** Whether a red flag was chosen: the result is then an urgent-care message only. */
  redFlag: boolean;
}

/**
 * `mw-checklist-result`: a symptom checklist showed a result. Booking banners on the page
 * hide themselves while a red-flag result shows. Carries ids and counts only.
 */
export class MwChecklistResultEvent extends CustomEvent<ChecklistResultDetail> {
  constructor(detail: ChecklistResultDetail) {
    super('mw-checklist-result', { detail, bubbles: true, composed: true });
  }
}

/** `mw-checklist-reset`: the reader pressed "Start again" (or cleared their answers); any result is gone. */
export class MwChecklistResetEvent extends CustomEvent<{ checklistId: string }> {
  constructor(detail: { checklistId: string }) {
    super('mw-checklist-reset', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-checklist-result': MwChecklistResultEvent;
    'mw-checklist-reset': MwChecklistResetEvent;
  }
}
