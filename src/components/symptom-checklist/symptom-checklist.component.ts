import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { normalizeId } from '../../content/lookup.js';
import { property } from '../../internal/property.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Checklist, ChecklistItem, Drill, Exercise, Outcome, RedFlag, RedFlagLevel } from '../../content/types.js';
import {
  MwChecklistResetEvent,
  MwChecklistResultEvent,
  type ChecklistResultDetail,
} from '../../events/checklist-result.js';
import { Announcer } from '../../internal/announcer.js';
import { cardAnchor, pageAnchor } from '../../internal/card-anchor.js';
import { ContentController } from '../../internal/content-controller.js';
import { FocusAfterRender } from '../../internal/focus-after-render.js';
import { PrintState } from '../../internal/print-state.js';
import { canTime, dosageParts } from '../../internal/format-dosage.js';
import { keepNumbersTogether } from '../../internal/keep-numbers-together.js';
import { runInView, startExercise } from '../../internal/start-exercise.js';
import { playIcon } from '../../internal/icon.js';
import { MwElement, headingLevel, type Problem } from '../../internal/mw-element.js';
import { buttonStyles, disclosureStyles, hostStyles } from '../../styles/host.styles.js';
import { emergencyNumberFor, isDialable, telHref } from './emergency-number.js';
import { sameDayRouteFor, type SameDayRoute } from './same-day-route.js';
import { answerStep, checklistFlow, type ChecklistFlow, type RedFlagError, type StepError } from './checklist-flow.js';
import { savedAnswers, type ChecklistStep } from './saved-answers.js';
import type { ChecklistScore } from './scoring.js';
import { symptomChecklistStyles } from './symptom-checklist.styles.js';
import type { MwDrillTimer } from '../drill-timer/drill-timer.component.js';
// A recommended move opens its card in the result, so the card is registered wherever the checklist is.
import '../exercise-card/exercise-card.js';
import { useBuiltIn } from '../../content/built-in.js';
import { builtInExercises } from '../../content/built-in/exercises.js';
import { builtInDrills } from '../../content/built-in/drills.js';
import { builtInChecklists } from '../../content/built-in/checklists.js';
import { addEnglishWords } from '../../internal/words.js';
import { enSymptomChecklist } from '../../translations/en/symptom-checklist.js';

// The built-in pack's part this widget reads: its checklists, and the exercises and drills a result recommends.
useBuiltIn('exercises', builtInExercises);
useBuiltIn('drills', builtInDrills);
useBuiltIn('checklists', builtInChecklists);
// Its English words, which a page without a checklist does not carry.
addEnglishWords(enSymptomChecklist);

/** What the element shows, worked out once per update and shared by `render` and `updated`. */
type View =
  | { kind: 'loading' }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'ready'; checklist: Checklist; flow: ChecklistFlow; numbers: Numbers };

type Ready = Extract<View, { kind: 'ready' }>;

/** Who the reader calls: the emergency number, and the same-day route for an urgent red flag. */
interface Numbers {
  emergency: string;
  sameDay: SameDayRoute;
}

/** Where focus lands: the result's heading, the question of a step, step 1's error summary. */
const RESULT = '#result-heading';
const QUESTION = 'fieldset';
const ERROR_SUMMARY = '#error-summary';

/** Emergency signs first: the order the reader should weigh them in. */
const RED_FLAG_GROUPS: readonly RedFlagLevel[] = ['emergency', 'urgent'];

/** The tier's message, or the words of the first ticked sign of that tier that has its own (chest pain). */
function careMessage(checklist: Checklist, level: RedFlagLevel, ticked: readonly string[]) {
  const own = checklist.redFlags.items.find((flag) => flag.level === level && flag.message && ticked.includes(flag.id));
  return own?.message ?? checklist.redFlags[level];
}

/** Ids from a property a site may have set to anything. */
const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];

