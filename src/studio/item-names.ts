/** How the studio names kinds and items to the author. */
import type { ContentKind } from '../content/types.js';
import { listAt, textAt, type Draft, type Path } from './draft.js';

/** Each kind's names: a list's heading, one item in a sentence, one item on its own (an Add button on a phone). */
export const KIND_LABELS: Record<ContentKind, { plural: string; one: string; single: string; nameKey: string }> = {
  exercises: { plural: 'Exercises', one: 'exercise', single: 'Exercise', nameKey: 'name' },
  drills: { plural: 'Drills', one: 'drill', single: 'Drill', nameKey: 'name' },
  checklists: { plural: 'Checklists', one: 'checklist', single: 'Checklist', nameKey: 'title' },
  offers: { plural: 'Booking offers', one: 'booking offer', single: 'Booking offer', nameKey: 'headline' },
};

export function itemName(pack: Draft, kind: ContentKind, index: number): string {
  const item = listAt(pack, [kind])[index];
  return textAt(item, [KIND_LABELS[kind].nameKey]) || textAt(item, ['id']) || `Untitled ${KIND_LABELS[kind].one}`;
}

/** "Glute bridge: dosage, reps" for an error's path (the pack's own fields for a path outside any item). */
export function describePath(pack: Draft, path: Path): string {
  const [kind, index, ...rest] = path;
  const where = rest
    .map((key) => (typeof key === 'number' ? String(key + 1) : key.replace(/([A-Z])/g, ' $1').toLowerCase()))
    .join(' ');
  if (typeof kind === 'string' && kind in KIND_LABELS && typeof index === 'number') {
    const name = itemName(pack, kind as ContentKind, index);
    return where ? `${name}, ${where}:` : `${name}:`;
  }
  return path.length ? `Pack, ${path.join(' ')}:` : 'Pack:';
}
