import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { property } from '../../internal/property.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { normalizeId } from '../../content/lookup.js';
import type { Exercise } from '../../content/types.js';
import { MwExerciseDoneEvent } from '../../events/exercise-done.js';
import { renderIllustration } from '../../illustrations/render-illustration.js';
import { DrawingSchedule } from '../../illustrations/drawing-schedule.js';
import { illustrationStyles } from '../../illustrations/illustration.styles.js';
import { renderMedia } from '../../media/lazy-media.js';
import { ContentController } from '../../internal/content-controller.js';
import { PrintState } from '../../internal/print-state.js';
import { startExercise } from '../../internal/start-exercise.js';
import { canTime, dosageParts } from '../../internal/format-dosage.js';
import { MwElement, headingLevel } from '../../internal/mw-element.js';
import { cardAnchor } from '../../internal/card-anchor.js';
import { doneToday } from './done-today.js';
import { buttonStyles, disclosureStyles, hostStyles } from '../../styles/host.styles.js';
import { exerciseCardStyles } from './exercise-card.styles.js';
import { useBuiltIn } from '../../content/built-in.js';
import { builtInExercises } from '../../content/built-in/exercises.js';

// The built-in pack's part this widget reads: its exercises (and their easier and harder ones, by name).
useBuiltIn('exercises', builtInExercises);

/**
 * @tagname mw-exercise-card
 * @summary One exercise: what it helps, the dosage, numbered steps, tips, its stop rule and a drawing.
 *
 * @example
 * <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
 *
 * @description Reads the exercise from the nearest `<mw-content>`, or the built-in pack.
 * The exercise's stop rule (its `safety` line) is always shown, in the compact variant too.
 * Easier and harder exercises link to their cards when those are on the same page.
 * "Done today" is remembered on this device for the day; nothing leaves the browser.
 *
 * @event {MwExerciseDoneEvent} mw-exercise-done - The reader marked the exercise done or not done today. `detail: { exerciseId, done }`.
 * @event {MwExerciseStartEvent} mw-exercise-start - The reader pressed Start. Cancelable: a drill timer for the exercise, or the site, calls `preventDefault()` to answer it (and brings itself into view); otherwise the card opens a timer of its own, scrolled into view with focus on its main button. `detail: { exerciseId }`.
 *
 * @slot footer - Extra content after the actions, such as a booking link.
 *
 * @cssstate drawing-seen - The drawing has been in view: its move plays from then on (twice, then rests), not while the card is off screen. (A card far down the page draws its shapes as the reader comes within a screen of it, or once the page is idle, or for printing.)
 *
 * @csspart base - The card.
 * @csspart header - The name, summary and facts (dosage; muscles and equipment in the full variant).
 * @csspart title - The exercise name.
 * @csspart dosage - The dosage list.
 * @csspart dosage-note - Under the dosage when the numbers are the clinic's own suggestion (`dosage.clinicChoice`), not a dose from its sources.
 * @csspart facts - Muscles and equipment, as one compact line.
 * @csspart illustration - The drawing, or the exercise's media in its place (beside the text once the card is wider than about 34em).
 * @csspart media - One image or video of the exercise's media.
 * @csspart media-play - The play button of a YouTube or Vimeo video, before the player loads.
 * @csspart media-problem - The message in place of a media item whose address was refused.
 * @csspart body - Steps, tips, the stop rule and variations (in the compact variant: facts, steps, tips and variations).
 * @csspart safety - The exercise's stop rule, always shown without opening anything.
 * @csspart details - The disclosure that holds the body in the compact variant.
 * @csspart variation-link - A link to an easier or harder exercise's card on the same page.
 * @csspart actions - The Done today and Start buttons.
 * @csspart done-button - The Done today toggle (its `aria-pressed` says whether it is on).
 * @csspart timer - The timer the card opens when Start finds no timer for its exercise on the page.
 * @csspart problem - The message shown when the exercise cannot be shown.
 *
 * @cssproperty --mw-accent - Accent colour of buttons and highlights. Default: #0b6e4f.
 * @cssproperty --mw-accent-contrast - Text colour on the accent. Default: #ffffff.
 * @cssproperty --mw-radius - Corner radius. Default: 12px.
 * @cssproperty --mw-font-family - Font. Default: inherit (the page's font).
 * @cssproperty --mw-heading-font-family - Font of the title and headings. Default: inherit (the widget's font).
 * @cssproperty --mw-font-size - Base text size. Default: the larger of 1rem and 16px.
 * @cssproperty --mw-surface - Background. Default: #ffffff.
 * @cssproperty --mw-text - Text colour. Default: #1b2421.
 * @cssproperty --mw-muted - Secondary text colour. Default: #4b5753.
 * @cssproperty --mw-border - Border colour. Default: #b8c4c0.
 * @cssproperty --mw-padding - Space inside the card. Default: 1.25em.
 * @cssproperty --mw-exercise-card-min-height - The height pre-upgrade.css reserves for the card before its script runs. Default: about a built-in card's height at this screen width.
 * @cssproperty --mw-focus-color - Colour of the focus ring. Default: #1a5fb4 (#8ab4f8 in the dark theme).
 * @cssproperty --mw-space - The spacing unit that gaps and margins are multiples of. Default: 1em.
 * @cssproperty --mw-illustration-figure - Colour of the person in the drawing. Default: currentColor.
 * @cssproperty --mw-illustration-floor - Colour of the ground in the drawing. Default: currentColor.
 */
