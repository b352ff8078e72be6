/** Leaving with the pack: a download, the JSON to copy, and the embed code for the items picked. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContentKind } from '../content/types.js';
import { listAt, textAt, KINDS, type Draft } from './draft.js';
import { embedCode, type EmbedChoice } from './embed-code.js';

export interface ExportActions {
  download(): void;
  copy(what: 'json' | 'embed', text: string): void;
  choose(choice: EmbedChoice): void;
}

const KIND_NAMES: Record<ContentKind, string> = {
  exercises: 'Exercise card',
  drills: 'Drill timer',
  checklists: 'Symptom checklist',
  offers: 'Booking offer',
};

export function exportPanel(pack: Draft, json: string, valid: boolean, choice: EmbedChoice, actions: ExportActions) {
  const code = embedCode(json, choice);
  const picked = (kind: ContentKind, id: string) => choice.items.some((item) => item.kind === kind && item.id === id);
  const toggle = (kind: ContentKind, id: string, on: boolean) =>
    actions.choose({
      ...choice,
      items: on
        ? [...choice.items, { kind, id }]
        : choice.items.filter((item) => !(item.kind === kind && item.id === id)),
    });
  return html`<h2 id="export-heading">Use it on your site</h2>
    ${
      valid
        ? nothing
        : html`<p class="warning">
            This pack still has problems: a site given it shows the problems instead of the widgets. Fix them first.
          </p>`
    }
    <div class="actions">
      <button type="button" id="download" @click=${actions.download}>Download content.json</button>
      <button type="button" id="copy-json" @click=${() => actions.copy('json', json)}>Copy JSON</button>
    </div>
    <fieldset class="group">
      <legend>Embed code</legend>
      <div class="choice-row" role="radiogroup" aria-label="Where the pack lives">
        <label class="pick"
          ><input
            type="radio"
            name="embed-source"
            .checked=${live(choice.source === 'file')}
            @change=${() => actions.choose({ ...choice, source: 'file' })}
          />
          A file on my site</label
        >
        <label class="pick"
          ><input
            type="radio"
            name="embed-source"
            .checked=${live(choice.source === 'inline')}
            @change=${() => actions.choose({ ...choice, source: 'inline' })}
          />
          In the page (for a site that cannot host a file)</label
        >
      </div>
      ${
        choice.source === 'file'
          ? html`<div class="field">
              <label for="embed-src">Address of content.json on your site</label>
              <input
                id="embed-src"
                type="text"
                .value=${live(choice.src)}
                @input=${(event: Event) => actions.choose({ ...choice, src: (event.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing
      }
      <fieldset class="picks">
        <legend>Widgets to show</legend>
        ${KINDS.map((kind) =>
          listAt(pack, [kind]).map((item) => {
            const id = textAt(item, ['id']);
            if (!id) return nothing;
            const name = textAt(item, [kind === 'checklists' ? 'title' : kind === 'offers' ? 'headline' : 'name']);
            return html`<label class="pick"
              ><input
                type="checkbox"
                .checked=${live(picked(kind, id))}
                @change=${(event: Event) => toggle(kind, id, (event.target as HTMLInputElement).checked)}
              />
              ${KIND_NAMES[kind]}: ${name || id}</label
            >`;
          }),
        )}
      </fieldset>
      <label for="embed-code">Paste this where the widgets go</label>
      <textarea id="embed-code" readonly rows="8" .value=${code}></textarea>
      <button type="button" id="copy-embed" @click=${() => actions.copy('embed', code)}>Copy embed code</button>
    </fieldset>`;
}
