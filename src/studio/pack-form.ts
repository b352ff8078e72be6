/** The pack itself: its title, its own language and the other languages it is written in. */
import { html } from 'lit';
import { languagesOf, textAt, KINDS } from './draft.js';
import { textField } from './fields.js';
import type { FormContext } from './form-context.js';
import { addLanguage, removeLanguage } from './translation-shape.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function packForm(ctx: FormContext, pending: { tag: string; problem?: string }, onPending: () => void) {
  const base = textAt(ctx.pack, ['locale']) || 'en';
  const others = languagesOf(ctx.pack).filter((tag) => tag !== base);
  const add = () => {
    const tag = pending.tag.trim();
    pending.problem = !LANGUAGE_TAG.test(tag)
      ? 'Enter a language tag such as "es" or "fr-CA".'
      : tag === base || others.includes(tag)
        ? `The pack is already written in ${tag}.`
        : undefined;
    if (!pending.problem) {
      ctx.change((pack) => addLanguage(pack, tag, KINDS));
      pending.tag = '';
      ctx.focusLater(`language:${tag}`);
    }
    onPending();
  };
  return html`${textField(ctx, ['title'], 'Pack title', { optional: true, hint: 'For you; readers do not see it.' })}
    ${textField(ctx, ['locale'], 'Language of the pack', {
      hint: 'A language tag such as "en", "en-AU" or "es". The words in each form are in this language.',
    })}
    <fieldset class="group">
      <legend>Other languages</legend>
      <p class="hint">
        Each item gets every line in each language. A page whose <code>lang</code> is one of these shows its words; any
        other page shows the pack's own language.
      </p>
      ${
        others.length
          ? html`<ul class="languages">
              ${others.map(
                (tag) =>
                  html`<li id=${`language:${tag}`} tabindex="-1">
                    <span>${tag}</span>
                    <button
                      type="button"
                      aria-label="Remove ${tag} and every translation in it"
                      @click=${() => {
                        ctx.change((pack) => removeLanguage(pack, tag, KINDS));
                        ctx.focusLater('language:new');
                      }}
                    >
                      Remove
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>None yet.</p>`
      }
      <div class="field ${pending.problem ? 'invalid' : ''}">
        <label for="language:new">Add a language</label>
        <p class="hint" id="language:new:hint">
          A tag such as "es" (Spanish) or "fr-CA". Every item gets empty lines to fill in.
        </p>
        ${
          pending.problem
            ? html`<p class="error" id="language:new:error">
                <span class="visually-hidden">Error: </span>${pending.problem}
              </p>`
            : null
        }
        <div class="inline">
          <input
            id="language:new"
            .value=${pending.tag}
            aria-describedby=${pending.problem ? 'language:new:hint language:new:error' : 'language:new:hint'}
            @input=${(event: Event) => (pending.tag = (event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && add()}
          />
          <button type="button" @click=${add}>Add language</button>
        </div>
      </div>
    </fieldset>`;
}