export class MwExerciseCard extends MwElement {
  static override styles = [hostStyles, buttonStyles, disclosureStyles, illustrationStyles, exerciseCardStyles];

  /** The id of the exercise to show, e.g. `glute-bridge`. */
  @property({ reflect: true }) exercise?: string;

  /** `full` shows everything; `compact` shows name, dosage, drawing and stop rule, with the rest behind a disclosure. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The level of the exercise name as a heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Hides the Start button. */
  @property({ type: Boolean, attribute: 'hide-start' }) hideStart = false;

  /** Whether the reader marked this exercise done today (kept on this device only). */
  @state() private done = false;

  /** A timer opened in the card because nothing on the page answered Start. */
  @state() private ownTimer = false;

  private readonly content = new ContentController(this);
  /** The compact card opens for printing, so a printed card is a full handout. */
  private readonly print = new PrintState(this);

  protected override willUpdate(changed: PropertyValues<this>) {
    // Kept under the exercise's id, whichever way the attribute spells it.
    if (changed.has('exercise') && this.exercise) this.done = doneToday.get(normalizeId(this.exercise));
    if (changed.has('exercise')) this.ownTimer = false;
  }

  /** The drawing is drawn near the reader or once the page is idle, and moves once in view. */
  private readonly drawing = new DrawingSchedule(
    this,
    () => this.renderRoot?.querySelector('figure.illustration'),
    () => this.setState('drawing-seen', true),
  );

  private toggleDone(exerciseId: string) {
    this.done = !this.done;
    doneToday.set(exerciseId, this.done);
    this.emit(new MwExerciseDoneEvent({ exerciseId, done: this.done }));
  }

  /** Start: a timer on the page answers, or the card opens one of its own below its buttons. */
  private start(exerciseId: string) {
    return startExercise(this, exerciseId, async () => {
      if (this.ownTimer) return null;
      this.ownTimer = true;
      await this.updateComplete;
      return this.renderRoot.querySelector('mw-drill-timer');
    });
  }

