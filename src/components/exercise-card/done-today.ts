import { STORAGE_PREFIX, safeStorage } from '../../internal/storage.js';

const storage = safeStorage('local');
const prefix = (exerciseId: string) => `${STORAGE_PREFIX}done:${exerciseId}:`;

/** Today's date on this device, so "today" ends at the reader's midnight. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Done today", per exercise per day, kept in localStorage (or memory for the visit when
 * storage is disabled or full). Only the exercise id and date are stored: no health answers.
 */
export const doneToday = {
  get(exerciseId: string): boolean {
    return storage.get(prefix(exerciseId) + today()) === '1';
  },
  set(exerciseId: string, done: boolean) {
    // Earlier days' marks are no longer shown, so they are cleared rather than left to pile up.
    for (const key of storage.keys(prefix(exerciseId))) storage.remove(key);
    if (done) storage.set(prefix(exerciseId) + today(), '1');
  },
};
