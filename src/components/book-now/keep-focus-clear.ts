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
    document.addEventListener('keyup', this.handleKeyUp);
  }

  hostDisconnected() {
    document.removeEventListener('focusin', this.handleFocusIn);
    document.removeEventListener('focusout', this.handleFocusOut);
    document.removeEventListener('keyup', this.handleKeyUp);
    cancelAnimationFrame(this.frame);
  }

  private readonly handleFocusIn = (event: FocusEvent) => this.check(event.composedPath()[0]);

  /**
   * Focus that moves inside one widget (a checklist's checkbox to the next) sends the document no
   * focusin: from outside, the same element kept focus. The Tab that moved it does reach the document.
   */
  private readonly handleKeyUp = (event: KeyboardEvent) => {
    if (event.key === 'Tab') this.check(deepActiveElement());
  };

  private check(target: EventTarget | null | undefined) {
    cancelAnimationFrame(this.frame);
    if (!(target instanceof Element) || within(this.host, target)) {
      this.setYielding(false);
      return;
    }
    // The browser scrolls a newly focused element into view after the focus events; measure after that.
    this.frame = requestAnimationFrame(() => this.clear(target));
  }

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

/** The focused element, inside shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `host` or inside it, crossing shadow roots. */
function within(host: Element, node: Node): boolean {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at === host) return true;
  }
  return false;
}
