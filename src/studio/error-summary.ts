/** The GOV.UK error summary: every problem in words, each a link to its field. */
import { html, nothing } from 'lit';
import type { ContentError } from '../content/validate.js';
import type { Path } from './draft.js';

/** `exercises[2].dosage.reps` → `['exercises', 2, 'dosage', 'reps']` (`content` is the pack itself). */
export function parsePath(text: string): Path {
  if (text === 'content') return [];
  return [...text.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((match) => (match[1] ? Number(match[1]) : match[2]));
}

/** Where an error is, for a reader: "Exercise 3 (Glute bridge): dosage reps". */
export type DescribeError = (path: Path) => string;

export function errorSummary(
  errors: readonly ContentError[],
  more: number,
  describe: DescribeError,
  go: (path: Path) => void,
) {
  if (!errors.length) return nothing;
  const count = errors.length + more;
  return html`<div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">There ${count === 1 ? 'is a problem' : `are ${count} problems`} in this pack</h3>
    <p>It is kept as a draft in this browser. Widgets cannot use it until each problem is fixed.</p>
    <ul>
      ${errors.map((error) => {
        const path = parsePath(error.path);
        return html`<li>
          <a
            href="#${`field:${error.path}`}"
            @click=${(event: Event) => {
              event.preventDefault();
              go(path);
            }}
            ><span class="where">${describe(path)}</span> ${error.message}</a
          >
        </li>`;
      })}
    </ul>
    ${more ? html`<p>…and ${more} more, shown once these are fixed.</p>` : nothing}
  </div>`;
}
