/** A drill: its words, its steps of either type (reordered by drag or by Up and Down), rounds and rests. */
import { html } from 'lit';
import { getAt, setAt, textAt, type Path } from './draft.js';
import { checkbox, numberField, select, textField } from './fields.js';
import type { FormContext } from './form-context.js';
import { exerciseChoices, nameAndId, repsField } from './item-fields.js';
import { listEditor, textList } from './list-editor.js';
import { mediaList } from './media-form.js';

export function drillForm(ctx: FormContext, index: number) {
  const path = ['drills', index];
  const at = (...keys: (string | number)[]) => [...path, ...keys];
  const line = (label: string) => (itemPath: Path, itemLabel: string) =>
    textField(ctx, itemPath, `${label} ${itemLabel.replace(/^\D+/, '')}`);
  return html`${nameAndId(ctx, 'drills', index, 'name', 'Name')}
    ${textField(ctx, at('purpose'), 'What it is for', { multiline: true })}
    ${textList(ctx, at('equipment'), 'Equipment', 'piece of equipment', line('Equipment'))}
    ${textList(ctx, at('setup'), 'Setting up', 'setup line', line('Setup line'), { optional: true })}
    ${listEditor(ctx, at('steps'), {
      legend: 'Steps',
      noun: 'step',
      hint: 'Drag a step by its handle, or move it with Up and Down.',
      create: () => ({ type: 'reps', name: '', reps: 10 }),
      renderItem: (stepPath) => drillStep(ctx, stepPath),
    })}
    <div class="row">
      ${numberField(ctx, at('rounds'), 'Rounds', { min: 1 })}
      ${numberField(ctx, at('restBetweenStepsSeconds'), 'Rest between steps (seconds)')}
      ${numberField(ctx, at('restBetweenRoundsSeconds'), 'Rest between rounds (seconds)')}
    </div>
    ${textList(ctx, at('notes'), 'Notes', 'note', line('Note'), { optional: true })}
    ${textField(ctx, at('safety'), 'Safety (the stop rule)', { multiline: true, optional: true })}`;
}

function drillStep(ctx: FormContext, path: Path) {
  const type = textAt(ctx.pack, [...path, 'type']);
  // A step keeps what both types share when its type changes; the count of the other type goes.
  const changeType = (next: string) =>
    ctx.change((pack) => {
      const step: Record<string, unknown> = { ...(getAt(pack, path) as Record<string, unknown>), type: next };
      if (next === 'timed') {
        delete step.reps;
        delete step.unit;
        step.seconds = 30;
      } else {
        delete step.seconds;
        step.reps = 10;
      }
      return setAt(pack, path, step);
    });
  return html`${select(
    ctx,
    [...path, 'type'],
    'Type',
    [
      { value: 'reps', label: 'Reps (counted)' },
      { value: 'timed', label: 'Timed' },
    ],
    { onValue: changeType },
  )}
  ${select(ctx, [...path, 'exercise'], 'Exercise', exerciseChoices(ctx), {
    empty: 'None (a step of its own)',
    hint: 'Its card can be opened from the step.',
  })}
  ${textField(ctx, [...path, 'name'], 'Step name', {
    optional: true,
    hint: "Leave empty to use the exercise's name.",
  })}
  ${
    type === 'timed'
      ? numberField(ctx, [...path, 'seconds'], 'Seconds', { min: 1 })
      : html`${repsField(ctx, [...path, 'reps'], true)}
        ${select(
          ctx,
          [...path, 'unit'],
          'Counted in',
          [
            { value: 'reps', label: 'Reps' },
            { value: 'steps', label: 'Steps (for walks)' },
          ],
          { empty: 'Reps (the usual)' },
        )}`
  }
  ${textField(ctx, [...path, 'cue'], 'Cue', { optional: true })} ${checkbox(ctx, [...path, 'perSide'], 'Each side')}
  ${checkbox(ctx, [...path, 'eachWay'], 'Each way (one way, then back)')}
  ${numberField(ctx, [...path, 'restAfterSeconds'], 'Rest after (seconds)')}
  ${mediaList(ctx, [...path, 'media'], "Up to six, shown in the timer while this step runs, in place of its exercise's.")}`;
}
