import { isServer } from 'lit';
import { normalizeId } from '../../content/lookup.js';

/**
 * The fragment that leads to another card for `exerciseId` on this page, if there is one. A
 * card without an id gets one from its exercise (`mw-exercise-glute-bridge`), unless the page
 * already uses that id. Only cards in the document itself: a fragment cannot reach into a shadow root.
 * On the server there is no page to search: plain text there, and a link once the card hydrates.
 */
export function cardAnchor(from: Element, exerciseId: string): string | undefined {
  if (isServer || from.getRootNode() !== document) return undefined;
  const card = [...document.querySelectorAll('mw-exercise-card')].find(
    (each) => each !== from && normalizeId(each.getAttribute('exercise') ?? '') === exerciseId,
  );
  if (!card) return undefined;
  if (!card.id) {
    const id = `mw-exercise-${exerciseId}`;
    if (document.getElementById(id)) return undefined;
    card.id = id;
  }
  return encodeURIComponent(card.id);
}
