/**
 * A symptom checklist: its red flags (each with its tier and sources, under a warning that
 * changing them is a clinical decision), its signs, the outcomes by score and the sources.
 */
import { html } from 'lit';
import { listAt, textAt, uniqueId, type Draft, type Path } from './draft.js';
import { numberField, picks, select, textField } from './fields.js';
import type { FormContext } from './form-context.js';
import { exerciseChoices, nameAndId } from './item-fields.js';
import { listEditor, textList } from './list-editor.js';

const TIERS = [
  { value: 'emergency', label: 'Emergency: call the emergency number now' },
  { value: 'urgent', label: 'Same day: an urgent GP appointment or the non-emergency line' },
];

/** An id not yet used by any sign or red flag of this checklist. */
const newSignId = (pack: Draft, path: Path, base: string) =>
  uniqueId(base, [
    ...listAt(pack, [...path, 'redFlags', 'items']).map((item) => textAt(item, ['id'])),
    ...listAt(pack, [...path, 'items']).map((item) => textAt(item, ['id'])),
  ]);

export function checklistForm(ctx: FormContext, index: number) {
  const path = ['checklists', index];
  const at = (...keys: (string | number)[]) => [...path, ...keys];
  const paragraph = (itemPath: Path, label: string) =>
    textField(ctx, itemPath, `Paragraph ${label.replace(/^\D+/, '')}`, { multiline: true });
  const sources = listAt(ctx.pack, at('sources'))
    .map((source) => ({ value: textAt(source, ['id']), label: textAt(source, ['title']) || textAt(source, ['id']) }))
    .filter((choice) => choice.value);
  const message = (tier: string, legend: string) =>
    html`<fieldset class="group">
      <legend>${legend}</legend>
      ${textField(ctx, at('redFlags', tier, 'title'), 'Title')}
      ${textList(ctx, at('redFlags', tier, 'body'), 'Message', 'paragraph', paragraph)}
    </fieldset>`;

  return html`${nameAndId(ctx, 'checklists', index, 'title', 'Title')}
    ${textField(ctx, at('intro'), 'Introduction', { multiline: true })}
    <section class="red-flags" aria-labelledby="red-flags-heading">
      <h3 id="red-flags-heading">Red flags</h3>
      <p class="warning" role="note">
        <strong>Changing red flags is a clinical decision.</strong> They are asked before any advice and decide whether
        a reader is told to call the emergency number or be seen today. Have a clinician review every change, and keep
        the sources and the reviewed date true.
      </p>
      ${textField(ctx, at('redFlags', 'question'), 'Question before the red flags')}
      ${listEditor(ctx, at('redFlags', 'items'), {
        legend: 'Each red flag',
        noun: 'red flag',
        create: (pack) => ({ id: newSignId(pack, path, 'red-flag'), text: '', level: 'emergency' }),
        renderItem: (flagPath) =>
          html`<p class="tier tier-${textAt(ctx.pack, [...flagPath, 'level'])}">
              ${TIERS.find((tier) => tier.value === textAt(ctx.pack, [...flagPath, 'level']))?.label ?? 'No tier'}
            </p>
            ${textField(ctx, [...flagPath, 'text'], 'Sign', { multiline: true })}
            ${select(ctx, [...flagPath, 'level'], 'Tier', TIERS)} ${textField(ctx, [...flagPath, 'id'], 'Id')}
            ${picks(ctx, [...flagPath, 'sources'], 'Sources that name it', sources, {
              optional: true,
              empty: 'Give a source an id to pick it here.',
            })}`,
      })}
      ${message('emergency', 'Emergency message')} ${message('urgent', 'Same-day message')}
    </section>
    ${textField(ctx, at('question'), 'Question before the signs')}
    ${listEditor(ctx, at('items'), {
      legend: 'Signs',
      noun: 'sign',
      create: (pack) => ({ id: newSignId(pack, path, 'sign'), text: '', meaning: '' }),
      renderItem: (signPath) =>
        html`${textField(ctx, [...signPath, 'text'], 'Sign', { multiline: true })}
        ${textField(ctx, [...signPath, 'meaning'], 'What it may mean', { multiline: true })}
        ${textField(ctx, [...signPath, 'id'], 'Id')}`,
    })}
    ${listEditor(ctx, at('outcomes'), {
      legend: 'Outcomes',
      noun: 'outcome',
      hint: 'One outcome for each number of signs ticked, from 0 to all of them.',
      create: (pack) => ({
        id: uniqueId(
          'outcome',
          listAt(pack, at('outcomes')).map((outcome) => textAt(outcome, ['id'])),
        ),
        minScore: 0,
        maxScore: 0,
        title: '',
        body: [''],
        recommend: [],
      }),
      renderItem: (outcomePath) =>
        html`<div class="row">
            ${numberField(ctx, [...outcomePath, 'minScore'], 'From signs ticked')}
            ${numberField(ctx, [...outcomePath, 'maxScore'], 'To signs ticked')}
          </div>
          ${textField(ctx, [...outcomePath, 'title'], 'Title')}
          ${textList(ctx, [...outcomePath, 'body'], 'Message', 'paragraph', paragraph)}
          ${picks(ctx, [...outcomePath, 'recommend'], 'Exercises to suggest', exerciseChoices(ctx), {
            empty: 'Add an exercise first.',
          })}
          ${textField(ctx, [...outcomePath, 'id'], 'Id')}`,
    })}
    ${textField(ctx, at('disclaimer'), 'Disclaimer', { multiline: true })}
    ${listEditor(ctx, at('sources'), {
      legend: 'Sources',
      noun: 'source',
      create: () => ({ title: '', url: 'https://', reviewed: new Date().toISOString().slice(0, 10) }),
      renderItem: (sourcePath) =>
        html`${textField(ctx, [...sourcePath, 'title'], 'Title')}
        ${textField(ctx, [...sourcePath, 'url'], 'Address', { type: 'url' })}
        ${textField(ctx, [...sourcePath, 'reviewed'], 'Reviewed on', { type: 'date' })}
        ${textField(ctx, [...sourcePath, 'id'], 'Id', { optional: true, hint: 'Lets a red flag name this source.' })}`,
    })}
    ${textField(ctx, at('reviewedBy'), 'Reviewed by', {
      optional: true,
      hint: 'For example "Jo Smith, physiotherapist".',
    })}`;
}
