import { isServer } from 'lit';
import { normalizeId } from '../content/lookup.js';

type AnchorTag = 'mw-exercise-card' | 'mw-drill-timer';

interface PageIndex {
  /** How many widgets of the tag the document held when the index was made. */
  count: number;
  byId: Map<string, Element[]>;
}

/**
 * The widgets of each tag in the document, by the id they show. Made once per task, not once per
 * link: a page of 100 cards, each linking its easier and harder exercises, would otherwise search the
 * whole page 200 times while it renders. A widget added or removed since makes it again (the live
 * collection's length tells); what it finds is checked again before use.
 */
const indexes = new Map<AnchorTag, PageIndex>();
let clearing = false;

function pageIndex(tag: AnchorTag, attribute: string): Map<string, Element[]> {
  // As plain elements: the tag's own class (which imports this module) would make its type circular.
  const all: HTMLCollectionOf<Element> = document.getElementsByTagName(tag as string);
  let index = indexes.get(tag);
  if (!index || index.count !== all.length) {
    const byId = new Map<string, Element[]>();
    for (const each of all) {
      const id = normalizeId(each.getAttribute(attribute));
      byId.set(id, [...(byId.get(id) ?? []), each]);
    }
    index = { count: all.length, byId };
    indexes.set(tag, index);
  }
  // An attribute changed in a later task is seen then.
  if (!clearing) {
    clearing = true;
    setTimeout(() => {
      indexes.clear();
      clearing = false;
    });
  }
  return index.byId;
}

/**
 * The fragment that leads to another widget of `tag` for `id` on this page (`<mw-exercise-card
 * exercise="glute-bridge">`, `<mw-drill-timer drill="…">`), if there is one. A widget without an id
 * gets one from what it shows (`mw-exercise-glute-bridge`), unless the page already uses that id.
 * Only widgets in the document itself: a fragment cannot reach into a shadow root. On the server
 * there is no page to search: plain text there, and a link once the widget hydrates.
 */
export function pageAnchor(
  from: Element,
  tag: AnchorTag,
  attribute: 'exercise' | 'drill',
  id: string,
): string | undefined {
  if (isServer || from.getRootNode() !== document) return undefined;
  const found = pageIndex(tag, attribute)
    .get(id)
    ?.find((each) => each !== from && each.isConnected && normalizeId(each.getAttribute(attribute)) === id);
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