  override render() {
    const refused = this.propertyProblem();
    if (refused) return this.renderProblem(refused);
    const found = this.content.find('exercises', this.exercise, 'exercise');
    if (found.status === 'loading') return this.renderLoading();
    if (found.status === 'problem') return this.renderProblem(found.problem);
    const exercise = found.item;
    const names = new Map(found.pack.exercises.map((each) => [each.id, each.name]));
    // Our words follow the page; the exercise's are in the pack's language, marked where they differ.
    const lang = this.localize.contentLang(found.pack.locale);
    const compact = this.variant === 'compact';
    return html`<article class="base" part="base" aria-labelledby="title">
      <header part="header">
        <div id="title" class="title" part="title" role="heading" aria-level=${this.level()} lang=${ifDefined(lang)}>
          ${exercise.name}
        </div>
        <p class="summary" lang=${ifDefined(lang)}>${exercise.summary}</p>
        ${this.renderDosage(exercise)} ${compact ? nothing : this.renderFacts(exercise, lang)}
      </header>
      ${this.renderPicture(exercise, found.pack.locale, lang)}
      ${
        // The stop rule stays out of the disclosure: it must be read before the first rep.
        compact
          ? html`${this.renderSafety(exercise, lang)}
              <details part="details" ?open=${this.print.printing}>
                <summary>${this.localize.t.moreDetails}${this.hiddenName(exercise, lang)}</summary>
                ${this.renderBody(exercise, names, lang)}
              </details>`
          : this.renderBody(exercise, names, lang)
      }
      ${this.renderActions(exercise)}
      ${
        this.ownTimer
          ? html`<mw-drill-timer
              class="timer"
              part="timer"
              exercise=${exercise.id}
              heading-level=${this.level(1)}
              no-resume
              .theme=${this.theme}
            ></mw-drill-timer>`
          : nothing
      }
      <slot name="footer"></slot>
    </article>`;
  }

  /** The exercise's media in place of its drawing, or the drawing. */
  private renderPicture(exercise: Exercise, locale: string, lang: string | undefined) {
    if (exercise.media?.length) {
      const list = { items: exercise.media, path: `exercise="${exercise.id}" media` };
      return html`<div class="illustration with-media" part="illustration" lang=${ifDefined(lang)}>
        ${renderMedia(this, list, { t: this.localize.t, name: exercise.name, lang: locale })}
      </div>`;
    }
    if (!exercise.illustration) return nothing;
    return html`<figure class="illustration" part="illustration" lang=${ifDefined(lang)}>
      ${renderIllustration(exercise.illustration, this.drawing.drawn || this.print.printing)}
    </figure>`;
  }

  private level(below = 0) {
    return headingLevel(this.headingLevel, 3, below);
  }

  /** The dosage as chips; numbers the clinic chose itself (no source gives them) say so under them. */
  private renderDosage(exercise: Exercise) {
    const parts = dosageParts(exercise.dosage, this.localize.t, (n) => this.localize.number(n));
    if (!parts.length) return nothing;
    return html`<ul class="dosage" part="dosage">
        ${parts.map((part) => html`<li>${part}</li>`)}
      </ul>
      ${
        exercise.dosage.clinicChoice
          ? html`<p class="dosage-note" part="dosage-note">${this.localize.t.dosageClinicChoice}</p>`
          : nothing
      }`;
  }

  /** Muscles and equipment as one line of label–value pairs. */
  private renderFacts(exercise: Exercise, lang: string | undefined) {
    const t = this.localize.t;
    return html`<dl class="facts" part="facts">
      <div>
        <dt>${t.muscles}</dt>
        <dd lang=${ifDefined(lang)}>${exercise.muscles.join(', ')}</dd>
      </div>
      <div>
        <dt>${t.equipment}</dt>
        ${
          exercise.equipment.length
            ? html`<dd lang=${ifDefined(lang)}>${exercise.equipment.join(', ')}</dd>`
            : html`<dd>${t.noEquipment}</dd>`
        }
      </div>
    </dl>`;
  }

  private renderSafety(exercise: Exercise, lang: string | undefined) {
    return html`<p class="safety" part="safety">
      <strong>${this.localize.t.safety}:</strong> <span lang=${ifDefined(lang)}>${exercise.safety}</span>
    </p>`;
  }

