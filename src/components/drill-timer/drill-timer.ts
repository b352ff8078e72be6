import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwDrillTimer } from './drill-timer.component.js';

export { MwDrillTimer };
export type { CustomDrill } from './drill-plan.js';
define('mw-drill-timer', MwDrillTimer);

declare global {
  interface HTMLElementTagNameMap {
    'mw-drill-timer': MwDrillTimer;
  }
}
