/**
 * The checks on `translations` that a schema cannot express: each translation is complete and matches its
 * item (the same red flags, signs, outcomes, drill steps and sources), so a reader in another language gets
 * every warning sign and every line of advice, never a mix of two languages.
 */
import type { Checklist, ContentKind, ContentPack, Drill, Exercise, ExerciseText, MediaItem, Offer } from './types.js';

type MediaText = NonNullable<ExerciseText['media']>[number];
const MEDIA_WORDS = ['alt', 'caption', 'title'] as const;

type Path = [ContentKind, number, ...(string | number)[]];
export type AddError = (path: Path, message: string) => void;

export function checkTranslations(pack: ContentPack, add: AddError) {
  const each = <K extends ContentKind, T>(
    kind: K,
    check: (item: ContentPack[K][number], text: T, at: (...keys: (string | number)[]) => Path) => void,
  ) =>
    (pack[kind] as readonly ContentPack[K][number][]).forEach((item, i) => {
      for (const [tag, text] of Object.entries(item.translations ?? {})) {
        check(item, text as T, (...keys) => [kind, i, 'translations', tag, ...keys]);
      }
    });

  /** An optional text the translation must have exactly when the item has it. */
  const matches = (path: Path, inItem: boolean, inText: boolean) => {
    if (inItem && !inText) add(path, 'required, because the item has it in its own language');
    if (!inItem && inText) add(path, 'not in the item itself: remove it, or add it to the item first');
  };

  /** Text keyed by id must cover the item's ids exactly. */
  const sameIds = (path: Path, ids: readonly string[], text: Record<string, unknown>, what: string) => {
    for (const id of ids) if (!(id in text)) add(path, `expected text for every ${what}, but "${id}" has none`);
    for (const id of Object.keys(text)) {
      if (!ids.includes(id)) add([...path, id] as Path, `expected the id of a ${what} in this checklist`);
    }
  };

  const sameLength = (path: Path, expected: number, got: number, what: string) => {
    if (expected !== got) add(path, `expected ${expected} ${what}, one for each in the item, got ${got}`);
  };

  /** Media words: one entry per item that has words, each with exactly the words (alt, caption, title) it has. */
  const sameMediaWords = (
    path: Path,
    media: readonly MediaItem[] | undefined,
    words: readonly MediaText[] | undefined,
  ) => {
    const worded = (media ?? []).some((item) => MEDIA_WORDS.some((key) => key in item));
    matches(path, worded, words !== undefined);
    if (!media || !words) return;
    sameLength(path, media.length, words.length, 'media items');
    media.forEach((item, i) => {
      const entry = words[i];
      if (!entry) return;
      for (const key of MEDIA_WORDS) matches([...path, i, key], key in item, entry[key] !== undefined);
    });
  };

  each<'exercises', NonNullable<Exercise['translations']>[string]>('exercises', (item, text, at) => {
    matches(at('illustration'), Boolean(item.illustration), Boolean(text.illustration));
    sameMediaWords(at('media'), item.media, text.media);
  });

  each<'drills', NonNullable<Drill['translations']>[string]>('drills', (item, text, at) => {
    for (const field of ['setup', 'notes', 'safety'] as const) {
      matches(at(field), item[field] !== undefined, text[field] !== undefined);
    }
    sameLength(at('steps'), item.steps.length, text.steps.length, 'steps');
    item.steps.forEach((step, j) => {
      const words = text.steps[j];
      if (!words) return;
      matches(at('steps', j, 'name'), step.name !== undefined, words.name !== undefined);
      matches(at('steps', j, 'cue'), step.cue !== undefined, words.cue !== undefined);
      sameMediaWords(at('steps', j, 'media'), step.media, words.media);
    });
  });

  each<'checklists', NonNullable<Checklist['translations']>[string]>('checklists', (item, text, at) => {
    const flags = item.redFlags.items;
    sameIds(
      at('redFlags', 'items'),
      flags.map((flag) => flag.id),
      text.redFlags.items,
      'red flag',
    );
    for (const flag of flags) {
      const words = text.redFlags.items[flag.id];
      if (words) matches(at('redFlags', 'items', flag.id, 'message'), Boolean(flag.message), Boolean(words.message));
    }
    sameIds(
      at('items'),
      item.items.map((sign) => sign.id),
      text.items,
      'sign',
    );
    sameIds(
      at('outcomes'),
      item.outcomes.map((outcome) => outcome.id),
      text.outcomes,
      'outcome',
    );
    sameLength(at('sources'), item.sources.length, text.sources.length, 'source titles');
  });

  each<'offers', NonNullable<Offer['translations']>[string]>('offers', (item, text, at) =>
    matches(at('resources'), Boolean(item.resources), Boolean(text.resources)),
  );
}
