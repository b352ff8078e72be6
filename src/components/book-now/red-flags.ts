import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which symptom checklists on the page are showing a red-flag result right now, known by the
 * element that sent the result. One listener per page, so a banner added after the result
 * still knows, and each banner re-renders when the answer changes.
 */
const showingRedFlag = new Set<EventTarget>();
const hosts = new Set<ReactiveControllerHost>();
let watching = false;

/** The checklist itself, even inside another widget's open shadow root. */
const sourceOf = (event: Event) => event.composedPath()[0] ?? event.target;

/** A checklist taken off the page shows nothing any more (single-page apps, Storybook switching stories). */
const onPage = (source: EventTarget) => !(source instanceof Node) || source.isConnected;

function changed(source: EventTarget | null, redFlag: boolean) {
  if (!source) return;
  if (redFlag) showingRedFlag.add(source);
  else showingRedFlag.delete(source);
  // A removed checklist sends its reset from the document, not from itself, so forget it here.
  for (const each of showingRedFlag) if (!onPage(each)) showingRedFlag.delete(each);
  hosts.forEach((host) => host.requestUpdate());
}

/** Starts listening on the document; safe to call more than once. */
export function watchRedFlags() {
  if (watching) return;
  watching = true;
  document.addEventListener('mw-checklist-result', (event) => changed(sourceOf(event), event.detail.redFlag));
  document.addEventListener('mw-checklist-reset', (event) => changed(sourceOf(event), false));
}

export class RedFlagController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while any checklist on the page shows a red-flag (urgent care) result. */
  get active(): boolean {
    return [...showingRedFlag].some(onPage);
  }

  hostConnected() {
    watchRedFlags();
    hosts.add(this.host);
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }
}
