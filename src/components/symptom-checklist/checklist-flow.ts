/**
 * Where the reader is in a checklist: which step shows, what is wrong with their answer, and the
 * result. Pure (no DOM, no words): the element works it out once per update and renders it.
 */
import type { Checklist, ChecklistItem, RedFlag } from '../../content/types.js';
import type { ChecklistStep } from './saved-answers.js';
import { scoreChecklist, type ChecklistAnswers, type ChecklistScore } from './scoring.js';

/**
 * Why step 1's answer was refused: Continue with nothing ticked, or "None of these apply" with
 * red flags ticked. The two answers must agree with the ticks, so the red flags are never skipped
 * by accident.
 */
export type RedFlagError = 'nothing-ticked' | 'ticked-but-none';

/** A refused answer and the checkbox it is about (the first ticked one, else the first), for the summary's link. */
export interface StepError {
  kind: RedFlagError;
  /** How many red flags are ticked. */
  ticked: number;
  /** The id of the red flag the summary's link leads to. */
  field: string;
}

export type ChecklistFlow =
  | { step: 'red-flags'; items: readonly RedFlag[]; ticked: ReadonlySet<string>; error?: StepError }
  | { step: 'signs'; items: readonly ChecklistItem[]; ticked: ReadonlySet<string> }
  | { step: 'result'; score: ChecklistScore };

/** What the element keeps between updates: the step the reader reached and a refusal not yet fixed. */
export interface FlowState extends ChecklistAnswers {
  step: ChecklistStep;
  error?: RedFlagError;
}

/** The reader's answer to a step: one of step 1's two buttons, or step 2's "Show my result". */
export type StepAnswer = 'continue' | 'none' | 'show';

/** What the reader sees for these answers. A ticked red flag always wins: the signs are never asked then. */
export function checklistFlow(checklist: Checklist, state: FlowState): ChecklistFlow {
  const score = scoreChecklist(checklist, state);
  const step = state.step === 'signs' && score.redFlag ? 'red-flags' : state.step;
  if (step === 'result') return { step, score };
  if (step === 'signs') return { step, items: checklist.items, ticked: new Set(score.signs) };
  const items = checklist.redFlags.items;
  const ticked = new Set(score.flags);
  if (!state.error) return { step, items, ticked };
  const field = items.find((item) => ticked.has(item.id))?.id ?? items[0]?.id ?? '';
  return { step, items, ticked, error: { kind: state.error, ticked: ticked.size, field } };
}

/**
 * The state after the reader answers the step they are on. Step 1's two answers must agree with
 * the ticks: Continue with a red flag goes to the urgent-care result, "None of these apply" with
 * none goes to the signs; anything else stays with the reason.
 */
export function answerStep(
  checklist: Checklist,
  state: FlowState,
  answer: StepAnswer,
): Pick<FlowState, 'step' | 'error'> {
  if (answer === 'show') return { step: 'result' };
  const ticked = scoreChecklist(checklist, state).flags.length;
  if (answer === 'continue' && ticked) return { step: 'result' };
  if (answer === 'none' && !ticked) return { step: 'signs' };
  return { step: 'red-flags', error: ticked ? 'ticked-but-none' : 'nothing-ticked' };
}
