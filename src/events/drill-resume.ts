export interface DrillResumeDetail {
  /** The segment resumed in, counting rests, from 0. */
  index: number;
  /** Active time so far, in milliseconds. */
  elapsedMs: number;
}

/** `mw-drill-resume`: a paused drill timer runs again (Resume, or "Resume where you left off" after a reload). */
export class MwDrillResumeEvent extends CustomEvent<DrillResumeDetail> {
  constructor(detail: DrillResumeDetail) {
    super('mw-drill-resume', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-drill-resume': MwDrillResumeEvent;
  }
}
