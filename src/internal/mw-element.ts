import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { Translation } from '../translations/en.js';
import { LocalizeController } from './localize.js';
import { property, refusedValue } from './property.js';
import { adoptStylesInDocument } from './styles-for-document.js';
import { VERSION } from './version.js';
import { englishWords } from './words.js';

/**
 * Words of a problem: fixed text, or words in the reader's language (`(t) => t.drillCantRun`), which
 * pure modules can give without knowing the language. The console warning says them in English.
 */
export type ProblemText = string | ((t: Translation) => string);

const say = (text: ProblemText, t: Translation) => (typeof text === 'function' ? text(t) : text);

/** Something a widget cannot show, explained for the reader and logged once for the site. */
export interface Problem {
  /** Short and readable, shown in place of the widget. */
  message: ProblemText;
  /** A second line, such as the ids that do exist. */
  detail?: ProblemText;
  /** Logged with the element's tag, e.g. `exercise="foo"` or `exercises[2].dosage.reps`. */
  path: string;
  /** Already logged by whoever found it (`<mw-content>` for a bad pack), so the widget shows it without logging again. */
  logged?: boolean;
  /**
   * A page script may still fix it after our script upgraded the element: choose an id, or give
   * `<mw-content>` the pack that has it. The message shows at once; the warning waits until the
   * page has loaded and ran its scripts, and is not given if the problem is gone by then.
   */
  waitForPage?: boolean;
}

/**
 * The base of every widget: its version (for the define guard), per-element localization,
 * typed events and the one way to show and log a problem.
 */
export abstract class MwElement extends LitElement {
  static version = VERSION;

  /** `dark` opts into the dark palette; nothing changes automatically with the OS setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly localize = new LocalizeController(this);

  private lastWarning = '';
  /** The `dir` this widget set on itself, so a site's own is never overwritten. */
  private ownDir?: string;
  /** The warning of the problem on screen, if any: cleared before each render, set by renderProblem(). */
  private shownWarning?: string;
  /** Created on first use: only widgets that expose custom states attach internals. */
  private internals?: ElementInternals;

  /**
   * The first property whose value was refused, as a problem to render in place of the widget.
   * Each widget's `render()` shows it first, so a bad setting is never a blank or half-built widget.
   */
  protected propertyProblem(): Problem | undefined {
    const refused = this.refusedValue();
    if (!refused) return undefined;
    return { message: this.localize.t.badSetting, detail: `${refused.name}: ${refused.reason}.`, path: refused.name };
  }

  /** The first property whose value was refused, and why. */
  protected refusedValue(): { name: string; reason: string } | undefined {
    return refusedValue(this);
  }

  /** Dispatches one of our event classes and returns it, so a cancelable one can be checked. */
  protected emit<T extends Event>(event: T): T {
    this.dispatchEvent(event);
    return event;
  }

  /** Renders a problem in place and warns once (again only if the problem changes), unless it was logged already. */
  protected renderProblem(problem: Problem): TemplateResult {
    const english = englishWords();
    const detail = problem.detail && say(problem.detail, english);
    const warning = `<${this.localName}> ${problem.path}: ${say(problem.message, english)}${detail ? ` ${detail}` : ''}`;
    this.shownWarning = warning;
    if (!problem.logged && warning !== this.lastWarning) {
      this.lastWarning = warning;
      if (problem.waitForPage) void this.warnIfStillShown(warning);
      else console.warn(`movewell-widgets: ${warning}`);
    }
    return html`<div class="problem" part="problem">
      <strong>${say(problem.message, this.localize.t)}</strong>
      ${problem.detail ? html`<span>${say(problem.detail, this.localize.t)}</span>` : null}
    </div>`;
  }

  /** Moved into another document (an iframe's): its styles come with it. */
  adoptedCallback() {
    if (this.shadowRoot) adoptStylesInDocument(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * A widget in a language whose words (or built-in content) are still on their way renders once
   * they arrive, not in English first: until then it keeps what it had (nothing, on the first
   * render), for the time of one small fetch. `updateComplete` waits for it too.
   */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const pending = [this.localize.wordsReady(), ...[...this.renderHolds].map((hold) => hold())].filter(Boolean);
    if (pending.length) return Promise.all(pending).then(() => super.scheduleUpdate());
    super.scheduleUpdate();
    return undefined;
  }

  private readonly renderHolds = new Set<() => Promise<unknown> | undefined>();

  /**
   * @internal Something else a render needs in the reader's language first (the built-in content
   * in it): each update asks `hold`, and waits for the promise it returns, if any.
   */
  holdRendersFor(hold: () => Promise<unknown> | undefined) {
    this.renderHolds.add(hold);
  }

  /** Parts of a render whose code is on its way (media, a drawing): see renderWhenArrived(). */
  private arriving?: Set<Promise<unknown>>;

  /**
   * @internal A part of this render whose code is still on its way (fetched the first time a page
   * needs it): the widget renders again when it arrives, and `updateComplete` waits for that render.
   */
  renderWhenArrived(part: Promise<unknown>) {
    this.arriving ??= new Set();
    if (this.arriving.has(part)) return;
    this.arriving.add(part);
    const arrived = () => {
      this.arriving?.delete(part);
      this.requestUpdate();
    };
    part.then(arrived, arrived);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.arriving?.size) {
      await Promise.allSettled([...this.arriving]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override update(changed: PropertyValues) {
    this.shownWarning = undefined;
    this.followLanguageDirection();
    super.update(changed);
  }

  /**
   * `dir` follows the language: `rtl` for Arabic, and `ltr` for a widget in a left-to-right
   * language inside a right-to-left page. A `dir` the site set itself is left alone.
   */
  private followLanguageDirection() {
    const current = this.getAttribute('dir');
    if (current !== null && current !== this.ownDir) return;
    const inherited = this.parentElement?.closest('[dir]')?.getAttribute('dir')?.toLowerCase() ?? 'ltr';
    const wanted = this.localize.dir === inherited ? undefined : this.localize.dir;
    if (wanted === (current ?? undefined)) return;
    if (wanted) this.setAttribute('dir', wanted);
    else this.removeAttribute('dir');
    this.ownDir = wanted;
  }

  /** Warns after the page's load event and one more task, if the problem is still on screen. */
  private async warnIfStillShown(warning: string) {
    if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
    await new Promise((done) => setTimeout(done));
    if (this.isConnected && this.shownWarning === warning) console.warn(`movewell-widgets: ${warning}`);
  }

  /**
   * Turns a custom state on or off, for site CSS such as `mw-drill-timer:state(running)`.
   * Browsers without custom states skip it; each widget also says the same in a property.
   */
  protected setState(name: string, on: boolean) {
    try {
      this.internals ??= this.attachInternals();
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // No `:state()` support (older browsers accept only `--name` states): nothing to show it with.
    }
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">${this.localize.t.loading}</div>`;
  }
}

/**
 * A heading level `below` a widget's own (its `heading-level`, or `fallback` when that is not a
 * number), kept within h2–h6 so the page outline stays valid.
 */
export function headingLevel(requested: number, fallback: number, below = 0): number {
  const own = Math.min(6, Math.max(2, Math.round(requested) || fallback));
  return Math.min(6, own + below);
}
