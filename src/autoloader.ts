/**
 * The autoloader, for CMS pages: one small script that loads only the widgets on the page,
 * and any added later (by a page builder, a tab, a lazy section). Each widget's code is
 * fetched the first time its tag appears; Lit and the shared runtime come once.
 */
// Modules without exports, so that a page with a polluted Object.prototype still loads (src/loaders/README.md).
const loaders: Record<string, () => Promise<unknown>> = {
  'mw-content': () => import('./loaders/content.js'),
  'mw-exercise-card': () => import('./loaders/exercise-card.js'),
  'mw-drill-timer': () => import('./loaders/drill-timer.js'),
  'mw-symptom-checklist': () => import('./loaders/symptom-checklist.js'),
  'mw-book-now': () => import('./loaders/book-now.js'),
};

const requested = new Set<string>();

function load(tag: string) {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loaders[tag]?.().catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`movewell-widgets: could not load <${tag}> (${(error as Error).message})`);
  });
}

const selector = Object.keys(loaders).join(',');

function scan(root: ParentNode) {
  if (root instanceof Element && root.matches(selector)) load(root.localName);
  root.querySelectorAll(selector).forEach((element) => load(element.localName));
}

let observer: MutationObserver | undefined;

/**
 * Loads the widgets under `root` now, and any added under it later. The autoloader calls it for
 * the page itself; a component that puts widgets in its own shadow root calls it with that
 * root (`discover(this.shadowRoot)`), which the page's observer cannot see into. Calling it
 * again for the same root is harmless.
 */
export function discover(root: Document | DocumentFragment | Element): void {
  observer ??= new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
  });
  scan(root);
  observer.observe(root instanceof Document ? root.documentElement : root, { childList: true, subtree: true });
}

// This file is also an npm entry, bundled for browsers: a runtime check (not Lit's `isServer`,
// which the bundle fixes to false) keeps an import in Node, such as a server build, a no-op.
if (typeof document !== 'undefined') discover(document);
