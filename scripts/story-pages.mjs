// One tab per engine for the story checks, each reporting the same problems: page errors, console
// errors and failed responses. Chromium and Firefox report them through Puppeteer. WebKit's driver
// (classic WebDriver) reports none, so there a script put first in each page records errors and
// console errors, and the server its own answers.
import { launchEngine, startWebKitDriver } from './engines.mjs';
import { serve } from './serve.mjs';

/** Records what Puppeteer's events give the other engines, from the first script on. */
const PROBE = `window.__mwProblems = [];
addEventListener('error', (e) => e instanceof ErrorEvent && __mwProblems.push('page error: ' + e.message));
addEventListener('unhandledrejection', (e) => __mwProblems.push('page error: ' + (e.reason && e.reason.message || e.reason)));
const __mwConsoleError = console.error;
console.error = (...args) => { __mwProblems.push('console error: ' + args.map(String).join(' ')); __mwConsoleError.apply(console, args); };`;

/** Answers of 400 and above that a story did not ask for on purpose. */
const failed = (url, status) => status >= 400 && !url.includes('/no-such-') && !url.endsWith('/favicon.ico');

async function puppeteerTab(engine, dir) {
  const server = await serve(dir);
  const browser = await launchEngine(engine);
  const page = await browser.newPage();
  let problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Resource errors are judged by their response; stories may show a missing file on purpose.
  page.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource') &&
      problems.push(`console error: ${message.text()}`),
  );
  page.on(
    'response',
    (response) =>
      failed(response.url(), response.status()) && problems.push(`HTTP ${response.status()}: ${response.url()}`),
  );
  return {
    async open(path) {
      problems = [];
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    },
    waitFor: (test, timeout) => page.waitForFunction(test, { timeout }),
    // `script` is an async function's source: call it, and wait for its promise.
    evaluate: (script) => page.evaluate(`(${script})()`),
    problems: async () => problems,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

async function webKitTab(dir) {
  const server = await serve(dir, { inject: PROBE });
  const webkit = await startWebKitDriver();
  const { remote } = await import('webdriverio');
  const driver = await remote(webkit.options);
  let firstResponse = 0;
  return {
    async open(path) {
      firstResponse = server.responses.length;
      await driver.navigateTo(`${server.url}${path}`);
    },
    waitFor: (test, timeout) => driver.waitUntil(() => driver.execute(test), { timeout, interval: 100 }),
    evaluate: (script) =>
      driver.executeAsync((source, done) => Promise.resolve((0, eval)(source)).then(done), `(${script})()`),
    async problems() {
      const http = server.responses
        .slice(firstResponse)
        .filter(({ url, status }) => failed(url, status))
        .map(({ url, status }) => `HTTP ${status}: ${server.url}${url}`);
      return [...(await driver.execute(() => window.__mwProblems ?? [])), ...http];
    },
    async close() {
      await driver.deleteSession();
      webkit.stop();
      await server.close();
    },
  };
}

/** A tab in `engine` on the folder `dir`, served on 127.0.0.1. */
export const openTab = (engine, dir) => (engine === 'webkit' ? webKitTab(dir) : puppeteerTab(engine, dir));
