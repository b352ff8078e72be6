import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus inside a widget after it renders, so focus lands where the reader is when the
 * control they used is replaced (Start became Pause, Continue became a result), never on the
 * page body.
 *
 * - `moveTo(selector)`: after the next render, focus the first element that matches.
 * - `keepWithin(fallbacks)`: after every render, if what had focus in the widget is gone or can
 *   no longer hold it, focus the first fallback that exists.
 */
export class FocusAfterRender implements ReactiveController {
  private target?: string;
  private before: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallbacks: readonly string[] = [],
  ) {
    host.addController(this);
  }

  /** Focus this (a selector in the widget's shadow root) once the next render is done. */
  moveTo(selector: string) {
    this.target = selector;
    this.host.requestUpdate();
  }

  hostUpdate() {
    this.before = this.host.shadowRoot?.activeElement ?? null;
  }

  hostUpdated() {
    const root = this.host.shadowRoot;
    const before = this.before;
    this.before = null;
    if (this.target) {
      const target = root?.querySelector<HTMLElement>(this.target);
      this.target = undefined;
      if (target) {
        target.focus();
        return;
      }
    }
    if (before && !canHoldFocus(before)) {
      this.fallbacks
        .map((selector) => root?.querySelector<HTMLElement>(selector))
        .find(Boolean)
        ?.focus();
    }
  }
}

/** Still in the widget and focusable: a control (a media player too), or an element with a tabindex. */
function canHoldFocus(element: Element): boolean {
  if (!element.isConnected) return false;
  return (
    element.hasAttribute('tabindex') ||
    element.matches('button:not(:disabled), a[href], input, summary, iframe, video[controls]')
  );
}
