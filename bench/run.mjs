// `npm run bench`: measures the built package against what a site would otherwise use, prints one
// markdown table and writes it to bench/results.md. Each step lives in its own module.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, launchChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { USAGE, readArgs } from './args.mjs';
import { buildComparisons } from './bundles.mjs';
import { measureComposition } from './composition.mjs';
import { checkDist } from './dist.mjs';
import { measureDrillDrift } from './drill.mjs';
import { definedWidgets, measureHeap } from './heap.mjs';
import { layoutShiftSources, runLighthouse } from './lighthouse.mjs';
import { measurePages } from './pages.mjs';
import { measureRenderCpu } from './render-cpu.mjs';
import { METHOD, attempt, reportRows } from './report.mjs';
import { prepareSite } from './site.mjs';
import { markdownTable } from './table.mjs';

// Paths (dist, node_modules/.bin, bench/) are the repository's, wherever this is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

/** Bad options or a missing build: say what to do, without a stack trace. */
function exit(error) {
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = readArgs();
} catch (error) {
  exit(error);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = Date.now();
// Timings depend on what else the machine runs: the table says how busy it was.
const loadAtStart = loadavg()[0];
const step = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const tmp = join(process.cwd(), 'bench/.tmp');
let dir, warning;
try {
  ({ dir, warning } = checkDist(args.dist));
} catch (error) {
  exit(error);
}
const notes = [...(warning ? [warning] : []), ...prepareSite(join(tmp, 'site'), { dist: dir })];

step('sizes');
const results = {
  comparisons: await attempt('comparison bundles', () => buildComparisons(join(tmp, 'site/bundles'))),
  composition: await attempt('composition of cdn.js', () => measureComposition(join(tmp, 'cdn-map'))),
};

const server = await serve(join(tmp, 'site'));
const article = `${server.url}/bench/demo/article.html`;
try {
  const browser = await launchChrome();
  try {
    step('pages');
    results.pages = await attempt('pages', () =>
      measurePages(browser, { site: join(tmp, 'site'), outDir: join(tmp, 'site/page-bundles') }),
    );
    step(`render CPU (${args.runs} runs)`);
    results.render = await attempt('render CPU', () => measureRenderCpu(browser, server.url, { runs: args.runs }));
    step('heap');
    results.heap = await attempt('heap', async () =>
      measureHeap(browser, server.url, await definedWidgets(browser, server.url)),
    );
    if (args.lighthouse) results.shifts = await attempt('layout shifts', () => layoutShiftSources(browser, article));
  } finally {
    await browser.close();
  }
  step('drill timer');
  results.drill = await attempt('drill timer', () => measureDrillDrift({ baseUrl: server.url }));
  step('Lighthouse');
  results.lighthouse = args.lighthouse
    ? await attempt('Lighthouse', () => runLighthouse(article, { outFile: join(tmp, 'lighthouse.json') }))
    : { skipped: true };
} finally {
  await server.close();
}

const chromium = execFileSync(findChrome(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const table = markdownTable(reportRows(results));
const setting =
  `${new Date().toISOString().slice(0, 10)} · \`${args.dist}\` · ${chromium.trim()} (headless) · ` +
  `Node ${process.versions.node} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'} · ` +
  `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
const text = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (\`node bench/run.mjs\`): ${setting}.`,
  '',
  table,
  '',
  ...(notes.length ? ['Notes:', '', ...notes.map((note) => `- ${note}`), ''] : []),
  'How each number is taken:',
  '',
  ...METHOD.map((line) => `- ${line}`),
  '',
].join('\n');
writeFileSync(join(process.cwd(), 'bench/results.md'), text);
console.log(table);
for (const note of notes) console.log(`- ${note}`);
step('done, written to bench/results.md');
