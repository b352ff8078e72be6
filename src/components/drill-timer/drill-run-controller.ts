import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MwDrillCompleteEvent } from '../../events/drill-complete.js';
import { MwDrillPauseEvent } from '../../events/drill-pause.js';
import { MwDrillResumeEvent } from '../../events/drill-resume.js';
import { MwDrillStartEvent } from '../../events/drill-start.js';
import { MwDrillStepEvent } from '../../events/drill-step.js';
import { DrillCues } from './drill-cues.js';
import {
  COUNTDOWN_FROM,
  COUNTDOWN_MIN_SECONDS,
  DrillRun,
  carryOver,
  stateAt,
  type DrillState,
} from './drill-engine.js';
import type { Plan, Resolved } from './drill-plan.js';
import { isTimed, isWork, type Segment } from './drill-segments.js';
import { FrameTicker } from './frame-ticker.js';
import { savedRun, type SavedRun } from './saved-run.js';
import { announcement, spokenDuration, stepInfo, type Words } from './step-words.js';
import { WakeLockController } from './wake-lock.js';

/** What the view last showed, to tell a new segment (or the end) from the same one a frame later. */
interface Shown {
  status: DrillState['status'];
  index: number;
  segmentStartMs: number;
  countdown: number;
}
const NOTHING_SHOWN: Shown = { status: 'idle', index: -1, segmentStartMs: -1, countdown: 0 };

/** Sounds are scheduled this far ahead (the audio clock keeps them on time in a background tab). */
const CUE_HORIZON_MS = 30 * 60_000;

export interface DrillRunOptions {
  /** The monotonic clock (`performance.now()`, or a test's fake). */
  now(): number;
  /** The reader's words, for announcements and the step event. */
  words(): Words;
  /** The reader's language, for the voice. */
  lang(): string;
  /** `no-resume`: keep nothing for a reload. */
  noResume(): boolean;
  /** Says something in the live region. */
  announce(text: string): void;
  /** What the view shows of a state, coarsely: the host re-renders only when this changes, not every frame. */
  viewKey(state: DrillState): string;
}

/**
 * Runs a plan: the clock, the steps, the events, the sounds and voice, the screen lock and the
 * run kept for a reload. The element only renders `state` (and `offer`) and calls the methods,
 * which mean the same as the element's public ones.
 */
export class DrillRunController implements ReactiveController {
  private readonly cues: DrillCues;
  private readonly wakeLock: WakeLockController;
  private readonly ticker: FrameTicker;

