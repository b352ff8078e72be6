/**
 * The drill engine: where a run is at any moment, computed from its segments and a log of what
 * the reader did (start, pause, resume, skip, back, rep done), each stamped with a monotonic
 * time. Nothing is ever added up tick by tick, so a throttled or hidden page loses no time: ask
 * `stateAt(now)` after ten minutes away and it lands on the right segment, to the millisecond.
 * Pure and DOM-free; the element passes in `performance.now()`.
 */
import { countWork, isTimed, isWork, type Segment } from './drill-segments.js';

export type DrillAction = 'start' | 'pause' | 'resume' | 'skip' | 'back' | 'repDone';
export interface DrillEvent {
  type: DrillAction;
  /** Monotonic time in milliseconds (e.g. `performance.now()`). */
  at: number;
}

export type DrillStatus = 'idle' | 'running' | 'paused' | 'finished';

export interface DrillState {
  status: DrillStatus;
  /** The current segment's index; `segments.length` once finished. */
  index: number;
  segment: Segment | undefined;
  /** Time left in a timed segment; `null` for a rep segment (it waits for "Done") and when idle or finished. */
  remainingMs: number | null;
  /** Active time spent in the current segment. */
  segmentElapsedMs: number;
  /** Active time at which the current segment began: it changes when a segment starts again (Back on the first). */
  segmentStartMs: number;
  /** Active time in total: running, never paused. */
  elapsedMs: number;
  /** Work segments finished by time or by "Done" (skipped ones do not count). */
  completedSteps: number;
  totalSteps: number;
  /** The monotonic time at which the last segment ended, once finished. */
  finishedAt: number | null;
}

/** What to sound, and when: the view schedules these against the audio clock. */
export interface Cue {
  at: number;
  sound: 'countdown' | 'work' | 'rest' | 'finish';
}

/** A 3-2-1 countdown only where it helps: in a short hold it would be most of the hold, and noise. */
export const COUNTDOWN_MIN_SECONDS = 10;
export const COUNTDOWN_FROM = 3;

/** The replay of a log: a small mutable state machine, copied before every "what if". */
class Replay {
  status: DrillStatus = 'idle';
  index = 0;
  /** Active (running) milliseconds so far, as of `clock`. */
  active = 0;
  clock = Number.NEGATIVE_INFINITY;
  segmentStart = 0;
  completed = new Set<number>();
  finishedAt: number | null = null;

  constructor(private readonly segments: readonly Segment[]) {}

  copy(): Replay {
    const next = Object.assign(new Replay(this.segments), this);
    next.completed = new Set(this.completed);
    return next;
  }

  /** Lets time pass to `to`, crossing the ends of timed segments at their exact moments. */
  advance(to: number) {
    const now = Math.max(to, this.clock);
    if (this.status === 'running') this.active += now - this.clock;
    this.clock = now;
    while (this.status === 'running') {
      const segment = this.segments[this.index];
      if (!segment || !isTimed(segment)) break;
      const end = this.segmentStart + segment.seconds * 1000;
      if (this.active < end) break;
      this.completed.add(this.index);
      this.moveTo(this.index + 1, end);
    }
  }

  private moveTo(index: number, activeAt: number) {
    this.index = index;
    this.segmentStart = activeAt;
    if (index < this.segments.length) return;
    this.status = 'finished';
    this.finishedAt = this.clock - (this.active - activeAt);
    this.active = activeAt;
  }

  /** Applies one event; returns false when it means nothing now (pause while paused, skip before start …). */
  apply(event: DrillEvent): boolean {
    this.advance(event.at);
    const started = this.status === 'running' || this.status === 'paused';
    switch (event.type) {
      case 'start':
        if (this.status !== 'idle') return false;
        this.status = 'running';
        this.moveTo(0, this.active);
        return true;
      case 'pause':
        if (this.status !== 'running') return false;
        this.status = 'paused';
        return true;
      case 'resume':
        if (this.status !== 'paused') return false;
        this.status = 'running';
        return true;
      case 'skip':
        if (!started) return false;
        this.moveTo(this.index + 1, this.active);
        return true;
      case 'back': {
        if (!started) return false;
        const target = this.previousWork();
        for (const index of [...this.completed]) if (index >= target) this.completed.delete(index);
        this.moveTo(target, this.active);
        return true;
      }
      case 'repDone':
        if (this.status !== 'running' || this.segments[this.index]?.kind !== 'reps') return false;
        this.completed.add(this.index);
        this.moveTo(this.index + 1, this.active);
        return true;
    }
  }

