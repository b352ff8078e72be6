import type { CSSResult, CSSResultOrNative } from 'lit';

/** Each style, rebuilt once per document a widget showing it is moved into. */
const built = new WeakMap<CSSResultOrNative, WeakMap<Document, CSSStyleSheet>>();

const cssTextOf = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText;

/** `style` as a sheet made by `document`'s own `CSSStyleSheet`, made once per document. */
function sheetIn(document: Document, Sheet: typeof CSSStyleSheet, style: CSSResultOrNative): CSSStyleSheet {
  let byDocument = built.get(style);
  if (!byDocument) built.set(style, (byDocument = new WeakMap()));
  let sheet = byDocument.get(document);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(cssTextOf(style));
    byDocument.set(document, sheet);
  }
  return sheet;
}

/**
 * A constructed stylesheet belongs to the document that made it: a shadow root moved into an
 * iframe's document (`adoptNode`, or appending it there) keeps its sheets but the browser no longer
 * applies them, and the widget shows unstyled. Gives `root` the same styles, made by its new
 * document's own `CSSStyleSheet`. A document without a window (a template's, `createHTMLDocument`)
 * renders nothing: it is left alone until the widget reaches one that does.
 */
export function adoptStylesInDocument(root: ShadowRoot, styles: readonly CSSResultOrNative[]) {
  const document = root.ownerDocument;
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in root)) return;
  root.adoptedStyleSheets = styles.map((style) => sheetIn(document, Sheet, style));
}

/**
 * Adds the styles of a part fetched later (media) to a widget's shadow root, once, after the widget's
 * own: only widgets that show that part pay for matching its rules. Cheap to call on every render.
 */
export function adoptPartStyles(root: ShadowRoot | null, name: string, style: CSSResult) {
  if (!root) return;
  const document = root.ownerDocument;
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in root)) {
    // No constructed sheets: a <style> element, as Lit itself falls back to.
    if ([...root.querySelectorAll<HTMLStyleElement>(':scope > style')].some((each) => each.dataset.mwPart === name))
      return;
    const element = document.createElement('style');
    element.dataset.mwPart = name;
    element.textContent = style.cssText;
    root.append(element);
    return;
  }
  // Made once per document: a widget may have been moved into an iframe's.
  const sheet = sheetIn(document, Sheet, style);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
