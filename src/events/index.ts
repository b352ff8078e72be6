export { MwExerciseDoneEvent } from './exercise-done.js';
export { MwExerciseStartEvent } from './exercise-start.js';
export { MwChecklistResultEvent, MwChecklistResetEvent } from './checklist-result.js';
export type { ChecklistResultDetail } from './checklist-result.js';
