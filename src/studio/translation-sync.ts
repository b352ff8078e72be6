/**
 * Keeps an item's translations in step with its lists: a step moved, added or removed in the item
 * is moved, added (empty, to be translated) or removed in every language, so the words of step 3
 * stay with step 3.
 */
import { getAt, listAt, setAt, textAt, type Draft, type Path } from './draft.js';
import { textShape } from './translation-shape.js';

export type ListChange =
  { type: 'add' } | { type: 'remove'; index: number } | { type: 'move'; from: number; to: number };

/** A checklist's lists whose translations are keyed by the entries' ids, not by their order. */
const KEYED = ['items', 'outcomes', 'redFlags.items'];

/** The path in a translation of a path in the item: an entry of a keyed list goes by its id. */
function inTranslation(item: unknown, rest: Path): Path | undefined {
  const path: (string | number)[] = [];
  for (const key of rest) {
    if (typeof key === 'number' && KEYED.includes(path.join('.'))) {
      const id = textAt(listAt(item, path)[key], ['id']);
      if (!id) return undefined;
      path.push(id);
    } else path.push(key);
  }
  return path;
}

export function syncTranslations(before: Draft, after: Draft, listPath: Path, change: ListChange): Draft {
  const [kind, index, ...rest] = listPath;
  if (typeof kind !== 'string' || typeof index !== 'number' || !rest.length) return after;
  const translations = getAt(after, [kind, index, 'translations']);
  if (typeof translations !== 'object' || translations === null) return after;
  const oldItem = getAt(before, [kind, index]);
  const newItem = getAt(after, [kind, index]);
  const keyed = KEYED.includes(rest.join('.'));
  let next = after;
  for (const tag of Object.keys(translations)) {
    const base: Path = [kind, index, 'translations', tag];
    if (keyed) {
      // Order is the item's; only an added or removed entry changes the translation.
      if (change.type === 'add') {
        const entry = listAt(newItem, rest).at(-1);
        const id = textAt(entry, ['id']);
        const shape = getAt(textShape(kind, newItem), [...rest, id]);
        if (id && shape !== undefined) next = setAt(next, [...base, ...rest, id], shape);
      } else if (change.type === 'remove') {
        const id = textAt(listAt(oldItem, rest)[change.index], ['id']);
        if (id) next = setAt(next, [...base, ...rest, id], undefined);
      }
      continue;
    }
    const at = inTranslation(newItem, rest);
    if (!at) continue;
    const list = getAt(next, [...base, ...at]);
    // An optional list (media) may be missing from a translation: its first entry starts it.
    const copy = Array.isArray(list) ? [...list] : [];
    if (change.type === 'add') copy.push(undefined);
    else if (change.type === 'remove') copy.splice(change.index, 1);
    else copy.splice(change.to, 0, ...copy.splice(change.from, 1));
    // Each entry then holds the words its item has (empty ones to fill in); a list with none left goes.
    next = setAt(next, [...base, ...at], reshapeWords(getAt(textShape(kind, newItem), at), copy));
  }
  return next;
}

/** `words` in the shape of `shape`: the lines both have are kept, new ones are empty, the rest go. */
function reshapeWords(shape: unknown, words: unknown): unknown {
  if (typeof shape === 'string') return typeof words === 'string' ? words : shape;
  if (Array.isArray(shape))
    return shape.map((each, i) => reshapeWords(each, Array.isArray(words) ? words[i] : undefined));
  if (typeof shape !== 'object' || shape === null) return undefined;
  return Object.fromEntries(Object.entries(shape).map(([key, each]) => [key, reshapeWords(each, getAt(words, [key]))]));
}

/**
 * The translations of the list at `listPath` refitted to the words its entries have now: a photo
 * that became a video loses its description, a caption added in the item gets an empty line.
 */
export function refitTranslations(pack: Draft, listPath: Path): Draft {
  const [kind, index, ...rest] = listPath;
  const translations = getAt(pack, [kind, index, 'translations']);
  if (typeof kind !== 'string' || typeof translations !== 'object' || translations === null) return pack;
  const shape = getAt(textShape(kind, getAt(pack, [kind, index])), rest);
  let next = pack;
  for (const tag of Object.keys(translations)) {
    const at = [kind, index, 'translations', tag, ...rest];
    next = setAt(next, at, reshapeWords(shape, getAt(pack, at)));
  }
  return next;
}
