/**
 * Turns a drill, or an exercise's dosage, into the flat list of segments the timer runs.
 * Pure and DOM-free: no clock, no language. Names of rests and relaxes are left to the view,
 * which words them in the reader's language.
 */
import { MAX_COUNT, MAX_SECONDS } from '../../content/constants.js';
import type { Exercise, Reps } from '../../content/types.js';
import { canTime } from '../../internal/format-dosage.js';
import { describeValue } from '../../internal/property-value.js';

/**
 * - `timed`: a drill step that counts down;
 * - `reps`: a step with a target ("5–10 reps") that waits for the reader's "Done";
 * - `hold`: one hold of an exercise's repetitions (e.g. squeeze for 5 seconds);
 * - `relax`: the short let-go between two holds;
 * - `rest`: a rest between steps, sides, sets or rounds.
 */
export type SegmentKind = 'timed' | 'reps' | 'hold' | 'relax' | 'rest';
export type Side = 'left' | 'right';
/** An exercise done "each way": one way, then back the other way (band walks). */
export type Way = 'out' | 'back';

interface SegmentCommon {
  /** The step's or exercise's name; empty for rests and relaxes. */
  name: string;
  exerciseId?: string;
  cue?: string;
  /** The step's own `media` as written (checked where it is shown), and where it is in the drill. */
  media?: { items: readonly unknown[]; path: string };
  side?: Side;
  way?: Way;
  /** Set on the first segment of the second side (or the rest before it), to cue "switch sides". */
  switchSides?: boolean;
  /** The 1-based number of a work segment; rests carry the number of the step that follows them. */
  number: number;
  /** Which hold of a set this is, e.g. 3 of 10. */
  rep?: { n: number; of: number };
  round?: { n: number; of: number };
  set?: { n: number; of: number };
}

export type Segment = SegmentCommon &
  (
    | { kind: 'reps'; reps: Reps; unit: 'reps' | 'steps' }
    | { kind: 'timed' | 'hold' | 'relax' | 'rest'; seconds: number }
  );

/** Everything but `kind: 'reps'` counts down and moves on by itself. */
export type TimedSegment = Extract<Segment, { seconds: number }>;

export type SegmentsResult = { ok: true; segments: Segment[] } | { ok: false; path: string; message: string };

/**
 * The let-go between two holds. Three seconds is enough to relax fully (the squeeze's own
 * instructions ask for that) and keeps ten 5-second holds to about 1¼ minutes; the next hold's
 * start sound tells the reader when to squeeze again.
 */
export const RELAX_SECONDS = 3;

/**
 * A changeover before the second side of a timed step or hold, so its time does not start while
 * the reader is still turning over. Rep steps need none: they wait for "Done".
 */
export const SWITCH_SIDES_SECONDS = 5;

/**
 * The most work steps one run may have. A real session has tens; thousands (1000 sets of 1000
 * holds is valid content) are a mistake, and building them would freeze the page for seconds.
 */
export const MAX_WORK_STEPS = 500;

const tooLong = (path: string, what: string, steps: number): Failure =>
  fail(path, `${what} would be ${steps} steps; a timer runs at most ${MAX_WORK_STEPS}.`);

export const isWork = (segment: Segment) =>
  segment.kind === 'timed' || segment.kind === 'reps' || segment.kind === 'hold';
export const isTimed = (segment: Segment): segment is TimedSegment => segment.kind !== 'reps';
export const countWork = (segments: readonly Segment[]) => segments.filter(isWork).length;

type Draft = Omit<SegmentCommon, 'number'> &
  (
    | { kind: 'reps'; reps: Reps; unit: 'reps' | 'steps' }
    | { kind: 'timed' | 'hold' | 'relax' | 'rest'; seconds: number }
  );

type Failure = Extract<SegmentsResult, { ok: false }>;
const fail = (path: string, message: string): Failure => ({ ok: false, path, message });
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// The same limits as a content pack: a drill from a script may hold anything (1e308 seconds, 10n reps).
const isPositive = (value: unknown): value is number => typeof value === 'number' && value > 0 && value <= MAX_SECONDS;
const isRestTime = (value: unknown) =>
  value === undefined || (typeof value === 'number' && value >= 0 && value <= MAX_SECONDS);
const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_COUNT;
const isReps = (value: unknown): value is Reps =>
  isWhole(value) || (isObject(value) && isWhole(value.min) && isWhole(value.max) && value.min <= value.max);
const show = (value: unknown) => (value === undefined ? 'nothing' : describeValue(value));
const range = (n: number, of: number) => (of > 1 ? { n, of } : undefined);

/** Numbers the work segments; a rest takes the number of the step after it ("rest, then step 4"). */
function numbered(drafts: Draft[]): Segment[] {
  let count = 0;
  return drafts.map((draft) => {
    const work = draft.kind !== 'rest' && draft.kind !== 'relax';
    if (work) count++;
    return { ...draft, number: work ? count : count + 1 };
  });
}

