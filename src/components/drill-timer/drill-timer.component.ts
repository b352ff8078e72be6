import { html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { property } from '../../internal/property.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MwDrillCompleteEvent } from '../../events/drill-complete.js';
import { MwDrillPauseEvent } from '../../events/drill-pause.js';
import { MwDrillResumeEvent } from '../../events/drill-resume.js';
import { MwDrillStartEvent } from '../../events/drill-start.js';
import { MwDrillStepEvent } from '../../events/drill-step.js';
import type { MwExerciseStartEvent } from '../../events/exercise-start.js';
import { Announcer } from '../../internal/announcer.js';
import { bringIntoView, prefersReducedMotion as reducedMotion } from '../../internal/bring-into-view.js';
import { ContentController } from '../../internal/content-controller.js';
import { dosageParts } from '../../internal/format-dosage.js';
import { MwElement, headingLevel, type Problem } from '../../internal/mw-element.js';
import { buttonStyles, disclosureStyles, hostStyles } from '../../styles/host.styles.js';
import { DrillCues } from './drill-cues.js';
import {
  COUNTDOWN_FROM,
  COUNTDOWN_MIN_SECONDS,
  DrillRun,
  carryOver,
  stateAt,
  type DrillState,
  type DrillStatus,
} from './drill-engine.js';
import { planFromDrill, planFromExercise, type CustomDrill, type Plan, type Resolved } from './drill-plan.js';
import { isTimed, isWork, type Segment } from './drill-segments.js';
import { drillTimerStyles } from './drill-timer.styles.js';
import { FrameTicker } from './frame-ticker.js';
import { icons } from './icons.js';
import { savedRun, type SavedRun } from './saved-run.js';
import {
  announcement,
  clock,
  duration,
  nextText,
  position,
  progressText,
  repTarget,
  shortName,
  sideLabel,
  spokenDuration,
  stepInfo,
  stepName,
  type Words,
} from './step-words.js';
import { WakeLockController } from './wake-lock.js';

/** What the view last showed, to tell a new segment (or the end) from the same one a frame later. */
interface Shown {
  status: DrillStatus;
  index: number;
  segmentStartMs: number;
  countdown: number;
}
const NOTHING_SHOWN: Shown = { status: 'idle', index: -1, segmentStartMs: -1, countdown: 0 };

const LOADING: Resolved = { status: 'loading' };
const RING = 2 * Math.PI * 45;
/** Sounds are scheduled this far ahead (the audio clock keeps them on time in a background tab). */
const CUE_HORIZON_MS = 30 * 60_000;
const isRtl = (element: Element) => {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(element).direction === 'rtl';
  }
};

