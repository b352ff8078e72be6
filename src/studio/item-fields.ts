/** Fields more than one form has: an item's name with the id that follows it, reps, and the exercise picker. */
import { html } from 'lit';
import { getAt, idForName, listAt, renameExercise, setAt, slugify, textAt, type Path } from './draft.js';
import { numberField, renderErrors, select, textField, type Choice } from './fields.js';
import { fieldId, type FormContext } from './form-context.js';

/**
 * The name and id of the item at `[kind, index]`. While the id is still the one the name gave
 * it, it follows the name; an exercise's new id is also written wherever the pack names it.
 */
export function nameAndId(ctx: FormContext, kind: string, index: number, nameKey: string, label: string) {
  const path = [kind, index];
  const idPath = [...path, 'id'];
  const rename = (next: string) =>
    ctx.change((pack) => {
      const old = textAt(pack, idPath);
      const renamed = setAt(pack, idPath, next);
      return kind === 'exercises' && old && next ? renameExercise(renamed, old, next) : renamed;
    });
  const onName = (name: string) => {
    const id = textAt(ctx.pack, idPath);
    const oldName = textAt(ctx.pack, [...path, nameKey]);
    const follows = !id || id === idForName(ctx.pack, kind, index, oldName) || id === slugify(oldName);
    ctx.set([...path, nameKey], name);
    if (follows && name.trim()) rename(idForName(ctx.pack, kind, index, name));
  };
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
