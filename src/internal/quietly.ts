/**
 * Calls a platform API whose failure changes nothing for the reader (a wake lock, a sound, a voice).
 * Old browsers and polyfills break the standard shape: a call that returns no promise, throws, or
 * rejects. None of that may throw out of pause, reset or removal, nor become an unhandled rejection.
 */
export function quietly(call: () => unknown): void {
  try {
    const result = call();
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, () => undefined);
    }
  } catch {
    // Without it the timer still keeps time.
  }
}
