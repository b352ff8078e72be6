import type { Checklist, Outcome } from '../../content/types.js';

/** What the reader ticked: red-flag ids and sign ids. */
export interface ChecklistAnswers {
  redFlags: readonly string[];
  signs: readonly string[];
}

/**
 * What to show. A red flag always wins over the signs: an `emergency` or `urgent` care
 * message only, with no outcome, no exercises and no booking offer.
 */
export type ChecklistScore =
  | {
      kind: 'emergency' | 'urgent';
      outcome?: undefined;
      /** Signs are not asked after a red flag, so there is no score. */
      score: 0;
      signs: [];
      redFlag: true;
      /** The ticked red-flag ids, in content order. */
      flags: string[];
    }
  | {
      kind: 'outcome';
      /** The outcome whose range holds the score; undefined only for a pack that skipped validation. */
      outcome: Outcome | undefined;
      /** How many distinct known signs were ticked. */
      score: number;
      /** The ticked sign ids, in content order. */
      signs: string[];
      redFlag: false;
      flags: [];
    };

/** Ids from `chosen` that the list knows, once each, in the list's order (never the reader's order). */
function known<T extends { id: string }>(items: readonly T[], chosen: readonly string[]): T[] {
  const picked = new Set(chosen);
  return items.filter((item) => picked.has(item.id));
}

/**
 * Scores a checklist. Unknown ids are ignored and duplicates count once, so a stale saved
 * answer or a site's typo can never change the result.
 */
export function scoreChecklist(checklist: Checklist, answers: ChecklistAnswers): ChecklistScore {
  const flags = known(checklist.redFlags.items, answers.redFlags);
  if (flags.length) {
    const kind = flags.some((flag) => flag.level === 'emergency') ? 'emergency' : 'urgent';
    return { kind, score: 0, signs: [], redFlag: true, flags: flags.map((flag) => flag.id) };
  }
  const signs = known(checklist.items, answers.signs).map((item) => item.id);
  const score = signs.length;
  const outcome = checklist.outcomes.find((each) => each.minScore <= score && score <= each.maxScore);
  return { kind: 'outcome', outcome, score, signs, redFlag: false, flags: [] };
}
