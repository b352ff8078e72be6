/**
 * Labelled fields bound to a path of the draft, each with its errors beside it (the GOV.UK
 * pattern: the message above the field, linked by aria-describedby, the field marked invalid).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { getAt, textAt, type Path } from './draft.js';
import { errorId, fieldId, type FormContext } from './form-context.js';

interface FieldOptions {
  hint?: string;
  /** Left out of the pack when empty, rather than kept as empty text (which is an error). */
  optional?: boolean;
  multiline?: boolean;
  /** Runs instead of a plain set, e.g. a name that also renames its id. */
  onValue?: (value: string) => void;
  type?: 'text' | 'url' | 'date';
  /** A rule on a whole item that this field fixes (a video's captions, or no speech): its errors describe the field too. */
  errorsOf?: Path;
}

export function renderErrors(ctx: FormContext, path: Path): TemplateResult | typeof nothing {
  const errors = ctx.errorsAt(path);
  if (!errors.length) return nothing;
  return html`<p class="error" id=${errorId(path)}>
    ${errors.map((message) => html`<span><span class="visually-hidden">Error: </span>${message}</span>`)}
  </p>`;
}

/** The ids an input is described by: its hint and its errors, when it has them. */
function describedBy(ctx: FormContext, path: Path, hint?: string, errorsOf?: Path) {
  const ids = [
    hint ? `${fieldId(path)}:hint` : '',
    ctx.errorsAt(path).length ? errorId(path) : '',
    errorsOf && ctx.errorsAt(errorsOf).length ? errorId(errorsOf) : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function frame(ctx: FormContext, path: Path, label: string, hint: string | undefined, control: TemplateResult) {
  const invalid = ctx.errorsAt(path).length > 0;
  return html`<div class="field ${invalid ? 'invalid' : ''}">
    <label for=${fieldId(path)}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${fieldId(path)}:hint`}>${hint}</p>` : nothing} ${renderErrors(ctx, path)}
    ${control}
  </div>`;
}

export function textField(ctx: FormContext, path: Path, label: string, options: FieldOptions = {}) {
  const value = textAt(ctx.pack, path);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (options.onValue) options.onValue(text);
    else ctx.set(path, options.optional && !text.trim() ? undefined : text);
  };
  const errors = [...ctx.errorsAt(path), ...(options.errorsOf ? ctx.errorsAt(options.errorsOf) : [])];
  const invalid = errors.length > 0 ? 'true' : undefined;
  const described = describedBy(ctx, path, options.hint, options.errorsOf);
  const control = options.multiline
    ? html`<textarea
        id=${fieldId(path)}
        rows="3"
        .value=${live(value)}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${ifDefined(described)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${fieldId(path)}
        type=${options.type ?? 'text'}
        .value=${live(value)}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${ifDefined(described)}
        @input=${onInput}
      />`;
  return frame(ctx, path, label, options.hint, control);
}

/** A number, or nothing (left out of the pack, so an optional number can be cleared). */
export function numberField(
  ctx: FormContext,
  path: Path,
  label: string,
  options: { hint?: string; min?: number } = {},
) {
  const value = getAt(ctx.pack, path);
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    ctx.set(path, input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber);
  };
  const control = html`<input
    id=${fieldId(path)}
    class="number"
    type="number"
    inputmode="decimal"
    min=${options.min ?? 0}
    .value=${live(typeof value === 'number' ? String(value) : '')}
    aria-invalid=${ifDefined(ctx.errorsAt(path).length ? 'true' : undefined)}
    aria-describedby=${ifDefined(describedBy(ctx, path, options.hint))}
    @input=${onInput}
  />`;
  return frame(ctx, path, label, options.hint, control);
}

/** On is `true`; off leaves the key out, as a hand-written pack would (`onValue` runs instead of that). */
export function checkbox(ctx: FormContext, path: Path, label: string, hint?: string, onValue?: (on: boolean) => void) {
  const onChange = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    if (onValue) onValue(on);
    else ctx.set(path, on || undefined);
  };
  return html`<div class="field checkbox">
    <input
      id=${fieldId(path)}
      type="checkbox"
      .checked=${live(getAt(ctx.pack, path) === true)}
      aria-describedby=${ifDefined(describedBy(ctx, path, hint))}
      @change=${onChange}
    />
    <label for=${fieldId(path)}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${fieldId(path)}:hint`}>${hint}</p>` : nothing} ${renderErrors(ctx, path)}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
}

/** One of `choices`; the empty choice (when given) leaves the key out. */
export function select(
  ctx: FormContext,
  path: Path,
  label: string,
  choices: readonly Choice[],
  options: { empty?: string; hint?: string; onValue?: (value: string) => void; value?: string } = {},
) {
  const value = options.value ?? textAt(ctx.pack, path);
  const onChange = (event: Event) => {
    const chosen = (event.target as HTMLSelectElement).value;
    if (options.onValue) options.onValue(chosen);
    else ctx.set(path, chosen || undefined);
  };
  const control = html`<select
    id=${fieldId(path)}
    aria-invalid=${ifDefined(ctx.errorsAt(path).length ? 'true' : undefined)}
    aria-describedby=${ifDefined(describedBy(ctx, path, options.hint))}
    @change=${onChange}
  >
    ${options.empty !== undefined ? html`<option value="" ?selected=${!value}>${options.empty}</option>` : nothing}
    ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
  </select>`;
  return frame(ctx, path, label, options.hint, control);
}

/** Ids picked from a list (easier and harder exercises, recommendations, sources). */
export function picks(
  ctx: FormContext,
  path: Path,
  legend: string,
  choices: readonly Choice[],
  options: { optional?: boolean; hint?: string; empty?: string } = {},
) {
  const value = getAt(ctx.pack, path);
  const picked = Array.isArray(value) ? (value as unknown[]) : [];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...picked.filter((each) => each !== id), id] : picked.filter((each) => each !== id);
    ctx.set(path, options.optional && !next.length ? undefined : next);
  };
  return html`<fieldset
    class="picks"
    id=${fieldId(path)}
    aria-describedby=${ifDefined(describedBy(ctx, path, options.hint))}
  >
    <legend>${legend}</legend>
    ${options.hint ? html`<p class="hint" id=${`${fieldId(path)}:hint`}>${options.hint}</p>` : nothing}
    ${renderErrors(ctx, path)} ${picked.map((_, i) => renderErrors(ctx, [...path, i]))}
    ${
      choices.length
        ? choices.map(
            (choice) =>
              html`<label class="pick">
                <input
                  type="checkbox"
                  .checked=${live(picked.includes(choice.value))}
                  @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
                />
                ${choice.label}
              </label>`,
          )
        : html`<p class="hint">${options.empty ?? 'Nothing to pick yet.'}</p>`
    }
  </fieldset>`;
}
