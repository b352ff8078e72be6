/** Every field of an exercise: words, dosage, easier and harder ones, and its drawing. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { POSES } from '../content/schema.js';
import { poses } from '../illustrations/poses.js';
import { getAt, textAt } from './draft.js';
import { checkbox, numberField, picks, renderErrors, select, textField } from './fields.js';
import { fieldId, type FormContext } from './form-context.js';
import { exerciseChoices, nameAndId, repsField } from './item-fields.js';
import { textList } from './list-editor.js';
import { mediaList } from './media-form.js';

const poseName = (pose: string) => pose.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

export function exerciseForm(ctx: FormContext, index: number) {
  const path = ['exercises', index];
  const at = (...keys: (string | number)[]) => [...path, ...keys];
  const line = (label: string) => (itemPath: readonly (string | number)[], itemLabel: string) =>
    textField(ctx, itemPath, `${label} ${itemLabel.replace(/^\D+/, '')}`);
  const id = textAt(ctx.pack, at('id'));
  const others = exerciseChoices(ctx, id);

  return html`${nameAndId(ctx, 'exercises', index, 'name', 'Name')}
    ${textField(ctx, at('summary'), 'What it helps', { multiline: true, hint: 'One or two short sentences.' })}
    ${textList(ctx, at('muscles'), 'Muscles it works', 'muscle', line('Muscle'))}
    ${textList(ctx, at('equipment'), 'Equipment', 'piece of equipment', line('Equipment'), {
      hint: 'Leave empty when none is needed.',
    })}
    ${textList(ctx, at('steps'), 'Steps', 'step', line('Step'), { hint: 'Three to five short steps work best.' })}
    ${textList(ctx, at('cues'), 'Tips', 'tip', line('Tip'), { hint: 'One to three cues, such as "Squeeze at the top."' })}
    <fieldset class="group" id=${fieldId(at('dosage'))}>
      <legend>Dosage</legend>
      ${renderErrors(ctx, at('dosage'))}
      <div class="row">
        ${numberField(ctx, at('dosage', 'sets'), 'Sets', { min: 1 })}
        ${numberField(ctx, at('dosage', 'holdSeconds'), 'Hold (seconds)', { min: 1 })}
        ${numberField(ctx, at('dosage', 'restSeconds'), 'Rest (seconds)')}
      </div>
      ${repsField(ctx, at('dosage', 'reps'), false)}
      ${select(
        ctx,
        at('dosage', 'unit'),
        'Counted in',
        [
          { value: 'reps', label: 'Reps' },
          { value: 'steps', label: 'Steps (for walks)' },
        ],
        { empty: 'Reps (the usual)' },
      )}
      ${checkbox(ctx, at('dosage', 'perSide'), 'Each side')}
      ${checkbox(ctx, at('dosage', 'eachWay'), 'Each way (one way, then back)')}
      ${checkbox(ctx, at('dosage', 'clinicChoice'), "The clinic's own suggestion", 'Not a dose the sources give.')}
    </fieldset>
    ${textField(ctx, at('safety'), 'Safety (the stop rule)', {
      multiline: true,
      hint: 'Always shown with the exercise, for example "Stop if it hurts more than mild discomfort."',
    })}
    ${picks(ctx, at('easier'), 'Easier exercises', others, { optional: true, empty: 'Add another exercise first.' })}
    ${picks(ctx, at('harder'), 'Harder exercises', others, { optional: true, empty: 'Add another exercise first.' })}
    ${mediaList(ctx, at('media'), 'Up to six. The card shows them in place of the drawing.')}
    ${drawing(ctx, at('illustration'))}`;
}

/** A built-in drawing picked by its look, or the pack's own picture, and its description. */
function drawing(ctx: FormContext, path: (string | number)[]) {
  const illustration = getAt(ctx.pack, path);
  const pose = textAt(ctx.pack, [...path, 'pose']);
  const own = !pose && typeof getAt(ctx.pack, [...path, 'src']) === 'string';
  const chosen = illustration === undefined ? 'none' : own ? 'image' : pose;
  const choose = (next: string) => {
    const alt = textAt(ctx.pack, [...path, 'alt']);
    if (next === 'none') ctx.set(path, undefined);
    else if (next === 'image') ctx.set(path, { src: textAt(ctx.pack, [...path, 'src']) || 'https://', alt });
    else ctx.set(path, { pose: next, alt });
  };
  const option = (value: string, label: string, picture?: unknown) =>
    html`<label class="pose ${chosen === value ? 'chosen' : ''}">
      <input
        type="radio"
        name=${`${fieldId(path)}:pose`}
        value=${value}
        .checked=${live(chosen === value)}
        @change=${() => choose(value)}
      />
      ${picture ?? null}
      <span>${label}</span>
    </label>`;
  return html`<fieldset class="group" id=${fieldId(path)}>
    <legend>Drawing</legend>
    ${renderErrors(ctx, path)}
    <div class="poses">
      ${option('none', 'None')}
      ${POSES.map((each) =>
        option(
          each,
          poseName(each),
          html`<span class="illustration thumb" aria-hidden="true"
            >${html`<svg viewBox="0 0 240 160" focusable="false">${poses[each]}</svg>`}</span
          >`,
        ),
      )}
      ${option('image', 'Your own picture')}
    </div>
    ${own ? textField(ctx, [...path, 'src'], 'Picture address', { type: 'url', hint: 'An https:// address.' }) : null}
    ${
      illustration !== undefined
        ? textField(ctx, [...path, 'alt'], 'Describe the drawing', {
            hint: 'For people who cannot see it, for example "A person lying on their back, lifting their hips".',
          })
        : null
    }
  </fieldset>`;
}
