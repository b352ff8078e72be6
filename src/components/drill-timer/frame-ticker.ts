import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickerOptions {
  /** Whether there is anything to tick for (the timer is running). */
  running(): boolean;
  /** Reads the clock and updates the view; called every frame, and on every visibility change. */
  tick(): void;
  /** Milliseconds until the next change that happens by itself (a segment's end), or null if none. */
  msUntilChange(): number | null;
}

/**
 * Drives a timer's view. While the page is visible and the timer runs it ticks every animation
 * frame; while hidden, frames stop (browsers pause them anyway), and one timeout wakes it at the
 * next segment's end so events still fire close to time. On return to the page it ticks at once,
 * so the right step shows the moment the page is visible. It never counts ticks: `tick()` reads
 * the clock.
 */
export class FrameTicker implements ReactiveController {
  private frame = 0;
  private timeout?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: TickerOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostDisconnected() {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Starts or stops ticking to match the timer and the page; safe to call any time. */
  sync() {
    if (!this.connected || !this.options.running()) {
      this.stop();
      return;
    }
    if (document.visibilityState === 'visible') {
      clearTimeout(this.timeout);
      this.timeout = undefined;
      if (!this.frame) this.frame = requestAnimationFrame(this.onFrame);
      return;
    }
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.timeout);
    const ms = this.options.msUntilChange();
    this.timeout = ms === null ? undefined : setTimeout(this.onTimeout, Math.max(0, ms) + 1);
  }

  private stop() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  private readonly onFrame = () => {
    this.frame = 0;
    this.options.tick();
    this.sync();
  };

  private readonly onTimeout = () => {
    this.timeout = undefined;
    this.options.tick();
    this.sync();
  };

  private readonly onVisibility = () => {
    this.options.tick();
    this.sync();
  };
}
