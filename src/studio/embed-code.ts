/** The HTML a site pastes: the library's script tag, the pack (a hosted file or inline JSON) and the widgets picked. */
import { VERSION } from '../internal/version.js';
import type { ContentKind } from '../content/types.js';

/** The tag and attribute that show one item of each kind. */
export const WIDGET_FOR: Record<ContentKind, { tag: string; attribute: string }> = {
  exercises: { tag: 'mw-exercise-card', attribute: 'exercise' },
  drills: { tag: 'mw-drill-timer', attribute: 'drill' },
  checklists: { tag: 'mw-symptom-checklist', attribute: 'checklist' },
  offers: { tag: 'mw-book-now', attribute: 'offer' },
};

export interface EmbedChoice {
  /** `file`: the site hosts content.json at `src`; `inline`: the pack goes into the page itself. */
  source: 'file' | 'inline';
  src: string;
  items: readonly { kind: ContentKind; id: string }[];
}

/** The README's first snippet: the one-tag loader, which fetches only the widgets a page holds. */
export const SCRIPT_TAG = `<script type="module" src="https://cdn.jsdelivr.net/npm/movewell-widgets@${VERSION}/dist/auto/autoloader.js"></script>`;

/** `"` and `&` escaped for an attribute; ids are already safe (the schema allows a-z, 0-9, dashes). */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function embedCode(json: string, choice: EmbedChoice): string {
  const widgets = choice.items.map(({ kind, id }) => {
    const { tag, attribute: name } = WIDGET_FOR[kind];
    return `  <${tag} ${name}="${id}"></${tag}>`;
  });
  // In a script element, "</script" or "<!--" would end or confuse it; JSON reads \u003c as "<".
  const pack = `  <script type="application/json">\n${json.replace(/</g, '\\u003c')}\n  </script>`;
  const open =
    choice.source === 'file' ? `<mw-content src="${attribute(choice.src || 'content.json')}">` : '<mw-content>';
  const inside = choice.source === 'inline' ? [pack, ...widgets] : widgets;
  return [SCRIPT_TAG, open, ...inside, '</mw-content>'].join('\n');
}
