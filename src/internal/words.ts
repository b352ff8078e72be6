import type { Translation } from '../translations/en.js';
import { enShared } from '../translations/en/shared.js';

/**
 * The widgets' words by language: English built in, each other language we ship fetched the first
 * time a widget on the page is in it, and whatever a site registers on top, key by key. The English
 * comes in parts: the shared words here, each other widget's with that widget (`addEnglishWords`).
 */

/** `es-MX` → `es`, `zh-Hans-CN` → `zh`, `pt-BR` → `pt`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The languages we ship besides English. Each loader registers its words and exports nothing (src/loaders/README.md). */
const loaders: Record<string, () => Promise<unknown>> = {
  es: () => import('../loaders/words-es.js'),
  fr: () => import('../loaders/words-fr.js'),
  de: () => import('../loaders/words-de.js'),
  it: () => import('../loaders/words-it.js'),
  pt: () => import('../loaders/words-pt.js'),
  zh: () => import('../loaders/words-zh.js'),
  ar: () => import('../loaders/words-ar.js'),
};

/** Partial words for one language: any key left out falls back to English. */
export type Words = Partial<Omit<Translation, 'lang'>>;

/**
 * Our English so far: the shared part, and the part of each widget whose code has run. A widget only
 * reads its own keys, and its part is added before it can render, so the missing keys are never read.
 */
const en = { ...enShared } as Translation;
const builtIn = new Map<string, Translation>([['en', en]]);
const site = new Map<string, Words>();
const loading = new Map<string, Promise<void>>();
/** Languages whose chunk could not be fetched: their widgets show English rather than wait forever. */
const failed = new Set<string>();
/** The words for a language tag, worked out once until a site registers more or a language loads. */
const merged = new Map<string, Translation>();
const listeners = new Set<() => void>();

export function onWordsChange(listener: () => void) {
  listeners.add(listener);
}

function changed() {
  merged.clear();
  listeners.forEach((listener) => listener());
}

// A Map, not an object: `registerTranslation('__proto__', …)` or a polluted page finds nothing inherited.
const own = (lang: string) => site.get(lang);

/** The English a console warning is written in, whatever words the site registered. */
export const englishWords = (): Translation => en;

/** A widget's entry calls this with its part of the English words, before the widget can render. */
export function addEnglishWords(part: Partial<Translation>) {
  Object.assign(en, part);
  merged.clear();
  checkWaiting();
}

/**
 * Whether each key beyond the English parts on the page is text (0) or a function (1), once fetched:
 * only a site that registers words for widgets the page does not have needs it.
 */
let kinds: Record<string, 0 | 1> | undefined;
let kindsLoading: Promise<unknown> | undefined;
/** A site's words for widgets not on the page, by language: checked when their part or `kinds` arrives. */
const unchecked = new Map<string, Record<string, unknown>>();

/** Called by src/loaders/english-kinds.ts when its chunk runs. */
export function provideEnglishKinds(all: Record<string, 0 | 1>) {
  kinds = all;
  checkWaiting();
}

/**
 * `'string'` or `'function'` for a key of `Translation` (not `lang`), undefined for any other; null
 * for a key of a part not on the page while `kinds` has not arrived.
 */
function kindOf(key: string): string | null | undefined {
  if (key === 'lang') return undefined;
  if (Object.hasOwn(en, key)) return typeof en[key as keyof Translation];
  if (!kinds) return null;
  return Object.hasOwn(kinds, key) ? (kinds[key] ? 'function' : 'string') : undefined;
}

/** A language's loader calls this with its words. */
export function addBuiltInWords(lang: string, words: Translation) {
  builtIn.set(lang, words);
  changed();
}

/**
 * A reader of `tag` gets, key by key: the site's words for that exact tag (`zh-tw`), the site's
 * words for its language (`zh`), our words for that language, the site's English, our English.
 */
export function wordsFor(tag: string): Translation {
  const exact = tag.toLowerCase();
  const cached = merged.get(exact);
  if (cached) return cached;
  const base = baseLanguage(exact);
  const siteExact = exact === base ? undefined : own(exact);
  const siteBase = own(base);
  const ours = builtIn.get(base);
  const words: Translation = {
    ...en,
    ...own('en'),
    ...ours,
    ...siteBase,
    ...siteExact,
    // The language the words are in, for Intl and `dir`: English when we have none of this one's.
    lang: siteExact ? exact : siteBase || ours ? base : 'en',
  };
  const unchanged: Translation = { ...en, ...ours };
  for (const [label, shown] of LABELS_THAT_SAY) {
    // A site that rewords "Start" but not "Start Glute bridge": the name read out must still hold the word shown.
    const said = unchanged[label];
    const was = unchanged[shown];
    const now = words[shown];
    // `said` is missing while the widget that uses it has not run: nothing reads it yet.
    if (said && words[label] === said && now !== was) {
      words[label] = (name) => (said(name).includes(was) ? said(name).replace(was, now) : `${now} ${name}`);
    }
  }
  merged.set(exact, words);
  return words;
}

