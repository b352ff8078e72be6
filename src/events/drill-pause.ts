export interface DrillPauseDetail {
  /** The segment paused in, counting rests, from 0. */
  index: number;
  /** Active time so far, in milliseconds. */
  elapsedMs: number;
}

/** `mw-drill-pause`: the reader paused a drill timer. */
export class MwDrillPauseEvent extends CustomEvent<DrillPauseDetail> {
  constructor(detail: DrillPauseDetail) {
    super('mw-drill-pause', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-drill-pause': MwDrillPauseEvent;
  }
}
