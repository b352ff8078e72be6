/**
 * Validation of content packs. It never throws: it returns either the pack, ready to use,
 * or every problem at once, each with the path to fix and a plain reason. Links between items
 * (ids, scores, safe links) are checked once every item has the right shape.
 */
import * as v from 'valibot';
import { checkUrl } from '../internal/url.js';
import { checkTranslations } from './check-translations.js';
import { ContentPackSchema } from './schema.js';
import { defaultContent } from './default-content.js';
import {
  jsonShapeProblem,
  listItemSchemas,
  listsTooLong,
  MAX_COPIED_VALUES,
  ownKeysCopy,
  pagePollution,
  withOwnEntriesOnly,
} from './hostile-input.js';
import type { ContentKind, ContentPack } from './types.js';
import type { ContentError, ContentResult } from './content-error.js';

import { MAX_CONTENT_CHARACTERS } from './constants.js';

export { formatContentError, type ContentError, type ContentResult } from './content-error.js';
export { MAX_CONTENT_CHARACTERS };

/** The problems kept and logged; an author fixes the first ones first. */
export const MAX_ERRORS = 20;

/** Validates a pack that is already parsed (an object), e.g. from the `content` property. */
export function validateContent(input: unknown): ContentResult {
  try {
    return validateShape(input);
  } catch (error) {
    // Not plain data: a getter or proxy that throws, a value JSON cannot hold (BigInt) on a path we read.
    const reason = error instanceof Error ? error.message : typeof error;
    return fail('content', `expected plain data (what JSON can hold), but reading it failed: ${reason}`);
  }
}

let schemaPrepared = false;

function validateShape(input: unknown): ContentResult {
  if (!schemaPrepared) withOwnEntriesOnly(ContentPackSchema);
  schemaPrepared = true;
  // Lengths first: the items of a list that is too long are never looked at.
  const tooLong = listsTooLong(ContentPackSchema, input);
  if (tooLong.length) return failWith(tooLong.map(({ keys, message }) => ({ path: formatPath(keys), message })));
  if (pagePollution().length) {
    input = ownKeysCopy(input);
    if (input === undefined) return fail('content', `expected at most ${MAX_COPIED_VALUES} values in all`);
  }
  // A valid pack costs one pass; an invalid one is then looked at item by item (see problemsIn).
  const parsed = v.safeParse(ContentPackSchema, input, { abortEarly: true });
  if (!parsed.success) return problemsIn(input);
  const { pack, firstOwn } =
    parsed.output.extends === 'default' ? mergeOverDefault(parsed.output) : { pack: parsed.output, firstOwn: NONE };
  const errors = checkReferences(pack, firstOwn);
  return errors.length ? failWith(errors) : { ok: true, pack };
}

/** The first MAX_ERRORS errors, and how many more (`counted` beyond those found). */
function failWith(errors: ContentError[], counted = 0): ContentResult {
  const more = Math.max(0, errors.length - MAX_ERRORS) + counted;
  return more > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS), more } : { ok: false, errors };
}

/**
 * Every problem of an invalid pack, one item at a time: in full until MAX_ERRORS are found, after
 * that only whether each further item has a problem (counted as one). However many items are
 * wrong, the cost stays that of about MAX_ERRORS items in full.
 */
function problemsIn(input: unknown): ContentResult {
  const errors: ContentError[] = [];
  let counted = 0;
  const check = (schema: v.GenericSchema, value: unknown, keys: (string | number)[]) => {
    if (errors.length >= MAX_ERRORS) {
      if (!v.safeParse(schema, value, { abortEarly: true }).success) counted++;
      return;
    }
    const result = v.safeParse(schema, value, { abortEarly: false });
    if (!result.success) errors.push(...firstPerPath(result.issues.map((issue) => toContentError(issue, keys))));
  };
  if (typeof input !== 'object' || input === null) return failWith(problemsOf(ContentPackSchema, input));
  const lists = listItemSchemas(ContentPackSchema);
  // The pack without its lists first (format, locale…), then each list's items.
  const envelope = Object.assign(Object.create(Object.getPrototypeOf(input) as object | null) as object, input);
  for (const [key] of lists) if (Array.isArray((input as Record<string, unknown>)[key])) Reflect.set(envelope, key, []);
  check(ContentPackSchema, envelope, []);
  for (const [key, item] of lists) {
    const list = (input as Record<string, unknown>)[key];
    if (Array.isArray(list)) list.forEach((each, i) => check(item, each, [key, i]));
  }
  return errors.length ? failWith(errors, counted) : failWith(problemsOf(ContentPackSchema, input));
}

