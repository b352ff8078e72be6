import { builtInChecklists } from './built-in/checklists.js';
import { builtInDrills } from './built-in/drills.js';
import { builtInExercises } from './built-in/exercises.js';
import { builtInOffers } from './built-in/offers.js';
import { BUILT_IN_LOCALE, BUILT_IN_TITLE } from './built-in.js';
import type { ContentKind, ContentPackInput } from './types.js';

/** "Glutes and a happy lower back": the built-in pack, written from the two source articles in our own words. */
const english = {
  format: 1,
  locale: BUILT_IN_LOCALE,
  title: BUILT_IN_TITLE,
  // One file per kind (./built-in/): each widget's code holds only the kinds it reads (./built-in.ts).
  exercises: builtInExercises,
  drills: builtInDrills,
  checklists: builtInChecklists,
  offers: builtInOffers,
} satisfies ContentPackInput;

/**
 * Adds one language's words, kept by item id in their own file, to each item as its `translations`:
 * how a site (or a test) can make a copy of the built-in pack that carries a language statically.
 */
export function withTranslation<P extends ContentPackInput>(
  pack: P,
  lang: string,
  words: Record<ContentKind, object>,
): P {
  const add = (kind: ContentKind) =>
    (pack[kind] ?? []).map((item) => {
      const text = (words[kind] as Record<string, unknown>)[item.id];
      return text ? { ...item, translations: { ...item.translations, [lang]: text } } : item;
    });
  return {
    ...pack,
    exercises: add('exercises'),
    drills: add('drills'),
    checklists: add('checklists'),
    offers: add('offers'),
  };
}

/**
 * English only: the built-in pack's other languages (Spanish) are fetched the first time a widget
 * that shows built-in content is in that language (src/content/translate.ts).
 */
export const defaultPack = english;
