/**
 * `movewell-widgets/studio.js`: the content studio, with the widgets it previews. An entry of its
 * own, outside `cdn.js` and the autoloader, so a page that only shows widgets never downloads it.
 */
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