function problemsOf(schema: v.GenericSchema, value: unknown): ContentError[] {
  const result = v.safeParse(schema, value, { abortEarly: false });
  return result.success ? [] : firstPerPath(result.issues.map((issue) => toContentError(issue)));
}

/** Where the author's own items start in each merged list (0 for a pack that stands alone). */
type FirstOwn = Record<ContentKind, number>;
const NONE: FirstOwn = { exercises: 0, drills: 0, checklists: 0, offers: 0 };

/** Validates a pack written as JSON text (a fetched file or an inline script). */
export function parseContent(text: string): ContentResult {
  if (typeof text !== 'string') return fail('content', `expected JSON text, got ${describe(text)}`);
  if (text.length > MAX_CONTENT_CHARACTERS) {
    return fail('content', `expected at most ${MAX_CONTENT_CHARACTERS} characters of JSON, got ${text.length}`);
  }
  // Before parsing: a megabyte of tiny values takes the parser longer than a page may stall.
  const shape = jsonShapeProblem(text);
  if (shape) return fail('content', shape);
  let json: unknown;
  try {
    // A byte-order mark (some Windows editors save one) is white space to JavaScript's trim, not to JSON.parse.
    json = JSON.parse(text.trimStart());
  } catch (error) {
    return fail('content', `expected valid JSON (${(error as Error).message})`);
  }
  return validateContent(json);
}

const fail = (path: string, message: string): ContentResult => ({ ok: false, errors: [{ path, message }] });

function toContentError(issue: v.GenericIssue, prefix: (string | number)[] = []): ContentError {
  const keys = [...prefix, ...(issue.path?.map((item) => item.key as string | number) ?? [])];
  // An unknown key in a strict object: name the key, since a typo is the usual cause.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { path: formatPath(keys), message: 'unknown field (check its spelling, or remove it)' };
  }
  // A required key that is absent is reported by its parent object, so say so plainly.
  if (issue.input === undefined) return { path: formatPath(keys), message: 'required, but it is missing' };
  return { path: formatPath(keys), message: `${issue.message}, got ${describe(issue.input)}` };
}

/** One error per path: `1e400` breaks "whole number" and "at most 1000", but one fix mends both. */
function firstPerPath(errors: ContentError[]): ContentError[] {
  const paths = new Set<string>();
  return errors.filter((error) => !paths.has(error.path) && paths.add(error.path));
}

export function formatPath(keys: readonly (string | number)[]): string {
  if (!keys.length) return 'content';
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  // JSON reads 1e400 as Infinity, which JSON.stringify would write as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') {
    // A small object (a reps range, say) is clearer shown as written; a big one is just "an object".
    const text = safeJson(value);
    return text && text.length <= 40 ? text : 'an object';
  }
  if (typeof value === 'bigint') return `${value}n`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…"` : text;
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // a cycle, from a pack built in script
  }
}

/**
 * With `"extends": "default"`, a pack adds to the built-in one; items with the same id replace it.
 * The built-in items come first, so the author's own start at `firstOwn` in each list.
 */
function mergeOverDefault(pack: ContentPack): { pack: ContentPack; firstOwn: FirstOwn } {
  const firstOwn = { ...NONE };
  const merge = <K extends ContentKind>(kind: K): ContentPack[K] => {
    const own = pack[kind] as readonly { id: string }[];
    const ids = new Set(own.map((item) => item.id));
    const kept = (defaultContent[kind] as readonly { id: string }[]).filter((item) => !ids.has(item.id));
    firstOwn[kind] = kept.length;
    return [...kept, ...own] as unknown as ContentPack[K];
  };
  const merged = {
    ...pack,
    exercises: merge('exercises'),
    drills: merge('drills'),
    checklists: merge('checklists'),
    offers: merge('offers'),
  };
  return { pack: merged, firstOwn };
}

/**
 * The checks a schema cannot express: unique ids, links between items, safe links, scores. Paths
 * are the author's: an item's index in their file, not in the list merged with the built-in pack.
 */
