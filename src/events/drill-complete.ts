export interface DrillCompleteDetail {
  /** Active time of the run in milliseconds: pauses are not counted. */
  elapsedMs: number;
  /** Steps finished by time or by "Done" (skipped ones are not counted). */
  stepsCompleted: number;
  totalSteps: number;
}

/** `mw-drill-complete`: a drill timer reached the end of its run. Carries times and counts only. */
export class MwDrillCompleteEvent extends CustomEvent<DrillCompleteDetail> {
  constructor(detail: DrillCompleteDetail) {
    super('mw-drill-complete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-drill-complete': MwDrillCompleteEvent;
  }
}
