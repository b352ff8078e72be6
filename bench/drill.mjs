// The drill timer's error after a run with the page hidden (and frozen for a while) and the CPU
// throttled 4×, against a naive timer that counts setInterval ticks, in the same page.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

/** A short custom drill: 3 timed steps of 3 s with 1 s rests, 11 s in all (a whole number of seconds). */
export const DRILL = {
  id: 'bench',
  title: 'Bench drill',
  restBetweenStepsSeconds: 1,
  steps: [
    { type: 'timed', name: 'Glute squeeze', seconds: 3 },
    { type: 'timed', name: 'Glute bridge', seconds: 3 },
    { type: 'timed', name: 'Clamshell', seconds: 3 },
  ],
};
export const DRILL_MS = 11_000;

/** When the page is hidden (another tab in front), frozen and shown again, in ms after the start. */
export const SCHEDULE = { hideAt: 1000, freezeAt: 3000, unfreezeAt: 5000, showAt: 8000, cpuThrottling: 4 };

/**
 * Puppeteer's defaults switch off what a real browser does to a background tab (timer throttling,
 * renderer backgrounding): this browser keeps it, so a hidden page is throttled as in the wild.
 */
const REAL_BACKGROUND = [
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** In the page: mounts the timer with the drill, then starts it and the naive timer in one task. */
function startInPage(drill, totalMs) {
  return (async () => {
    const timer = document.createElement('mw-drill-timer');
    timer.setAttribute('no-resume', '');
    timer.customDrill = drill;
    document.getElementById('stage').append(timer);
    await timer.updateComplete;
    const result = { steps: [] };
    window.benchDrift = result;
    timer.addEventListener('mw-drill-start', () => (result.timerStart = performance.now()));
    timer.addEventListener('mw-drill-step', (event) =>
      result.steps.push({ at: performance.now(), index: event.detail.index, visibility: document.visibilityState }),
    );
    timer.addEventListener('mw-drill-complete', (event) => {
      result.timerEnd = performance.now();
      result.timerElapsedMs = event.detail.elapsedMs;
    });
    timer.start();
    // The naive timer: one tick a second, done when it has counted the drill's seconds.
    let left = totalMs / 1000;
    result.naiveStart = performance.now();
    const interval = setInterval(() => {
      if (--left > 0) return;
      clearInterval(interval);
      result.naiveEnd = performance.now();
    }, 1000);
    return timer.status;
  })();
}

async function runOnce(browser, baseUrl) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = new Set();
    page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
    await page.goto(`${baseUrl}/blank.html`, { waitUntil: 'load' });
    await page.addScriptTag({ url: `${baseUrl}/dist/cdn.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('mw-drill-timer'), { timeout: 10000 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SCHEDULE.cpuThrottling });
    const status = await page.evaluate(startInPage, DRILL, DRILL_MS);
    if (status !== 'running') throw new Error(`the drill timer did not start (status "${status}")`);
    const started = Date.now();
    const until = (ms) => sleep(Math.max(0, ms - (Date.now() - started)));

    const other = await context.newPage();
    await until(SCHEDULE.hideAt);
    await other.bringToFront();
    const hidden = await page.evaluate(() => document.visibilityState);
    await until(SCHEDULE.freezeAt);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await until(SCHEDULE.unfreezeAt);
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await until(SCHEDULE.showAt);
    await page.bringToFront();

    // Nothing is asked of the page until both should be done: a poll would be work in its frames.
    await until(DRILL_MS + 1500);
    await page.waitForFunction(() => window.benchDrift.timerEnd && window.benchDrift.naiveEnd, {
      polling: 250,
      timeout: 10000,
    });
    const result = await page.evaluate(() => window.benchDrift);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      hidden: hidden === 'hidden',
      timerErrorMs: Math.abs(result.timerEnd - (result.timerStart + DRILL_MS)),
      naiveErrorMs: Math.abs(result.naiveEnd - (result.naiveStart + DRILL_MS)),
      timerElapsedMs: result.timerElapsedMs,
      steps: result.steps.map((step) => ({ ...step, at: Math.round(step.at - result.timerStart) })),
      problems: [...problems],
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs the drill `runs` times, each in a fresh context of a browser that throttles background
 * tabs, and returns the worst error of each timer: how far its "done" came from the moment the
 * drill really ended (start + 11 s), in ms.
 */
export async function measureDrillDrift({ baseUrl, runs = 3 }) {
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: chromeArgs,
    ignoreDefaultArgs: REAL_BACKGROUND,
  });
  try {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await runOnce(browser, baseUrl));
    return {
      runs,
      timerErrorMs: Math.max(...samples.map((s) => s.timerErrorMs)),
      naiveErrorMs: Math.max(...samples.map((s) => s.naiveErrorMs)),
      hidden: samples.every((s) => s.hidden),
      samples,
    };
  } finally {
    await browser.close();
  }
}