/**
 * Repeats a unit (one step, or a run of holds) for each side and each way. Between the halves of a
 * timed unit comes a changeover ("switch sides") or a relax; a rep unit needs none, so its first
 * right-side segment carries the "switch sides" cue itself.
 */
function expand(unit: Draft[], perSide: boolean, eachWay: boolean): Draft[] {
  const halves: (Side | undefined)[] = perSide ? ['left', 'right'] : [undefined];
  const ways: (Way | undefined)[] = eachWay ? ['out', 'back'] : [undefined];
  const [first] = unit;
  if (!first) return [];
  const timed = first.kind !== 'reps';
  const out: Draft[] = [];
  halves.forEach((side, s) =>
    ways.forEach((way, w) => {
      const switching = s > 0 && w === 0;
      if (out.length && timed)
        out.push(switching ? gap(first, 'rest', SWITCH_SIDES_SECONDS) : gap(first, 'relax', RELAX_SECONDS));
      unit.forEach((draft, i) =>
        out.push({
          ...draft,
          ...(side && { side }),
          ...(way && { way }),
          ...(switching && !timed && i === 0 && { switchSides: true }),
        }),
      );
    }),
  );
  return out;
}

/** A rest or relax in the same round or set as `of`; a changeover rest is marked "switch sides". */
const gap = (of: Draft, kind: 'rest' | 'relax', seconds: number): Draft => ({
  kind,
  name: '',
  seconds,
  ...(kind === 'rest' && { switchSides: true }),
  ...(of.round && { round: of.round }),
  ...(of.set && { set: of.set }),
});

interface CheckedStep {
  draft: Draft;
  perSide: boolean;
  eachWay: boolean;
  restAfter?: number;
}

function checkStep(
  step: unknown,
  i: number,
  exerciseName: (id: string) => string | undefined,
): { ok: true; step: CheckedStep } | Failure {
  const path = `steps[${i}]`;
  const label = `Step ${i + 1}`;
  if (!isObject(step)) return fail(path, `${label} should be an object such as {"type": "timed", "seconds": 30}.`);
  const exerciseId = typeof step.exercise === 'string' ? step.exercise : undefined;
  const name = typeof step.name === 'string' && step.name.trim() ? step.name.trim() : exerciseName(exerciseId ?? '');
  if (!name) return fail(path, `${label} needs a "name", or the id of an exercise in the content.`);
  const common = {
    name,
    ...(exerciseId && { exerciseId }),
    ...(typeof step.cue === 'string' && step.cue.trim() && { cue: step.cue.trim() }),
    ...(Array.isArray(step.media) && step.media.length > 0 && { media: { items: step.media, path: `${path}.media` } }),
  };
  if (!isRestTime(step.restAfterSeconds)) {
    return fail(
      `${path}.restAfterSeconds`,
      `${label} needs "restAfterSeconds" of 0 to ${MAX_SECONDS}, not ${show(step.restAfterSeconds)}.`,
    );
  }
  const restAfter = step.restAfterSeconds as number | undefined;
  const perSide = step.perSide === true;
  const eachWay = step.eachWay === true;
  if (step.type === 'timed') {
    if (!isPositive(step.seconds)) {
      return fail(
        `${path}.seconds`,
        `${label} (${name}) needs a time of more than 0 seconds and at most ${MAX_SECONDS} (one hour), not ${show(step.seconds)}.`,
      );
    }
    return {
      ok: true,
      step: { draft: { ...common, kind: 'timed', seconds: step.seconds }, perSide, eachWay, restAfter },
    };
  }
  if (step.type === 'reps') {
    if (!isReps(step.reps)) {
      return fail(
        `${path}.reps`,
        `${label} (${name}) needs "reps" from 1 to ${MAX_COUNT}, or a range such as {"min": 5, "max": 10}, not ${show(step.reps)}.`,
      );
    }
    const unit = step.unit === 'steps' ? 'steps' : 'reps';
    return {
      ok: true,
      step: { draft: { ...common, kind: 'reps', reps: step.reps, unit }, perSide, eachWay, restAfter },
    };
  }
  return fail(`${path}.type`, `${label} needs a "type" of "timed" or "reps", not ${show(step.type)}.`);
}

/**
 * Expands a drill: each step (left then right when `perSide`, out and back when `eachWay`), a rest after it (its own
 * `restAfterSeconds`, else the drill's `restBetweenStepsSeconds`), and `rounds` times over with
 * `restBetweenRoundsSeconds` between rounds. Nothing rests after the very last step.
 *
 * The input may come straight from a page's script, so it is checked here too: a drill with no
 * steps or a step of zero, negative or endless time is refused with a plain reason.
 */
