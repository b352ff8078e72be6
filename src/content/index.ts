/**
 * The content module: types, the schema, the built-in pack and validation. It registers no
 * elements, so a site or a build tool can import it on its own.
 */
export * from './types.js';
export { CONTENT_FORMAT, POSES, ContentPackSchema } from './schema.js';
export { validateContent, parseContent, formatContentError, MAX_CONTENT_CHARACTERS } from './validate.js';
export type { ContentError, ContentResult } from './validate.js';
export { lookup } from './lookup.js';
export { translatePack } from './translate.js';
export type { TranslatedPack } from './translate.js';
export type { Lookup } from './lookup.js';
export { contentContext } from './context.js';
export type { ContentState } from './context.js';
export { defaultContent } from './default-content.js';