/**
 * @tagname mw-symptom-checklist
 * @summary "Could weak glutes be behind my back pain?": a red-flag screen first, then the signs, then what to do next.
 *
 * @example
 * <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
 *
 * @description Step 1 asks about red flags, in two tiers. Any red flag shows an urgent-care message only: no
 * exercises, no booking offer, no reassurance. An emergency sign leads with the emergency number as a `tel:` link; a
 * same-day sign leads with the region's non-emergency line (or `urgent-number`, or the reader's doctor), and keeps
 * the emergency number for "if it gets worse". Otherwise step 2 asks about the signs,
 * and the result names the outcome for the score and recommends exercises as one-line rows (name and dosage): each
 * links to its `<mw-exercise-card>` on the page or opens the card in place, and Start runs its drill timer (the
 * page's, or one in place). A slot offers a booking banner. An answer that does not add up shows an error summary
 * that takes focus, and the error beside the question, as GOV.UK forms do.
 * Answers stay in the page; they are kept on the device only with `remember`.
 *
 * @event {MwChecklistResultEvent} mw-checklist-result - A result appeared. `detail: { checklistId, outcomeId, score, signs, redFlag }`; `outcomeId` is `emergency` or `urgent` after a red flag. Ids and counts only.
 * @event {MwChecklistResetEvent} mw-checklist-reset - The result went away (Start again, Clear my answers, `reset()`, a new `checklist`, or the element left the page). `detail: { checklistId }`.
 *
 * @slot next - Shown under a result that is not a red flag, e.g. a `<mw-book-now>` banner. Never shown with an urgent-care message.
 *
 * @csspart base - The widget.
 * @csspart header - The checklist's title and introduction.
 * @csspart title - The checklist's title.
 * @csspart step - The "Step 1 of 2" line.
 * @csspart question - The fieldset of a step.
 * @csspart error-summary - "There is a problem" at the top of step 1 when its answer does not add up, with a link to the question. It takes focus.
 * @csspart error - The same message beside the question.
 * @csspart result - The outcome: heading, explanation, disclaimer and the signs picked.
 * @csspart result-title - The outcome's heading.
 * @csspart disclaimer - The "not a diagnosis" line.
 * @csspart moves - The recommended exercises.
 * @csspart move - One recommended exercise: a row with its name, dosage and Start, and its card once opened.
 * @csspart move-name - The exercise's name in a row: a link to its card on the page, or a button that opens the card in place.
 * @csspart move-start - A row's Start button: the play sign alone on a phone, the word beside it where the row has room.
 * @csspart move-card - The exercise card a row opened in place.
 * @csspart timer - The drill timer a row's Start opened when no timer on the page answered.
 * @csspart safety - The stop rule above the recommended exercises.
 * @csspart care - The urgent-care message (also has the `base` part).
 * @csspart care-title - The urgent-care message's heading.
 * @csspart call - Each call link ("Call 000", "Call NHS 111").
 * @csspart sources - The sources and their reviewed dates, folded under one line that opens them (open in print).
 * @csspart actions - The buttons.
 * @csspart note - The line saying whether answers are saved on this device (with `remember`).
 * @csspart problem - The message shown when the checklist cannot be shown.
 *
 * @cssproperty --mw-accent - Accent colour of buttons, checkboxes and links. Default: #0b6e4f.
 * @cssproperty --mw-accent-contrast - Text colour on the accent. Default: #ffffff.
 * @cssproperty --mw-danger - Colour of the urgent-care message and the call link. Default: #b3261e.
 * @cssproperty --mw-danger-surface - Background behind the urgent-care heading and the step 1 message. Default: #fdecea.
 * @cssproperty --mw-danger-contrast - Text colour on `--mw-danger`. Default: #ffffff.
 * @cssproperty --mw-radius - Corner radius. Default: 12px.
 * @cssproperty --mw-font-family - Font. Default: inherit (the page's font).
 * @cssproperty --mw-heading-font-family - Font of the title and headings. Default: inherit (the widget's font).
 * @cssproperty --mw-font-size - Base text size. Default: the larger of 1rem and 16px.
 * @cssproperty --mw-surface - Background. Default: #ffffff.
 * @cssproperty --mw-surface-alt - Background of the disclaimer. Default: #f3f6f5.
 * @cssproperty --mw-text - Text colour. Default: #1b2421.
 * @cssproperty --mw-muted - Colour of the "what this means" lines. Default: #4b5753.
 * @cssproperty --mw-border - Border colour. Default: #b8c4c0.
 * @cssproperty --mw-padding - Space inside the widget. Default: 1.25em.
 * @cssproperty --mw-focus-color - Colour of the focus ring. Default: #1a5fb4 (#8ab4f8 in the dark theme).
 * @cssproperty --mw-space - The spacing unit that gaps and margins are multiples of. Default: 1em.
 * @cssproperty --mw-symptom-checklist-min-height - The height pre-upgrade.css reserves for the checklist before its script runs. Default: about the first step's height at this screen width.
 */
export class MwSymptomChecklist extends MwElement {
  static override styles = [hostStyles, buttonStyles, disclosureStyles, symptomChecklistStyles];

  /** The id of the checklist in the content, e.g. `weak-glutes`. */
  @property({ reflect: true }) checklist?: string;

  /**
   * The emergency number (an ambulance). Default: from the region of the nearest `lang`, e.g. 000 for en-AU,
   * 111 for en-NZ, 999 for en-GB, 911 for en-US, es-MX and en-PH, 112 for en-IE and any region not mapped.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /**
   * The non-emergency number a same-day (urgent) red flag sends the reader to first. Default: from the region
   * of the nearest `lang`: NHS 111 (en-GB), healthdirect 1800 022 222 (en-AU), Healthline 0800 611 116 (en-NZ);
   * elsewhere the reader is told to call their doctor or go to an urgent care clinic.
   */
  @property({ attribute: 'urgent-number' }) urgentNumber?: string;

  /** Keeps the answers on this device (localStorage) until the reader clears them. Off: nothing is stored. */
  @property({ type: Boolean, reflect: true }) remember = false;

