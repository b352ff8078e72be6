/**
 * Segments in words, in the reader's language: what the timer shows, what the live region and
 * the voice say, and what `mw-drill-step` reports. DOM-free, so it is tested with plain inputs.
 */
import type { DrillStepInfo } from '../../events/drill-step.js';
import { formatReps } from '../../internal/format-dosage.js';
import type { Translation } from '../../translations/en.js';
import { isWork, type Segment } from './drill-segments.js';

export interface Words {
  t: Translation;
  /** Formats a number for the reader's language. */
  number: (value: number) => string;
}

/** "0:23", "12:05": time left, rounded up, so "0:01" shows until the very end. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

const split = (ms: number) => {
  const total = Math.max(0, Math.round(ms / 1000));
  return { min: Math.floor(total / 60), sec: total % 60 };
};

/** "2 min 41 s": a total time, for the summary. */
export function duration(ms: number, { t, number }: Words): string {
  const { min, sec } = split(ms);
  return t.drillMinSec(number(min), number(sec));
}

/** "2 minutes 41 seconds": a total time, to be heard. */
export function spokenDuration(ms: number, { t, number }: Words): string {
  const { min, sec } = split(ms);
  return t.drillSayMinSec(min, sec, number(min), number(sec));
}

/** The segment's name: the step's own, or "Rest", "Relax", "Switch sides" in the reader's language. */
export function stepName(segment: Segment, t: Translation): string {
  if (segment.kind === 'relax') return t.drillRelax;
  if (segment.kind === 'rest') return segment.switchSides ? t.drillSwitchSides : t.drillRest;
  return segment.name;
}

/** "Left side", "Right side", "One way", "Back the other way". */
export function sideLabel(segment: Segment, t: Translation): string | undefined {
  if (segment.side) return segment.side === 'left' ? t.drillLeft : t.drillRight;
  if (segment.way) return segment.way === 'out' ? t.drillOut : t.drillBackWay;
  return undefined;
}

/** The count to show big for a rep segment ("5–10") and the word under it ("reps", "steps"). */
export function repTarget(segment: Segment, { t, number }: Words): { count: string; unit: string } | undefined {
  if (segment.kind !== 'reps') return undefined;
  const many = typeof segment.reps !== 'number' || segment.reps !== 1;
  return { count: formatReps(segment.reps, number), unit: t.drillUnit(segment.unit, many) };
}

/** Round, set and rep position, e.g. ["Round 2 of 3", "Rep 4 of 10"], when there is more than one. */
export function position(segment: Segment, totalSteps: number, { t, number }: Words): string[] {
  const parts: string[] = [];
  if (segment.round) parts.push(t.drillRound(number(segment.round.n), number(segment.round.of)));
  if (segment.set) parts.push(t.drillSet(number(segment.set.n), number(segment.set.of)));
  // "Rep 3 of 10" would only repeat "Step 3 of 10" when the holds are the whole run.
  if (segment.rep && segment.rep.of !== totalSteps) {
    parts.push(t.drillRep(number(segment.rep.n), number(segment.rep.of)));
  }
  return parts;
}

/** "Step 3 of 9", or "Rest, then step 6 of 9" during a rest. */
export function progressText(segment: Segment, totalSteps: number, { t, number }: Words): string {
  const [n, total] = [number(segment.number), number(totalSteps)];
  return isWork(segment) ? t.drillStepOf(n, total) : t.drillRestThen(n, total);
}

const lower = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** A short name for "Next: …" and "First: …": "Clams, right side", "Rest, 10 s". */
export function shortName(segment: Segment, words: Words): string {
  const name = stepName(segment, words.t);
  if (segment.kind === 'rest' || segment.kind === 'relax')
    return `${name}, ${words.t.drillMinSec('0', words.number(segment.seconds))}`;
  const side = sideLabel(segment, words.t);
  return side ? `${name}, ${lower(side)}` : name;
}

/** "Next: Clams, right side", or "Next: the end" on the last segment. */
export function nextText(next: Segment | undefined, words: Words): string {
  return next ? words.t.drillNext(shortName(next, words)) : words.t.drillNextFinish;
}

/** The target to be heard: "5 to 10 reps", "30 seconds", "hold 5 seconds". */
function spokenTarget(segment: Segment, { t, number }: Words): string {
  if (segment.kind === 'reps') {
    const { reps, unit } = segment;
    const count = typeof reps === 'number' ? number(reps) : t.drillSayRange(number(reps.min), number(reps.max));
    const many = typeof reps !== 'number' || reps !== 1;
    return unit === 'steps' ? t.steps(count, many) : t.reps(count, many);
  }
  const seconds = t.drillSaySeconds(segment.seconds, number(segment.seconds));
  return segment.kind === 'hold' ? t.drillSayHold(seconds) : seconds;
}

/**
 * What the live region (and the voice) says when a segment begins, e.g.
 * "Step 3 of 9: Clams, left side, 5 to 10 reps" or "Switch sides, 5 seconds. Next: Side plank, right side".
 */
export function announcement(segment: Segment, next: Segment | undefined, totalSteps: number, words: Words): string {
  const { t } = words;
  const target = spokenTarget(segment, words);
  if (!isWork(segment)) return `${stepName(segment, t)}, ${target}. ${nextText(next, words)}`;
  const side = sideLabel(segment, t);
  const parts = [
    `${progressText(segment, totalSteps, words)}: ${segment.name}`,
    ...(side ? [lower(side)] : []),
    ...position(segment, totalSteps, words).map(lower),
    target,
  ];
  const said = parts.join(', ');
  return segment.switchSides ? `${t.drillSwitchSides}. ${said}` : said;
}

/** The public description of a segment, for `mw-drill-step`. */
export function stepInfo(segment: Segment, t: Translation): DrillStepInfo {
  return {
    name: stepName(segment, t),
    kind: segment.kind,
    side: segment.side ?? null,
    number: isWork(segment) ? segment.number : null,
    ...(segment.exerciseId && { exerciseId: segment.exerciseId }),
    ...(segment.kind === 'reps' ? { reps: segment.reps, unit: segment.unit } : { seconds: segment.seconds }),
  };
}
