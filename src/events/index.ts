export { MwExerciseDoneEvent } from './exercise-done.js';
export { MwExerciseStartEvent } from './exercise-start.js';
