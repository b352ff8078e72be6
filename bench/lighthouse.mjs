// Lighthouse (the npm package's CLI, run with this Node) on a page, driving the installed Chromium.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { findChrome } from '../scripts/chrome.mjs';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** The flags proven on this machine (see STACK.md): headless, as root, and quiet on the network. */
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Runs Lighthouse's default (mobile, simulated throttling) audit of performance, accessibility
 * and best practices, and returns the scores (0–100), cumulative layout shift, and the failing
 * accessibility audits.
 */
export async function runLighthouse(url, { outFile, timeout = 120000 } = {}) {
  const cli = join(dirname(require.resolve('lighthouse/package.json')), 'cli/index.js');
  await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outFile}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: findChrome() }, timeout, maxBuffer: 16 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const score = (id) =>
    report.categories[id]?.score == null ? undefined : Math.round(report.categories[id].score * 100);
  const failing = (category) =>
    report.categories[category].auditRefs
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
  return {
    version: report.lighthouseVersion,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    failing: {
      accessibility: failing('accessibility'),
      bestPractices: failing('best-practices'),
    },
  };
}

/** In the page, before its scripts: keeps every layout shift and the nodes that moved. */
function observeShifts() {
  window.benchShifts = [];
  const describe = (node) => {
    if (!node) return 'a node no longer in the page';
    if (node.nodeType !== Node.ELEMENT_NODE) return 'text';
    const text = node.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${node.localName}>${text ? ` "${text}"` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.benchShifts.push({ value: entry.value, sources: entry.sources.map((s) => describe(s.node)) });
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * What moved, seen in a page at Lighthouse's mobile screen (412 × 823 at 1.75×): Lighthouse's own
 * layout-shifts audit cannot read this Chromium's trace, so the CLS row names the sources from here.
 */
export async function layoutShiftSources(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(observeShifts);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    return await page.evaluate(() => window.benchShifts);
  } finally {
    await context.close();
  }
}