/**
 * @tagname mw-drill-timer
 * @summary A drift-free circuit and hold timer that leads the reader through a drill, or an exercise's holds, step by step.
 *
 * @example
 * <mw-drill-timer drill="banded-glute-activation"></mw-drill-timer>
 *
 * @description Runs a drill (`drill="banded-glute-activation"`) or an exercise's own dosage
 * (`exercise="glute-squeeze"`: hold 5 s, relax, ten times) from the nearest `<mw-content>` or the
 * built-in pack. Timing comes from a monotonic clock and the recorded starts and pauses, never from
 * counting ticks, so after the page was hidden or throttled it shows the right step at once.
 * Sounds (Web Audio), spoken step names and vibration are optional; the screen is kept awake while
 * it runs. A reload during a run offers to resume. With `exercise` set, it starts when an
 * `<mw-exercise-card>` for the same exercise emits `mw-exercise-start`.
 *
 * @event {MwDrillStartEvent} mw-drill-start - A run started from its first step. `detail: { totalSteps }`.
 * @event {MwDrillStepEvent} mw-drill-step - The timer moved to a segment. `detail: { index, step: { name, kind, side, number, exerciseId?, seconds? | reps?, unit? }, side }`.
 * @event {MwDrillPauseEvent} mw-drill-pause - The reader paused. `detail: { index, elapsedMs }`.
 * @event {MwDrillResumeEvent} mw-drill-resume - The run goes on after a pause or a reload. `detail: { index, elapsedMs }`.
 * @event {MwDrillCompleteEvent} mw-drill-complete - The run reached its end. `detail: { elapsedMs, stepsCompleted, totalSteps }`.
 *
 * @slot next - Shown with the summary when the run is over: a booking banner, the next exercise.
 *
 * @csspart base - The timer.
 * @csspart header - The title and progress.
 * @csspart title - The drill or exercise name.
 * @csspart progress - "Step 3 of 9" and its bar.
 * @csspart intro - What the run is and needs, before it starts.
 * @csspart notes - Why the drill helps and how to fit it in (a disclosure in the intro).
 * @csspart step - The current step: dial, name, cue and what comes next.
 * @csspart dial - The ring with the time left or the reps target.
 * @csspart step-name - The current step's name.
 * @csspart controls - The buttons.
 * @csspart offer - "Resume where you left off?" after a reload.
 * @csspart summary - Time and steps done, at the end.
 * @csspart problem - The message shown when the timer cannot run.
 *
 * @cssproperty --mw-accent - Accent colour of buttons, the ring and highlights. Default: #0b6e4f.
 * @cssproperty --mw-accent-contrast - Text colour on the accent. Default: #ffffff.
 * @cssproperty --mw-radius - Corner radius. Default: 12px.
 * @cssproperty --mw-font-family - Font. Default: inherit (the page's font).
 * @cssproperty --mw-heading-font-family - Font of the title and headings. Default: inherit (the widget's font).
 * @cssproperty --mw-font-size - Base text size. Default: the larger of 1rem and 16px.
 * @cssproperty --mw-surface - Background. Default: #ffffff.
 * @cssproperty --mw-surface-alt - Background of the ring's track and badges. Default: #f3f6f5.
 * @cssproperty --mw-text - Text colour. Default: #1b2421.
 * @cssproperty --mw-muted - Secondary text colour. Default: #4b5753.
 * @cssproperty --mw-border - Border colour. Default: #b8c4c0.
 * @cssproperty --mw-padding - Space inside the timer. Default: 1.25em.
 * @cssproperty --mw-timer-rest - Colour of the ring during rests. Default: the muted text colour.
 * @cssproperty --mw-focus-color - Colour of the focus ring. Default: #1a5fb4 (#8ab4f8 in the dark theme).
 * @cssproperty --mw-space - The spacing unit that gaps and margins are multiples of. Default: 1em.
 * @cssproperty --mw-drill-timer-min-height - The height pre-upgrade.css reserves for the timer before its script runs. Default: about a built-in drill's first view at this screen width.
 *
 * @cssstate idle - Nothing running: before the start (or a resume offer), or after reset().
 * @cssstate running - A run is counting.
 * @cssstate paused - A run is paused.
 * @cssstate finished - The run ended; the summary shows.
 */
export class MwDrillTimer extends MwElement {
  static override styles = [hostStyles, buttonStyles, disclosureStyles, drillTimerStyles];

  /**
   * The monotonic clock every timer reads (`performance.now()`).
   * @internal Replaced by tests with a fake clock; not part of the public API.
   */
  static now: () => number = () => performance.now();

  /** The id of a drill in the content, e.g. `banded-glute-activation`. */
  @property({ reflect: true }) drill?: string;

  /** The id of an exercise whose own dosage to run, e.g. `glute-squeeze`. */
  @property({ reflect: true }) exercise?: string;

  /** Turns off the offer to resume a run after a reload (and keeps nothing in sessionStorage). */
  @property({ type: Boolean, attribute: 'no-resume' }) noResume = false;

  /** The level of the title as a heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** A drill given from a script instead of an id; checked before use (steps, times, reps). `null` goes back to `drill` or `exercise`. */
  @property({ attribute: false, type: Object }) customDrill?: CustomDrill | null;

  /** A run saved before a reload, waiting for the reader's answer. */
  @state() private offer?: SavedRun;

  private readonly content = new ContentController(this);
  private readonly announcer = new Announcer(this);
  private readonly wakeLock = new WakeLockController(this);
  private readonly cues = new DrillCues(this);
  private readonly ticker = new FrameTicker(this, {
    running: () => this.view.status === 'running',
    tick: () => this.refresh(),
    msUntilChange: () => this.run?.stateAt(this.now()).remainingMs ?? null,
  });

