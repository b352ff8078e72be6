import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer } from 'lit';
import { contentContext, type ContentState } from '../content/context.js';
import { builtInPack } from '../content/built-in.js';
import { lookup, normalizeId } from '../content/lookup.js';
import { builtInTranslationReady, translatePack } from '../content/translate.js';
import { formatContentError } from '../content/content-error.js';
import type { ContentKind, ContentPack } from '../content/types.js';
import { resolveLang } from './localize.js';
import type { MwElement, Problem } from './mw-element.js';

/** The built-in pack's state, the same object until a widget of another kind adds its part. */
let builtInState: ContentState & { status: 'ready' } = { status: 'ready', pack: builtInPack() };
const builtIn = (): ContentState => {
  const pack = builtInPack();
  if (builtInState.pack !== pack) builtInState = { status: 'ready', pack };
  return builtInState;
};
const LOADING: ContentState = { status: 'loading' };

const ROOT = Symbol.for('movewell-widgets.context-root');

/**
 * A widget defined before the `<mw-content>` around it (the one-tag loader fetches each on its own;
 * a page may add the provider later) asked for content when nobody answered. A ContextRoot keeps
 * such requests and asks again when a provider appears. Once per page, whichever copy of the
 * library gets there first; not on a server.
 */
function answerLateProviders() {
  const global = globalThis as typeof globalThis & { [ROOT]?: boolean };
  if (typeof document === 'undefined' || global[ROOT]) return;
  global[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

export type Found<T> =
  { status: 'loading' } | { status: 'problem'; problem: Problem } | { status: 'ready'; item: T; pack: ContentPack };

/**
 * Gives a widget its content: from the nearest `<mw-content>`, or the built-in pack when
 * there is none, and re-renders the widget when that content changes.
 */
export class ContentController {
  private readonly consumer: ContextConsumer<typeof contentContext, MwElement>;

  constructor(private readonly host: MwElement) {
    answerLateProviders();
    this.consumer = new ContextConsumer(host, { context: contentContext, subscribe: true });
    // The built-in pack's words in the reader's language arrive before the first render, not after it.
    host.holdRendersFor(() => {
      const state = this.state;
      return state.status === 'ready' ? builtInTranslationReady(state.pack, resolveLang(host) || 'en') : undefined;
    });
  }

  get state(): ContentState {
    // Inside an <mw-content> whose code is still on its way, the built-in pack would be the wrong one.
    const providerPending = !isServer && this.host.closest('mw-content:not(:defined)');
    return this.consumer.value ?? (providerPending ? LOADING : builtIn());
  }

  /**
   * Finds an item by id, in the reader's language (the nearest `lang`) where the item has it. The
   * returned `pack` has the same lists, with `locale` set to the language the item is in, so the
   * widget marks it with `lang` where that is not the page's. `attribute` names where the id came
   * from, so a problem can say exactly what to fix (e.g. `exercise="foo"`).
   */
  find<K extends ContentKind>(kind: K, id: string | undefined, attribute: string): Found<ContentPack[K][number]> {
    const state = this.state;
    if (state.status === 'loading') return { status: 'loading' };
    if (state.status === 'error') {
      const first = state.errors[0];
      return {
        status: 'problem',
        problem: {
          message: (t) => t.problemContent,
          detail: first ? formatContentError(first) : undefined,
          path: 'content',
          // <mw-content> has warned once with every error: one warning per page, not one per widget.
          logged: true,
        },
      };
    }
    const lang = resolveLang(this.host) || 'en';
    const arriving = builtInTranslationReady(state.pack, lang);
    if (arriving) {
      void arriving.then(() => this.host.requestUpdate());
      return { status: 'loading' };
    }
    const translated = translatePack(state.pack, lang);
    const found = lookup(translated.pack, kind, id);
    if (found.found) return { status: 'ready', item: found.item, pack: translated.packFor(found.item) };
    const wanted = normalizeId(id);
    return {
      status: 'problem',
      problem: {
        message: (t) => (wanted ? t.problemNotFound(kind, id ?? '') : t.problemNotChosen(kind)),
        detail: found.known.length ? (t) => t.problemAvailable(found.known.join(', ')) : undefined,
        path: `${attribute}="${id ?? ''}"`,
        waitForPage: true,
      },
    };
  }
}
