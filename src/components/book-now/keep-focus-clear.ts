import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Room left between the focused element and the bar. */
const MARGIN = 8;

/**
 * Keeps a fixed bottom bar from hiding the element that has keyboard focus (WCAG 2.4.11).
 * When focus lands on something under the bar, the page scrolls just enough to lift it above
 * the bar. When scrolling cannot (the end of the page, an element in its own scroll box or
 * itself fixed), the bar steps aside (`yielding`) until focus moves somewhere it hides nothing,
 * or into the bar itself.
 */
export class KeepFocusClear implements ReactiveController {
  /** True while the bar is moved out of the way of the focused element. */
  yielding = false;

  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The bar, or null when the element is not showing one. */
    private readonly bar: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('focusin', this.handleFocusIn);
    document.addEventListener('focusout', this.handleFocusOut);
  }

  hostDisconnected() {
    document.removeEventListener('focusin', this.handleFocusIn);
    document.removeEventListener('focusout', this.handleFocusOut);
    cancelAnimationFrame(this.frame);
  }

  private readonly handleFocusIn = (event: FocusEvent) => {
    cancelAnimationFrame(this.frame);
    const path = event.composedPath();
    const target = path[0];
    if (path.includes(this.host) || !(target instanceof Element)) {
      this.setYielding(false);
      return;
    }
    // The browser scrolls a newly focused element into view after the focus events; measure after that.
    this.frame = requestAnimationFrame(() => this.clear(target));
  };

  /** Focus left the page or went nowhere (a click on plain text): the bar comes back. */
  private readonly handleFocusOut = (event: FocusEvent) => {
    if (!event.relatedTarget) this.setYielding(false);
  };

  private clear(target: Element) {
    const bar = this.bar();
    if (!bar || !target.isConnected) return this.setYielding(false);
    // Where the bar sits when it is not stepping aside: fixed to the bottom of the viewport.
    const barTop = document.documentElement.clientHeight - bar.offsetHeight;
    const hidden = () => {
      const rect = target.getBoundingClientRect();
      return rect.bottom > barTop && rect.top < document.documentElement.clientHeight;
    };
    if (hidden()) {
      const rect = target.getBoundingClientRect();
      // Lift it above the bar, but never push its top out of view.
      const by = Math.min(rect.bottom - barTop + MARGIN, Math.max(0, rect.top - MARGIN));
      if (by > 0) window.scrollBy({ top: by, behavior: 'instant' });
    }
    this.setYielding(hidden());
  }

  private setYielding(yielding: boolean) {
    if (yielding === this.yielding) return;
    this.yielding = yielding;
    this.host.requestUpdate();
  }
}
