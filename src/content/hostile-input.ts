/**
 * What validation does before valibot sees a pack, so that a pack built to hurt (or a page that
 * changed `Object.prototype`) costs little and reads right:
 * - list lengths are checked before any item, from the same schema, so 300 000 empty items under
 *   the size cap are refused at once instead of producing 300 000 errors;
 * - on a page with enumerable properties on `Object.prototype`, the pack is copied into objects
 *   without a prototype, so valibot's `for…in` walks do not meet the page's keys as fields.
 */
import type { GenericSchema } from 'valibot';

/** Where and why, as `validate.ts` reports it (`keys` are formatted there). */
export interface ListTooLong {
  keys: (string | number)[];
  message: string;
}

/** What this module reads of a valibot schema: its public, documented properties. */
interface SchemaNode {
  type: string;
  kind?: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: SchemaNode[];
  pipe?: (SchemaNode & { requirement?: unknown; message?: unknown })[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every list in `input` longer than its schema allows (and every object with more fields than any
 * pack object has), found without looking at the items of a list that is too long. Walks only the
 * fields the schema knows, so its cost is bounded by the schema's own limits.
 */
export function listsTooLong(schema: GenericSchema, input: unknown): ListTooLong[] {
  const found: ListTooLong[] = [];
  const walk = (node: SchemaNode, value: unknown, keys: (string | number)[]) => {
    if (node.wrapped) return walk(node.wrapped, value, keys);
    if (node.pipe) {
      const [root, ...actions] = node.pipe;
      const max = actions.find((action) => action.type === 'max_length');
      if (root?.type === 'array' && Array.isArray(value) && max && value.length > Number(max.requirement)) {
        found.push({ keys, message: `${String(max.message)}, got a list of ${value.length}` });
        return;
      }
      if (root && root !== node) walk(root, value, keys);
      return;
    }
    if (node.type === 'array' && node.item && Array.isArray(value)) {
      const item = node.item;
      value.forEach((each, i) => walk(item, each, [...keys, i]));
    } else if (node.entries && isObject(value)) {
      // An object of 80 000 unknown fields: valibot would walk them all, twice, to name the first.
      const fields = Object.keys(value).length;
      if (fields > JSON_SCAN_LIMITS.objectFields) {
        found.push({ keys, message: `expected at most ${JSON_SCAN_LIMITS.objectFields} fields, got ${fields}` });
        return;
      }
      for (const [key, entry] of Object.entries(node.entries)) {
        if (Object.hasOwn(value, key)) walk(entry, value[key], [...keys, key]);
      }
    }
  };
  walk(schema as unknown as SchemaNode, input, []);
  return found;
}

/** Keys a page added to `Object.prototype` that `for…in` would visit, e.g. from an old library. */
export function pagePollution(): string[] {
  const keys: string[] = [];
  for (const key in {}) keys.push(key);
  return keys;
}

/**
 * Gives every object schema's `entries` no prototype, once: valibot walks them with `for…in`,
 * and an inherited key would be taken for a field with no schema (a TypeError).
 */
export function withOwnEntriesOnly(schema: GenericSchema): void {
  const seen = new Set<SchemaNode>();
  const walk = (node: SchemaNode | undefined) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (node.entries && Object.getPrototypeOf(node.entries) !== null) Object.setPrototypeOf(node.entries, null);
    Object.values(node.entries ?? {}).forEach(walk);
    [node.wrapped, node.item, ...(node.options ?? []), ...(node.pipe ?? [])].forEach(walk);
  };
  walk(schema as unknown as SchemaNode);
}

/** More values than any real pack has: a copy of more is refused. */
export const MAX_COPIED_VALUES = 250_000;

/**
 * A copy of plain data whose objects have no prototype, so `for…in` sees only their own keys.
 * Only needed on a polluted page. Returns `undefined` beyond MAX_COPIED_VALUES values.
 */
export function ownKeysCopy(input: unknown): unknown {
  let count = 0;
  const copy = (value: unknown): unknown => {
    if (++count > MAX_COPIED_VALUES) throw new RangeError('too many values');
    if (Array.isArray(value)) return value.map(copy);
    if (!isObject(value)) return value;
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = copy(value[key]);
    return out;
  };
  try {
    return copy(input);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Each top-level list of a pack schema (`exercises`, `drills`…) and the schema of its items. */
export function listItemSchemas(schema: GenericSchema): [string, GenericSchema][] {
  const entries = (schema as unknown as SchemaNode).entries ?? {};
  return Object.keys(entries).flatMap((key) => {
    let node: SchemaNode | undefined = entries[key];
    while (node?.wrapped) node = node.wrapped;
    const root = node?.pipe?.[0] ?? node;
    return root?.type === 'array' && root.item ? [[key, root.item as unknown as GenericSchema]] : [];
  });
}

/** The longest list a pack may have (its exercises), and more fields than any of its objects has. */
export const JSON_SCAN_LIMITS = { values: 100_000, listItems: 500, objectFields: 100, depth: 64, textLength: 10_000 };

/**
 * Refuses JSON text whose shape no pack has, before parsing it: parsing a megabyte of `{},{},…`,
 * `0,0,…` or of one object's 80 000 fields takes the browser up to a second, and this scan a few
 * milliseconds. It counts values (commas), and the items of each list and fields of each object,
 * outside strings. Returns the reason, or undefined when the text may be a pack.
 */
export function jsonShapeProblem(text: string): string | undefined {
  const { values, listItems, objectFields, depth, textLength } = JSON_SCAN_LIMITS;
  /** Per open list or object: whether it is a list, and its commas so far. */
  const open: { list: boolean; commas: number }[] = [];
  let total = 1;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      else if (i - stringStart > textLength) return `expected text of at most ${textLength} characters`;
    } else if (c === 34) {
      inString = true;
      stringStart = i;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (open.push({ list: c === 91, commas: 0 }) > depth) return `expected at most ${depth} levels of nesting`;
    } else if (c === 125 /* } */ || c === 93 /* ] */) open.pop();
    else if (c === 44 /* , */) {
      if (++total > values) return `expected at most ${values} values in all (a real pack has far fewer)`;
      const current = open[open.length - 1];
      if (!current) continue;
      const count = ++current.commas + 1;
      if (current.list && count > listItems) return `expected lists of at most ${listItems} items, but one has more`;
      if (!current.list && count > objectFields) {
        return `expected objects of at most ${objectFields} fields, but one has more`;
      }
    }
  }
  return undefined;
}
