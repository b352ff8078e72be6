// A Vite plugin for the one-tag loader's build: a widget's chunk leaves `<mw-content>` out.
//
// Each widget's entry imports `<mw-content>`, so that a site importing one entry of the npm build can
// wrap it in its own pack. The one-tag loader fetches `<mw-content>` by itself when a page holds one,
// so there that import would only make every page pay for a provider it does not use (about 2 KB gzip).
// A widget defined before its `<mw-content>` still gets the pack: see the ContextRoot in
// src/internal/content-controller.ts.
const WIDGET = /[\\/]src[\\/]components[\\/](exercise-card|drill-timer|symptom-checklist|book-now)[\\/]\1\.ts$/;
const EMPTY = '\0movewell:no-content';

export function widgetsWithoutContent() {
  return {
    name: 'movewell:widgets-without-content',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '../content/content.js' && WIDGET.test(importer ?? '') ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? '' : null;
    },
  };
}
