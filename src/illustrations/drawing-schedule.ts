import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { whenIdle } from '../internal/when-idle.js';
import { whenSeen } from '../internal/when-seen.js';

/**
 * When a card's drawing is drawn, and when it moves.
 *
 * Its box, its name and its size are there from the first render. Its shapes are drawn as it comes
 * within a screen of the reader, or once the page is idle, whichever is first: a page of cards then
 * pays, in its first frame, only for the drawings near the reader (a drawing's SVG elements cost
 * style and layout time, more than their text), and every drawing is there moments later, for a
 * reader scrolling fast, a full-page screenshot or a print. The move waits until the drawing is in
 * view, so it plays where it is watched.
 */
export class DrawingSchedule implements ReactiveController {
  /** Whether the drawing's shapes are rendered. */
  drawn: boolean;
  private watched?: Element;
  private stopSeen?: () => void;
  private stopDrawing: (() => void)[] = [];

  /**
   * @param find the drawing's element, once rendered
   * @param onSeen called once the drawing is in view
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => Element | null,
    private readonly onSeen: () => void,
  ) {
    // On the server, and for a card the server rendered (hydration must find the shapes it sent), at once.
    this.drawn = isServer || Boolean(host.shadowRoot);
    host.addController(this);
  }

  hostUpdated() {
    const drawing = this.find() ?? undefined;
    if (drawing === this.watched) return;
    this.stop();
    this.watched = drawing;
    if (drawing) this.watch(drawing);
  }

  hostConnected() {
    if (this.watched) this.watch(this.watched);
  }

  /** A card taken off the page stops being watched (it may never be seen, and must not be kept). */
  hostDisconnected() {
    this.stop();
  }

  private watch(drawing: Element) {
    this.stopSeen = whenSeen(drawing, this.onSeen);
    if (!this.drawn) this.stopDrawing = [whenSeen(drawing, this.draw, '100% 0px'), whenIdle(this.draw)];
  }

  private readonly draw = () => {
    this.cancelDrawing();
    this.drawn = true;
    this.host.requestUpdate();
  };

  private stop() {
    this.stopSeen?.();
    this.cancelDrawing();
  }

  private cancelDrawing() {
    for (const stop of this.stopDrawing) stop();
    this.stopDrawing = [];
  }
}
