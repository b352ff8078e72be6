import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The countdown of a notice that leaves by itself (the toast after closing the sticky bar). It
 * waits while the reader holds the notice, with the pointer over it or keyboard focus in it, and
 * starts again in full when they let go: time to read it and reach Undo (WCAG 2.2.1).
 */
export class NoticeTimeout implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly holds = new Set<'pointer' | 'focus'>();
  /** Between start() and stop(): a hold on a notice that never counted down (inline) starts nothing. */
  private running = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
    private readonly onTimeout: () => void,
  ) {
    host.addController(this);
  }

  /** Starts the countdown afresh (nothing holds the notice yet). */
  start() {
    this.holds.clear();
    this.running = true;
    this.schedule();
  }

  /** Stops the countdown for good: the notice went another way (Undo, focus moved on). */
  stop() {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hold(by: 'pointer' | 'focus', held: boolean) {
    if (held) this.holds.add(by);
    else this.holds.delete(by);
    this.schedule();
  }

  hostDisconnected() {
    this.stop();
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = !this.running || this.holds.size ? undefined : setTimeout(() => this.onTimeout(), this.ms);
  }
}
