import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property } from '../../internal/property.js';
import { contentContext, type ContentState } from '../../content/context.js';
import { defaultContent } from '../../content/default-content.js';
import { formatContentError, type ContentError, type ContentResult } from '../../content/content-error.js';
import { loadValidation, loadedValidation, type Validation } from '../../content/lazy-validation.js';
import { MwElement } from '../../internal/mw-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { contentStyles } from './content.styles.js';
import { addEnglishWords } from '../../internal/words.js';
import { enContent } from '../../translations/en/content.js';

// Its English words, which a page without an <mw-content> does not carry.
addEnglishWords(enContent);

const SHOWN_ERRORS = 8;
const DEFAULT_TIMEOUT = 10_000;
const INLINE_PACK = 'script[type="application/json"]';
const inInlinePack = (node: Node) =>
  node instanceof Element ? node.matches(INLINE_PACK) : !!node.parentElement?.matches(INLINE_PACK);

/**
 * @tagname mw-content
 * @summary Supplies a content pack to every widget inside it.
 *
 * @example
 * <mw-content src="/movewell/clinic-pack.json">
 *   <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
 * </mw-content>
 *
 * @description Content comes from, in order: the `content` property, an inline
 * `<script type="application/json">` child, or the JSON file at `src`. With none of these the
 * built-in pack is used. A pack that cannot be loaded or is invalid shows its errors in place
 * of the widgets it feeds, and one console warning lists them with their paths. An inline script
 * added or edited later is read again.
 *
 * @slot - The widgets that use this content.
 * @csspart problem - The box that lists what is wrong with the content.
 */
export class MwContent extends MwElement {
  static override styles = [hostStyles, contentStyles];

  /** The address of a content pack (JSON). Fetched once per change, never anywhere else. */
  @property({ reflect: true }) src?: string;

  /** A content pack as an object (or JSON text). Takes precedence over the inline script and `src`. */
  @property({ attribute: false }) content?: unknown;

  /** How long to wait for `src`, in milliseconds (a value that is not a positive number waits 10 s). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  private contentState: ContentState = { status: 'loading' };
  private readonly provider = new ContextProvider(this, { context: contentContext, initialValue: this.contentState });
  /** Counts loads, so that an answer that arrives after a newer request is ignored. */
  private loadId = 0;
  /** A page builder may add, replace or edit the inline pack after we loaded: load again then. */
  private readonly inlineWatcher = new MutationObserver((records) => {
    const changed = records.some((r) => [r.target, ...r.addedNodes, ...r.removedNodes].some(inInlinePack));
    if (changed) this.load();
  });

  override connectedCallback() {
    super.connectedCallback();
    this.inlineWatcher.observe(this, { childList: true, subtree: true, characterData: true });
    // Put back on the page: load again (a removal cancelled the last load). The first load waits for
    // the first update, when `content` or `src` set before upgrade or just after append are in place.
    if (this.hasUpdated) this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.inlineWatcher.disconnect();
    this.loadId++;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src') || changed.has('content') || changed.has('timeout')) this.load();
  }

  private publish(state: ContentState) {
    this.contentState = state;
    this.provider.setValue(state);
    this.requestUpdate();
  }

  /** The pack in use once loaded (validated), for scripts that want to read it. */
  get pack() {
    return this.contentState.status === 'ready' ? this.contentState.pack : undefined;
  }

  /** The problems found, if the content could not be used. */
  get errors(): ContentError[] {
    return this.contentState.status === 'error' ? this.contentState.errors : [];
  }

  /** A pack given as `content` or inline, being checked (its validator may still be on its way). */
  private checking?: Promise<unknown>;

