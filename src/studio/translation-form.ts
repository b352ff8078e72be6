/** An item's words in another language, line by line beside the words they translate. */
import { html } from 'lit';
import { listAt, textAt, type Path } from './draft.js';
import { textField } from './fields.js';
import type { FormContext } from './form-context.js';
import { textPaths, textShape } from './translation-shape.js';

/** Where a translation's line is in the item: text keyed by id comes from the list entry with that id. */
function inItem(item: unknown, leaf: Path): Path {
  const keyed = ['items', 'outcomes'];
  const [first, second, id, ...rest] = leaf;
  if (first === 'redFlags' && second === 'items') {
    return [
      'redFlags',
      'items',
      listAt(item, ['redFlags', 'items']).findIndex((f) => textAt(f, ['id']) === id),
      ...rest,
    ];
  }
  if (typeof first === 'string' && keyed.includes(first) && typeof second === 'string') {
    return [first, listAt(item, [first]).findIndex((entry) => textAt(entry, ['id']) === second), ...leaf.slice(2)];
  }
  return leaf;
}

const words = (key: string | number) =>
  typeof key === 'number' ? String(key + 1) : key.replace(/([A-Z])/g, ' $1').toLowerCase();

export function translationForm(ctx: FormContext, kind: string, index: number, tag: string, base: string) {
  const item = listAt(ctx.pack, [kind])[index];
  const leaves = textPaths(textShape(kind, item));
  const label = (leaf: Path) => {
    const text = leaf.map(words).join(' ');
    return text[0].toUpperCase() + text.slice(1);
  };
  return html`<p class="hint">
      Every line of this ${kind.slice(0, -1)} in <strong>${tag}</strong>, under the words it translates from
      <strong>${base}</strong>. A reader whose page is in ${tag} sees these.
    </p>
    ${leaves.map((leaf) => {
      const original = textAt(item, inItem(item, leaf));
      return textField(ctx, [kind, index, 'translations', tag, ...leaf], label(leaf), {
        hint: original ? `${base}: ${original}` : undefined,
        multiline: original.length > 60,
      });
    })}`;
}
