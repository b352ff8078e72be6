import { STORAGE_PREFIX, safeStorage } from '../../internal/storage.js';

export type ChecklistStep = 'red-flags' | 'signs' | 'result';

export interface SavedAnswers {
  redFlags: string[];
  signs: string[];
  step: ChecklistStep;
}

const STEPS: readonly ChecklistStep[] = ['red-flags', 'signs', 'result'];
const storage = safeStorage('local');
const key = (checklistId: string) => `${STORAGE_PREFIX}checklist:${checklistId}`;

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((each) => typeof each === 'string');

/** A saved record as it should be, or nothing when it is missing or damaged. */
function parse(value: unknown): SavedAnswers | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { redFlags, signs, step } = value as Record<string, unknown>;
  if (!isIdList(redFlags) || !isIdList(signs) || !STEPS.includes(step as ChecklistStep)) return undefined;
  return { redFlags, signs, step: step as ChecklistStep };
}

/**
 * A reader's answers to one checklist, kept on this device only when the site opts in with
 * `remember`. Ids only, never free text; the widget never calls this without `remember`.
 */
export const savedAnswers = {
  load(checklistId: string): SavedAnswers | undefined {
    return parse(storage.getJson(key(checklistId)));
  },
  /** Returns false when the answers could only be kept in memory for this visit. */
  save(checklistId: string, answers: SavedAnswers): boolean {
    return storage.set(key(checklistId), JSON.stringify(answers));
  },
  clear(checklistId: string) {
    storage.remove(key(checklistId));
  },
};
