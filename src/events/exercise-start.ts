/**
 * `mw-exercise-start`: the reader pressed "Start" on an exercise card. A `<mw-drill-timer>`
 * for the same exercise on the page starts and calls `preventDefault()` to say it did.
 */
export class MwExerciseStartEvent extends CustomEvent<{ exerciseId: string }> {
  constructor(detail: { exerciseId: string }) {
    super('mw-exercise-start', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-exercise-start': MwExerciseStartEvent;
  }
}
