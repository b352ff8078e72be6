import { define } from '../../internal/define.js';
import { MwContent } from './content.component.js';

export { MwContent };
define('mw-content', MwContent);

declare global {
  interface HTMLElementTagNameMap {
    'mw-content': MwContent;
  }
}
