/**
 * Content in the reader's language. Each exercise, drill, checklist and offer may carry `translations`:
 * its words in other languages, keyed by language tag. A widget asks for the pack as its reader's `lang`
 * sees it, and gets every item in that language where the item has it, else in the item's own.
 */
import { BUILT_IN_LOCALE, isBuiltIn } from './built-in.js';
import type {
  Checklist,
  ChecklistText,
  ContentKind,
  ContentPack,
  Drill,
  DrillText,
  Exercise,
  ExerciseText,
  MediaItem,
  Offer,
  OfferText,
} from './types.js';

type Item = ContentPack[ContentKind][number];

const language = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** One language's words for the built-in pack, by kind and item id (src/content/default-pack.es.ts). */
export type BuiltInTranslation = { [K in ContentKind]: Record<string, unknown> };

/** The languages the built-in pack comes in besides English. Each loader exports nothing (src/loaders/README.md). */
const builtInLoaders: Record<string, () => Promise<unknown>> = {
  es: () => import('../loaders/default-pack-es.js'),
};
const builtInTranslations = new Map<string, BuiltInTranslation>();
const builtInLoading = new Map<string, Promise<void>>();

/** A language's loader calls this with the built-in pack's words in it. */
export function addBuiltInTranslation(lang: string, words: BuiltInTranslation) {
  builtInTranslations.set(lang, words);
  cache = new WeakMap();
}

/**
 * Undefined when `pack` can be shown to a reader of `lang` now; else a promise that settles when
 * the built-in pack's words in that language have arrived (or failed to: then it shows in English).
 * Only a pack that holds built-in items waits, and only for a language the built-in pack comes in.
 */
export function builtInTranslationReady(pack: ContentPack, lang: string): Promise<void> | undefined {
  const base = language(lang);
  const load = Object.hasOwn(builtInLoaders, base) ? builtInLoaders[base] : undefined;
  if (builtInTranslations.has(base) || !load) return undefined;
  if (!kinds.some((kind) => (pack[kind] as readonly object[]).some(isBuiltIn))) return undefined;
  let pending = builtInLoading.get(base);
  if (!pending) {
    pending = load().then(
      () => undefined,
      (error: unknown) => {
        addBuiltInTranslation(base, { exercises: {}, drills: {}, checklists: {}, offers: {} });
        console.warn(
          `movewell-widgets: the built-in content in "${base}" could not be loaded (${(error as Error).message}).`,
        );
      },
    );
    builtInLoading.set(base, pending);
  }
  return pending;
}

/** The built-in item's words in each language that has arrived, as its `translations`. */
function builtInTranslationsOf(kind: ContentKind, id: string): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  builtInTranslations.forEach((words, lang) => {
    const text = Object.hasOwn(words[kind], id) ? words[kind][id] : undefined;
    if (text) found[lang] = text;
  });
  return found;
}

/**
 * The translation a reader of `wanted` gets from an item written in `own`: one for their exact tag
 * (`es-MX`), else none when the item is already in their language, else one for their language (`es`).
 */
export function pickTranslation(own: string, available: readonly string[], wanted: string): string | undefined {
  const exact = available.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  if (language(own) === language(wanted)) return undefined;
  return available.find((tag) => language(tag) === language(wanted));
}

/** A translated item carries no translations of its own: it is one language's view. */
function withoutTranslations<T extends { translations?: unknown }>(item: T): T {
  return { ...item, translations: undefined };
}

type MediaText = NonNullable<ExerciseText['media']>[number];

/** Media with its words (alt, caption, title) in the translation's language; addresses and settings stay. */
const translateMedia = (media: readonly MediaItem[] | undefined, words: readonly MediaText[] | undefined) =>
  media?.map((each, i) => ({ ...each, ...words?.[i] }) as MediaItem);

const translateExercise = (item: Exercise, text: ExerciseText): Exercise => {
  const { illustration, media, ...words } = text;
  return {
    ...withoutTranslations(item),
    ...words,
    illustration: item.illustration && { ...item.illustration, alt: illustration?.alt ?? item.illustration.alt },
    media: translateMedia(item.media, media),
  };
};

