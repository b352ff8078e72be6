/**
 * From what a timer was given (a drill id, an exercise id or a drill from a script) and the
 * content it sees, to the plan it runs or the problem it shows. Pure: no DOM, no clock; the
 * content comes in through `find`, which only reads the content state it was made from.
 */
import type { ContentState } from '../../content/context.js';
import type { Found } from '../../internal/content-controller.js';
import type { ContentKind, ContentPack, Exercise } from '../../content/types.js';
import type { Problem } from '../../internal/mw-element.js';
import { planFromDrill, planFromExercise, type CustomDrill, type ExerciseLookup, type Resolved } from './drill-plan.js';

export interface PlanRequest {
  content: ContentState;
  find: <K extends ContentKind>(kind: K, id: string | undefined, attribute: string) => Found<ContentPack[K][number]>;
  drill?: string;
  exercise?: string;
  customDrill?: CustomDrill | null;
}

/**
 * A plan and what it was made from. The same `source` and `runId` mean the same plan, so a
 * caller keeps the run going (and a problem on screen) rather than starting over.
 */
export interface PlanChoice {
  source: unknown;
  runId: string;
  make: () => Resolved;
}

const LOADING: PlanChoice = { source: 'loading', runId: 'loading', make: () => ({ status: 'loading' }) };

const problem = (found: Problem): PlanChoice => ({
  source: JSON.stringify(found),
  runId: 'problem',
  make: () => ({ status: 'problem', problem: found }),
});

const exercisesOf = (pack: ContentPack | undefined): ExerciseLookup => {
  const byId = new Map<string, Exercise>(pack?.exercises.map((each) => [each.id, each]));
  return (id) => byId.get(id);
};

/** Exercises in the page's language, as a card for the same id shows them (a drill from a script has no pack of its own). */
const exercisesInPageLanguage =
  (find: PlanRequest['find']): ExerciseLookup =>
  (id) => {
    const found = find('exercises', id, 'customDrill');
    return found.status === 'ready' ? found.item : undefined;
  };

/** Which plan the request asks for; `make()` builds it (only when the choice is new). */
export function planForContent({ content, find, drill, exercise, customDrill }: PlanRequest): PlanChoice {
  if (content.status === 'loading') return LOADING;
  const pack = content.status === 'ready' ? content.pack : undefined;
  if (customDrill != null) {
    const id = typeof customDrill.id === 'string' ? customDrill.id : 'custom';
    return {
      source: customDrill,
      runId: `custom:${id}`,
      make: () => planFromDrill(customDrill, 'customDrill', exercisesInPageLanguage(find)),
    };
  }
  if (drill && exercise) {
    return problem({
      message: (t) => t.drillBoth,
      detail: (t) => t.drillBothDetail(drill, exercise),
      path: 'drill',
    });
  }
  if (drill) {
    const found = find('drills', drill, 'drill');
    if (found.status !== 'ready') return found.status === 'loading' ? LOADING : problem(found.problem);
    return {
      source: found.item,
      runId: `drill:${found.item.id}`,
      make: () => planFromDrill(found.item, `drill="${drill}"`, exercisesOf(found.pack), found.pack.locale),
    };
  }
  if (exercise) {
    const found = find('exercises', exercise, 'exercise');
    if (found.status !== 'ready') return found.status === 'loading' ? LOADING : problem(found.problem);
    return {
      source: found.item,
      runId: `exercise:${found.item.id}`,
      make: () => planFromExercise(found.item, found.pack.locale),
    };
  }
  const drills = pack?.drills.map((d) => d.id) ?? [];
  const exercises = pack?.exercises.map((e) => e.id) ?? [];
  return problem({
    message: (t) => t.drillNoneChosen,
    detail: (t) => {
      const list = (ids: string[]) => (ids.length ? ids.join(', ') : t.problemNone);
      return t.drillNoneChosenDetail(list(drills), list(exercises));
    },
    path: 'drill=""',
    waitForPage: true,
  });
}
