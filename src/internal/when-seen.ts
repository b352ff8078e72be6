import { isServer } from 'lit';

let observer: IntersectionObserver | undefined;
const waiting = new WeakMap<Element, () => void>();

function seen(element: Element) {
  const callback = waiting.get(element);
  waiting.delete(element);
  observer?.unobserve(element);
  callback?.();
}

/**
 * Calls `callback` once, when `element` first comes into view. One observer serves the whole page:
 * a page of 100 cards watches 100 drawings with it. Where IntersectionObserver is missing or broken,
 * the element counts as seen at once.
 */
export function whenSeen(element: Element, callback: () => void) {
  if (isServer) return;
  waiting.set(element, callback);
  try {
    observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) seen(entry.target);
    });
    observer.observe(element);
  } catch {
    seen(element);
  }
}
