/** How a booking banner is laid out: a banner in the flow, a bar fixed to the bottom, or just the button. */
export type BookNowVariant = 'inline' | 'sticky' | 'compact';

export interface BookClickDetail {
  /** The link being followed, with any UTM parameters already added. */
  url: string;
  variant: BookNowVariant;
  /** The booking offer's id, e.g. `exercise-physiology`. */
  offerId: string;
}

/**
 * `mw-book-click`: the reader pressed the booking link. Cancelable: a site that calls
 * `preventDefault()` stops the navigation, for example to open its own booking dialog. Not
 * cancelable when the reader asked for a new tab or window (Ctrl, ⌘, Shift or Alt and click):
 * the site still hears of it, but cannot turn it into something else.
 * Carries the link and where it was shown, never anything about the reader.
 */
export class MwBookClickEvent extends CustomEvent<BookClickDetail> {
  constructor(detail: BookClickDetail, { cancelable = true } = {}) {
    super('mw-book-click', { detail, bubbles: true, composed: true, cancelable });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-book-click': MwBookClickEvent;
  }
}
