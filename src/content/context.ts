import { createContext } from '@lit/context';
import type { ContentError } from './content-error.js';
import type { ContentPack } from './types.js';

/** What `<mw-content>` gives the widgets inside it. */
export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; pack: ContentPack }
  | { status: 'error'; errors: ContentError[]; more?: number };

/**
 * A string key, not a symbol, so that two copies of the library on one page (a CDN build and
 * an npm build) still find each other's provider.
 */
export const contentContext = createContext<ContentState>('movewell-widgets/content');
