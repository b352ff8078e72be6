/** `mw-exercise-done`: the reader marked an exercise done (or not done) for today. */
export class MwExerciseDoneEvent extends CustomEvent<{ exerciseId: string; done: boolean }> {
  constructor(detail: { exerciseId: string; done: boolean }) {
    super('mw-exercise-done', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-exercise-done': MwExerciseDoneEvent;
  }
}
