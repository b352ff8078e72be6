import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region for a widget: screen readers hear what changed (a new step, a result),
 * never every tick. Render `announcer.render()` once in the template; call `announce(text)`.
 */
export class Announcer implements ReactiveController {
  private message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Replaces what is announced. The region is emptied first, so saying the same text twice is heard twice. */
  announce(text: string) {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.message = text;
      this.host.requestUpdate();
    }, 50);
  }

  /** The text in the region now (for tests and for widgets that mirror it). */
  get current() {
    return this.message;
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