  private plan?: Plan;
  private run?: DrillRun;
  private view: DrillState = stateAt([], [], 0);
  private shown: Shown = NOTHING_SHOWN;
  private viewKey = '';
  private lastSave = Number.NEGATIVE_INFINITY;
  private cuesUntil = Number.NEGATIVE_INFINITY;
  /** `start()` came before the content was there (a pack still loading): start when it is. */
  private startWhenReady = false;
  private savedOffer?: SavedRun;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DrillRunOptions,
  ) {
    host.addController(this);
    this.cues = new DrillCues(host);
    this.wakeLock = new WakeLockController(host);
    this.ticker = new FrameTicker(host, {
      running: () => this.view.status === 'running',
      tick: () => this.refresh(),
      msUntilChange: () => this.run?.stateAt(this.options.now()).remainingMs ?? null,
    });
  }

  /** Where the run is, read from the clock at the last frame. */
  get state(): DrillState {
    return this.view;
  }

  /** A run saved before a reload, waiting for the reader's answer. */
  get offer(): SavedRun | undefined {
    return this.savedOffer;
  }

  get muted() {
    return this.cues.muted;
  }

  get voice() {
    return this.cues.voice;
  }

  get voiceSupported() {
    return this.cues.voiceSupported;
  }

  hostConnected() {
    window.addEventListener('pagehide', this.onPageHide);
    if (this.view.status === 'running') {
      this.wakeLock.keepAwake(true);
      this.reschedule();
    }
  }

  hostDisconnected() {
    window.removeEventListener('pagehide', this.onPageHide);
    this.persist(true);
  }

  /** New content: a fresh run, and the offer to resume one saved before a reload. */
  adopt(resolved: Resolved) {
    const plan = resolved.status === 'ready' ? resolved.plan : undefined;
    this.stopRun();
    this.plan = plan;
    this.run = plan && new DrillRun(plan.segments);
    this.shown = NOTHING_SHOWN;
    this.savedOffer = plan && !this.options.noResume() ? this.savedFor(plan) : undefined;
    this.view = this.run?.stateAt(this.options.now()) ?? stateAt([], [], 0);
    if (resolved.status === 'loading') return;
    if (plan && this.startWhenReady) this.begin();
    this.startWhenReady = false;
  }

  private savedFor(plan: Plan): SavedRun | undefined {
    const saved = savedRun.load(plan.runId, plan.segments);
    if (!saved) return undefined;
    const status = stateAt(plan.segments, saved.log, saved.savedAt).status;
    if (status === 'running' || status === 'paused') return saved;
    savedRun.clear(plan.runId);
    return undefined;
  }

  // ---- What the reader (or a page script) asks for ----------------------------------------------

  start() {
    if (!this.plan) {
      this.startWhenReady = true;
      return;
    }
    if (this.view.status === 'running' || this.view.status === 'paused') return;
    this.begin();
  }

  /** From the first step, whatever was going on (Restart, Start over, Do it again). */
  begin() {
    const plan = this.plan;
    if (!plan) return;
    this.stopRun();
    this.savedOffer = undefined;
    this.cues.reload();
    this.cues.unlock();
    this.run = new DrillRun(plan.segments);
    this.shown = NOTHING_SHOWN;
    this.run.start(this.options.now());
    this.emit(new MwDrillStartEvent({ totalSteps: plan.totalSteps }));
    this.afterAction();
  }

  pause() {
    const now = this.options.now();
    if (!this.run?.pause(now)) return;
    this.cues.stop();
    const { index, elapsedMs } = this.run.stateAt(now);
    this.emit(new MwDrillPauseEvent({ index, elapsedMs: Math.round(elapsedMs) }));
    this.options.announce(this.options.words().t.drillPaused);
    this.afterAction();
  }

  resume() {
    const now = this.options.now();
    if (!this.run?.resume(now)) return;
    this.cues.unlock();
    const state = this.run.stateAt(now);
    this.emit(new MwDrillResumeEvent({ index: state.index, elapsedMs: Math.round(state.elapsedMs) }));
    this.afterAction();
    // Say where the reader is: they may have walked away from the screen.
    if (this.plan && state.segment) this.options.announce(this.describe(this.plan, state.segment, state.index));
  }

  /** Back to idle at the first step: nothing runs, nothing is kept for a reload. */
  reset() {
    this.startWhenReady = false;
    const plan = this.plan;
    if (!plan) return;
    this.stopRun();
    savedRun.clear(plan.runId);
    this.savedOffer = undefined;
    this.run = new DrillRun(plan.segments);
    this.shown = NOTHING_SHOWN;
    this.refresh();
    this.ticker.sync();
    this.host.requestUpdate();
  }

  skip() {
    if (!this.run?.skip(this.options.now())) return;
    this.cues.stop();
    this.afterAction();
  }

  back() {
    if (!this.run?.back(this.options.now())) return;
    this.cues.stop();
    this.afterAction();
  }

  markDone() {
    if (!this.run?.repDone(this.options.now())) return;
    this.cues.stop();
    this.afterAction();
  }

  /** "Resume" on the offer after a reload: the time away counts as paused. */
  resumeSaved() {
    const plan = this.plan;
    const offer = this.savedOffer;
    if (!plan || !offer) return;
    const now = this.options.now();
    this.savedOffer = undefined;
    this.run = new DrillRun(plan.segments, carryOver(plan.segments, offer.log, offer.savedAt, now));
    // The step is not new (resuming announces it), so it is marked as already shown.
    const { status, index, segmentStartMs } = this.run.stateAt(now);
    this.shown = { status, index, segmentStartMs, countdown: 0 };
    this.resume();
  }

  startOver() {
    if (this.plan) savedRun.clear(this.plan.runId);
    this.begin();
  }

  toggleMute() {
    this.cues.setMuted(!this.cues.muted);
    this.reschedule();
    this.host.requestUpdate();
  }

  toggleVoice() {
    this.cues.setVoice(!this.cues.voice);
    this.host.requestUpdate();
  }

  // ---- Running --------------------------------------------------------------------------------

  private emit(event: Event) {
    this.host.dispatchEvent(event);
  }

  /** Silences and lets go of everything a run holds (sounds, voice, the screen lock). */
  private stopRun() {
    this.cues.stop();
    this.cuesUntil = Number.NEGATIVE_INFINITY;
    this.wakeLock.keepAwake(false);
  }

  /** After the reader changed something: show it, re-plan the sounds, hold the screen, keep it for a reload. */
  private afterAction() {
    this.refresh(true);
    this.reschedule();
    this.wakeLock.keepAwake(this.view.status === 'running');
    this.ticker.sync();
    this.persist(true);
    this.host.requestUpdate();
  }

  private reschedule() {
    if (!this.run || this.view.status !== 'running') return;
    const now = this.options.now();
    this.cues.schedule(this.run.cuesAt(now, CUE_HORIZON_MS), now);
    this.cuesUntil = now + CUE_HORIZON_MS - 60_000;
  }

  /**
   * Reads the clock and brings the view up to date: the one place where a new segment or the end
   * is noticed, whether it came from time passing, a tap, or the page becoming visible again.
   * `manual` marks a change the reader made, whose sound was not scheduled in advance.
   */
  private refresh(manual = false) {
    const run = this.run;
    const plan = this.plan;
    if (!run || !plan) return;
    const now = this.options.now();
    const state = run.stateAt(now);
    const before = this.shown;
    this.view = state;
    this.shown = { status: state.status, index: state.index, segmentStartMs: state.segmentStartMs, countdown: 0 };
    if (state.status === 'finished') {
      if (before.status !== 'finished') this.finished(plan, state, manual);
    } else if (
      state.segment &&
      state.status !== 'idle' &&
      (state.index !== before.index || state.segmentStartMs !== before.segmentStartMs)
    ) {
      this.stepped(plan, state, state.segment, manual);
    } else {
      this.shown.countdown = before.countdown;
      this.countDown(state);
    }
    if (state.status === 'running' && now >= this.cuesUntil) this.reschedule();
    this.persist();
    const key = this.options.viewKey(state);
    if (key !== this.viewKey) {
      this.viewKey = key;
      this.host.requestUpdate();
    }
  }

  private stepped(plan: Plan, state: DrillState, segment: Segment, manual: boolean) {
    const { t } = this.options.words();
    this.emit(new MwDrillStepEvent({ index: state.index, step: stepInfo(segment, t), side: segment.side ?? null }));
    const text = this.describe(plan, segment, state.index);
    this.options.announce(text);
    this.cues.say(text, this.options.lang());
    if (manual) this.cues.playNow(isWork(segment) ? 'work' : 'rest');
    this.cues.vibrate(isWork(segment) ? 200 : [100, 80, 100]);
    // A segment entered during its own countdown (back from a hidden tab) must not talk over its name.
    this.shown.countdown = state.remainingMs === null ? 0 : Math.ceil(state.remainingMs / 1000);
  }

  private describe(plan: Plan, segment: Segment, index: number) {
    return announcement(segment, plan.segments[index + 1], plan.totalSteps, this.options.words());
  }

  /** "3", "2", "1" in the live region at the end of a long timed segment: once each, never every second. */
  private countDown(state: DrillState) {
    const segment = state.segment;
    if (state.status !== 'running' || !segment || !isTimed(segment) || state.remainingMs === null) return;
    if (segment.seconds < COUNTDOWN_MIN_SECONDS) return;
    const second = Math.ceil(state.remainingMs / 1000);
    if (second > COUNTDOWN_FROM || second < 1 || second === this.shown.countdown) return;
    this.shown.countdown = second;
    this.options.announce(this.options.words().number(second));
  }

  private finished(plan: Plan, state: DrillState, manual: boolean) {
    const words = this.options.words();
    this.emit(
      new MwDrillCompleteEvent({
        elapsedMs: Math.round(state.elapsedMs),
        stepsCompleted: state.completedSteps,
        totalSteps: state.totalSteps,
      }),
    );
    this.options.announce(
      words.t.drillSayFinished(
        words.number(state.completedSteps),
        words.number(state.totalSteps),
        spokenDuration(state.elapsedMs, words),
        state.completedSteps === 0,
      ),
    );
    if (manual) this.cues.playNow('finish');
    this.cues.vibrate([200, 100, 200]);
    savedRun.clear(plan.runId);
    this.wakeLock.keepAwake(false);
    this.ticker.sync();
  }

  /** Keeps a run in progress for a reload: at once after a change, else at most once a second. */
  private persist(force = false) {
    const plan = this.plan;
    const status = this.view.status;
    if (!plan || !this.run || this.options.noResume() || (status !== 'running' && status !== 'paused')) return;
    const now = this.options.now();
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (!force && !hidden && now - this.lastSave < 1000) return;
    this.lastSave = now;
    savedRun.save(plan.runId, plan.segments, { log: [...this.run.log], savedAt: now });
  }

  private readonly onPageHide = () => this.persist(true);
}
