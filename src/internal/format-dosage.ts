import type { Dosage, Reps } from '../content/types.js';
import type { Translation } from '../translations/en.js';

/** "10" or "10–15", in the reader's number format. */
export function formatReps(reps: Reps, number: (value: number) => string): string {
  return typeof reps === 'number' ? number(reps) : `${number(reps.min)}–${number(reps.max)}`;
}

/** Whether a timer can run this dosage: it needs reps to count or a hold to time. */
export const canTime = (dosage: Dosage) =>
  dosage.reps !== undefined || (typeof dosage.holdSeconds === 'number' && dosage.holdSeconds > 0);

const isMany = (reps: Reps) => (typeof reps === 'number' ? reps !== 1 : true);

/**
 * A dosage in words, one part per idea, e.g. ["2 sets of 10–15", "hold 5 s", "each side"].
 * Shared by the card (which lists the parts) and the timer (which joins them).
 */
export function dosageParts(dosage: Dosage, t: Translation, number: (value: number) => string): string[] {
  const parts: string[] = [];
  const { sets, reps, unit } = dosage;
  if (reps !== undefined) {
    const count = formatReps(reps, number);
    const counted = unit === 'steps' ? t.steps(count, isMany(reps)) : sets ? count : t.reps(count, isMany(reps));
    parts.push(sets ? t.setsOf(t.sets(sets), counted) : counted);
  } else if (sets) {
    parts.push(t.sets(sets));
  }
  if (dosage.holdSeconds) parts.push(t.hold(number(dosage.holdSeconds)));
  if (dosage.perSide) parts.push(t.eachSide);
  if (dosage.eachWay) parts.push(t.eachWay);
  if (dosage.restSeconds) parts.push(t.rest(number(dosage.restSeconds)));
  return parts;
}