/** Accessible names that repeat a button's visible word, which English builds from its own. */
const LABELS_THAT_SAY = [
  ['startLabel', 'start'],
  ['drillStartLabel', 'drillStart'],
] as const;

/**
 * True when a widget in `tag` can render now: English, a language that has loaded, one we don't
 * ship, one whose chunk failed, or one the site registered in full (then ours is never fetched).
 */
export function wordsLoaded(tag: string): boolean {
  const base = baseLanguage(tag);
  if (builtIn.has(base) || failed.has(base) || !Object.hasOwn(loaders, base)) return true;
  const registered = { ...own(base), ...own(tag.toLowerCase()) };
  // Every key of the widgets that can render here: another widget's part brings its keys when it comes.
  return Object.keys(en).every((key) => key === 'lang' || Object.hasOwn(registered, key));
}

/** Fetches a language we ship, once per page; settles (never rejects) when its words are in or it failed. */
export function loadWords(base: string): Promise<void> {
  let pending = loading.get(base);
  if (!pending) {
    pending = (loaders[base]?.() ?? Promise.resolve()).then(
      () => undefined,
      (error: unknown) => {
        failed.add(base);
        console.warn(`movewell-widgets: the words for "${base}" could not be loaded (${(error as Error).message}).`);
        changed();
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

/**
 * Adds a language, or rewords labels in one (`registerTranslation('en', { start: 'Go' })`). Keys
 * left out fall back to English one by one; calling it again for the same language adds to what
 * it has. Every widget on the page renders again with the new words. Keys are those of
 * `Translation` (listed in the README); a key we don't know, or a value of the wrong kind (text
 * where we call a function, or the reverse), is skipped with a console warning.
 */
export function registerTranslation(lang: string, words: Words): void {
  const tag = typeof lang === 'string' ? lang.trim().toLowerCase() : '';
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) || typeof words !== 'object' || words === null) {
    console.warn(`movewell-widgets: registerTranslation() needs a language tag such as "fr" and an object of words.`);
    return;
  }
  const waiting: Record<string, unknown> = {};
  for (const key of Object.keys(words)) {
    const value = (words as Record<string, unknown>)[key];
    if (kindOf(key) === null) waiting[key] = value;
  }
  if (Object.keys(waiting).length) {
    unchecked.set(tag, { ...unchecked.get(tag), ...waiting });
    kindsLoading ??= import('../loaders/english-kinds.js').catch((error: unknown) =>
      console.warn(`movewell-widgets: the list of words could not be loaded (${(error as Error).message}).`),
    );
  }
  accept(
    tag,
    lang,
    words as Record<string, unknown>,
    Object.keys(words).filter((key) => !Object.hasOwn(waiting, key)),
  );
}

/** Adds a site's words for `tag` that are of a key we know and of its kind; warns about the others. */
function accept(tag: string, lang: string, words: Record<string, unknown>, keys: readonly string[]) {
  const accepted: Record<string, unknown> = {};
  for (const key of keys) {
    const value = words[key];
    const expected = kindOf(key);
    if (expected && typeof value === expected) accepted[key] = value;
    else if (!expected) console.warn(`movewell-widgets: registerTranslation("${lang}"): there is no word "${key}".`);
    else console.warn(`movewell-widgets: registerTranslation("${lang}"): "${key}" should be a ${expected}.`);
  }
  if (!keys.length) return;
  site.set(tag, { ...own(tag), ...accepted });
  changed();
}

/**
 * A site's words that waited for a widget's part or for `kinds`: those now known are checked and
 * added, before the widget that reads them renders; the rest wait on.
 */
function checkWaiting() {
  unchecked.forEach((words, tag) => {
    const ready = Object.keys(words).filter((key) => kindOf(key) !== null);
    const rest = Object.fromEntries(Object.entries(words).filter(([key]) => !ready.includes(key)));
    if (Object.keys(rest).length) unchecked.set(tag, rest);
    else unchecked.delete(tag);
    accept(tag, tag, words, ready);
  });
}
