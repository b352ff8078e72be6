import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwBookNow } from './book-now.component.js';
import { watchRedFlags } from './red-flags.js';

export { MwBookNow };
define('mw-book-now', MwBookNow);
// From the start, so a banner added after a checklist showed a red flag still knows about it.
watchRedFlags();

declare global {
  interface HTMLElementTagNameMap {
    'mw-book-now': MwBookNow;
  }
}
