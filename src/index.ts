/**
 * movewell-widgets: registers every widget and exports their classes, events and the
 * content module. Import a single widget's entry (e.g. `movewell-widgets/exercise-card.js`)
 * to load less.
 */
export * from './components/content/content.js';
export * from './components/exercise-card/exercise-card.js';
export * from './components/drill-timer/drill-timer.js';
export * from './components/symptom-checklist/symptom-checklist.js';
export * from './components/book-now/book-now.js';
export * from './content/index.js';
export * from './events/index.js';
export { VERSION } from './internal/version.js';
export { registerTranslation } from './internal/words.js';
export type { Words } from './internal/words.js';
export type { Translation } from './translations/en.js';
