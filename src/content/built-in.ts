/**
 * The built-in pack as the widgets on this page see it: each widget's entry adds the kinds it reads
 * (`useBuiltIn('exercises', builtInExercises)`), so a page with one exercise card does not fetch the
 * checklists, drills and offers. The whole pack, for scripts, is `defaultContent` (./default-content.ts).
 */
import type { ContentKind, ContentPack } from './types.js';

export const BUILT_IN_LOCALE = 'en';
export const BUILT_IN_TITLE = 'Glutes and a happy lower back';

let pack: ContentPack = {
  format: 1,
  locale: BUILT_IN_LOCALE,
  title: BUILT_IN_TITLE,
  exercises: [],
  drills: [],
  checklists: [],
  offers: [],
};
const items = new WeakSet<object>();

/** Marks a kind's items as built in, wherever they are read from (./built-in/ calls it on each list). */
export function builtIn<L extends readonly object[]>(list: L): L {
  for (const item of list) items.add(item);
  return list;
}

/** Adds one kind of the built-in pack: a new pack object, so what was worked out from the last one is not reused. */
export function useBuiltIn<K extends ContentKind>(kind: K, list: ContentPack[K]) {
  if (pack[kind] !== list) pack = { ...pack, [kind]: list };
}

/** The built-in pack with the kinds this page's widgets added. */
export const builtInPack = (): ContentPack => pack;

/** Whether an item is one of the built-in ones (its own language is English, its translations built in). */
export const isBuiltIn = (item: object): boolean => items.has(item);