function checkReferences(pack: ContentPack, firstOwn: FirstOwn): ContentError[] {
  const errors: ContentError[] = [];
  type Path = [ContentKind, number, ...(string | number)[]];
  const add = ([kind, index, ...rest]: Path, message: string) =>
    errors.push({ path: formatPath([kind, index - firstOwn[kind], ...rest]), message });
  const exerciseIds = new Set(pack.exercises.map((exercise) => exercise.id));
  const drillIds = new Set(pack.drills.map((drill) => drill.id));
  const builtIn = new Set(defaultContent.exercises.map((exercise) => exercise.id));
  const knownExercise = (keys: Path, id: string) => {
    if (exerciseIds.has(id)) return;
    // The likeliest cause: a pack that stands alone naming one of the built-in exercises.
    const hint = builtIn.has(id) ? ' (a built-in exercise: add "extends": "default" to the pack to use it)' : '';
    add(keys, `expected the id of an exercise in this pack, got "${id}"${hint}`);
  };
  const safeLink = (keys: Path, url: string) => {
    const check = checkUrl(url);
    if (!check.ok) add(keys, `expected a safe link: ${check.reason}`);
  };

  for (const kind of ['exercises', 'drills', 'checklists', 'offers'] as const satisfies readonly ContentKind[]) {
    const seen = new Set<string>();
    pack[kind].forEach((item, i) => {
      if (seen.has(item.id)) add([kind, i, 'id'], `expected a unique id, but "${item.id}" is used twice`);
      seen.add(item.id);
    });
  }

  pack.exercises.forEach((exercise, i) => {
    for (const field of ['easier', 'harder'] as const) {
      exercise[field]?.forEach((id, j) => knownExercise(['exercises', i, field, j], id));
    }
    if (exercise.illustration?.src) safeLink(['exercises', i, 'illustration', 'src'], exercise.illustration.src);
  });

  pack.drills.forEach((drill, i) => {
    drill.steps.forEach((step, j) => {
      if (step.exercise) knownExercise(['drills', i, 'steps', j, 'exercise'], step.exercise);
    });
  });

  pack.checklists.forEach((checklist, i) => {
    const seen = new Set<string>();
    [...checklist.redFlags.items, ...checklist.items].forEach((item) => {
      if (seen.has(item.id))
        add(['checklists', i], `expected unique sign and red-flag ids, but "${item.id}" is used twice`);
      seen.add(item.id);
    });
    checklist.outcomes.forEach((outcome, j) => {
      if (outcome.minScore > outcome.maxScore) {
        add(
          ['checklists', i, 'outcomes', j, 'minScore'],
          `expected minScore to be no larger than maxScore (${outcome.maxScore}), got ${outcome.minScore}`,
        );
      }
      outcome.recommend.forEach((id, k) => knownExercise(['checklists', i, 'outcomes', j, 'recommend', k], id));
      if (outcome.drill && !drillIds.has(outcome.drill)) {
        add(
          ['checklists', i, 'outcomes', j, 'drill'],
          `expected the id of a drill in this pack, got "${outcome.drill}"`,
        );
      }
    });
    for (let score = 0; score <= checklist.items.length; score++) {
      const matches = checklist.outcomes.filter((o) => o.minScore <= score && score <= o.maxScore);
      if (matches.length === 0)
        add(['checklists', i, 'outcomes'], `expected an outcome for a score of ${score}, but none covers it`);
      if (matches.length > 1) {
        add(
          ['checklists', i, 'outcomes'],
          `expected one outcome for a score of ${score}, but ${matches.map((o) => `"${o.id}"`).join(' and ')} overlap`,
        );
      }
    }
    checklist.sources.forEach((source, j) => safeLink(['checklists', i, 'sources', j, 'url'], source.url));
    const sourceIds = new Set<string>();
    checklist.sources.forEach((source, j) => {
      if (!source.id) return;
      if (sourceIds.has(source.id))
        add(['checklists', i, 'sources', j, 'id'], `expected a unique id, but "${source.id}" is used twice`);
      sourceIds.add(source.id);
    });
    checklist.redFlags.items.forEach((flag, j) =>
      flag.sources?.forEach((id, k) => {
        if (!sourceIds.has(id))
          add(
            ['checklists', i, 'redFlags', 'items', j, 'sources', k],
            `expected the id of one of this checklist's sources, got "${id}"`,
          );
      }),
    );
  });

  pack.offers.forEach((offer, i) => {
    if (offer.href) safeLink(['offers', i, 'href'], offer.href);
    if (offer.resources) safeLink(['offers', i, 'resources', 'href'], offer.resources.href);
  });
  checkTranslations(pack, add);
  return errors;
}
