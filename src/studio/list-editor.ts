/**
 * The one list editor every form uses (steps, cues, drill steps, signs, outcomes, sources…): add,
 * remove, and reorder by dragging the handle or, for keyboards and screen readers, with Up and
 * Down buttons. Native drag and drop is enough for one list at a time; a library would add
 * kilobytes and still need these buttons (see the README's "Content studio").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { listAt, setAt, type Draft, type Path } from './draft.js';
import { fieldId, type FormContext } from './form-context.js';
import { renderErrors } from './fields.js';
import { syncTranslations } from './translation-sync.js';

export interface ListOptions {
  legend: string;
  /** What one entry is called, in lowercase: "step", "cue", "red flag". */
  noun: string;
  /** A new entry, when the author adds one. */
  create: (pack: Draft) => unknown;
  /** The entry's fields; `label` is "Step 2" and so on. */
  renderItem: (path: Path, label: string) => TemplateResult;
  hint?: string;
  /** One field per entry: the buttons sit beside it rather than under a heading. */
  compact?: boolean;
  /** The list is left out of the pack when emptied. */
  optional?: boolean;
  /** The most entries the schema allows: at that many, the add button gives way to a line saying so. */
  max?: number;
}

/** The list being dragged (only one drag happens at a time on a page). */
let dragging: { list: string; from: number } | undefined;

export function move(pack: Draft, path: Path, from: number, to: number): Draft {
  const list = [...listAt(pack, path)];
  if (to < 0 || to >= list.length || from === to) return pack;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(pack, path, list);
}

export function listEditor(ctx: FormContext, path: Path, options: ListOptions): TemplateResult {
  const items = listAt(ctx.pack, path);
  const listId = fieldId(path);
  const label = (i: number) => `${options.noun[0].toUpperCase()}${options.noun.slice(1)} ${i + 1}`;
  const buttonId = (i: number, what: string) => `${listId}:${i}:${what}`;

  const moveTo = (from: number, to: number, focus: string) => {
    ctx.change((pack) => syncTranslations(pack, move(pack, path, from, to), path, { type: 'move', from, to }));
    ctx.focusLater(buttonId(to, focus));
  };
  const remove = (i: number) => {
    ctx.change((pack) => {
      const next = listAt(pack, path).filter((_, j) => j !== i);
      const removed = setAt(pack, path, options.optional && !next.length ? undefined : next);
      return syncTranslations(pack, removed, path, { type: 'remove', index: i });
    });
    ctx.focusLater(items.length > 1 ? buttonId(Math.min(i, items.length - 2), 'remove') : `${listId}:add`);
  };
  const add = () => {
    ctx.change((pack) =>
      syncTranslations(pack, setAt(pack, [...path, listAt(pack, path).length], options.create(pack)), path, {
        type: 'add',
      }),
    );
    ctx.focusLater(`${listId}:${items.length}:first`);
  };

  const drop = (event: DragEvent, to: number) => {
    if (dragging?.list !== listId) return;
    event.preventDefault();
    const { from } = dragging;
    dragging = undefined;
    ctx.change((pack) => syncTranslations(pack, move(pack, path, from, to), path, { type: 'move', from, to }));
  };

  const entry = (i: number) => {
    const buttons = html`<div class="entry-actions">
      <button
        type="button"
        id=${buttonId(i, 'up')}
        aria-label="Move ${options.noun} ${i + 1} up"
        ?disabled=${i === 0}
        @click=${() => moveTo(i, i - 1, i - 1 === 0 ? 'down' : 'up')}
      >
        Up
      </button>
      <button
        type="button"
        id=${buttonId(i, 'down')}
        aria-label="Move ${options.noun} ${i + 1} down"
        ?disabled=${i === items.length - 1}
        @click=${() => moveTo(i, i + 1, i + 1 === items.length - 1 ? 'up' : 'down')}
      >
        Down
      </button>
      <button
        type="button"
        id=${buttonId(i, 'remove')}
        aria-label="Remove ${options.noun} ${i + 1}"
        @click=${() => remove(i)}
      >
        Remove
      </button>
    </div>`;
    return html`<li
      class="entry ${options.compact ? 'compact' : ''}"
      id=${`${listId}:${i}:first`}
      tabindex="-1"
      @dragover=${(event: DragEvent) => dragging?.list === listId && event.preventDefault()}
      @drop=${(event: DragEvent) => drop(event, i)}
    >
      <div class="entry-head">
        <span
          class="handle"
          draggable="true"
          title="Drag to reorder"
          aria-hidden="true"
          @dragstart=${(event: DragEvent) => {
            dragging = { list: listId, from: i };
            event.dataTransfer?.setData('text/plain', String(i));
            if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
          }}
          >⠿</span
        >
        ${options.compact ? nothing : html`<span class="entry-label">${label(i)}</span>`} ${buttons}
      </div>
      ${options.renderItem([...path, i], label(i))}
    </li>`;
  };

  return html`<fieldset class="list" id=${listId}>
    <legend>${options.legend}</legend>
    ${options.hint ? html`<p class="hint">${options.hint}</p>` : nothing} ${renderErrors(ctx, path)}
    ${
      items.length
        ? html`<ol>
            ${items.map((_, i) => entry(i))}
          </ol>`
        : nothing
    }
    ${
      items.length < (options.max ?? Infinity)
        ? html`<button type="button" class="add" id=${`${listId}:add`} @click=${add}>Add ${options.noun}</button>`
        : html`<p class="hint">${options.max} ${options.noun}s at most.</p>`
    }
  </fieldset>`;
}

/** A list of lines of text (steps, cues, muscles, paragraphs). */
export function textList(
  ctx: FormContext,
  path: Path,
  legend: string,
  noun: string,
  field: (path: Path, label: string) => TemplateResult,
  options: { hint?: string; optional?: boolean } = {},
) {
  return listEditor(ctx, path, { legend, noun, create: () => '', renderItem: field, compact: true, ...options });
}
