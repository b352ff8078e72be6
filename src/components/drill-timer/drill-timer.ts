import '../content/content.js';
import { define } from '../../internal/define.js';
import { MwDrillTimer } from './drill-timer.component.js';

export { MwDrillTimer };
// The events too: a site importing only this entry gets them typed on addEventListener.
export {
  MwDrillCompleteEvent,
  MwDrillPauseEvent,
  MwDrillResumeEvent,
  MwDrillStartEvent,
  MwDrillStepEvent,
} from '../../events/index.js';
export type {
  DrillCompleteDetail,
  DrillPauseDetail,
  DrillResumeDetail,
  DrillStartDetail,
  DrillStepDetail,
  DrillStepInfo,
} from '../../events/index.js';
export type { CustomDrill } from './drill-plan.js';
define('mw-drill-timer', MwDrillTimer);

declare global {
  interface HTMLElementTagNameMap {
    'mw-drill-timer': MwDrillTimer;
  }
}