  /**
   * The steps first, as the main section; tips and the stop rule together after them. In the
   * compact variant the body is what the disclosure opens, so it takes the facts and leaves the
   * stop rule outside.
   */
  private renderBody(exercise: Exercise, names: Map<string, string>, lang: string | undefined) {
    const t = this.localize.t;
    const compact = this.variant === 'compact';
    const variations = (['easier', 'harder'] as const).filter((kind) => exercise[kind]?.length);
    const cues = exercise.cues.length
      ? html`<ul class="cues" lang=${ifDefined(lang)}>
          ${exercise.cues.map((cue) => html`<li>${cue}</li>`)}
        </ul>`
      : nothing;
    return html`<div class="body" part="body">
      ${compact ? this.renderFacts(exercise, lang) : nothing}
      <section class="how">
        <p class="section-title main" role="heading" aria-level=${this.level(1)}>${t.howTo}</p>
        <ol class="steps" lang=${ifDefined(lang)}>
          ${exercise.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
      </section>
      ${
        compact
          ? exercise.cues.length
            ? html`<section>
                <p class="section-title" role="heading" aria-level=${this.level(1)}>${t.cues}</p>
                ${cues}
              </section>`
            : nothing
          : html`<section>
              ${
                exercise.cues.length
                  ? html`<p class="section-title" role="heading" aria-level=${this.level(1)}>${t.cuesAndSafety}</p>`
                  : nothing
              }
              ${cues} ${this.renderSafety(exercise, lang)}
            </section>`
      }
      ${
        variations.length
          ? html`<dl class="variations">
              ${variations.map(
                (kind) =>
                  html`<div>
                    <dt>${t[kind]}</dt>
                    <dd>${this.renderVariations(exercise[kind] ?? [], names, lang)}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
    </div>`;
  }

  /** Each easier or harder exercise by name: a link to its card where that card is on this page. */
  private renderVariations(ids: readonly string[], names: Map<string, string>, lang: string | undefined) {
    return ids.map((id, index) => {
      const name = names.get(id) ?? id;
      const anchor = cardAnchor(this, id);
      // One template per name, not a separator around a link or a name: fewer to clone per card.
      const comma = index ? ', ' : '';
      return anchor
        ? html`${comma}<a part="variation-link" href="#${anchor}" lang=${ifDefined(lang)}>${name}</a>`
        : html`${comma}<span lang=${ifDefined(lang)}>${name}</span>`;
    });
  }

  /**
   * The exercise's name for screen readers only, after a label every compact card repeats: in a
   * page's list of controls, five of them must still be told apart (WCAG 2.4.6).
   */
  private hiddenName(exercise: Exercise, lang: string | undefined) {
    return html`<span class="visually-hidden">: <span lang=${ifDefined(lang)}>${exercise.name}</span></span>`;
  }

  private renderActions(exercise: Exercise) {
    const t = this.localize.t;
    // Named with the exercise, like Start: a page of cards has no look-alike buttons (WCAG 2.4.6).
    // A toggle, not an action: a tick in a ring that fills when on, never the primary fill.
    return html`<div class="actions" part="actions">
      <button
        class="button toggle"
        part="done-button"
        type="button"
        aria-pressed=${this.done ? 'true' : 'false'}
        aria-label=${`${t.doneToday}: ${exercise.name}`}
        @click=${() => this.toggleDone(exercise.id)}
      >
        <svg class="tick" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8.5" />
          <path d="M6 10.5l2.6 2.6L14 7.6" />
        </svg>
        ${t.doneToday}
      </button>
      ${
        // With nothing to count or time (a dosage of sets only), Start would only open an error.
        this.hideStart || !canTime(exercise.dosage)
          ? nothing
          : html`<button
              class="button primary"
              type="button"
              aria-label=${t.startLabel(exercise.name)}
              @click=${() => this.start(exercise.id)}
            >
              ${t.start}
            </button>`
      }
    </div>`;
  }
}
