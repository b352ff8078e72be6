/** A booking offer: its words, the booking link and the optional resources link. */
import { html } from 'lit';
import { getAt } from './draft.js';
import { textField } from './fields.js';
import type { FormContext } from './form-context.js';
import { nameAndId } from './item-fields.js';

export function offerForm(ctx: FormContext, index: number) {
  const path = ['offers', index];
  const at = (...keys: string[]) => [...path, ...keys];
  const resources = getAt(ctx.pack, at('resources')) !== undefined;
  return html`${nameAndId(ctx, 'offers', index, 'headline', 'Headline')}
    ${textField(ctx, at('body'), 'Text', { multiline: true })} ${textField(ctx, at('buttonLabel'), 'Button label')}
    ${textField(ctx, at('href'), 'Booking page address', {
      type: 'url',
      optional: true,
      hint: 'Where the button goes, for example https://clinic.example/book. A site can also set it on the tag.',
    })}
    <div class="field checkbox">
      <input
        id="offer-resources"
        type="checkbox"
        .checked=${resources}
        @change=${(event: Event) =>
          ctx.set(
            at('resources'),
            (event.target as HTMLInputElement).checked ? { label: '', href: 'https://' } : undefined,
          )}
      />
      <label for="offer-resources">A second link, to printable advice</label>
    </div>
    ${
      resources
        ? html`${textField(ctx, at('resources', 'label'), 'Link text')}
          ${textField(ctx, at('resources', 'href'), 'Link address', { type: 'url' })}`
        : null
    }`;
}
