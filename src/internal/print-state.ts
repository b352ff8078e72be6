import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, so a widget opens what it folds away on screen (a disclosure's
 * content does not print while it is closed, and no CSS can open it). The host renders again as
 * printing starts and ends.
 */
export class PrintState implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
  }

  private readonly handleBeforePrint = () => this.set(true);
  private readonly handleAfterPrint = () => this.set(false);

  private set(printing: boolean) {
    this.printing = printing;
    this.host.requestUpdate();
  }
}