  /** Back goes to the work segment before this one, passing over rests; on the first, it starts it again. */
  private previousWork(): number {
    for (let i = this.index - 1; i >= 0; i--) {
      const segment = this.segments[i];
      if (segment && isWork(segment)) return i;
    }
    return 0;
  }

  state(): DrillState {
    const segment = this.segments[this.index];
    const running = this.status === 'running' || this.status === 'paused';
    const segmentElapsedMs = running ? this.active - this.segmentStart : 0;
    return {
      status: this.status,
      index: this.index,
      segment: this.status === 'finished' ? undefined : segment,
      remainingMs: running && segment && isTimed(segment) ? segment.seconds * 1000 - segmentElapsedMs : null,
      segmentElapsedMs,
      segmentStartMs: this.segmentStart,
      elapsedMs: this.active,
      completedSteps: this.segments.filter((each, index) => this.completed.has(index) && isWork(each)).length,
      totalSteps: countWork(this.segments),
      finishedAt: this.finishedAt,
    };
  }
}

/**
 * One run of a drill. Each method records an event at the given monotonic time and returns
 * whether it changed anything (pausing a paused run does not), so the log holds only real events.
 */
export class DrillRun {
  private readonly events: DrillEvent[] = [];
  /** The replay as of the last event; `stateAt` lets time pass from here on a copy. */
  private settled: Replay;

  constructor(
    readonly segments: readonly Segment[],
    log: readonly DrillEvent[] = [],
  ) {
    this.settled = new Replay(segments);
    for (const event of log) this.record(event);
  }

  get log(): readonly DrillEvent[] {
    return this.events;
  }

  start(at: number) {
    return this.record({ type: 'start', at });
  }
  pause(at: number) {
    return this.record({ type: 'pause', at });
  }
  resume(at: number) {
    return this.record({ type: 'resume', at });
  }
  skip(at: number) {
    return this.record({ type: 'skip', at });
  }
  back(at: number) {
    return this.record({ type: 'back', at });
  }
  repDone(at: number) {
    return this.record({ type: 'repDone', at });
  }

  private record(event: DrillEvent): boolean {
    if (!DRILL_ACTIONS.has(event.type) || !Number.isFinite(event.at)) return false;
    const next = this.settled.copy();
    if (!next.apply(event)) return false;
    this.settled = next;
    this.events.push({ type: event.type, at: event.at });
    return true;
  }

  stateAt(now: number): DrillState {
    const replay = this.settled.copy();
    replay.advance(now);
    return replay.state();
  }

  /**
   * The sounds due from `now` while running: a 3-2-1 before the end of each long timed segment and
   * a sound as each segment begins (or the drill ends), through the run of timed segments ahead.
   * They stop at a rep segment, whose end waits for the reader, and at `horizonMs`.
   */
  cuesAt(now: number, horizonMs = 30 * 60_000): Cue[] {
    const state = this.stateAt(now);
    if (state.status !== 'running' || state.remainingMs === null) return [];
    const cues: Cue[] = [];
    let end = now + state.remainingMs;
    for (let index = state.index; index < this.segments.length && end <= now + horizonMs; index++) {
      const segment = this.segments[index];
      if (!segment || !isTimed(segment)) break;
      if (index > state.index) end += segment.seconds * 1000;
      if (segment.seconds >= COUNTDOWN_MIN_SECONDS) {
        for (let count = COUNTDOWN_FROM; count >= 1; count--) {
          const at = end - count * 1000;
          if (at >= now) cues.push({ at, sound: 'countdown' });
        }
      }
      const next = this.segments[index + 1];
      cues.push({ at: end, sound: !next ? 'finish' : isWork(next) ? 'work' : 'rest' });
    }
    return cues.filter((cue) => cue.at <= now + horizonMs);
  }
}

const DRILL_ACTIONS = new Set<string>(['start', 'pause', 'resume', 'skip', 'back', 'repDone']);

/** The state of a run at `now`, from its segments and log alone. */
export const stateAt = (segments: readonly Segment[], log: readonly DrillEvent[], now: number): DrillState =>
  new DrillRun(segments, log).stateAt(now);

/**
 * A log saved before a reload, moved onto the new page's clock (which starts again from zero).
 * Only differences between times matter, so every event shifts by the same amount; a run that was
 * going when the page went away is paused at that moment: time while the page was gone counts as
 * paused, and the reader does not come back to a drill that ran on without them.
 */
export function carryOver(
  segments: readonly Segment[],
  log: readonly DrillEvent[],
  savedAt: number,
  now: number,
): DrillEvent[] {
  const shift = now - savedAt;
  const run = new DrillRun(
    segments,
    log.map((event) => ({ type: event.type, at: event.at + shift })),
  );
  run.pause(now);
  return [...run.log];
}
