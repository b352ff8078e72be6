/**
 * The pack being edited: plain JSON that may not (yet) be a valid pack. Every edit makes a new
 * draft (the old one stays as it was, for undo), by path, the same paths the validator reports.
 */
import { defaultContent } from '../content/default-content.js';
import { spanish } from '../content/default-pack.es.js';
import { withTranslation } from '../content/default-pack.js';
import { MAX_CONTENT_CHARACTERS } from '../content/validate.js';
import type { ContentKind } from '../content/types.js';

/** A JSON object: the pack, an item, a dosage. */
export type Draft = Record<string, unknown>;
/** Keys from the pack down to a value, e.g. `['exercises', 2, 'dosage', 'reps']`. */
export type Path = readonly (string | number)[];

export const KINDS = ['exercises', 'drills', 'checklists', 'offers'] as const satisfies readonly ContentKind[];

export const emptyPack = (): Draft => ({
  format: 1,
  locale: 'en',
  exercises: [],
  drills: [],
  checklists: [],
  offers: [],
});

/**
 * The built-in pack with its Spanish in each item, as a clinic would edit it: the widgets fetch that
 * Spanish only on Spanish pages, but the studio's own entry may carry it (readers never load the studio).
 */
export const builtInPack = (): Draft =>
  structuredClone(withTranslation(defaultContent, 'es', spanish)) as unknown as Draft;

const isObject = (value: unknown): value is Draft =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A file or pasted text as a draft, or why it cannot be one. A pack with mistakes opens (the
 * author fixes them here); only something the forms cannot hold is refused: not JSON, not an
 * object, or a list of items that is not a list of objects.
 */
export function openPack(text: string): { ok: true; pack: Draft } | { ok: false; message: string } {
  if (text.length > MAX_CONTENT_CHARACTERS) {
    return { ok: false, message: `it is larger than ${MAX_CONTENT_CHARACTERS} characters, more than any pack` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.trimStart());
  } catch (error) {
    return { ok: false, message: `it is not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(json)) return { ok: false, message: 'it is JSON, but not a content pack (an object with "format")' };
  for (const kind of KINDS) {
    const list = json[kind];
    if (list !== undefined && !(Array.isArray(list) && list.every(isObject))) {
      return { ok: false, message: `its "${kind}" is not a list of items` };
    }
  }
  return { ok: true, pack: { ...emptyPack(), ...json } };
}

export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of `root` with `value` at `path` (`undefined` removes the key); the objects and lists on
 * the way are copied, or made when missing, and everything else is shared with the old draft.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [key, ...rest] = path;
  const container: unknown = root ?? (typeof key === 'number' ? [] : {});
  const copy = (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<
    string | number,
    unknown
  >;
  const next = setAt(copy[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) Reflect.deleteProperty(copy, key);
  else copy[key] = next;
  return copy as T;
}

/** A list of the objects at `path` (an empty one when it is missing or not a list). */
export function listAt(root: unknown, path: Path): unknown[] {
  const value = getAt(root, path);
  return Array.isArray(value) ? value : [];
}

/** Text for a field: what is there when it is text or a number, else nothing. */
export function textAt(root: unknown, path: Path): string {
  const value = getAt(root, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** "Glute bridge (banded)" → "glute-bridge-banded": an id the schema accepts. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The ids of a kind's items, but for the one at `except`. */
export function idsOf(pack: Draft, kind: string, except?: number): string[] {
  return listAt(pack, [kind])
    .filter((_, i) => i !== except)
    .map((item) => textAt(item, ['id']));
}

/**
 * The id a name gives an item: its slug, made unique among the kind's other items. An item
 * whose id is still the one its name gave it keeps following its name; an id typed by hand stays.
 */
export function idForName(pack: Draft, kind: string, index: number, name: string): string {
  return uniqueId(slugify(name), idsOf(pack, kind, index));
}

/** Every place an exercise is named by id (easier, harder, drill steps, recommendations), renamed. */
export function renameExercise(pack: Draft, from: string, to: string): Draft {
  const rename = (id: unknown) => (id === from ? to : id);
  const renameList = (list: unknown) => (Array.isArray(list) ? list.map(rename) : list);
  let next = pack;
  listAt(pack, ['exercises']).forEach((_, i) => {
    for (const field of ['easier', 'harder']) {
      const list = getAt(next, ['exercises', i, field]);
      if (Array.isArray(list) && list.includes(from)) next = setAt(next, ['exercises', i, field], renameList(list));
    }
  });
  listAt(pack, ['drills']).forEach((drill, i) =>
    listAt(drill, ['steps']).forEach((step, j) => {
      if (getAt(step, ['exercise']) === from) next = setAt(next, ['drills', i, 'steps', j, 'exercise'], to);
    }),
  );
  listAt(pack, ['checklists']).forEach((checklist, i) =>
    listAt(checklist, ['outcomes']).forEach((outcome, j) => {
      const list = getAt(outcome, ['recommend']);
      if (Array.isArray(list) && list.includes(from)) {
        next = setAt(next, ['checklists', i, 'outcomes', j, 'recommend'], renameList(list));
      }
    }),
  );
  return next;
}

/** The languages the pack is written in: its own `locale` first, then every translation's tag. */
export function languagesOf(pack: Draft): string[] {
  const tags = new Set<string>([textAt(pack, ['locale']) || 'en']);
  for (const kind of KINDS) {
    for (const item of listAt(pack, [kind])) {
      const translations = getAt(item, ['translations']);
      if (isObject(translations)) Object.keys(translations).forEach((tag) => tags.add(tag));
    }
  }
  return [...tags];
}
