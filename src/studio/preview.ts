/** The real widgets, fed the pack as it is now, at a phone's or a desktop's width, light or dark, in each language. */
import { html, nothing } from 'lit';
// The widgets the preview shows, registered with the studio.
import '../components/content/content.js';
import '../components/exercise-card/exercise-card.js';
import '../components/drill-timer/drill-timer.js';
import '../components/symptom-checklist/symptom-checklist.js';
import '../components/book-now/book-now.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContentKind, ContentPack } from '../content/types.js';

export interface PreviewSettings {
  width: 'phone' | 'desktop';
  theme: 'light' | 'dark';
  language: string;
}

export interface PreviewItem {
  kind: ContentKind;
  id: string;
}

function widget(item: PreviewItem, theme: string) {
  switch (item.kind) {
    case 'exercises':
      return html`<mw-exercise-card exercise=${item.id} theme=${theme}></mw-exercise-card>`;
    case 'drills':
      return html`<mw-drill-timer drill=${item.id} theme=${theme} no-resume></mw-drill-timer>`;
    case 'checklists':
      return html`<mw-symptom-checklist checklist=${item.id} theme=${theme}></mw-symptom-checklist>`;
    case 'offers':
      return html`<mw-book-now offer=${item.id} theme=${theme}></mw-book-now>`;
  }
}

/**
 * `pack` is the last version without errors: a pack with errors cannot be shown, so the preview
 * keeps the last good one and says so.
 */
export function preview(
  pack: ContentPack | undefined,
  item: PreviewItem | undefined,
  settings: PreviewSettings,
  stale: boolean,
) {
  const shown = item && pack?.[item.kind].some((each) => each.id === item.id) ? item : undefined;
  return html`${
      stale && pack ? html`<p class="preview-note">The preview shows the last version without problems.</p>` : nothing
    }
    <div class="preview-frame ${settings.width} ${settings.theme}" lang=${ifDefined(settings.language || undefined)}>
      ${
        pack && shown
          ? html`<mw-content .content=${pack}>${widget(shown, settings.theme)}</mw-content>`
          : html`<p class="preview-empty">
              ${item ? 'Fix the problems in this item to see it here.' : 'Pick or add an item to see it here.'}
            </p>`
      }
    </div>`;
}
