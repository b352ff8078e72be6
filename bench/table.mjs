// Turns the measurements into rows, and the rows into one markdown table.
import { kb } from '../scripts/sizes.mjs';

/** A row: value, and when there is a budget, the budget and whether the value is within it. */
export const row = (section, measure, value, budget, within) => ({
  section,
  measure,
  value,
  budget: budget ?? '—',
  result: budget === undefined ? '—' : within ? 'ok' : 'over',
});

/** A row for something that could not be measured (`failed`) or is not there yet (`pending`). */
export const missingRow = (section, measure, reason, { budget, failed = true } = {}) => ({
  section,
  measure,
  value: reason,
  budget: budget ?? '—',
  result: failed ? 'not measured' : 'n/a',
});

export const formatSize = (size) => `${kb(size.gzip)} gzip · ${kb(size.brotli)} br · ${kb(size.raw)} min`;

export const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

const escape = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

export function markdownTable(rows) {
  const header = ['Section', 'Measure', 'Value', 'Budget', 'Result'];
  const lines = [header, header.map(() => '---')];
  for (const r of rows) lines.push([r.section, r.measure, r.value, r.budget, r.result].map(escape));
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
