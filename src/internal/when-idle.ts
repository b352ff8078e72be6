import { isServer } from 'lit';

let waiting: Set<() => void> | undefined;

function runWaiting() {
  const callbacks = waiting ?? new Set();
  waiting = undefined;
  for (const callback of callbacks) callback();
}

/**
 * Calls `callback` once, when the page is next idle (within a second even on a busy page; a
 * quarter of a second later where `requestIdleCallback` is missing, as in Safari). One idle
 * callback serves every caller. Returns a function that cancels it.
 */
export function whenIdle(callback: () => void): () => void {
  if (isServer) return () => {};
  if (!waiting) {
    waiting = new Set();
    try {
      requestIdleCallback(runWaiting, { timeout: 1000 });
    } catch {
      setTimeout(runWaiting, 250);
    }
  }
  waiting.add(callback);
  return () => waiting?.delete(callback);
}
