// Turns each measurement (or the reason it is missing) into table rows, with the budgets.
import { PAGE_BUDGETS, kb } from '../scripts/sizes.mjs';
import { DRILL_MS, SCHEDULE } from './drill.mjs';
import { formatSize, missingRow, ms, row } from './table.mjs';

export const BUDGET = {
  timerErrorMs: 50,
  cls: 0,
  accessibility: 100,
};

/** `{ value }` or `{ error }`: a step that failed leaves "not measured" rows, never a crashed run. */
export async function attempt(what, fn) {
  try {
    return { value: await fn() };
  } catch (error) {
    console.error(`bench: ${what} failed: ${error.stack ?? error}`);
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

const times = (a, b) => `${(a / b).toFixed(2)}×`;
const signedKb = (bytes) => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;
/** `dist/auto/content-Dlr0QfXQ.js` → `content` */
const chunkName = (path) =>
  path
    .split('/')
    .pop()
    .replace(/(-[\w-]{8})?\.js$/, '');

function sizeRows({ pages, comparisons }) {
  const section = 'Size';
  const rows = [];
  if (pages.error) {
    rows.push(missingRow(section, 'pages (movewell-widgets build)', pages.error));
  } else {
    for (const { kind, label, scripts, total } of pages.value) {
      const byChunk = scripts.map((s) => `${chunkName(s.path)} ${kb(s.gzip)}`).join(', ');
      const value = `${kb(total)} gzip in ${scripts.length} file${scripts.length > 1 ? 's' : ''} (${byChunk})`;
      const budget = PAGE_BUDGETS[kind]?.budget;
      rows.push(
        budget === undefined
          ? row(section, `page: ${label}`, value)
          : row(section, `page: ${label}`, value, `≤ ${kb(budget)} gzip`, total <= budget),
      );
    }
  }
  if (comparisons.error) {
    rows.push(missingRow(section, 'comparison bundles (esbuild)', comparisons.error));
  } else {
    for (const { label, size, parts } of comparisons.value)
      rows.push(row(section, `${label}${parts > 1 ? ` (${parts} files)` : ''}`, formatSize(size)));
  }
  return rows;
}

/** What each part of the source tree adds to cdn.js (see composition.mjs). */
function compositionRows(composition) {
  const section = 'Size';
  const measure = '`cdn.js` built from the source tree, by part';
  if (composition.error) return [missingRow(section, measure, composition.error)];
  const { whole, parts } = composition.value;
  return parts.map(({ part, raw, share }) =>
    row(
      section,
      `${measure}: ${part}`,
      `${kb(share)} of ${kb(whole)} gzip (${((share / whole) * 100).toFixed(0)}%) · ${kb(raw)} min`,
    ),
  );
}

function renderRows(render) {
  const section = 'Render CPU';
  if (render.error) return [missingRow(section, 'main-thread CPU to render 1 and 100 elements', render.error)];
  const rows = [];
  for (const count of [...new Set(render.value.map((r) => r.count))]) {
    const at = (id) => render.value.find((r) => r.count === count && r.subject.id === id);
    const [lit, card, shoelace, same] = ['lit', 'card', 'shoelace', 'shoelace-same'].map(at);
    const parts = (r) =>
      `median of ${r.samples} fresh pages; script ${ms(r.scriptMs)}, style ${ms(r.styleMs)}, layout ${ms(r.layoutMs)}`;
    for (const other of [lit, shoelace, same])
      rows.push(row(section, `${count} × ${other.subject.label}`, `${ms(other.taskMs)} (${parts(other)})`));
    const value =
      `${ms(card.taskMs)} = ${times(card.taskMs, lit.taskMs)} trivial Lit, ` +
      `${times(card.taskMs, shoelace.taskMs)} the short Shoelace card, ` +
      `${times(card.taskMs, same.taskMs)} Shoelace with the same exercise (${parts(card)})`;
    const measure = `${count} × ${card.subject.label}`;
    if (count === 100) {
      // Two budgets, both shown: against Shoelace's short card (as the issue wrote it) and like for like.
      rows.push(
        row(
          section,
          measure,
          value,
          `≤ the short Shoelace card's ${ms(shoelace.taskMs)}`,
          card.taskMs <= shoelace.taskMs,
        ),
      );
      // #14 asks for 0.8 × like for like (#11 for at most 1 ×).
      rows.push(
        row(
          section,
          `${measure}, like for like`,
          `${ms(card.taskMs)} = ${times(card.taskMs, same.taskMs)}`,
          `≤ 0.8 × Shoelace with the same exercise, ${ms(0.8 * same.taskMs)}`,
          card.taskMs <= 0.8 * same.taskMs,
        ),
      );
    } else {
      rows.push(row(section, measure, value));
    }
    for (const r of [lit, card, shoelace, same]) {
      for (const problem of r.problems)
        rows.push(missingRow(section, `${count} × ${r.subject.label}: problem`, problem, { failed: false }));
    }
  }
  return rows;
}

function drillRows(drill) {
  const section = 'Drill timer';
  const budget = `≤ ${BUDGET.timerErrorMs} ms`;
  const setting =
    `${DRILL_MS / 1000} s drill, CPU ${SCHEDULE.cpuThrottling}× slower, hidden ${SCHEDULE.hideAt / 1000}–` +
    `${SCHEDULE.showAt / 1000} s (frozen ${SCHEDULE.freezeAt / 1000}–${SCHEDULE.unfreezeAt / 1000} s)`;
  if (drill.error) return [missingRow(section, `error after the ${setting}`, drill.error, { budget })];
  const { timerErrorMs, runs, hidden, samples } = drill.value;
  const measure = `\`<mw-drill-timer>\` error at the end of the ${setting}`;
  if (!hidden) return [missingRow(section, measure, 'the page never reported itself hidden', { budget })];
  const each = (key) => samples.map((s) => s[key].toFixed(1)).join(', ');
  const worst = (key) => `${ms(Math.max(...samples.map((s) => s[key])))}, worst of ${runs} runs (${each(key)})`;
  const elapsed = [...new Set(samples.map((s) => s.timerElapsedMs))].join(', ');
  return [
    row(section, measure, worst('timerErrorMs'), budget, timerErrorMs <= BUDGET.timerErrorMs),
    row(section, 'naive timer (`setInterval` 1 s, counting ticks), same page and run', worst('naiveErrorMs')),
    row(section, '`elapsedMs` in `mw-drill-complete`', `${elapsed} ms (the drill is ${DRILL_MS} ms)`),
    ...[...new Set(samples.flatMap((s) => s.problems))].map((problem) =>
      missingRow(section, '`<mw-drill-timer>`: problem', problem, { failed: false }),
    ),
  ];
}

function heapRows(heap) {
  const section = 'Heap';
  if (heap.error) return [missingRow(section, 'heap growth after 1000 mount/unmount cycles', heap.error)];
  return heap.value.flatMap(({ tag, floor, cycles, growth, problems }) => [
    row(
      section,
      `\`<${tag}>\`${floor ? ' (trivial Lit element, the floor)' : ''}: ${cycles} mount/unmount cycles`,
      `${signedKb(growth)} used JS heap after forced GC (${(growth / cycles).toFixed(0)} B/cycle)`,
    ),
    ...problems.map((problem) => missingRow(section, `\`<${tag}>\`: problem`, problem, { failed: false })),
  ]);
}

/** The nodes that moved, from the check in a puppeteer page (see layoutShiftSources). */
function shifted(shifts) {
  const sources = [...new Set((shifts?.value ?? []).flatMap((shift) => shift.sources))];
  return sources.length ? ` (moved, at the same screen size: ${sources.join(', ')})` : '';
}

function lighthouseRows(lighthouse, shifts) {
  const section = 'Lighthouse';
  const page = '`bench/demo/article.html`';
  if (lighthouse.skipped) return [missingRow(section, page, 'skipped (--no-lighthouse)', { failed: false })];
  if (lighthouse.error) return [missingRow(section, page, lighthouse.error)];
  const lh = lighthouse.value;
  const failing = (ids) => (ids.length ? ` (failing: ${ids.join(', ')})` : '');
  return [
    row(section, `performance (Lighthouse ${lh.version}, mobile, simulated throttling)`, String(lh.performance)),
    row(
      section,
      'accessibility',
      `${lh.accessibility}${failing(lh.failing.accessibility)}`,
      String(BUDGET.accessibility),
      lh.accessibility >= BUDGET.accessibility,
    ),
    row(section, 'best practices', `${lh.bestPractices}${failing(lh.failing.bestPractices)}`),
    row(
      section,
      'cumulative layout shift',
      `${lh.cls.toFixed(3)}${lh.cls > 0 ? shifted(shifts) : ''}`,
      String(BUDGET.cls),
      lh.cls <= BUDGET.cls,
    ),
  ];
}

/** Every row of the table, in order: sizes, render CPU, drill timer, heap, Lighthouse. */
export function reportRows(results) {
  return [
    ...sizeRows(results),
    ...compositionRows(results.composition),
    ...renderRows(results.render),
    ...drillRows(results.drill),
    ...heapRows(results.heap),
    ...lighthouseRows(results.lighthouse, results.shifts),
  ];
}

/** How each number was taken, for the notes under the table. */
export const METHOD = [
  'Size of a page (#14 budgets): the page is loaded in Chromium through the README’s first snippet (the ' +
    'one-tag loader), or through `cdn.js`, with the build served where the snippet points; every script the page ' +
    'fetches until its widgets have rendered and the network is quiet is gzipped (level 9) on its own, as a ' +
    'browser fetches it, and summed; the chunks are listed in the order fetched. The esbuild rows bundle the ' +
    'npm build as a site would (ESM, minified, code splitting) and count the entry and its static imports. ' +
    'Comparisons are bundled by esbuild (ESM, minified, es2022) from `bench/entries/`; a bundle of several files ' +
    '(JS, its CSS, the script it loads) is compressed file by file and summed. The Cal.com booking page that ' +
    'embed.js then opens in an iframe from app.cal.com is not counted.',
  'Size by part: `cdn.js` is built again from the source tree with a source map; each minified byte goes to ' +
    'the source file it came from, grouped into parts. Gzip is not additive, so each part is compressed on its ' +
    "own and given that proportion of the whole file's gzip size.",
  'Render CPU: main-thread CPU time (CDP `Performance.getMetrics` TaskDuration in thread ticks) from inserting N ' +
    'elements until two animation frames after every `updateComplete`, each in a fresh browser context after its ' +
    'script loaded; median of `--runs`, the subjects interleaved. Ratios are exercise card ÷ the other. The short ' +
    'Shoelace card holds a title, one sentence and a button; the like-for-like one holds everything the exercise ' +
    "card shows for glute-bridge (text, dosage, two lists, the drawing, two buttons), since most of a card's cost " +
    'is the style and layout of what it shows.',
  `Drill timer: a custom drill (\`customDrill\`: 3 timed steps of 3 s, 1 s rests, ${DRILL_MS / 1000} s) and a ` +
    'naive timer (`setInterval` every 1 s, done after counting 11 ticks) start together in one page; the CPU is ' +
    `throttled ${SCHEDULE.cpuThrottling}× (\`Emulation.setCPUThrottlingRate\`), another tab is brought to the ` +
    `front at ${SCHEDULE.hideAt / 1000} s (the page reports \`hidden\`), the page is frozen ` +
    `(\`Page.setWebLifecycleState\`) from ${SCHEDULE.freezeAt / 1000} to ${SCHEDULE.unfreezeAt / 1000} s and ` +
    `shown again at ${SCHEDULE.showAt / 1000} s. Error: how far each timer's "done" (\`mw-drill-complete\`, or ` +
    "the last tick) came from start + 11 s. This browser keeps Chrome's background-tab throttling, which " +
    'puppeteer switches off by default.',
  'Heap: per widget, in a fresh page with the CDN build: 20 warm-up cycles, two forced GCs ' +
    '(`HeapProfiler.collectGarbage`), used JS heap; then 1000 cycles of create, set attributes, append, await ' +
    '`updateComplete`, remove; two forced GCs, used JS heap again.',
  'Lighthouse: its CLI with the default (mobile, simulated throttling) settings on the installed Chromium, ' +
    'headless, on `bench/demo/article.html` served from 127.0.0.1.',
];
