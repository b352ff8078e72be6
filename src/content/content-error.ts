/**
 * What validation reports, apart from validation itself: widgets show and log these without
 * loading the validator (valibot), which only a page with its own content pack needs.
 */
import type { ContentPack } from './types.js';

export interface ContentError {
  /** Where the problem is, e.g. `exercises[2].dosage.reps` (`content` for the whole pack). */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/**
 * A pack, or its first MAX_ERRORS problems and how many `more` there are: a file of a million wrong
 * items must not cost a million messages.
 */
export type ContentResult = { ok: true; pack: ContentPack } | { ok: false; errors: ContentError[]; more?: number };

export const formatContentError = (error: ContentError): string => `${error.path}: ${error.message}`;
