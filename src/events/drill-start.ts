export interface DrillStartDetail {
  /** How many steps the run has (rests and relaxes are not steps). */
  totalSteps: number;
}

/** `mw-drill-start`: a drill timer started a run from its first step (Start, Start over, Restart). */
export class MwDrillStartEvent extends CustomEvent<DrillStartDetail> {
  constructor(detail: DrillStartDetail) {
    super('mw-drill-start', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-drill-start': MwDrillStartEvent;
  }
}