  /**
   * Also waits for a pack given as `content` or inline to be checked and handed to the widgets
   * (the validator loads the first time); a pack at `src` is not waited for.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.checking) {
      const checking = this.checking;
      await checking;
      if (this.checking === checking) this.checking = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private load() {
    const loading = this.loadNow();
    const fromFile = this.content === undefined && !this.querySelector(`:scope > ${INLINE_PACK}`);
    this.checking = fromFile ? undefined : loading;
  }

  private async loadNow() {
    const id = ++this.loadId;
    const result = await this.readContent();
    if (id !== this.loadId) return;
    this.publish(
      result.ok
        ? { status: 'ready', pack: result.pack }
        : { status: 'error', errors: result.errors, more: result.more },
    );
    if (!result.ok) {
      const more = result.more ? `\n…and ${result.more} more` : '';
      console.warn(
        `movewell-widgets: <mw-content> could not use its content:\n${result.errors.map(formatContentError).join('\n')}${more}`,
      );
    }
  }

  /** The content, checked. Only a pack of the site's own fetches the validator; the built-in one needs none. */
  private async readContent(): Promise<ContentResult> {
    const refused = this.refusedValue();
    if (refused) return { ok: false, errors: [{ path: refused.name, message: refused.reason }] };
    const { content, src } = this;
    const inline = this.querySelector(`:scope > ${INLINE_PACK}`)?.textContent;
    const text = typeof content === 'string' ? content : content === undefined ? inline : undefined;
    if (content === undefined && text === undefined && !src) return { ok: true, pack: defaultContent };
    const validation = loadedValidation() ?? validatorOr(loadValidation());
    const fromFile = content === undefined && text === undefined;
    // Widgets show their loading state while the validator or the file is on its way.
    if (validation instanceof Promise || fromFile) this.publish({ status: 'loading' });
    if (fromFile) {
      const timeout = this.timeout > 0 && this.timeout < Infinity ? this.timeout : DEFAULT_TIMEOUT;
      return fetchContent(src ?? '', timeout, validation);
    }
    const checker = await validation;
    if ('ok' in checker) return checker;
    return text === undefined ? checker.validateContent(content) : checker.parseContent(text);
  }

  override render() {
    if (this.contentState.status !== 'error') return html`<slot></slot>`;
    const { errors } = this.contentState;
    const notShown = errors.length - SHOWN_ERRORS + (this.contentState.more ?? 0);
    const t = this.localize.t;
    return html`<div class="problem" part="problem" role="alert">
      <strong>${t.contentProblem}</strong>
      <ul>
        ${errors.slice(0, SHOWN_ERRORS).map((error) => html`<li><code>${error.path}</code>: ${error.message}</li>`)}
      </ul>
      ${notShown > 0 ? html`<p>${t.contentMore(this.localize.number(notShown))}</p>` : null}
    </div>`;
  }
}

/** The validator, or the error to show in its place. */
type Checker = Validation | ContentResult;

/** Waits for the validator; when its code cannot be fetched (offline, a self-hosted cdn.js alone), says so. */
async function validatorOr(validation: Promise<Validation>): Promise<Checker> {
  try {
    return await validation;
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      errors: [{ path: 'content', message: `the code that checks content could not be loaded (${reason})` }],
    };
  }
}

/**
 * Fetches a pack and turns every way it can fail into a readable error. The file and the validator
 * travel at the same time.
 */
async function fetchContent(
  src: string,
  timeout: number,
  validation: Checker | Promise<Checker>,
): Promise<ContentResult> {
  const fail = (message: string): ContentResult => ({ ok: false, errors: [{ path: `src="${src}"`, message }] });
  const notAFileAddress = fail('expected the address of a JSON file (https:, http: or a relative path)');
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return notAFileAddress;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return notAFileAddress;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return fail(`the server answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) return fail(`expected JSON, but the server sent ${type || 'no content type'}`);
    const text = await response.text();
    const checker = await validation;
    if ('ok' in checker) return checker;
    const result = checker.parseContent(text);
    // Problems with the file as a whole (not JSON, too big) are named by the file.
    return result.ok
      ? result
      : { ...result, errors: result.errors.map((e) => (e.path === 'content' ? { ...e, path: `src="${src}"` } : e)) };
  } catch (error) {
    if (controller.signal.aborted) return fail(`no answer within ${Math.round(timeout / 1000)} s`);
    return fail(`the file could not be fetched (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}
