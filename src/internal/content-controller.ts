import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer } from 'lit';
import { contentContext, type ContentState } from '../content/context.js';
import { defaultContent } from '../content/default-content.js';
import { lookup } from '../content/lookup.js';
import { translatePack } from '../content/translate.js';
import { formatContentError } from '../content/content-error.js';
import type { ContentKind, ContentPack } from '../content/types.js';
import { resolveLang } from './localize.js';
import type { MwElement, Problem } from './mw-element.js';

const DEFAULT_STATE: ContentState = { status: 'ready', pack: defaultContent };
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
  }

  get state(): ContentState {
    // Inside an <mw-content> whose code is still on its way, the built-in pack would be the wrong one.
    const providerPending = !isServer && this.host.closest('mw-content:not(:defined)');
    return this.consumer.value ?? (providerPending ? LOADING : DEFAULT_STATE);
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
          message: 'The content for this widget could not be used.',
          detail: first ? formatContentError(first) : undefined,
          path: 'content',
          // <mw-content> has warned once with every error: one warning per page, not one per widget.
          logged: true,
        },
      };
    }
    const translated = translatePack(state.pack, resolveLang(this.host) || 'en');
    const found = lookup(translated.pack, kind, id);
    if (found.found) return { status: 'ready', item: found.item, pack: translated.packFor(found.item) };
    return {
      status: 'problem',
      problem: {
        message: found.message,
        detail: found.known.length ? `Available: ${found.known.join(', ')}.` : undefined,
        path: `${attribute}="${id ?? ''}"`,
        waitForPage: true,
      },
    };
  }
}
