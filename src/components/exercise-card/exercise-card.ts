import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwExerciseCard } from './exercise-card.component.js';

export { MwExerciseCard };
define('mw-exercise-card', MwExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'mw-exercise-card': MwExerciseCard;
  }
}