export function drillSegments(input: unknown, exerciseName: (id: string) => string | undefined): SegmentsResult {
  if (!isObject(input)) return fail('', `expected a drill object with a list of "steps", not ${show(input)}.`);
  const { steps, rounds = 1 } = input;
  if (!Array.isArray(steps) || steps.length === 0) return fail('steps', 'The drill has no steps.');
  if (!isWhole(rounds)) return fail('rounds', `The drill needs "rounds" from 1 to ${MAX_COUNT}, not ${show(rounds)}.`);
  for (const key of ['restBetweenStepsSeconds', 'restBetweenRoundsSeconds']) {
    if (!isRestTime(input[key]))
      return fail(key, `The drill needs "${key}" of 0 to ${MAX_SECONDS}, not ${show(input[key])}.`);
  }
  // Steps are at most 100 (or the checks below stop first); rounds come straight from a script.
  const times = (step: unknown, key: string) => (isObject(step) && step[key] === true ? 2 : 1);
  const stepsPerRound = steps.reduce<number>((n, step) => n + times(step, 'perSide') * times(step, 'eachWay'), 0);
  if (rounds * stepsPerRound > MAX_WORK_STEPS) return tooLong('rounds', 'The drill', rounds * stepsPerRound);
  const betweenSteps = input.restBetweenStepsSeconds as number | undefined;
  const betweenRounds = input.restBetweenRoundsSeconds as number | undefined;
  const checked: CheckedStep[] = [];
  for (const [i, step] of steps.entries()) {
    const result = checkStep(step, i, exerciseName);
    if (!result.ok) return result;
    checked.push(result.step);
  }
  const drafts: Draft[] = [];
  for (let round = 1; round <= rounds; round++) {
    checked.forEach(({ draft, perSide, eachWay, restAfter }, i) => {
      const roundInfo = range(round, rounds);
      drafts.push(...expand([{ ...draft, ...(roundInfo && { round: roundInfo }) }], perSide, eachWay));
      const lastOfRound = i === checked.length - 1;
      if (lastOfRound && round === rounds) return;
      const rest = lastOfRound ? (betweenRounds ?? restAfter ?? betweenSteps) : (restAfter ?? betweenSteps);
      if (rest) drafts.push({ kind: 'rest', name: '', seconds: rest, ...(roundInfo && { round: roundInfo }) });
    });
  }
  return { ok: true, segments: numbered(drafts) };
}

/**
 * Expands an exercise's own dosage:
 * - with `holdSeconds`: holds separated by relaxes, as many as the smallest number of reps in the
 *   dosage (10 of "10–15"): the seeds say to start small, and the run ends on a clear finish
 *   rather than asking the reader to skip the extra holds; Restart does more;
 * - with reps but no hold: one rep segment per set (and side) that the reader marks Done;
 * - `perSide` and `eachWay` double each set, and `restSeconds` rests between sets.
 */
export function exerciseSegments(exercise: Exercise): SegmentsResult {
  const { dosage } = exercise;
  const hold = dosage.holdSeconds;
  if (!canTime(dosage)) {
    return fail(
      'dosage',
      `The exercise "${exercise.id}" has nothing to time or count: its dosage needs "reps" or "holdSeconds".`,
    );
  }
  const sets = dosage.sets ?? 1;
  const perSide = dosage.perSide === true;
  const eachWay = dosage.eachWay === true;
  const holdsPerSet = !isPositive(hold) ? 1 : typeof dosage.reps === 'object' ? dosage.reps.min : (dosage.reps ?? 1);
  const steps = sets * holdsPerSet * (perSide ? 2 : 1) * (eachWay ? 2 : 1);
  if (steps > MAX_WORK_STEPS) return tooLong('dosage', `The exercise "${exercise.id}"`, steps);
  const common = { name: exercise.name, exerciseId: exercise.id, ...(exercise.cues[0] && { cue: exercise.cues[0] }) };
  const drafts: Draft[] = [];
  for (let set = 1; set <= sets; set++) {
    const setInfo = range(set, sets);
    const inSet = setInfo && { set: setInfo };
    if (isPositive(hold)) {
      const holds: Draft[] = [];
      for (let rep = 1; rep <= holdsPerSet; rep++) {
        if (rep > 1) holds.push({ kind: 'relax', name: '', seconds: RELAX_SECONDS, ...inSet });
        const repInfo = range(rep, holdsPerSet);
        holds.push({ ...common, kind: 'hold', seconds: hold, ...(repInfo && { rep: repInfo }), ...inSet });
      }
      drafts.push(...expand(holds, perSide, eachWay));
    } else if (dosage.reps !== undefined) {
      drafts.push(
        ...expand(
          [{ ...common, kind: 'reps', reps: dosage.reps, unit: dosage.unit ?? 'reps', ...inSet }],
          perSide,
          eachWay,
        ),
      );
    }
    if (set < sets && dosage.restSeconds)
      drafts.push({ kind: 'rest', name: '', seconds: dosage.restSeconds, ...inSet });
  }
  return { ok: true, segments: numbered(drafts) };
}
