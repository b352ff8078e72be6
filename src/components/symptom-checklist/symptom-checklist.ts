import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwSymptomChecklist } from './symptom-checklist.component.js';

export { MwSymptomChecklist };
define('mw-symptom-checklist', MwSymptomChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'mw-symptom-checklist': MwSymptomChecklist;
  }
}
