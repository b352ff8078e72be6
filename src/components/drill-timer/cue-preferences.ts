import { STORAGE_PREFIX, safeStorage } from '../../internal/storage.js';

export interface CuePreferences {
  /** No sounds and no voice (vibration still works: it is how a muted phone tells you). */
  muted: boolean;
  /** Speak each step's name. Off until the reader turns it on. */
  voice: boolean;
}

const KEY = `${STORAGE_PREFIX}drill-timer:cues`;
const storage = safeStorage('local');
const listeners = new Set<(preferences: CuePreferences) => void>();

/** The reader's sound choices, remembered on this device for every timer on the site. */
export const cuePreferences = {
  get(): CuePreferences {
    const saved = storage.getJson(KEY);
    const read = (key: keyof CuePreferences) =>
      typeof saved === 'object' && saved !== null && (saved as Record<string, unknown>)[key] === true;
    return { muted: read('muted'), voice: read('voice') };
  },
  set(preferences: CuePreferences) {
    storage.set(KEY, JSON.stringify({ muted: preferences.muted, voice: preferences.voice }));
    for (const listener of listeners) listener(preferences);
  },
  /** Hears every change made on this page (even when storage is off); returns how to stop. */
  watch(listener: (preferences: CuePreferences) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