  /** The level of the checklist's title as a heading (2–6); the result's headings follow under it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The ids of the ticked red flags. Unknown ids are ignored, with one console warning. */
  @property({ attribute: false, type: Array }) redFlags: string[] = [];

  /** The ids of the ticked signs. Unknown ids are ignored, with one console warning. */
  @property({ attribute: false, type: Array }) signs: string[] = [];

  @state() private step: ChecklistStep = 'red-flags';
  @state() private redFlagError?: RedFlagError;
  /** The recommended exercises whose cards the reader opened in the result. */
  @state() private openMoves: ReadonlySet<string> = new Set();
  /** The recommended exercise whose timer opened in the result, when no timer on the page took its Start. */
  @state() private timerFor?: string;
  /** False when `remember` is on but the device would not keep the answers (storage disabled or full). */
  @state() private savedOnDevice = true;

  private readonly content = new ContentController(this);
  private readonly announcer = new Announcer(this);
  /** Focus follows the reader when the control they used is replaced (a new step, the result, an error). */
  private readonly focusAfterRender = new FocusAfterRender(this);
  /** The folded lists (signs picked, sources) open for printing: the printout is the reader's record. */
  private readonly printState = new PrintState(this);

  /** What shows, worked out once per update in `willUpdate`. */
  private current: View = { kind: 'loading' };
  private announceNextResult = false;
  /** The result the page was last told about: each result is emitted once, and its end always is too. */
  private shown?: { checklistId: string; key: string };
  /** The checklist whose saved answers were read, so they are read once, not on every update. */
  private restoredFor?: string;
  /** The last warning about answers set to ids the checklist does not have, so it is said once. */
  private answersWarning = '';
  /** The `lang` of the checklist's own words where it is not the page's, set with each view. */
  private contentLang?: string;

  /**
   * Shows the result for the current `redFlags` and `signs`, as the reader's last button does, and announces it.
   * Focus moves to the result's heading only if it was inside the widget, so a page never jumps on load.
   */
  showResult() {
    this.redFlagError = undefined;
    this.step = 'result';
    this.announceNextResult = true;
    if (this.matches(':focus-within')) this.focusAfterRender.moveTo(RESULT);
  }

  /**
   * Clears every answer (and what `remember` saved), returns to the first question and emits `mw-checklist-reset`.
   * Focus moves to the first question only if it was inside the widget.
   */
  reset() {
    this.startOver(this.matches(':focus-within'));
  }

  override connectedCallback() {
    super.connectedCallback();
    // Put back on the page (moved, or re-attached by a framework): tell the page about the result again.
    if (this.step === 'result') this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A removed element can no longer send events up the page, so the page hears from the document that the
    // result has gone; otherwise a booking banner hidden by a red flag would stay hidden.
    if (this.shown)
      this.ownerDocument.dispatchEvent(new MwChecklistResetEvent({ checklistId: this.shown.checklistId }));
    this.shown = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // Answers to one checklist mean nothing for another.
    if (changed.has('checklist') && changed.get('checklist') !== undefined) this.clearAnswers();
    this.keepOnDevice(changed);
    this.current = this.view();
  }

