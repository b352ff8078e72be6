import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwSymptomChecklist } from './symptom-checklist.component.js';

export { MwSymptomChecklist };
// The events too: a site importing only this entry gets them typed on addEventListener.
export { MwChecklistResetEvent, MwChecklistResultEvent } from '../../events/index.js';
export type { ChecklistResultDetail } from '../../events/index.js';
define('mw-symptom-checklist', MwSymptomChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'mw-symptom-checklist': MwSymptomChecklist;
  }
}
