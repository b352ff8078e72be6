import { enBookNow } from './en/book-now.js';
import { enContent } from './en/content.js';
import { enDrillTimer } from './en/drill-timer.js';
import { enMedia } from './en/media.js';
import { enShared } from './en/shared.js';
import { enSymptomChecklist } from './en/symptom-checklist.js';

/**
 * English UI strings: the default, and the shape every other language follows. They are kept in one
 * part per widget (./en/), so that a page carries only the English of the widgets it holds: each
 * widget's entry adds its part (src/internal/words.ts), and this whole object is for types and tests.
 */
export const en = { ...enShared, ...enContent, ...enDrillTimer, ...enSymptomChecklist, ...enBookNow, ...enMedia };

export type Translation = typeof en;
