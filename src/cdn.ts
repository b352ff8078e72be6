/**
 * The all-in-one build for a `<script type="module">` tag: every widget, Lit and the built-in
 * content in one file. It exports what `movewell-widgets` does, except validation
 * (`validateContent`, `parseContent`, `ContentPackSchema`): `<mw-content>` fetches that from beside
 * this file when a page brings its own pack, so a page using the built-in pack never pays for it.
 * Scripts that check packs themselves import it from `movewell-widgets/content.js`.
 */
// What the other builds fetch when a page first needs it, here inline: a single file fetches nothing else.
import './loaders/media.js';
export * from './components/content/content.js';
export * from './components/exercise-card/exercise-card.js';
export * from './components/drill-timer/drill-timer.js';
export * from './components/symptom-checklist/symptom-checklist.js';
export * from './components/book-now/book-now.js';
export * from './events/index.js';
export { VERSION } from './internal/version.js';
export * from './content/types.js';
export { CONTENT_FORMAT, POSES, MAX_CONTENT_CHARACTERS } from './content/constants.js';
export { formatContentError } from './content/content-error.js';
export type { ContentError, ContentResult } from './content/content-error.js';
export { lookup } from './content/lookup.js';
export type { Lookup } from './content/lookup.js';
export { translatePack } from './content/translate.js';
export type { TranslatedPack } from './content/translate.js';
export { contentContext } from './content/context.js';
export type { ContentState } from './content/context.js';
export { defaultContent } from './content/default-content.js';