  private resolved: Resolved = LOADING;
  /** The content the plan was built from: the same object means the same plan (and the run goes on). */
  private built?: { source: unknown; runId: string; resolved: Resolved };
  private run?: DrillRun;
  private view: DrillState = stateAt([], [], 0);
  private shown: Shown = NOTHING_SHOWN;
  private viewKey = '';
  private lastSave = Number.NEGATIVE_INFINITY;
  private cuesUntil = Number.NEGATIVE_INFINITY;
  private focusBefore: Element | null = null;

  /** Where the run is: `idle` (also while a resume offer shows), `running`, `paused` or `finished`. */
  get status(): DrillStatus {
    return this.view.status;
  }

  private now() {
    const now = (this.constructor as typeof MwDrillTimer).now();
    // A polyfilled or broken clock (NaN): every step would silently do nothing. Say so instead.
    if (!Number.isFinite(now) && !this.brokenClock) {
      this.brokenClock = {
        message: this.localize.t.drillNoClock,
        path: 'performance.now()',
        detail: `It gave ${now}.`,
      };
      this.requestUpdate();
    }
    return now;
  }

  /** Set when the page's clock gave no number. */
  private brokenClock?: Problem;

  private get plan(): Plan | undefined {
    return this.resolved.status === 'ready' ? this.resolved.plan : undefined;
  }

