/** What a drill timer shows for one segment of a run. */
export interface DrillStepInfo {
  /** The step's name, or "Rest", "Relax", "Switch sides" in the reader's language. */
  name: string;
  /** `timed` and `hold` count down; `reps` waits for "Done"; `rest` and `relax` are breaks. */
  kind: 'timed' | 'reps' | 'hold' | 'relax' | 'rest';
  side: 'left' | 'right' | null;
  /** The step's number in "Step 3 of 9"; `null` for rests and relaxes. */
  number: number | null;
  /** The exercise the step is, when the content says so. */
  exerciseId?: string;
  /** Length of a timed segment. */
  seconds?: number;
  /** Target of a rep segment: a number or a range. */
  reps?: number | { min: number; max: number };
  unit?: 'reps' | 'steps';
}

export interface DrillStepDetail {
  /** Position in the whole run, counting rests, from 0. */
  index: number;
  step: DrillStepInfo;
  side: 'left' | 'right' | null;
}

/**
 * `mw-drill-step`: a drill timer moved to a segment (by time, Done, Skip, Back, or on start).
 * After the page was hidden, it reports the segment shown on return, not each one passed.
 */
export class MwDrillStepEvent extends CustomEvent<DrillStepDetail> {
  constructor(detail: DrillStepDetail) {
    super('mw-drill-step', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-drill-step': MwDrillStepEvent;
  }
}
