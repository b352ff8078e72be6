import type { CSSResultOrNative } from 'lit';

/** Each widget class's styles, rebuilt once per document they are moved into. */
const built = new WeakMap<readonly CSSResultOrNative[], WeakMap<Document, CSSStyleSheet[]>>();

const cssTextOf = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText;

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
  let byDocument = built.get(styles);
  if (!byDocument) built.set(styles, (byDocument = new WeakMap()));
  let sheets = byDocument.get(document);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new Sheet();
      sheet.replaceSync(cssTextOf(style));
      return sheet;
    });
    byDocument.set(document, sheets);
  }
  root.adoptedStyleSheets = sheets;
}