  /** With `remember`: reads the saved answers once per checklist, and saves each change. */
  private keepOnDevice(changed: PropertyValues) {
    // Kept under the checklist's id, whichever way the attribute spells it (as the exercise card does).
    const id = normalizeId(this.checklist);
    if (!this.remember || !id) return;
    if (this.restoredFor !== id) {
      this.restoredFor = id;
      const saved = savedAnswers.load(id);
      if (saved) Object.assign(this, saved);
    }
    if (['redFlags', 'signs', 'step', 'remember', 'checklist'].some((key) => changed.has(key))) {
      this.save(id);
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const view = this.current;
    if (view.kind === 'ready') this.warnOfUnknownAnswers(view.checklist);
    this.tellPage(view);
  }

  override render() {
    // The live region stays in place while the views change around it, so screen readers keep listening to it.
    return html`${this.renderView(this.current)}${this.announcer.render()}`;
  }

  private renderView(view: View) {
    if (view.kind === 'loading') return this.renderLoading();
    if (view.kind === 'problem') return this.renderProblem(view.problem);
    const { checklist, flow, numbers } = view;
    if (flow.step === 'result') {
      const { score } = flow;
      if (score.kind !== 'outcome') return this.renderCare(checklist, score, numbers);
      if (!score.outcome) return this.renderProblem(this.noOutcome(checklist, score.score));
      return this.renderOutcome(checklist, score.outcome, score.signs);
    }
    return this.renderStep(checklist, flow);
  }

  private view(): View {
    const refused = this.propertyProblem();
    if (refused) return { kind: 'problem', problem: refused };
    const t = this.localize.t;
    const emergency = this.emergencyNumber?.trim() || emergencyNumberFor(this.localize.lang);
    if (!isDialable(emergency)) {
      const path = `emergency-number="${emergency}"`;
      return {
        kind: 'problem',
        problem: { message: t.checklistBadNumber(emergency), detail: t.checklistBadNumberDetail, path },
      };
    }
    const sameDay = sameDayRouteFor(this.localize.lang, this.urgentNumber);
    if (sameDay.kind === 'site' && !isDialable(sameDay.number)) {
      const { number } = sameDay;
      const path = `urgent-number="${number}"`;
      return {
        kind: 'problem',
        problem: { message: t.checklistBadUrgentNumber(number), detail: t.checklistBadUrgentNumberDetail, path },
      };
    }
    const found = this.content.find('checklists', this.checklist, 'checklist');
    if (found.status === 'loading') return { kind: 'loading' };
    if (found.status === 'problem') return { kind: 'problem', problem: found.problem };
    const checklist = found.item;
    this.contentLang = this.localize.contentLang(found.pack.locale);
    const flow = checklistFlow(checklist, this.flowState());
    return { kind: 'ready', checklist, flow, numbers: { emergency, sameDay } };
  }

  private flowState() {
    return { step: this.step, error: this.redFlagError, redFlags: idList(this.redFlags), signs: idList(this.signs) };
  }

  /**
   * Answers a site set that the checklist does not have are left out of the score: the widget
   * still works, so there is nothing to show, but the site hears once what was ignored.
   */
  private warnOfUnknownAnswers(checklist: Checklist) {
    const problems = (['redFlags', 'signs'] as const).flatMap((list) => {
      const value: unknown = this[list];
      if (!Array.isArray(value)) return [`${list}: expected a list of ids, got ${typeof value}`];
      const items = list === 'redFlags' ? checklist.redFlags.items : checklist.items;
      const unknown = value.filter((id) => !items.some((item) => item.id === id));
      const known = items.map((item) => item.id).join(', ');
      return unknown.length ? [`${list}: ignored ${JSON.stringify(unknown)}, not in the checklist (${known})`] : [];
    });
    const warning = problems.length ? `<${this.localName}> checklist="${checklist.id}" ${problems.join('; ')}` : '';
    if (warning && warning !== this.answersWarning) console.warn(`movewell-widgets: ${warning}`);
    this.answersWarning = warning;
  }

  /** A pack that skipped validation may leave a score without an outcome: say so rather than guess. */
  private noOutcome(checklist: Checklist, score: number): Problem {
    return {
      message: (t) => t.checklistNoOutcome(checklist.id, this.localize.number(score)),
      path: `checklist="${checklist.id}"`,
    };
  }

  /** Emits the result when one newly shows, and the reset when it goes away for any reason. */
  private tellPage(view: View) {
    const detail =
      view.kind === 'ready' && view.flow.step === 'result' ? this.detail(view.checklist, view.flow.score) : undefined;
    const key = detail && JSON.stringify(detail);
    if (key === this.shown?.key) return;
    if (this.shown && this.shown.checklistId !== detail?.checklistId) {
      this.emit(new MwChecklistResetEvent({ checklistId: this.shown.checklistId }));
    }
    this.shown = detail && key ? { checklistId: detail.checklistId, key } : undefined;
    if (!detail || view.kind !== 'ready') return;
    this.emit(new MwChecklistResultEvent(detail));
    if (this.announceNextResult) {
      this.announceNextResult = false;
      const text = this.announcement(view);
      // Announcing re-renders the live region; wait until this update is over.
      void this.updateComplete.then(() => this.announcer.announce(text));
    }
  }

  private detail(checklist: Checklist, score: ChecklistScore): ChecklistResultDetail | undefined {
    const outcomeId = score.kind === 'outcome' ? score.outcome?.id : score.kind;
    if (!outcomeId) return undefined;
    return { checklistId: checklist.id, outcomeId, score: score.score, signs: score.signs, redFlag: score.redFlag };
  }

  private announcement({ checklist, flow, numbers }: Ready): string {
    const t = this.localize.t;
    if (flow.step !== 'result') return '';
    const { score } = flow;
    if (score.kind === 'outcome') return t.checklistResultAnnouncement(score.outcome?.title ?? '');
    const { title } = careMessage(checklist, score.kind, score.flags);
    if (score.kind === 'emergency') return `${title}. ${t.checklistCall(numbers.emergency)}`;
    return `${title}. ${this.sameDayLead(numbers.sameDay)}`;
  }

  private clearAnswers() {
    this.redFlags = [];
    this.signs = [];
    this.step = 'red-flags';
    this.redFlagError = undefined;
    this.openMoves = new Set();
    this.timerFor = undefined;
  }

  private save(id: string) {
    const { step } = this;
    const redFlags = idList(this.redFlags);
    const signs = idList(this.signs);
    if (!redFlags.length && !signs.length && step === 'red-flags') {
      savedAnswers.clear(id);
      this.savedOnDevice = true;
    } else {
      this.savedOnDevice = savedAnswers.save(id, { redFlags, signs, step });
    }
  }

  private startOver(moveFocus: boolean, announcement?: string) {
    const shown = this.shown;
    this.clearAnswers();
    if (normalizeId(this.checklist)) savedAnswers.clear(normalizeId(this.checklist));
    this.shown = undefined;
    // The page hears that a result went away, not of answers cleared before there was one.
    if (shown) this.emit(new MwChecklistResetEvent({ checklistId: shown.checklistId }));
    if (moveFocus) this.focusAfterRender.moveTo(QUESTION);
    if (announcement) this.announcer.announce(announcement);
  }

  private toggle(list: 'redFlags' | 'signs', id: string, checked: boolean) {
    const others = idList(this[list]).filter((each) => each !== id);
    this[list] = checked ? [...others, id] : others;
    this.redFlagError = undefined;
  }

  /**
   * A real form, so Enter and Space work as everywhere; nothing is ever sent anywhere. Focus goes
   * where the reader's answer led: the next question, the result, or the error summary.
   */
  private submit(event: SubmitEvent, checklist: Checklist, step: 'red-flags' | 'signs') {
    event.preventDefault();
    // Only a press of "None of these apply" says none apply; Enter in the form submits as Continue.
    const pressed = (event.submitter as HTMLButtonElement | null)?.value === 'none' ? 'none' : 'continue';
    const next = answerStep(checklist, this.flowState(), step === 'signs' ? 'show' : pressed);
    if (next.step === 'result') {
      this.showResult();
    } else {
      this.step = next.step;
      this.redFlagError = next.error;
    }
    this.focusAfterRender.moveTo(next.step === 'result' ? RESULT : next.error ? ERROR_SUMMARY : QUESTION);
  }

  private back() {
    this.step = 'red-flags';
    this.focusAfterRender.moveTo(QUESTION);
  }

  /** The summary's link leads to the question's checkbox it is about, as a fragment cannot inside a shadow root. */
  private goToField(event: Event, field: string) {
    event.preventDefault();
    const box = this.renderRoot.querySelector<HTMLElement>(`#flag-${CSS.escape(field)}`);
    box?.focus();
    // The question's legend, hint and error sit above the box: the reader sees what it is about.
    this.renderRoot.querySelector('fieldset')?.scrollIntoView({ block: 'start' });
  }

  private toggleMove(id: string) {
    const open = new Set(this.openMoves);
    if (!open.delete(id)) open.add(id);
    this.openMoves = open;
  }

  /** A row's Start: the page's timer for the exercise answers, or one opens under the row. */
  private startMove(id: string) {
    return startExercise(this, id, () => this.openTimer(`exercise:${id}`));
  }

  /** The drill's Start: its timer on the page runs (as a card's Start runs an exercise's), or one opens under the row. */
  private async startDrill(id: string, anchor: string | undefined) {
    await import('../../loaders/drill-timer.js');
    const onPage = anchor ? document.getElementById(decodeURIComponent(anchor)) : null;
    const timer =
      onPage?.localName === 'mw-drill-timer' ? (onPage as MwDrillTimer) : await this.openTimer(`drill:${id}`);
    if (timer) await runInView(timer);
  }

  private async openTimer(key: string) {
    this.timerFor = key;
    await this.updateComplete;
    return this.renderRoot.querySelector<MwDrillTimer>('.move-timer');
  }

  private print() {
    window.print();
  }

  /** Heading levels under the title's, kept within h2–h6 so the page outline stays valid. */
  private level(below = 0) {
    return headingLevel(this.headingLevel, 2, below);
  }

  private renderHeader(checklist: Checklist, intro: boolean) {
    return html`<header part="header" lang=${ifDefined(this.contentLang)}>
      <div id="title" class="title" part="title" role="heading" aria-level=${this.level()}>${checklist.title}</div>
      ${intro ? html`<p class="intro">${checklist.intro}</p>` : nothing}
    </header>`;
  }

  private renderStep(checklist: Checklist, flow: Extract<ChecklistFlow, { step: 'red-flags' | 'signs' }>) {
    const t = this.localize.t;
    const first = flow.step === 'red-flags';
    const error = flow.step === 'red-flags' ? flow.error : undefined;
    const { ticked } = flow;
    const described = ['step', 'hint', ...(error ? ['error'] : [])].join(' ');
    return html`<section class="base" part="base" aria-labelledby="title">
      ${error ? this.renderErrorSummary(error) : nothing} ${this.renderHeader(checklist, first)}
      <form @submit=${(event: SubmitEvent) => this.submit(event, checklist, flow.step)}>
        <p id="step" class="step" part="step">${t.checklistStep(first ? 1 : 2, 2)}</p>
        <fieldset part="question" class=${error ? 'invalid' : ''} tabindex="-1" aria-describedby=${described}>
          <legend lang=${ifDefined(this.contentLang)}>
            ${first ? checklist.redFlags.question : checklist.question}
          </legend>
          <p id="hint" class="hint">${t.checklistTickAll}</p>
          ${
            error
              ? html`<p id="error" class="error" part="error">
                  <span class="visually-hidden">${t.checklistErrorPrefix}</span> ${this.errorText(error)}
                </p>`
              : nothing
          }
          ${
            flow.step === 'red-flags'
              ? RED_FLAG_GROUPS.map((level) => this.renderGroup(level, flow.items, ticked))
              : html`<div class="options">${flow.items.map((item) => this.renderOption('signs', item, ticked))}</div>`
          }
        </fieldset>
        <div class="actions" part="actions">
          ${
            first
              ? // Continue comes first: it is the form's default, so Enter on a ticked red flag leads
                // to the urgent-care message, never to "None of these apply".
                html`<button class="button primary" type="submit" value="continue">${t.checklistContinue}</button>
                  <button class="button" type="submit" value="none">${t.checklistNoneApply}</button>`
              : html`<button class="button primary" type="submit">${t.checklistShowResult}</button>
                  <button class="button quiet" type="button" @click=${this.back}>${t.checklistBack}</button>`
          }
          ${this.renderClear()}
        </div>
      </form>
      ${this.renderNote()}
    </section>`;
  }

  private errorText(error: StepError) {
    const t = this.localize.t;
    return error.kind === 'nothing-ticked' ? t.checklistNothingTicked : t.checklistTickedButNone(error.ticked);
  }

  /**
   * GOV.UK's error summary: at the top of the step, where focus lands, so a reader who pressed Continue at the
   * foot of a long question sees (and hears) the problem, and its link leads to the box it is about.
   */
  private renderErrorSummary(error: StepError) {
    const t = this.localize.t;
    return html`<div
      id="error-summary"
      class="error-summary"
      part="error-summary"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      <div role="alert">
        <div id="error-summary-title" class="error-summary-title" role="heading" aria-level=${this.level()}>
          ${t.checklistErrorSummary}
        </div>
        <ul>
          <li>
            <a href="#flag-${error.field}" @click=${(event: Event) => this.goToField(event, error.field)}
              >${this.errorText(error)}</a
            >
          </li>
        </ul>
      </div>
    </div>`;
  }

  /** The red flags of one tier under a short heading, so the reader sees at once which signs mean "now". */
  private renderGroup(level: RedFlagLevel, flags: readonly RedFlag[], ticked: ReadonlySet<string>) {
    const group = flags.filter((flag) => flag.level === level);
    if (!group.length) return nothing;
    const t = this.localize.t;
    return html`<div class="group ${level}" role="group" aria-labelledby="group-${level}">
      <p id="group-${level}" class="group-title">
        ${level === 'emergency' ? t.checklistEmergencyGroup : t.checklistUrgentGroup}
      </p>
      <div class="options">${group.map((flag) => this.renderOption('redFlags', flag, ticked))}</div>
    </div>`;
  }

  private renderOption(list: 'redFlags' | 'signs', item: RedFlag | ChecklistItem, ticked: ReadonlySet<string>) {
    const id = `${list === 'redFlags' ? 'flag' : 'sign'}-${item.id}`;
    const meaning = 'meaning' in item ? item.meaning : undefined;
    return html`<div class="option">
      <input
        type="checkbox"
        id=${id}
        .checked=${ticked.has(item.id)}
        aria-describedby=${meaning ? `${id}-meaning` : nothing}
        @change=${(event: Event) => this.toggle(list, item.id, (event.target as HTMLInputElement).checked)}
      />
      <label for=${id} lang=${ifDefined(this.contentLang)}>${item.text}</label>
      ${meaning ? html`<p id="${id}-meaning" class="meaning" lang=${ifDefined(this.contentLang)}>${meaning}</p>` : nothing}
    </div>`;
  }

  /** What to do first for a same-day red flag, in the reader's region. */
  private sameDayLead(route: SameDayRoute) {
    const t = this.localize.t;
    if (route.kind === 'line') return t.checklistSameDayLine(route.name);
    return route.kind === 'site' ? t.checklistSameDaySite : t.checklistSameDayDoctor;
  }

  private renderCall(number: string, label: string, kind: 'main' | 'secondary') {
    return html`<p><a class="call ${kind}" part="call" href=${telHref(number)}>${keepNumbersTogether(label)}</a></p>`;
  }

  /**
   * An urgent-care message and nothing else that could keep the reader from getting help. Emergency: the call
   * first. Same day: the region's non-emergency route first, the emergency number kept for "if it gets worse".
   */
  private renderCare(checklist: Checklist, score: ChecklistScore, numbers: Numbers) {
    const t = this.localize.t;
    const level = score.kind === 'emergency' ? 'emergency' : 'urgent';
    const message = careMessage(checklist, level, score.flags);
    const flags = new Set(score.flags);
    const emergencyCall = (kind: 'main' | 'secondary') =>
      this.renderCall(numbers.emergency, t.checklistCall(numbers.emergency), kind);
    const route = numbers.sameDay;
    const body = message.body.map((line) => html`<p lang=${ifDefined(this.contentLang)}>${line}</p>`);
    const content =
      level === 'emergency'
        ? html`${emergencyCall('main')} ${body}`
        : html`<p class="route">${this.sameDayLead(route)}</p>
            ${route.kind === 'line' ? this.renderCall(route.number, t.checklistCallLine(route.name, route.number), 'main') : nothing}
            ${route.kind === 'site' ? this.renderCall(route.number, t.checklistCall(route.number), 'main') : nothing}
            ${body}
            <p class="if-worse">${t.checklistIfWorse}</p>
            ${emergencyCall('secondary')}`;
    return html`<section class="base care ${level}" part="base care" aria-labelledby="result-heading">
      <div class="care-band">
        <div
          id="result-heading"
          class="care-title"
          part="care-title"
          role="heading"
          aria-level=${this.level()}
          tabindex="-1"
          lang=${ifDefined(this.contentLang)}
        >
          ${message.title}
        </div>
      </div>
      <div class="care-body">
        ${content}
        <div class="picked">
          <div class="sub-title" role="heading" aria-level=${this.level(1)}>${t.checklistYouTicked}</div>
          <ul lang=${ifDefined(this.contentLang)}>
            ${checklist.redFlags.items.filter((item) => flags.has(item.id)).map((item) => html`<li>${item.text}</li>`)}
          </ul>
        </div>
        <div class="actions quiet" part="actions">${this.renderStartAgain()} ${this.renderClear()}</div>
        ${this.renderNote()} ${this.renderSources(checklist)}
      </div>
    </section>`;
  }

  private renderOutcome(checklist: Checklist, outcome: Outcome, signs: string[]) {
    const t = this.localize.t;
    const picked = new Set(signs);
    return html`<section class="base" part="base" aria-labelledby="title">
      ${this.renderHeader(checklist, false)}
      <div class="result" part="result">
        <div
          id="result-heading"
          class="result-title"
          part="result-title"
          role="heading"
          aria-level=${this.level(1)}
          tabindex="-1"
          lang=${ifDefined(this.contentLang)}
        >
          ${outcome.title}
        </div>
        ${outcome.body.map((line) => html`<p lang=${ifDefined(this.contentLang)}>${line}</p>`)}
        <p class="disclaimer" part="disclaimer" lang=${ifDefined(this.contentLang)}>
          <strong>${checklist.disclaimer}</strong>
        </p>
        ${
          // The reader just ticked these: folded on screen, printed open for a clinician.
          signs.length
            ? html`<details class="picked" ?open=${this.printState.printing}>
                <summary>${t.checklistYourSigns} (${this.localize.number(signs.length)})</summary>
                <ul lang=${ifDefined(this.contentLang)}>
                  ${checklist.items.filter((item) => picked.has(item.id)).map((item) => html`<li>${item.text}</li>`)}
                </ul>
              </details>`
            : nothing
        }
      </div>
      ${outcome.recommend.length || outcome.drill ? this.renderMoves(outcome) : nothing}
      <slot name="next"></slot>
      <div class="actions quiet" part="actions">
        <button class="button quiet" type="button" @click=${this.print}>${t.checklistPrint}</button>
        ${this.renderStartAgain()} ${this.renderClear()}
      </div>
      ${this.renderNote()} ${this.renderSources(checklist)}
    </section>`;
  }

  /** The recommended moves as one-line rows under the stop rule, which is read before any of them. */
  private renderMoves({ recommend, drill }: Outcome) {
    const t = this.localize.t;
    const drillFound = drill ? this.content.find('drills', drill, 'drill') : undefined;
    return html`<div class="moves" part="moves">
      <div class="sub-title" role="heading" aria-level=${this.level(2)}>${t.checklistMovesToTry}</div>
      <p class="safety" part="safety"><strong>${t.safety}:</strong> ${t.stopRule}</p>
      <ul role="list">
        ${recommend.map((id) => {
          const found = this.content.find('exercises', id, 'recommend');
          return found.status === 'ready'
            ? this.renderMove(found.item, this.localize.contentLang(found.pack.locale))
            : nothing;
        })}
        ${
          drillFound?.status === 'ready'
            ? this.renderDrill(drillFound.item, this.localize.contentLang(drillFound.pack.locale))
            : nothing
        }
      </ul>
    </div>`;
  }

  /** The drill to go on to: a link to its timer on the page, if there is one, and Start. */
  private renderDrill(drill: Drill, lang: string | undefined) {
    const t = this.localize.t;
    const anchor = pageAnchor(this, 'mw-drill-timer', 'drill', drill.id);
    const key = `drill:${drill.id}`;
    return html`<li class="move" part="move">
      <div class="move-row">
        <p class="move-text">
          ${
            anchor
              ? html`<a class="move-name" part="move-name" href="#${anchor}" lang=${ifDefined(lang)}>${drill.name}</a>`
              : html`<span class="move-name" part="move-name" lang=${ifDefined(lang)}>${drill.name}</span>`
          }
          <span class="move-dosage">${t.checklistDrillKind}</span>
        </p>
        ${this.renderStart(drill.name, () => this.startDrill(drill.id, anchor))}
      </div>
      ${this.timerFor === key ? this.renderTimer(key, 'drill', drill.id) : nothing}
    </li>`;
  }

  /**
   * A row's Start: the timer's play sign, with the word beside it where the row has room (the word is also in its
   * label). On a phone the sign alone leaves the row's width to the name and dosage, so each stays on one line.
   */
  private renderStart(name: string, start: () => unknown) {
    const t = this.localize.t;
    return html`<button
      class="button move-start"
      part="move-start"
      type="button"
      aria-label=${t.startLabel(name)}
      @click=${start}
    >
      ${playIcon}<span class="move-start-word">${t.start}</span>
    </button>`;
  }

  private renderTimer(key: string, kind: 'exercise' | 'drill', id: string) {
    return html`<mw-drill-timer
      id="timer-${key.replace(':', '-')}"
      class="move-timer"
      part="timer"
      exercise=${ifDefined(kind === 'exercise' ? id : undefined)}
      drill=${ifDefined(kind === 'drill' ? id : undefined)}
      heading-level=${this.level(3)}
      no-resume
      .theme=${this.theme}
    ></mw-drill-timer>`;
  }

  /**
   * One move: its name (a link to its card on the page, else a button that opens the card here), its dosage
   * on the same line, and Start. The card opens without a frame of its own: no card inside a card.
   */
  private renderMove(exercise: Exercise, lang: string | undefined) {
    const t = this.localize.t;
    const { id, name } = exercise;
    const open = this.openMoves.has(id);
    const anchor = cardAnchor(this, id);
    const dosage = dosageParts(exercise.dosage, t, (n) => this.localize.number(n)).join(', ');
    const nameLabel = anchor
      ? html`<a class="move-name" part="move-name" href="#${anchor}" lang=${ifDefined(lang)}>${name}</a>`
      : html`<button
          class="move-name"
          part="move-name"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${ifDefined(open ? `card-${id}` : undefined)}
          lang=${ifDefined(lang)}
          @click=${() => this.toggleMove(id)}
        >
          ${name}
        </button>`;
    return html`<li class="move" part="move">
      <div class="move-row">
        <p class="move-text">${nameLabel} <span class="move-dosage">${dosage}</span></p>
        ${canTime(exercise.dosage) ? this.renderStart(name, () => this.startMove(id)) : nothing}
      </div>
      ${
        open && !anchor
          ? html`<mw-exercise-card
              id="card-${id}"
              class="move-card"
              part="move-card"
              exercise=${id}
              heading-level=${this.level(3)}
              hide-start
              .theme=${this.theme}
            ></mw-exercise-card>`
          : nothing
      }
      ${this.timerFor === `exercise:${id}` ? this.renderTimer(`exercise:${id}`, 'exercise', id) : nothing}
    </li>`;
  }

  private renderStartAgain() {
    return html`<button class="button quiet" type="button" @click=${() => this.startOver(true)}>
      ${this.localize.t.checklistStartAgain}
    </button>`;
  }

  private renderClear() {
    if (!this.remember) return nothing;
    const t = this.localize.t;
    return html`<button class="button quiet" type="button" @click=${() => this.startOver(true, t.checklistCleared)}>
      ${t.checklistClear}
    </button>`;
  }

  private renderNote() {
    if (!this.remember) return nothing;
    const t = this.localize.t;
    return html`<p class="note" part="note">
      ${this.savedOnDevice ? t.checklistRemembered : t.checklistNotRemembered}
    </p>`;
  }

  /** One "reviewed" date in the heading when every source shares it; otherwise one per source. */
  private renderSources({ sources, reviewedBy }: Checklist): TemplateResult {
    const t = this.localize.t;
    const dates = new Set(sources.map((source) => source.reviewed));
    const shared = dates.size === 1 ? this.formatDate(sources[0]?.reviewed ?? '') : undefined;
    // Folded: the date they were reviewed shows, the list opens on request (and for printing).
    return html`<details class="sources" part="sources" ?open=${this.printState.printing}>
      <summary>${shared ? t.checklistSourcesReviewed(shared) : t.checklistSources}</summary>
      <ul>
        ${sources.map(
          (source) =>
            html`<li>
              <a href=${source.url} lang=${ifDefined(this.contentLang)}>${source.title}</a>${
                shared ? nothing : html` <span>(${t.checklistReviewed(this.formatDate(source.reviewed))})</span>`
              }
            </li>`,
        )}
      </ul>
      ${reviewedBy ? html`<p lang=${ifDefined(this.contentLang)}>${t.checklistReviewedBy(reviewedBy)}</p>` : nothing}
    </details>`;
  }

  /** "1 November 2026" in the reader's language; the date is a calendar day, so no time zone may shift it. */
  private formatDate(isoDate: string) {
    const date = new Date(`${isoDate}T00:00:00Z`);
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    try {
      return new Intl.DateTimeFormat(this.localize.lang, options).format(date);
    } catch {
      // A `lang` that is not a language tag: use the language of the UI words.
      return new Intl.DateTimeFormat(this.localize.t.lang, options).format(date);
    }
  }
}
