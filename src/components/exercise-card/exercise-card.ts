import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwExerciseCard } from './exercise-card.component.js';

export { MwExerciseCard };
// The events too: a site importing only this entry gets them typed on addEventListener.
export { MwExerciseDoneEvent, MwExerciseStartEvent } from '../../events/index.js';
define('mw-exercise-card', MwExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'mw-exercise-card': MwExerciseCard;
  }
}
