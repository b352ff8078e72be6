/**
 * Validation, loaded the first time `<mw-content>` receives a pack of its own. The built-in pack
 * is checked at build time, so a page that only uses it never fetches the validator (valibot and
 * the schema, about a quarter of the widgets' code).
 *
 * The chunk registers itself here rather than exporting (src/loaders/README.md explains why).
 */
import type { ContentResult } from './content-error.js';

export interface Validation {
  validateContent(input: unknown): ContentResult;
  parseContent(text: string): ContentResult;
}

let provided: Validation | undefined;
let loading: Promise<Validation> | undefined;

/** Called by src/loaders/validation.ts when its chunk runs. */
export function provideValidation(validation: Validation): void {
  provided = validation;
}

/** The validator if it is already here: a second pack on the page is checked without a wait. */
export const loadedValidation = (): Validation | undefined => provided;

/** Fetches the validator once per page; a failed fetch is tried again by the next caller. */
export function loadValidation(): Promise<Validation> {
  if (provided) return Promise.resolve(provided);
  loading ??= import('../loaders/validation.js')
    .then(() => provided ?? Promise.reject(new Error('the validation module registered nothing')))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
