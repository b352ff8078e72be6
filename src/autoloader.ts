/**
 * The autoloader, for CMS pages: one small script that loads only the widgets on the page,
 * and any added later (by a page builder, a tab, a lazy section). Each widget's code is
 * fetched the first time its tag appears; Lit and the shared runtime come once.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'mw-content': () => import('./components/content/content.js'),
  'mw-exercise-card': () => import('./components/exercise-card/exercise-card.js'),
  'mw-drill-timer': () => import('./components/drill-timer/drill-timer.js'),
  'mw-symptom-checklist': () => import('./components/symptom-checklist/symptom-checklist.js'),
  'mw-book-now': () => import('./components/book-now/book-now.js'),
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

function discover(root: Element | Document) {
  if (root instanceof Element && root.matches(selector)) load(root.localName);
  root.querySelectorAll(selector).forEach((element) => load(element.localName));
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => node instanceof Element && discover(node));
  }
}).observe(document.documentElement, { childList: true, subtree: true });