const translateDrill = (item: Drill, text: DrillText): Drill => ({
  ...withoutTranslations(item),
  ...text,
  steps: item.steps.map((step, i) => {
    const { media, ...words } = text.steps[i] ?? {};
    return { ...step, ...words, media: translateMedia(step.media, media) };
  }),
});

const translateChecklist = (item: Checklist, text: ChecklistText): Checklist => ({
  ...withoutTranslations(item),
  title: text.title,
  intro: text.intro,
  question: text.question,
  disclaimer: text.disclaimer,
  reviewedBy: text.reviewedBy ?? item.reviewedBy,
  redFlags: {
    ...item.redFlags,
    question: text.redFlags.question,
    emergency: text.redFlags.emergency,
    urgent: text.redFlags.urgent,
    items: item.redFlags.items.map((flag) => ({ ...flag, ...text.redFlags.items[flag.id] })),
  },
  items: item.items.map((sign) => ({ ...sign, ...text.items[sign.id] })),
  outcomes: item.outcomes.map((outcome) => ({ ...outcome, ...text.outcomes[outcome.id] })),
  sources: item.sources.map((source, i) => ({ ...source, title: text.sources[i]?.title ?? source.title })),
});

const translateOffer = (item: Offer, text: OfferText): Offer => {
  const { resources, ...words } = text;
  return {
    ...withoutTranslations(item),
    ...words,
    resources: item.resources && { ...item.resources, label: resources?.label ?? item.resources.label },
  };
};

const translators: { [K in ContentKind]: (item: ContentPack[K][number], text: never) => ContentPack[K][number] } = {
  exercises: translateExercise,
  drills: translateDrill,
  checklists: translateChecklist,
  offers: translateOffer,
};

/** One item in the reader's language where it has it, with the language it is in. */
function translateItem<K extends ContentKind>(
  kind: K,
  item: ContentPack[K][number],
  own: string,
  lang: string,
): { item: ContentPack[K][number]; locale: string } {
  const translations: Record<string, unknown> = {
    ...(isBuiltIn(item) ? builtInTranslationsOf(kind, item.id) : undefined),
    ...item.translations,
  };
  const tag = pickTranslation(own, Object.keys(translations), lang);
  if (!tag) return { item, locale: own };
  return { item: (translators[kind] as (i: Item, t: unknown) => Item)(item, translations[tag]), locale: tag };
}

/** The pack as a reader of one language sees it. */
export interface TranslatedPack {
  /** Every item in the reader's language where it has it. */
  pack: ContentPack;
  /** The same lists with `locale` set to the language `item` is in, so widgets mark it with `lang`. */
  packFor(item: Item): ContentPack;
}

/** Built-in items keep English as their own language, even inside a pack in another language that extends them. */
const kinds = ['exercises', 'drills', 'checklists', 'offers'] as const;

/** Emptied when a language of the built-in pack arrives. */
let cache = new WeakMap<ContentPack, Map<string, TranslatedPack>>();

/** Translations are worked out once per pack and language: the same objects each render, so views can keep them. */
export function translatePack(pack: ContentPack, lang: string): TranslatedPack {
  let byLang = cache.get(pack);
  if (!byLang) cache.set(pack, (byLang = new Map()));
  let translated = byLang.get(lang);
  if (!translated) byLang.set(lang, (translated = translate(pack, lang)));
  return translated;
}

function translate(pack: ContentPack, lang: string): TranslatedPack {
  const locales = new Map<object, string>();
  const list = <K extends ContentKind>(kind: K): ContentPack[K] =>
    (pack[kind] as readonly Item[]).map((item) => {
      const own = isBuiltIn(item) ? BUILT_IN_LOCALE : pack.locale;
      const translated = translateItem(kind, item, own, lang);
      locales.set(translated.item, translated.locale);
      return translated.item;
    }) as ContentPack[K];
  const translated: ContentPack = {
    ...pack,
    exercises: list('exercises'),
    drills: list('drills'),
    checklists: list('checklists'),
    offers: list('offers'),
  };
  const byLocale = new Map<string, ContentPack>();
  return {
    pack: translated,
    packFor(item) {
      const locale = locales.get(item) ?? pack.locale;
      let view = byLocale.get(locale);
      if (!view) byLocale.set(locale, (view = { ...translated, locale }));
      return view;
    },
  };
}