  private get words(): Words {
    return { t: this.localize.t, number: (value) => this.localize.number(value) };
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('mw-exercise-start', this.onExerciseStart);
    window.addEventListener('pagehide', this.onPageHide);
    if (this.view.status === 'running') {
      this.wakeLock.keepAwake(true);
      this.reschedule();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('mw-exercise-start', this.onExerciseStart);
    window.removeEventListener('pagehide', this.onPageHide);
    this.persist(true);
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    this.focusBefore = this.shadowRoot?.activeElement ?? null;
    const resolved = this.resolve();
    if (resolved !== this.resolved) {
      this.resolved = resolved;
      this.adopt(resolved.status === 'ready' ? resolved.plan : undefined);
    }
  }

  protected override updated() {
    // What had focus is gone (Start became a run, Done led to a timed step, the end replaced the
    // controls) or can no longer hold it (the timer itself, which takes keys only while there is
    // a run): put focus on what now does the same job, never on the page body.
    if (this.focusBefore && !canHoldFocus(this.focusBefore)) {
      const fallback = ['#summary-title', '#primary', '.base']
        .map((selector) => this.shadowRoot?.querySelector<HTMLElement>(selector))
        .find(Boolean);
      fallback?.focus();
    }
    this.focusBefore = null;
    this.showState(this.offer ? 'idle' : this.view.status);
  }

  /** Exposes the status as a custom state, for page CSS such as `mw-drill-timer:state(running)`. */
  private showState(status: DrillStatus) {
    for (const each of ['idle', 'running', 'paused', 'finished']) this.setState(each, each === status);
  }

  // ---- Content -------------------------------------------------------------------------------

  /** The plan for the current attributes and content, rebuilt only when they change. */
  private resolve(): Resolved {
    const state = this.content.state;
    if (state.status === 'loading') return LOADING;
    const pack = state.status === 'ready' ? state.pack : undefined;
    if (this.customDrill != null) {
      const names = new Map(pack?.exercises.map((e) => [e.id, e.name]));
      const id = typeof this.customDrill?.id === 'string' ? this.customDrill.id : 'custom';
      return this.build(this.customDrill, `custom:${id}`, () =>
        planFromDrill(this.customDrill, 'customDrill', (exerciseId) => names.get(exerciseId)),
      );
    }
    if (this.drill && this.exercise) {
      return this.problem({
        message: 'Choose a drill or an exercise, not both.',
        detail: `This timer has drill="${this.drill}" and exercise="${this.exercise}".`,
        path: 'drill',
      });
    }
    if (this.drill) {
      const found = this.content.find('drills', this.drill, 'drill');
      if (found.status !== 'ready') return found.status === 'loading' ? LOADING : this.problem(found.problem);
      const names = new Map(found.pack.exercises.map((e) => [e.id, e.name]));
      return this.build(found.item, `drill:${found.item.id}`, () =>
        planFromDrill(found.item, `drill="${this.drill}"`, (exerciseId) => names.get(exerciseId), found.pack.locale),
      );
    }
    if (this.exercise) {
      const found = this.content.find('exercises', this.exercise, 'exercise');
      if (found.status !== 'ready') return found.status === 'loading' ? LOADING : this.problem(found.problem);
      return this.build(found.item, `exercise:${found.item.id}`, () => planFromExercise(found.item, found.pack.locale));
    }
    const list = (ids: string[] | undefined) => (ids?.length ? ids.join(', ') : 'none');
    return this.problem({
      message: 'No drill or exercise was chosen.',
      detail: `Set drill="…" (${list(pack?.drills.map((d) => d.id))}) or exercise="…" (${list(pack?.exercises.map((e) => e.id))}).`,
      path: 'drill=""',
      waitForPage: true,
    });
  }

  /** The same problem object for the same problem, so the view does not start over each frame. */
  private problem(problem: Problem): Resolved {
    return this.build(JSON.stringify(problem), 'problem', () => ({ status: 'problem', problem }));
  }

  private build(source: unknown, runId: string, make: () => Resolved): Resolved {
    const built = this.built;
    if (built && built.source === source && built.runId === runId) return built.resolved;
    const resolved = make();
    this.built = { source, runId, resolved };
    return resolved;
  }

  /** New content: a fresh run, and the offer to resume one saved before a reload. */
  private adopt(plan: Plan | undefined) {
    this.stopRun();
    this.run = plan && new DrillRun(plan.segments);
    this.shown = NOTHING_SHOWN;
    this.offer = plan && !this.noResume ? this.savedFor(plan) : undefined;
    this.view = this.run?.stateAt(this.now()) ?? stateAt([], [], 0);
  }

  private savedFor(plan: Plan): SavedRun | undefined {
    const saved = savedRun.load(plan.runId, plan.segments);
    if (!saved) return undefined;
    const status = stateAt(plan.segments, saved.log, saved.savedAt).status;
    if (status === 'running' || status === 'paused') return saved;
    savedRun.clear(plan.runId);
    return undefined;
  }

  // ---- Public methods ------------------------------------------------------------------------

  /** Starts from the first step. Does nothing while a run is going (use `resume()` after a pause). */
  start() {
    if (this.view.status === 'running' || this.view.status === 'paused') return;
    this.begin();
  }

  /** Focuses the main button (Start, Pause, Resume, Done), as a card's Start does after it opens a timer. */
  override focus(options?: FocusOptions) {
    const main = this.shadowRoot?.querySelector<HTMLElement>('#primary') ?? this.shadowRoot?.querySelector('.base');
    main?.focus(options);
  }

  pause() {
    const now = this.now();
    if (!this.run?.pause(now)) return;
    this.cues.stop();
    const { index, elapsedMs } = this.run.stateAt(now);
    this.emit(new MwDrillPauseEvent({ index, elapsedMs: Math.round(elapsedMs) }));
    this.announcer.announce(this.localize.t.drillPaused);
    this.afterAction();
  }

  resume() {
    const now = this.now();
    if (!this.run?.resume(now)) return;
    this.cues.unlock();
    const state = this.run.stateAt(now);
    this.emit(new MwDrillResumeEvent({ index: state.index, elapsedMs: Math.round(state.elapsedMs) }));
    this.afterAction();
    // Say where the reader is: they may have walked away from the screen.
    if (this.plan && state.segment) this.announcer.announce(this.describe(this.plan, state.segment, state.index));
  }

  /** Back to idle at the first step: nothing runs, nothing is kept for a reload. */
  reset() {
    const plan = this.plan;
    if (!plan) return;
    this.stopRun();
    savedRun.clear(plan.runId);
    this.offer = undefined;
    this.run = new DrillRun(plan.segments);
    this.shown = NOTHING_SHOWN;
    this.refresh();
    this.ticker.sync();
  }

  /** Moves to the next segment (past the last: the end). Paused stays paused. */
  skip() {
    if (!this.run?.skip(this.now())) return;
    this.cues.stop();
    this.afterAction();
  }

  /** Moves to the previous step, passing over rests; on the first step, starts it again. */
  back() {
    if (!this.run?.back(this.now())) return;
    this.cues.stop();
    this.afterAction();
  }

  // ---- Running -------------------------------------------------------------------------------

  private begin() {
    const plan = this.plan;
    if (!plan) return;
    this.stopRun();
    this.offer = undefined;
    this.cues.reload();
    this.cues.unlock();
    this.run = new DrillRun(plan.segments);
    this.shown = NOTHING_SHOWN;
    this.run.start(this.now());
    this.emit(new MwDrillStartEvent({ totalSteps: plan.totalSteps }));
    this.afterAction();
  }

  private markDone() {
    if (!this.run?.repDone(this.now())) return;
    this.cues.stop();
    this.afterAction();
  }

  private resumeSaved() {
    const plan = this.plan;
    const offer = this.offer;
    if (!plan || !offer) return;
    const now = this.now();
    this.offer = undefined;
    this.run = new DrillRun(plan.segments, carryOver(plan.segments, offer.log, offer.savedAt, now));
    // The step is not new (resuming announces it), so it is marked as already shown.
    const { status, index, segmentStartMs } = this.run.stateAt(now);
    this.shown = { status, index, segmentStartMs, countdown: 0 };
    this.resume();
  }

  private startOver() {
    if (this.plan) savedRun.clear(this.plan.runId);
    this.begin();
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
  }

  private reschedule() {
    if (!this.run || this.view.status !== 'running') return;
    const now = this.now();
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
    const now = this.now();
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
    const key = this.keyFor(state);
    if (key !== this.viewKey) {
      this.viewKey = key;
      this.requestUpdate();
    }
  }

  private stepped(plan: Plan, state: DrillState, segment: Segment, manual: boolean) {
    const t = this.localize.t;
    this.emit(new MwDrillStepEvent({ index: state.index, step: stepInfo(segment, t), side: segment.side ?? null }));
    const text = this.describe(plan, segment, state.index);
    this.announcer.announce(text);
    this.cues.say(text, this.localize.lang);
    if (manual) this.cues.playNow(isWork(segment) ? 'work' : 'rest');
    this.cues.vibrate(isWork(segment) ? 200 : [100, 80, 100]);
    // A segment entered during its own countdown (back from a hidden tab) must not talk over its name.
    this.shown.countdown = state.remainingMs === null ? 0 : Math.ceil(state.remainingMs / 1000);
  }

  private describe(plan: Plan, segment: Segment, index: number) {
    return announcement(segment, plan.segments[index + 1], plan.totalSteps, this.words);
  }

  /** "3", "2", "1" in the live region at the end of a long timed segment: once each, never every second. */
  private countDown(state: DrillState) {
    const segment = state.segment;
    if (state.status !== 'running' || !segment || !isTimed(segment) || state.remainingMs === null) return;
    if (segment.seconds < COUNTDOWN_MIN_SECONDS) return;
    const second = Math.ceil(state.remainingMs / 1000);
    if (second > COUNTDOWN_FROM || second < 1 || second === this.shown.countdown) return;
    this.shown.countdown = second;
    this.announcer.announce(this.localize.number(second));
  }

  private finished(plan: Plan, state: DrillState, manual: boolean) {
    const { t, number } = this.words;
    this.emit(
      new MwDrillCompleteEvent({
        elapsedMs: Math.round(state.elapsedMs),
        stepsCompleted: state.completedSteps,
        totalSteps: state.totalSteps,
      }),
    );
    this.announcer.announce(
      t.drillSayFinished(
        number(state.completedSteps),
        number(state.totalSteps),
        spokenDuration(state.elapsedMs, this.words),
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
    if (!plan || !this.run || this.noResume || (status !== 'running' && status !== 'paused')) return;
    const now = this.now();
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (!force && !hidden && now - this.lastSave < 1000) return;
    this.lastSave = now;
    savedRun.save(plan.runId, plan.segments, { log: [...this.run.log], savedAt: now });
  }

  /** What the view shows, coarsely: a re-render happens only when this changes (not every frame). */
  private keyFor(state: DrillState) {
    const second = state.remainingMs === null ? -1 : Math.ceil(state.remainingMs / 1000);
    return `${state.status}|${state.index}|${state.segmentStartMs}|${second}|${this.ringOffset(state).toFixed(1)}`;
  }

  /** How much of the ring is used up. Under reduced motion it moves once a second, with the numbers. */
  private ringOffset(state: DrillState): number {
    const segment = state.segment;
    if (!segment || !isTimed(segment) || state.remainingMs === null) return 0;
    const total = segment.seconds * 1000;
    const left = reducedMotion() ? Math.ceil(state.remainingMs / 1000) * 1000 : state.remainingMs;
    return RING * (1 - Math.min(1, Math.max(0, left / total)));
  }

  // ---- Input ---------------------------------------------------------------------------------

  private readonly onPageHide = () => this.persist(true);

  /** A card's Start for this timer's exercise: take it (so the card knows), come into view and run. */
  private readonly onExerciseStart = (event: MwExerciseStartEvent) => {
    // The plan's id, not the attribute: `exercise=" Glute-Squeeze"` runs glute-squeeze too.
    if (event.defaultPrevented || this.plan?.runId !== `exercise:${event.detail?.exerciseId}`) return;
    event.preventDefault();
    if (this.offer) this.startOver();
    else if (this.view.status === 'paused') this.resume();
    else if (this.view.status !== 'running') this.begin();
    // Once the run shows: the running timer is taller than the idle one it replaces.
    void this.updateComplete.then(() => {
      this.focus({ preventScroll: true });
      bringIntoView(this, this.shadowRoot?.activeElement ?? null);
    });
  };

  private onPrimary() {
    const status = this.view.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  /**
   * Keys on the timer itself (never on the page): Space starts, pauses and resumes; Enter marks a
   * rep step done; the arrows go back and skip. Space and Enter act only when the timer has focus,
   * so on a focused button they keep their usual meaning.
   */
  private onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || this.offer) return;
    const onTimer = event.target === event.currentTarget;
    const status = this.view.status;
    const started = status === 'running' || status === 'paused';
    const rtl = isRtl(event.currentTarget as HTMLElement);
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === ' ' && onTimer) this.onPrimary();
    else if (event.key === 'Enter' && onTimer && status === 'running' && this.view.segment?.kind === 'reps') {
      this.markDone();
    } else if (event.key === backward && started) this.back();
    else if (event.key === forward && started) this.skip();
    else return;
    event.preventDefault();
  }

  private toggleMute() {
    this.cues.setMuted(!this.cues.muted);
    this.reschedule();
    this.requestUpdate();
  }

  private toggleVoice() {
    this.cues.setVoice(!this.cues.voice);
    this.requestUpdate();
  }

  // ---- View ----------------------------------------------------------------------------------

  private level(below = 0) {
    return headingLevel(this.headingLevel, 3, below);
  }

  /** The `lang` for the plan's own words: its pack's, where that is not the page's language. */
  private contentLang(plan: Plan) {
    return plan.locale ? this.localize.contentLang(plan.locale) : undefined;
  }

  override render() {
    const refused = this.propertyProblem() ?? this.brokenClock;
    if (refused) return this.renderProblem(refused);
    const resolved = this.resolved;
    if (resolved.status === 'loading') return this.renderLoading();
    if (resolved.status === 'problem') return this.renderProblem(resolved.problem);
    const plan = resolved.plan;
    const state = this.view;
    const t = this.localize.t;
    const keys = !this.offer && state.status !== 'finished';
    return html`<section
      class="base"
      part="base"
      aria-labelledby="title"
      aria-describedby=${keys ? 'keys' : nothing}
      tabindex=${ifDefined(keys ? 0 : undefined)}
      @keydown=${this.onKeyDown}
    >
      <header class="header" part="header">
        <div
          id="title"
          class="title"
          part="title"
          role="heading"
          aria-level=${this.level()}
          lang=${ifDefined(plan.title ? this.contentLang(plan) : undefined)}
        >
          ${plan.title ?? t.drillUntitled}
        </div>
        ${this.offer ? nothing : this.renderProgress(plan, state)}
      </header>
      ${
        this.offer
          ? this.renderOffer(plan, this.offer)
          : state.status === 'finished'
            ? this.renderSummary(state)
            : state.status === 'idle' || !state.segment
              ? this.renderIntro(plan)
              : this.renderStep(plan, state, state.segment)
      }
      ${keys ? this.renderControls(plan, state) : nothing}
      ${keys ? html`<p id="keys" class="keys">${t.drillKeys}</p>` : nothing} ${this.announcer.render()}
    </section>`;
  }

  private renderProgress(plan: Plan, state: DrillState) {
    const segment = state.segment;
    if (!segment || state.status === 'idle') return nothing;
    const done = Math.max(0, Math.min(plan.totalSteps, segment.number - 1));
    const width = (100 * done) / plan.totalSteps;
    return html`<div class="progress" part="progress">
      <p>${progressText(segment, plan.totalSteps, this.words)}</p>
      <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="bar-track" width="100" height="4"></rect>
        <rect class="bar-fill" width=${width} height="4"></rect>
      </svg>
    </div>`;
  }

  private renderIntro(plan: Plan) {
    const words = this.words;
    const { t, number } = words;
    const lang = this.contentLang(plan);
    const timedOnly = plan.segments.every(isTimed);
    const total = plan.segments.reduce((sum, s) => sum + ('seconds' in s ? s.seconds * 1000 : 0), 0);
    const facts = [
      ...(plan.dosage ? dosageParts(plan.dosage, t, number) : []),
      t.drillStepCount(plan.totalSteps, number(plan.totalSteps)),
      ...(timedOnly ? [t.drillAbout(duration(total, words))] : []),
    ];
    const first = plan.segments[0];
    return html`<div class="intro" part="intro">
      ${plan.intro ? html`<p class="lead" lang=${ifDefined(lang)}>${plan.intro}</p>` : nothing}
      <p class="facts">${facts.join(' · ')}</p>
      ${
        plan.equipment.length
          ? html`<p>
              <strong>${t.drillYouNeed}:</strong> <span lang=${ifDefined(lang)}>${plan.equipment.join(', ')}</span>
            </p>`
          : nothing
      }
      ${
        plan.setup.length
          ? html`<div class="setup">
              <p class="section-title" role="heading" aria-level=${this.level(1)}>${t.drillBeforeYouStart}</p>
              <ul>
                ${plan.setup.map((line) => html`<li lang=${ifDefined(lang)}>${line}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        plan.notes.length
          ? html`<details class="notes" part="notes">
              <summary>${t.drillAboutThis}</summary>
              <ul>
                ${plan.notes.map((line) => html`<li lang=${ifDefined(lang)}>${line}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      ${first ? html`<p class="first">${t.drillFirst(shortName(first, words))}</p>` : nothing}
    </div>`;
  }

  private renderStep(plan: Plan, state: DrillState, segment: Segment) {
    const words = this.words;
    const { t } = words;
    const lang = this.contentLang(plan);
    const side = sideLabel(segment, t);
    const badges = [
      ...(segment.kind === 'hold' ? [t.drillHold] : []),
      ...(segment.switchSides && isWork(segment) ? [t.drillSwitchSides] : []),
      ...(side ? [side] : []),
      ...position(segment, plan.totalSteps, words),
    ];
    const cue = isWork(segment) ? segment.cue : undefined;
    return html`<div class="step ${isWork(segment) ? 'work' : 'break'}" part="step">
      ${this.renderDial(segment, state)}
      <div class="info">
        ${
          badges.length
            ? html`<ul class="badges">
                ${badges.map((badge) => html`<li>${badge}</li>`)}
              </ul>`
            : nothing
        }
        <p class="name" part="step-name" lang=${ifDefined(isWork(segment) ? lang : undefined)}>
          ${stepName(segment, t)}
        </p>
        ${cue ? html`<p class="cue" lang=${ifDefined(lang)}>${cue}</p>` : nothing}
        <p class="next">${nextText(plan.segments[state.index + 1], words)}</p>
      </div>
    </div>`;
  }

  private renderDial(segment: Segment, state: DrillState) {
    const target = repTarget(segment, this.words);
    const paused = state.status === 'paused';
    return html`<div class="dial" part="dial">
      <svg class="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="track" cx="50" cy="50" r="45"></circle>
        ${
          target
            ? nothing
            : svg`<circle
                class="fill"
                cx="50"
                cy="50"
                r="45"
                stroke-dasharray=${RING}
                stroke-dashoffset=${this.ringOffset(state)}
                transform="rotate(-90 50 50)"
              ></circle>`
        }
      </svg>
      <div class="readout">
        ${
          target
            ? html`<span class="count">${target.count}</span><span class="unit">${target.unit}</span>`
            : html`<span class="time" role="timer">${clock(state.remainingMs ?? 0)}</span>`
        }
        ${paused ? html`<span class="paused">${this.localize.t.drillPaused}</span>` : nothing}
      </div>
    </div>`;
  }

  private renderControls(plan: Plan, state: DrillState) {
    const t = this.localize.t;
    const status = state.status;
    const started = status === 'running' || status === 'paused';
    const repWait = status === 'running' && state.segment?.kind === 'reps';
    const [label, icon] =
      status === 'running'
        ? [t.drillPause, icons.pause]
        : status === 'paused'
          ? [t.drillResume, icons.play]
          : [t.drillStart, icons.play];
    return html`<div class="controls" part="controls">
      ${
        repWait
          ? html`<button class="button primary done" type="button" @click=${this.markDone}>
              ${icons.done}${t.drillDone}
            </button>`
          : nothing
      }
      <div class="transport">
        ${
          started
            ? html`<button class="button" type="button" @click=${() => this.back()}>
                ${icons.back}${t.drillBack}
              </button>`
            : nothing
        }
        <button
          id="primary"
          class="button ${status === 'running' ? '' : 'primary'}"
          type="button"
          aria-label=${status === 'idle' ? t.drillStartLabel(plan.title ?? t.drillUntitled) : nothing}
          @click=${this.onPrimary}
        >
          ${icon}${label}
        </button>
        ${
          started
            ? html`<button class="button" type="button" @click=${() => this.skip()}>
                ${icons.skip}${t.drillSkip}
              </button>`
            : nothing
        }
      </div>
      <div class="options">
        ${
          started
            ? html`<button class="button" type="button" @click=${this.begin}>${icons.restart}${t.drillRestart}</button>`
            : nothing
        }
        <button
          class="button"
          type="button"
          aria-pressed=${this.cues.muted ? 'true' : 'false'}
          @click=${this.toggleMute}
        >
          ${t.drillMute}
        </button>
        ${
          this.cues.voiceSupported
            ? html`<button
                class="button"
                type="button"
                aria-pressed=${this.cues.voice ? 'true' : 'false'}
                ?disabled=${this.cues.muted}
                @click=${this.toggleVoice}
              >
                ${t.drillVoice}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderOffer(plan: Plan, offer: SavedRun) {
    const t = this.localize.t;
    const where = stateAt(plan.segments, offer.log, offer.savedAt).segment;
    return html`<div class="offer" part="offer" role="group" aria-labelledby="offer-title">
      <p id="offer-title" class="offer-title">${t.drillResumeOffer}</p>
      ${
        where
          ? html`<p>${progressText(where, plan.totalSteps, this.words)}: ${shortName(where, this.words)}</p>`
          : nothing
      }
      <div class="actions">
        <button class="button primary" type="button" @click=${this.resumeSaved}>${icons.play}${t.drillResume}</button>
        <button class="button" type="button" @click=${this.startOver}>${icons.restart}${t.drillStartOver}</button>
      </div>
    </div>`;
  }

  private renderSummary(state: DrillState) {
    const words = this.words;
    const { t, number } = words;
    return html`<div class="summary" part="summary">
      <p id="summary-title" class="summary-title" role="heading" aria-level=${this.level(1)} tabindex="-1">
        ${state.completedSteps ? t.drillFinished : t.drillFinishedAllSkipped}
      </p>
      <dl class="stats">
        <div>
          <dt>${t.drillTime}</dt>
          <dd>${duration(state.elapsedMs, words)}</dd>
        </div>
        <div>
          <dt>${t.drillStepsDone}</dt>
          <dd>${t.drillOf(number(state.completedSteps), number(state.totalSteps))}</dd>
        </div>
      </dl>
      <div class="actions">
        <button class="button" type="button" @click=${this.begin}>${icons.restart}${t.drillAgain}</button>
      </div>
      <slot name="next"></slot>
    </div>`;
  }
}

/** Still in the timer and focusable: a control, or an element with a tabindex. */
function canHoldFocus(element: Element): boolean {
  if (!element.isConnected) return false;
  return element.hasAttribute('tabindex') || element.matches('button:not(:disabled), a[href], input, summary');
}
