import { STORAGE_PREFIX, safeStorage } from '../../internal/storage.js';
import type { DrillEvent } from './drill-engine.js';
import type { Segment } from './drill-segments.js';

/** A run in progress, kept for this tab only (sessionStorage), so a reload can offer to resume. */
export interface SavedRun {
  log: DrillEvent[];
  /** The page's clock when it was saved: the new page moves the log onto its own clock from here. */
  savedAt: number;
}

const storage = safeStorage('session');
const key = (runId: string) => `${STORAGE_PREFIX}drill-timer:${runId}`;

/**
 * A short fingerprint of the segments, so a saved run is not resumed into content that changed
 * since (a step added, a time edited).
 */
export const fingerprint = (segments: readonly Segment[]) =>
  segments.map((s) => `${s.kind}${'seconds' in s ? s.seconds : JSON.stringify(s.reps)}`).join('|');

const isEvent = (value: unknown): value is DrillEvent =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DrillEvent).type === 'string' &&
  typeof (value as DrillEvent).at === 'number';

export const savedRun = {
  load(runId: string, segments: readonly Segment[]): SavedRun | undefined {
    const saved = storage.getJson(key(runId)) as Record<string, unknown> | null | undefined;
    if (typeof saved !== 'object' || !saved) return undefined;
    if (saved.fingerprint !== fingerprint(segments) || typeof saved.savedAt !== 'number') return undefined;
    if (!Array.isArray(saved.log) || !saved.log.every(isEvent)) return undefined;
    return { log: saved.log, savedAt: saved.savedAt };
  },
  save(runId: string, segments: readonly Segment[], run: SavedRun) {
    storage.set(key(runId), JSON.stringify({ fingerprint: fingerprint(segments), ...run }));
  },
  clear(runId: string) {
    storage.remove(key(runId));
  },
};
