/** Whether the reader asked their system for less motion. */
export const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Scrolls `element` just far enough to show it whole (smoothly, unless the reader asked for
 * reduced motion). When it is taller than the screen, centres `focal` instead, the control the
 * reader needs first, such as a timer's main button. Scrolling is a courtesy: it never throws.
 */
export function bringIntoView(element: Element, focal: Element | null = null) {
  const tall = focal && element.getBoundingClientRect().height > innerHeight;
  try {
    (tall ? focal : element).scrollIntoView({
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      block: tall ? 'center' : 'nearest',
    });
  } catch {
    // An old engine without scroll options: the reader scrolls.
  }
}
