import { html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { property } from '../../internal/property.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MwExerciseStartEvent } from '../../events/exercise-start.js';
import { renderIllustration } from '../../illustrations/render-illustration.js';
import { illustrationStyles } from '../../illustrations/illustration.styles.js';
import { renderMedia } from '../../media/lazy-media.js';
import { Announcer } from '../../internal/announcer.js';
import { bringIntoView, prefersReducedMotion as reducedMotion } from '../../internal/bring-into-view.js';
import { ContentController } from '../../internal/content-controller.js';
import { FocusAfterRender } from '../../internal/focus-after-render.js';
import { dosageParts } from '../../internal/format-dosage.js';
import { MwElement, headingLevel, type Problem } from '../../internal/mw-element.js';
import { buttonStyles, disclosureStyles, hostStyles } from '../../styles/host.styles.js';
import { stateAt, type DrillState, type DrillStatus } from './drill-engine.js';
import { pictureFor, type CustomDrill, type Picture, type Plan, type Resolved } from './drill-plan.js';
import { DrillRunController } from './drill-run-controller.js';
import { isTimed, isWork, type Segment } from './drill-segments.js';
import { drillTimerStyles } from './drill-timer.styles.js';
import { icons } from './icons.js';
import { planForContent } from './plan-for-content.js';
import type { SavedRun } from './saved-run.js';
import {
  clock,
  duration,
  nextText,
  position,
  progressText,
  repTarget,
  shortName,
  sideLabel,
  stepName,
  type Words,
} from './step-words.js';
import { useBuiltIn } from '../../content/built-in.js';
import { builtInExercises } from '../../content/built-in/exercises.js';
import { builtInDrills } from '../../content/built-in/drills.js';
import { addEnglishWords } from '../../internal/words.js';
import { enDrillTimer } from '../../translations/en/drill-timer.js';

// The built-in pack's part this widget reads: its drills and the exercises their steps name.
useBuiltIn('exercises', builtInExercises);
useBuiltIn('drills', builtInDrills);
// Its English words, which a page without a timer does not carry.
addEnglishWords(enDrillTimer);

const LOADING: Resolved = { status: 'loading' };
const RING = 2 * Math.PI * 45;
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
 * @csspart step - The current step: drawing, dial, name, cue, what comes next and the stop rule.
 * @csspart illustration - The current step's media or drawing (its own media, else its exercise's media or drawing; during a rest, the next step's).
 * @csspart media - One image or video of the current step's media.
 * @csspart media-play - The play button of a YouTube or Vimeo video, before the player loads.
 * @csspart media-problem - The message in place of a media item whose address was refused.
 * @csspart dial - The ring with the time left or the reps target.
 * @csspart step-name - The current step's name.
 * @csspart controls - The buttons: the main one, Back and Skip, and the settings row (Mute, Voice, More).
 * @csspart stop-rule - "Stop if it hurts…", in the intro and on every step.
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
  static override styles = [hostStyles, buttonStyles, disclosureStyles, illustrationStyles, drillTimerStyles];

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

  /** The settings panel under the controls (Restart, the keys), open or closed. */
  @state() private settingsOpen = false;
  /** Restart was pressed once: the panel asks before the run is thrown away. */
  @state() private confirmingRestart = false;
  /** The reader chose full screen: the timer fills the screen as a modal dialog until they leave it. */
  @state() private focusMode = false;

  private readonly content = new ContentController(this);
  private readonly announcer = new Announcer(this);
  private readonly runner = new DrillRunController(this, {
    now: () => this.now(),
    words: () => this.words,
    lang: () => this.localize.lang,
    noResume: () => this.noResume,
    announce: (text) => this.announcer.announce(text),
    viewKey: (state) => this.keyFor(state),
  });
  // What had focus is gone (Start became a run, Done led to a timed step, the end replaced the
  // controls) or can no longer hold it (the timer itself, which takes keys only while there is a
  // run): focus goes to what now does the same job, never to the page body.
  private readonly focusKeeper = new FocusAfterRender(this, ['#summary-title', '#done', '#primary', '.base']);

  private resolved: Resolved = LOADING;
  /** What the plan was built from: the same source means the same plan (and the run goes on). */
  private built?: { source: unknown; runId: string };

  /** Where the run is: `idle` (also while a resume offer shows), `running`, `paused` or `finished`. */
  get status(): DrillStatus {
    return this.runner.state.status;
  }

  private now() {
    const now = (this.constructor as typeof MwDrillTimer).now();
    // A polyfilled or broken clock (NaN): every step would silently do nothing. Say so instead.
    if (!Number.isFinite(now) && !this.brokenClock) {
      this.brokenClock = {
        message: (t) => t.drillNoClock,
        path: 'performance.now()',
        detail: (t) => t.drillClockGave(String(now)),
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
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('mw-exercise-start', this.onExerciseStart);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.choosePlan();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const dialog = this.shadowRoot?.querySelector('dialog');
    if (dialog && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        // No modal dialogs (old browsers): shown in place of one, still filling the screen, without the focus trap.
        dialog.setAttribute('open', '');
      }
      // The dialog focuses what it finds first; the reader goes on with the main button.
      this.focus();
    }
    this.showState(this.runner.offer ? 'idle' : this.status);
  }

  /** Exposes the status as a custom state, for page CSS such as `mw-drill-timer:state(running)`. */
  private showState(status: DrillStatus) {
    for (const each of ['idle', 'running', 'paused', 'finished']) this.setState(each, each === status);
  }

  /**
   * Brings the plan up to date with the attributes and content, now rather than at the next
   * render, so a method called right after a change (`start()` after setting `drill`) acts on it.
   */
  private choosePlan() {
    const choice = planForContent({
      content: this.content.state,
      find: (kind, id, attribute) => this.content.find(kind, id, attribute),
      drill: this.drill,
      exercise: this.exercise,
      customDrill: this.customDrill,
    });
    const built = this.built;
    if (built && built.source === choice.source && built.runId === choice.runId) return;
    this.built = { source: choice.source, runId: choice.runId };
    this.resolved = choice.make();
    this.settingsOpen = false;
    this.confirmingRestart = false;
    this.focusMode = false;
    this.runner.adopt(this.resolved);
  }

  // ---- Public methods ------------------------------------------------------------------------

  /**
   * Starts from the first step. Does nothing while a run is going (use `resume()` after a pause).
   * Right after `drill` or `exercise` changed, it starts the one just chosen; while its content
   * is still loading, it starts once the content is there.
   */
  start() {
    // A refused property shows its problem in place of the timer: nothing may run behind it.
    if (this.refusedValue()) return;
    this.choosePlan();
    this.runner.start();
  }

  /** Focuses the main button (Start, Pause or Resume; Done on a rep step), as a card's Start does after it opens a timer. */
  override focus(options?: FocusOptions) {
    const main = ['#done', '#primary', '.base'].map((selector) =>
      this.shadowRoot?.querySelector<HTMLElement>(selector),
    );
    main.find(Boolean)?.focus(options);
  }

  pause() {
    this.runner.pause();
  }

  resume() {
    this.runner.resume();
  }

  /** Back to idle at the first step: nothing runs, nothing is kept for a reload. */
  reset() {
    this.choosePlan();
    this.closeSettings();
    this.focusMode = false;
    this.runner.reset();
  }

  /** Moves to the next segment (past the last: the end). Paused stays paused. */
  skip() {
    this.runner.skip();
  }

  /** Moves to the previous step, passing over rests; on the first step, starts it again. */
  back() {
    this.runner.back();
  }

  // ---- Input ---------------------------------------------------------------------------------

  /** A card's Start for this timer's exercise: take it (so the card knows), come into view and run. */
  private readonly onExerciseStart = (event: MwExerciseStartEvent) => {
    // The plan's id, not the attribute: `exercise=" Glute-Squeeze"` runs glute-squeeze too.
    if (event.defaultPrevented || this.plan?.runId !== `exercise:${event.detail?.exerciseId}`) return;
    // A timer showing a refused property's problem leaves Start to the card, which opens a timer that works.
    if (this.refusedValue()) return;
    event.preventDefault();
    if (this.runner.offer) this.runner.startOver();
    else if (this.status === 'paused') this.runner.resume();
    else if (this.status !== 'running') this.runner.begin();
    // Once the run shows: the running timer is taller than the idle one it replaces.
    void this.updateComplete.then(() => {
      this.focus({ preventScroll: true });
      bringIntoView(this, this.shadowRoot?.activeElement ?? null);
    });
  };

  private onPrimary() {
    const status = this.status;
    if (status === 'running') this.runner.pause();
    else if (status === 'paused') this.runner.resume();
    else this.runner.start();
  }

  private readonly onDone = () => this.runner.markDone();

  /**
   * Keys on the timer itself (never on the page): Space starts, pauses and resumes; Enter marks a
   * rep step done; the arrows go back and skip. Space and Enter act only when the timer has focus,
   * so on a focused button they keep their usual meaning. Escape closes the settings panel.
   */
  private onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || this.runner.offer) return;
    if (event.key === 'Escape' && this.settingsOpen) {
      this.closeSettings(true);
      event.preventDefault();
      return;
    }
    const onTimer = event.target === event.currentTarget;
    const state = this.runner.state;
    const started = state.status === 'running' || state.status === 'paused';
    const rtl = isRtl(event.currentTarget as HTMLElement);
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === ' ' && onTimer) this.onPrimary();
    else if (event.key === 'Enter' && onTimer && state.status === 'running' && state.segment?.kind === 'reps') {
      this.runner.markDone();
    } else if (event.key === backward && started) this.runner.back();
    else if (event.key === forward && started) this.runner.skip();
    else return;
    event.preventDefault();
  }

  private toggleSettings() {
    if (this.settingsOpen) this.closeSettings();
    else this.settingsOpen = true;
  }

  /** Closes the panel; `refocus` puts focus back on the button that opened it (after Escape). */
  private closeSettings(refocus = false) {
    this.settingsOpen = false;
    this.confirmingRestart = false;
    if (refocus) this.focusKeeper.moveTo('#settings');
  }

  private askRestart() {
    this.confirmingRestart = true;
    this.focusKeeper.moveTo('#restart-yes');
  }

  private keepGoing() {
    this.confirmingRestart = false;
    this.focusKeeper.moveTo('#restart');
  }

  private enterFocusMode() {
    this.closeSettings();
    this.focusMode = true;
  }

  private leaveFocusMode() {
    this.focusMode = false;
    this.focusKeeper.moveTo('#primary');
  }

  /** Escape in full screen: the dialog would close itself; the timer leaves full screen instead, by its own render. */
  private onDialogCancel(event: Event) {
    event.preventDefault();
    this.leaveFocusMode();
  }

  /** Closed some other way (a browser that closes on a repeated Escape without asking): leave full screen too. */
  private onDialogClose() {
    if (this.focusMode) this.leaveFocusMode();
  }

  private restart() {
    this.closeSettings();
    this.runner.begin();
    this.focusKeeper.moveTo('#primary');
  }

  // ---- View ----------------------------------------------------------------------------------

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
    const state = this.runner.state;
    const offer = this.runner.offer;
    const t = this.localize.t;
    const keys = !offer && state.status !== 'finished';
    const running = !offer && (state.status === 'running' || state.status === 'paused') && state.segment;
    const body = html`<section
      class="base ${running ? 'running' : ''}"
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
        ${
          this.focusMode
            ? html`<button id="exit-focus" class="toggle exit" type="button" @click=${this.leaveFocusMode}>
                ${icons.exitFullScreen}<span>${t.drillFocusExit}</span>
              </button>`
            : nothing
        }
        ${offer ? nothing : this.renderProgress(plan, state)}
      </header>
      ${
        offer
          ? this.renderOffer(plan, offer)
          : state.status === 'finished'
            ? this.renderSummary(state)
            : running && state.segment
              ? this.renderStep(plan, state, state.segment)
              : this.renderIntro(plan)
      }
      ${keys ? this.renderControls(plan, state) : nothing}
      ${keys ? html`<p id="keys" class="visually-hidden">${t.drillKeys}</p>` : nothing} ${this.announcer.render()}
    </section>`;
    return this.focusMode && !offer
      ? html`<dialog
          class="focus-mode"
          aria-labelledby="title"
          @cancel=${this.onDialogCancel}
          @close=${this.onDialogClose}
        >
          ${body}
        </dialog>`
      : body;
  }

  private renderProgress(plan: Plan, state: DrillState) {
    const segment = state.segment;
    if (!segment || state.status === 'idle') return nothing;
    const done = Math.max(0, Math.min(plan.totalSteps, segment.number - 1));
    const width = (100 * done) / plan.totalSteps;
    const badges = this.badges(plan, segment);
    return html`<div class="progress" part="progress">
      <div class="progress-line">
        <p>${progressText(segment, plan.totalSteps, this.words)}</p>
        ${
          badges.length
            ? html`<ul class="badges">
                ${badges.map((badge) => html`<li>${badge}</li>`)}
              </ul>`
            : nothing
        }
      </div>
      <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="bar-track" width="100" height="4"></rect>
        <rect class="bar-fill" width=${width} height="4"></rect>
      </svg>
    </div>`;
  }

  /** Where the step sits besides its number: the hold, the side, the round, set or rep. */
  private badges(plan: Plan, segment: Segment) {
    const words = this.words;
    const side = sideLabel(segment, words.t);
    return [
      ...(segment.kind === 'hold' ? [words.t.drillHold] : []),
      ...(segment.switchSides && isWork(segment) ? [words.t.drillSwitchSides] : []),
      ...(side ? [side] : []),
      ...position(segment, plan.totalSteps, words),
    ];
  }

  /**
   * The stop rule, always in view where the reader exercises: the drill's own safety line when the
   * content has one (it carries the stop rule in the content's words), else ours.
   */
  private renderStopRule(plan: Plan) {
    return html`<p class="stop-rule" part="stop-rule">
      ${icons.stop}${
        plan.safety
          ? html`<span lang=${ifDefined(this.contentLang(plan))}>${plan.safety}</span>`
          : html`<span>${this.localize.t.stopRule}</span>`
      }
    </p>`;
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
      ${this.renderStopRule(plan)}
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
    const cue = isWork(segment) ? segment.cue : undefined;
    const picture = pictureFor(plan, state.index);
    return html`<div class="step ${isWork(segment) ? 'work' : 'break'}" part="step">
      <div class="stage ${picture ? 'with-illustration' : ''} ${picture && 'media' in picture ? 'with-media' : ''}">
        ${picture ? this.renderPicture(plan, state, picture, lang) : nothing} ${this.renderDial(segment, state)}
      </div>
      <div class="info">
        <p class="name" part="step-name" lang=${ifDefined(isWork(segment) ? lang : undefined)}>
          ${stepName(segment, t)}
        </p>
        ${cue ? html`<p class="cue" lang=${ifDefined(lang)}>${cue}</p>` : nothing}
        <p class="next">${nextText(plan.segments[state.index + 1], words)}</p>
      </div>
      ${this.renderStopRule(plan)}
    </div>`;
  }

  /** The step's media (or its exercise's) or drawing, beside the dial. */
  private renderPicture(plan: Plan, state: DrillState, picture: Picture, lang: string | undefined) {
    if ('illustration' in picture) {
      return html`<figure class="illustration" part="illustration" lang=${ifDefined(lang)}>
        ${renderIllustration(picture.illustration)}
      </figure>`;
    }
    // During a rest the media is the next step's: so is the name it is known by.
    const name = plan.segments.slice(state.index).find(isWork)?.name ?? plan.title ?? this.words.t.drillUntitled;
    return html`<div class="illustration" part="illustration" lang=${ifDefined(lang)}>
      ${renderMedia(this, picture.media, { t: this.words.t, name, lang: plan.locale ?? this.localize.lang })}
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

  /**
   * One main button (Start, Pause, Resume, or Done on a rep step), Back and Skip beside it, and a
   * compact row of settings: Mute and Voice (toggles) and More (Restart, the keys).
   */
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
    const primary = html`<button
      id="primary"
      class="button ${repWait ? 'quiet' : 'primary'}"
      type="button"
      aria-label=${status === 'idle' ? t.drillStartLabel(plan.title ?? t.drillUntitled) : nothing}
      @click=${this.onPrimary}
    >
      ${icon}${label}
    </button>`;
    return html`<div class="controls" part="controls">
      ${
        repWait
          ? html`<button id="done" class="button primary done" type="button" @click=${this.onDone}>
              ${icons.done}${t.drillDone}
            </button>`
          : nothing
      }
      <div class="transport ${started ? '' : 'start'}">
        ${
          started
            ? html`<button class="button quiet" type="button" @click=${() => this.runner.back()}>
                ${icons.back}${t.drillBack}
              </button>`
            : nothing
        }
        ${primary}
        ${
          started
            ? html`<button class="button quiet" type="button" @click=${() => this.runner.skip()}>
                ${icons.skip}${t.drillSkip}
              </button>`
            : nothing
        }
      </div>
      ${this.renderSettings(started)}
    </div>`;
  }

  private renderSettings(started: boolean) {
    const t = this.localize.t;
    const muted = this.runner.muted;
    return html`<div class="settings">
        <button
          class="toggle"
          type="button"
          aria-pressed=${muted ? 'true' : 'false'}
          @click=${() => this.runner.toggleMute()}
        >
          ${muted ? icons.muted : icons.sound}<span>${t.drillMute}</span>
        </button>
        ${
          this.runner.voiceSupported
            ? html`<button
                class="toggle"
                type="button"
                aria-pressed=${this.runner.voice ? 'true' : 'false'}
                ?disabled=${muted}
                @click=${() => this.runner.toggleVoice()}
              >
                ${icons.voice}<span>${t.drillVoice}</span>
              </button>`
            : nothing
        }
        <button
          id="settings"
          class="toggle more"
          type="button"
          aria-expanded=${this.settingsOpen ? 'true' : 'false'}
          aria-controls="settings-panel"
          @click=${this.toggleSettings}
        >
          ${icons.more}<span>${t.drillMore}</span>
        </button>
      </div>
      ${this.settingsOpen ? this.renderSettingsPanel(started) : nothing}`;
  }

  private renderSettingsPanel(started: boolean) {
    const t = this.localize.t;
    return html`<div id="settings-panel" class="settings-panel">
      ${
        !started
          ? nothing
          : this.confirmingRestart
            ? html`<div class="confirm" role="group" aria-labelledby="restart-ask">
                <p id="restart-ask">${t.drillRestartAsk}</p>
                <div class="actions">
                  <button id="restart-yes" class="button" type="button" @click=${this.restart}>
                    ${icons.restart}${t.drillRestartYes}
                  </button>
                  <button class="button quiet" type="button" @click=${this.keepGoing}>${t.drillKeepGoing}</button>
                </div>
              </div>`
            : html`<button id="restart" class="button quiet" type="button" @click=${this.askRestart}>
                ${icons.restart}${t.drillRestart}
              </button>`
      }
      ${
        started && !this.focusMode
          ? html`<button id="focus-mode" class="button quiet" type="button" @click=${this.enterFocusMode}>
              ${icons.fullScreen}${t.drillFocusMode}
            </button>`
          : nothing
      }
      <p class="keys-help">${t.drillKeys}</p>
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
        <button class="button primary" type="button" @click=${() => this.runner.resumeSaved()}>
          ${icons.play}${t.drillResume}
        </button>
        <button class="button" type="button" @click=${() => this.runner.startOver()}>
          ${icons.restart}${t.drillStartOver}
        </button>
      </div>
    </div>`;
  }

  private renderSummary(state: DrillState) {
    const words = this.words;
    const { t, number } = words;
    const achieved = state.completedSteps > 0;
    return html`<div class="summary ${achieved ? 'achieved' : ''}" part="summary">
      ${achieved ? html`<div class="medal">${icons.medal}</div>` : nothing}
      <p id="summary-title" class="summary-title" role="heading" aria-level=${this.level(1)} tabindex="-1">
        ${achieved ? t.drillFinished : t.drillFinishedAllSkipped}
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
        <button class="button" type="button" @click=${() => this.runner.begin()}>
          ${icons.restart}${t.drillAgain}
        </button>
      </div>
      <slot name="next"></slot>
    </div>`;
  }
}
