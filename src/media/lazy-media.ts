/**
 * An exercise's or a drill step's media, whose code (players, the checks of each address, their
 * styles) is fetched the first time a widget has media to show: the built-in pack has none, so most
 * pages never fetch it. cdn.js holds it inline (src/cdn.ts imports the loader).
 *
 * The chunk registers itself here rather than exporting (src/loaders/README.md explains why).
 */
import { nothing, type TemplateResult } from 'lit';
import type { MediaContext, MediaList } from './media-controller.js';
import type { MwElement } from '../internal/mw-element.js';

export interface MediaPart {
  render(host: MwElement, list: MediaList, context: MediaContext): TemplateResult;
}

let provided: MediaPart | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;

/** Called by src/loaders/media.ts when its chunk runs. */
export function provideMedia(media: MediaPart): void {
  provided = media;
}

/**
 * The media, or nothing while its code is on its way: the widget renders again when it arrives, and
 * its `updateComplete` waits for that. A failed fetch is said once, and the media left out.
 */
export function renderMedia(host: MwElement, list: MediaList, context: MediaContext): TemplateResult | typeof nothing {
  if (provided) return provided.render(host, list, context);
  if (failed) return nothing;
  loading ??= import('../loaders/media.js').catch((error: unknown) => {
    failed = true;
    console.warn(`movewell-widgets: the code that shows media could not be loaded (${(error as Error).message})`);
  });
  host.renderWhenArrived(loading);
  return nothing;
}
