import { MwExerciseStartEvent } from '../events/exercise-start.js';
import type { MwDrillTimer } from '../components/drill-timer/drill-timer.component.js';
import { bringIntoView } from './bring-into-view.js';

/**
 * Start for one exercise, as a card and a checklist's recommended move both offer it. The page is
 * asked first: a drill timer for the exercise (or the site's own handler) answers by cancelling
 * `mw-exercise-start`, and brings itself into view. When nothing does, `openTimer` shows a timer of
 * the widget's own (its code loads only then); it starts, and comes into view with focus on its
 * main button, so Start always starts something the reader can see.
 */
export async function startExercise(
  from: HTMLElement,
  exerciseId: string,
  openTimer: () => Promise<MwDrillTimer | null | undefined>,
) {
  const event = new MwExerciseStartEvent({ exerciseId });
  from.dispatchEvent(event);
  if (event.defaultPrevented) return;
  await import('../loaders/drill-timer.js');
  const timer = await openTimer();
  if (timer) await runInView(timer);
}

/** Starts a timer (a run already going goes on) and brings it into view with focus on its main button. */
export async function runInView(timer: MwDrillTimer) {
  await timer.updateComplete;
  if (timer.status === 'idle' || timer.status === 'finished') timer.start();
  else if (timer.status === 'paused') timer.resume();
  // The running timer is taller than the idle one: bring it into view once it shows its run.
  await timer.updateComplete;
  timer.focus({ preventScroll: true });
  bringIntoView(timer, timer.shadowRoot?.activeElement ?? null);
}
