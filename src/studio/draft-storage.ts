/**
 * The draft, kept in this browser's localStorage only: nothing is sent anywhere. A draft from
 * another version, or damaged by hand, is ignored rather than opened half.
 */
import { safeStorage, STORAGE_PREFIX } from '../internal/storage.js';
import type { Draft } from './draft.js';

const KEY = `${STORAGE_PREFIX}studio-draft`;

export interface SavedDraft {
  pack: Draft;
  /** When it was last kept, as milliseconds since 1970. */
  savedAt: number;
}

export function loadDraft(): SavedDraft | undefined {
  const saved = safeStorage('local').getJson(KEY) as Partial<SavedDraft> | undefined;
  if (!saved || typeof saved.pack !== 'object' || saved.pack === null || typeof saved.savedAt !== 'number') {
    return undefined;
  }
  return { pack: saved.pack, savedAt: saved.savedAt };
}

/** Returns false when the browser would keep it only until the page closes (storage full or blocked). */
export function saveDraft(pack: Draft): boolean {
  return safeStorage('local').set(KEY, JSON.stringify({ pack, savedAt: Date.now() }));
}
