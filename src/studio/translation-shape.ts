/**
 * The text of an item that a translation holds (the schema's `…TextSchema`): the same shape, read
 * from the item, so a translation form can show every line beside the words it translates.
 */
import { getAt, listAt, textAt, type Draft } from './draft.js';

type Shape = string | Shape[] | { [key: string]: Shape };

const lines = (item: unknown, key: string) => listAt(item, [key]).map(() => '');
const optional = (item: unknown, key: string, shape: () => Shape) =>
  getAt(item, [key]) === undefined ? {} : { [key]: shape() };
const message = (item: unknown): Shape => ({ title: '', body: lines(item, 'body') });
/**
 * The words of a list of photos and videos: a photo's description, and the caption and title each
 * has. A translation holds the list only when some item has words (check-translations.ts).
 */
function mediaWords(item: unknown): { media?: Shape } {
  const entries = listAt(item, ['media']).map((media) => ({
    ...(textAt(media, ['type']) === 'image' ? { alt: '' } : {}),
    ...optional(media, 'caption', () => ''),
    ...optional(media, 'title', () => ''),
  }));
  return entries.some((entry) => Object.keys(entry).length) ? { media: entries } : {};
}
const byId = (list: unknown[], shape: (entry: unknown) => Shape): Shape =>
  Object.fromEntries(list.map((entry) => [textAt(entry, ['id']), shape(entry)]));

/** The item's translatable text as empty strings: what a new language starts from. */
export function textShape(kind: string, item: unknown): Shape {
  switch (kind) {
    case 'exercises':
      return {
        name: '',
        summary: '',
        muscles: lines(item, 'muscles'),
        equipment: lines(item, 'equipment'),
        steps: lines(item, 'steps'),
        cues: lines(item, 'cues'),
        safety: '',
        ...optional(item, 'illustration', () => ({ alt: '' })),
        ...mediaWords(item),
      };
    case 'drills':
      return {
        name: '',
        purpose: '',
        equipment: lines(item, 'equipment'),
        ...optional(item, 'setup', () => lines(item, 'setup')),
        steps: listAt(item, ['steps']).map((step) => ({
          ...optional(step, 'name', () => ''),
          ...optional(step, 'cue', () => ''),
          ...mediaWords(step),
        })),
        ...optional(item, 'notes', () => lines(item, 'notes')),
        ...optional(item, 'safety', () => ''),
      };
    case 'checklists':
      return {
        title: '',
        intro: '',
        redFlags: {
          question: '',
          items: byId(listAt(item, ['redFlags', 'items']), (flag) => ({
            text: '',
            ...optional(flag, 'message', () => message(getAt(flag, ['message']))),
          })),
          emergency: message(getAt(item, ['redFlags', 'emergency'])),
          urgent: message(getAt(item, ['redFlags', 'urgent'])),
        },
        question: '',
        items: byId(listAt(item, ['items']), () => ({ text: '', meaning: '' })),
        outcomes: byId(listAt(item, ['outcomes']), (outcome) => ({ title: '', body: lines(outcome, 'body') })),
        disclaimer: '',
        sources: listAt(item, ['sources']).map(() => ({ title: '' })),
        ...optional(item, 'reviewedBy', () => ''),
      };
    default:
      return { headline: '', body: '', buttonLabel: '', ...optional(item, 'resources', () => ({ label: '' })) };
  }
}

/** Every text leaf of a shape, as the keys that lead to it. */
export function textPaths(shape: Shape, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof shape === 'string') return [prefix];
  if (Array.isArray(shape)) return shape.flatMap((each, i) => textPaths(each, [...prefix, i]));
  return Object.entries(shape).flatMap(([key, each]) => textPaths(each, [...prefix, key]));
}

/** Each item of the pack with a translation in `tag` added (empty, for the author to fill in). */
export function addLanguage(pack: Draft, tag: string, kinds: readonly string[]): Draft {
  const next = { ...pack };
  for (const kind of kinds) {
    next[kind] = listAt(pack, [kind]).map((item) => {
      const translations = (getAt(item, ['translations']) ?? {}) as Draft;
      if (tag in translations) return item;
      return { ...(item as Draft), translations: { ...translations, [tag]: textShape(kind, item) } };
    });
  }
  return next;
}

/** Each item of the pack without its translation in `tag`. */
export function removeLanguage(pack: Draft, tag: string, kinds: readonly string[]): Draft {
  const next = { ...pack };
  for (const kind of kinds) {
    next[kind] = listAt(pack, [kind]).map((item) => {
      const rest = { ...((getAt(item, ['translations']) ?? {}) as Draft) };
      Reflect.deleteProperty(rest, tag);
      const plain = { ...(item as Draft) };
      Reflect.deleteProperty(plain, 'translations');
      return Object.keys(rest).length ? { ...plain, translations: rest } : plain;
    });
  }
  return next;
}
