import '../content/content.js';
import { isServer } from 'lit';
import { define } from '../../internal/define.js';
import { MwBookNow } from './book-now.component.js';
import { watchRedFlags } from './red-flags.js';

export { MwBookNow };
// The events too: a site importing only this entry gets them typed on addEventListener.
export { MwBookClickEvent } from '../../events/index.js';
export type { BookClickDetail, BookNowVariant } from '../../events/index.js';
define('mw-book-now', MwBookNow);
// From the start, so a banner added after a checklist showed a red flag still knows about it.
// A server render has no document and no checklist answers: there is nothing to watch.
if (!isServer) watchRedFlags();

declare global {
  interface HTMLElementTagNameMap {
    'mw-book-now': MwBookNow;
  }
}
