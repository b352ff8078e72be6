import { isServer } from 'lit';

/** One IntersectionObserver per margin, for the whole page: a page of 100 cards watches 100 drawings with it. */
const watchers = new Map<string, { observer?: IntersectionObserver; waiting: WeakMap<Element, () => void> }>();

function watcher(ahead: string) {
  let found = watchers.get(ahead);
  if (!found) watchers.set(ahead, (found = { waiting: new WeakMap() }));
  return found;
}

/**
 * Calls `callback` once, when `element` first comes into view, or within `ahead` of it (a margin
 * as IntersectionObserver's `rootMargin` takes it: `100% 0px` is a screen above or below). Returns
 * a function that stops watching, for an element leaving the page before it was seen. Where
 * IntersectionObserver is missing or broken, the element counts as seen at once.
 */
export function whenSeen(element: Element, callback: () => void, ahead = '0px'): () => void {
  if (isServer) return () => {};
  const watch = watcher(ahead);
  const stop = () => {
    watch.waiting.delete(element);
    watch.observer?.unobserve(element);
  };
  const seen = () => {
    stop();
    callback();
  };
  watch.waiting.set(element, seen);
  try {
    watch.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) watch.waiting.get(entry.target)?.();
      },
      { rootMargin: ahead },
    );
    watch.observer.observe(element);
  } catch {
    seen();
  }
  return stop;
}
