/**
 * `movewell-widgets/studio.js`: the content studio, with the widgets it previews. An entry of its
 * own, outside `cdn.js` and the autoloader, so a page that only shows widgets never downloads it.
 */
import '../components/content/content.js';
import '../components/exercise-card/exercise-card.js';
import '../components/drill-timer/drill-timer.js';
import '../components/symptom-checklist/symptom-checklist.js';
import '../components/book-now/book-now.js';
import { define } from '../internal/define.js';
import { MwContentStudio } from './content-studio.component.js';

export { MwContentStudio };
export { MwStudioChangeEvent, type StudioChangeDetail } from './studio-change-event.js';
export type { Draft } from './draft.js';
define('mw-content-studio', MwContentStudio);

declare global {
  interface HTMLElementTagNameMap {
    'mw-content-studio': MwContentStudio;
  }
}
