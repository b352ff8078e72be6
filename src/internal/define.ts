import { VERSION } from './version.js';

const WARNED = Symbol.for('movewell-widgets.define-warned');
type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element without ever throwing. When another copy of the library got
 * there first (a CDN build and an npm build on one page), its element is kept; if its
 * version differs, one console warning per page says so.
 */
export function define(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const global = globalThis as typeof globalThis & { [WARNED]?: boolean };
  if (existing.version !== VERSION && !global[WARNED]) {
    global[WARNED] = true;
    console.warn(
      `movewell-widgets ${VERSION}: <${tag}> is already defined by another copy (version ${existing.version ?? 'unknown'}). ` +
        'The first copy is kept. Load the library once per page to avoid mixed versions.',
    );
  }
}
