import { quietly } from '../../internal/quietly.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen on while a timer runs (Screen Wake Lock). The browser drops the lock whenever
 * the page is hidden, so it is asked for again when the page is visible. Where the API is missing
 * or refuses (low battery, a policy), nothing happens: a dim screen is no reason for an error.
 */
export class WakeLockController implements ReactiveController {
  private wanted = false;
  private sentinel?: WakeLockSentinel;
  private requesting = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.keepAwake(false);
  }

  keepAwake(on: boolean) {
    this.wanted = on;
    if (on) void this.request();
    else this.release();
  }

  /** Whether the screen is being kept on right now. */
  get held() {
    // A polyfill's sentinel may lack `released`: held until we let it go.
    return Boolean(this.sentinel && this.sentinel.released !== true);
  }

  private async request() {
    if (this.held || this.requesting || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    this.requesting = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      // Paused or removed while we waited: let go at once.
      if (this.wanted) this.sentinel = sentinel;
      else quietly(() => sentinel.release());
    } catch {
      // Refused: the screen may dim, and the timer keeps time regardless.
    } finally {
      this.requesting = false;
    }
  }

  private release() {
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    quietly(() => sentinel?.release());
  }

  private readonly onVisibility = () => {
    if (this.wanted && document.visibilityState === 'visible') void this.request();
  };
}
