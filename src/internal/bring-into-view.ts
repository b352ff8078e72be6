/** Whether the reader asked their system for less motion. */
export const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Whether any of `element` is on screen. */
const onScreen = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
};

/** Calls `then` once the page has stopped scrolling (or after a while, where `scrollend` is unknown). */
function afterScroll(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    document.removeEventListener('scrollend', once, true);
    then();
  };
  document.addEventListener('scrollend', once, true);
  setTimeout(once, 1500);
}

/**
 * Scrolls `element` just far enough to show it whole (smoothly, unless the reader asked for
 * reduced motion). When it is taller than the screen, centres `focal` instead, the control the
 * reader needs first, such as a timer's main button. Scrolling is a courtesy: it never throws.
 *
 * What lies on the way may change size while the page scrolls (an image or a video loads, a widget
 * renders), moving the target: once the scroll settles, it aims again if the target is off screen.
 */
export function bringIntoView(element: Element, focal: Element | null = null) {
  const tall = focal && element.getBoundingClientRect().height > innerHeight;
  const target = tall ? focal : element;
  const aim = (smooth: boolean) =>
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: tall ? 'center' : 'nearest' });
  try {
    const smooth = !prefersReducedMotion();
    aim(smooth);
    if (smooth)
      afterScroll(() => {
        if (target.isConnected && !onScreen(target)) aim(false);
      });
  } catch {
    // An old engine without scroll options: the reader scrolls.
  }
}
