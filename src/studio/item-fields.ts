/** Fields more than one form has: an item's name with the id that follows it, reps, and the exercise picker. */
import { html } from 'lit';
import { getAt, idForName, listAt, renameExercise, setAt, textAt, type Draft, type Path } from './draft.js';
import { numberField, renderErrors, select, textField, type Choice } from './fields.js';
import { fieldId, type FormContext } from './form-context.js';

/**
 * The name and id of the item at `[kind, index]`. While the id is still the one the name gave
 * it, it follows the name; an exercise's new id is also written wherever the pack names it.
 */
export function nameAndId(ctx: FormContext, kind: string, index: number, nameKey: string, label: string) {
  const path = [kind, index];
  const idPath = [...path, 'id'];
  /** The item's id becomes `next`; an exercise's is also renamed wherever the pack names it. */
  const renamed = (pack: Draft, next: string) => {
    const old = textAt(pack, idPath);
    const withId = setAt(pack, idPath, next);
    return kind === 'exercises' && old && next ? renameExercise(withId, old, next) : withId;
  };
  const rename = (next: string) => ctx.change((pack) => renamed(pack, next), fieldId(idPath));
  // The name and the id it gives are one step for undo.
  const onName = (name: string) =>
    ctx.change(
      (pack) => {
        const id = textAt(pack, idPath);
        const oldName = textAt(pack, [...path, nameKey]);
        const follows = !id || id === idForName(pack, kind, index, oldName);
        const named = setAt(pack, [...path, nameKey], name);
        return follows && name.trim() ? renamed(named, idForName(named, kind, index, name)) : named;
      },
      fieldId([...path, nameKey]),
    );
  return html`${textField(ctx, [...path, nameKey], label, { onValue: onName })}
  ${textField(ctx, idPath, 'Id', {
    hint: 'Made from the name. Lowercase letters, digits and dashes; a site uses it in its tags.',
    onValue: rename,
  })}`;
}

/** The pack's exercises as choices, by name (the id where a name is missing). */
export function exerciseChoices(ctx: FormContext, except?: string): Choice[] {
  return listAt(ctx.pack, ['exercises'])
    .map((item) => ({ value: textAt(item, ['id']), label: textAt(item, ['name']) || textAt(item, ['id']) }))
    .filter((choice) => choice.value && choice.value !== except);
}

/** Reps as a number or a range (`{"min": 10, "max": 15}`), or none, as the author picks. */
export function repsField(ctx: FormContext, path: Path, required: boolean) {
  const reps = getAt(ctx.pack, path);
  const form = typeof reps === 'object' && reps !== null ? 'range' : reps === undefined ? 'none' : 'number';
  const choose = (next: string) => {
    const now = typeof reps === 'number' ? reps : 10;
    ctx.set(path, next === 'range' ? { min: now, max: now + 5 } : next === 'number' ? now : undefined);
  };
  const choices = [
    ...(required ? [] : [{ value: 'none', label: 'No reps' }]),
    { value: 'number', label: 'A number of reps' },
    { value: 'range', label: 'A range, such as 10–15' },
  ];
  // The choice is not in the pack (the value's shape is): its field has a path of its own.
  return html`<div class="group">
    ${select(ctx, [...path, 'form'], 'Reps', choices, { value: form, onValue: choose })}
    ${form === 'number' ? numberField(ctx, path, 'How many reps', { min: 1 }) : null}
    ${
      form === 'range'
        ? html`<div class="range" id=${fieldId(path)} tabindex="-1">
            ${renderErrors(ctx, path)}
            <div class="row">
              ${numberField(ctx, [...path, 'min'], 'At least', { min: 1 })}
              ${numberField(ctx, [...path, 'max'], 'At most', { min: 1 })}
            </div>
          </div>`
        : null
    }
  </div>`;
}
