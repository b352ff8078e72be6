import type { ContentKind, ContentPack } from './types.js';

type ItemOf<K extends ContentKind> = ContentPack[K][number];

const KIND_NAMES: Record<ContentKind, string> = {
  exercises: 'exercise',
  drills: 'drill',
  checklists: 'checklist',
  offers: 'booking offer',
};

export type Lookup<T> = { found: true; item: T } | { found: false; message: string; known: string[] };

/** Ids are lowercase kebab-case, so a pasted " Glute-Bridge⏎" can only mean one of them. */
export const normalizeId = (id: string | undefined | null): string => (id ?? '').trim().toLowerCase();

/** Finds an item by id, or explains which ids exist, for an in-place message. */
export function lookup<K extends ContentKind>(
  pack: ContentPack,
  kind: K,
  id: string | undefined | null,
): Lookup<ItemOf<K>> {
  const items = pack[kind] as readonly ItemOf<K>[];
  const known = items.map((item) => item.id);
  const name = KIND_NAMES[kind];
  const wanted = normalizeId(id);
  if (!wanted) return { found: false, message: `No ${name} was chosen.`, known };
  const item = items.find((candidate) => candidate.id === wanted);
  return item ? { found: true, item } : { found: false, message: `There is no ${name} called "${id}".`, known };
}
