import type { Dosage, Drill, Exercise, Illustration } from '../../content/types.js';
import type { Problem } from '../../internal/mw-element.js';
import type { MediaList } from '../../media/media-controller.js';
import { countWork, drillSegments, exerciseSegments, type Segment } from './drill-segments.js';

/** A drill supplied from a script: steps are required, the rest is optional. */
export type CustomDrill = Pick<Drill, 'steps'> & Partial<Omit<Drill, 'steps'>>;

/** Everything the view needs about what is being run, built once per piece of content. */
export interface Plan {
  /** Where a run in progress is kept for a reload: `drill:<id>`, `exercise:<id>` or `custom:<id>`. */
  runId: string;
  title?: string;
  intro?: string;
  dosage?: Dosage;
  equipment: readonly string[];
  setup: readonly string[];
  /** Why the drill helps and how to fit it in, behind a disclosure. */
  notes: readonly string[];
  /**
   * A drill's own safety line ("a warm burn is normal", and its stop rule), shown in place of our
   * stop rule. An exercise's `safety` is left to its card, where the reader meets that exercise.
   */
  safety?: string;
  /** The drawing of each exercise the run uses, by exercise id, shown while its step runs. */
  illustrations: ReadonlyMap<string, Illustration>;
  /** The media of each exercise the run uses that has some, by exercise id: shown in place of its drawing. */
  media: ReadonlyMap<string, MediaList>;
  /** Where the steps came from (`drill="…"`, `customDrill`), to name a step's refused media. */
  source: string;
  segments: Segment[];
  totalSteps: number;
  /** The language of the words above, when they come from a content pack (not from a script). */
  locale?: string;
}

/** What a plan needs to know about an exercise a drill step names. */
export type ExerciseLookup = (id: string) => Pick<Exercise, 'id' | 'name' | 'illustration' | 'media'> | undefined;

export type Resolved =
  { status: 'loading' } | { status: 'problem'; problem: Problem } | { status: 'ready'; plan: Plan };

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * The plan for a drill (from content, or `customDrill` from a script). `where` names its source
 * for messages: `drill="…"` or `customDrill`, to which a path inside the drill is added.
 */
export function planFromDrill(drill: unknown, where: string, exercise: ExerciseLookup, locale?: string): Resolved {
  const result = drillSegments(drill, (id) => exercise(id)?.name);
  if (!result.ok) {
    const path = where === 'customDrill' ? [where, result.path].filter(Boolean).join('.') : where;
    return { status: 'problem', problem: { message: (t) => t.drillCantRun, detail: result.message, path } };
  }
  const given = drill as Partial<Drill>;
  const texts = (value: unknown) => (Array.isArray(value) ? value.filter((each) => text(each)) : []);
  return {
    status: 'ready',
    plan: {
      runId: where === 'customDrill' ? `custom:${text(given.id) ?? 'custom'}` : `drill:${String(given.id)}`,
      title: text(given.name),
      intro: text(given.purpose),
      equipment: texts(given.equipment),
      setup: texts(given.setup),
      notes: texts(given.notes),
      safety: text(given.safety),
      illustrations: illustrationsOf(result.segments, exercise),
      media: mediaOf(result.segments, exercise),
      source: where,
      segments: result.segments,
      totalSteps: countWork(result.segments),
      locale,
    },
  };
}

/** The plan for an exercise's own dosage: its holds, or its reps per set and side. */
export function planFromExercise(exercise: Exercise, locale?: string): Resolved {
  const result = exerciseSegments(exercise);
  if (!result.ok) {
    return {
      status: 'problem',
      problem: {
        message: (t) => t.drillCantTime,
        detail: result.message,
        path: `exercise="${exercise.id}"`,
      },
    };
  }
  return {
    status: 'ready',
    plan: {
      runId: `exercise:${exercise.id}`,
      title: exercise.name,
      intro: exercise.summary,
      dosage: exercise.dosage,
      equipment: exercise.equipment,
      setup: [],
      notes: [],
      illustrations: illustrationsOf(result.segments, () => exercise),
      media: mediaOf(result.segments, () => exercise),
      source: `exercise="${exercise.id}"`,
      segments: result.segments,
      totalSteps: countWork(result.segments),
      locale,
    },
  };
}

function illustrationsOf(segments: readonly Segment[], exercise: ExerciseLookup): Map<string, Illustration> {
  const found = new Map<string, Illustration>();
  for (const { exerciseId } of segments) {
    const illustration = exerciseId ? exercise(exerciseId)?.illustration : undefined;
    if (exerciseId && illustration) found.set(exerciseId, illustration);
  }
  return found;
}

function mediaOf(segments: readonly Segment[], exercise: ExerciseLookup): Map<string, MediaList> {
  const found = new Map<string, MediaList>();
  for (const { exerciseId } of segments) {
    const media = exerciseId ? exercise(exerciseId)?.media : undefined;
    if (exerciseId && media?.length) found.set(exerciseId, { items: media, path: `exercise="${exerciseId}" media` });
  }
  return found;
}

/** What the timer shows beside its dial: a step's media, its exercise's media, or its exercise's drawing. */
export type Picture = { media: MediaList } | { illustration: Illustration };

function pictureOf(plan: Plan, segment: Segment): Picture | undefined {
  if (segment.media) return { media: { ...segment.media, path: `${plan.source} ${segment.media.path}` } };
  const media = segment.exerciseId ? plan.media.get(segment.exerciseId) : undefined;
  if (media) return { media };
  const illustration = segment.exerciseId ? plan.illustrations.get(segment.exerciseId) : undefined;
  return illustration && { illustration };
}

/**
 * The picture to show with a segment: its own, or during a rest or relax the next step's, so the
 * reader can get into position for it.
 */
export function pictureFor(plan: Plan, index: number): Picture | undefined {
  for (const segment of plan.segments.slice(index)) {
    const picture = pictureOf(plan, segment);
    if (picture) return picture;
    if (segment.kind !== 'rest' && segment.kind !== 'relax') return undefined;
  }
  return undefined;
}
