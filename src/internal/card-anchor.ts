import { isServer } from 'lit';
import { normalizeId } from '../content/lookup.js';

/**
 * The fragment that leads to another widget of `tag` for `id` on this page (`<mw-exercise-card
 * exercise="glute-bridge">`, `<mw-drill-timer drill="…">`), if there is one. A widget without an id
 * gets one from what it shows (`mw-exercise-glute-bridge`), unless the page already uses that id.
 * Only widgets in the document itself: a fragment cannot reach into a shadow root. On the server
 * there is no page to search: plain text there, and a link once the widget hydrates.
 */
export function pageAnchor(
  from: Element,
  tag: 'mw-exercise-card' | 'mw-drill-timer',
  attribute: 'exercise' | 'drill',
  id: string,
): string | undefined {
  if (isServer || from.getRootNode() !== document) return undefined;
  const found = [...document.querySelectorAll(tag)].find(
    (each) => each !== from && normalizeId(each.getAttribute(attribute) ?? '') === id,
  );
  if (!found) return undefined;
  if (!found.id) {
    const own = `mw-${attribute}-${id}`;
    if (document.getElementById(own)) return undefined;
    found.id = own;
  }
  return encodeURIComponent(found.id);
}

/** The fragment of another card for `exerciseId` on this page, if there is one. */
export const cardAnchor = (from: Element, exerciseId: string) =>
  pageAnchor(from, 'mw-exercise-card', 'exercise', exerciseId);
