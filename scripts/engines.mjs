// The three browser engines the checks run in (Chromium, Firefox, WebKit): which ones a run
// uses (MW_BROWSERS), where each lives on this machine, and how to install one that is missing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChrome } from './chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named in MW_BROWSERS (comma-separated, e.g. `chromium,firefox`), all three by default. */
export function selectedEngines(value = process.env.MW_BROWSERS) {
  if (!value?.trim()) return ENGINES;
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`MW_BROWSERS names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}.`);
  }
  return ENGINES.filter((engine) => names.includes(engine));
}

const SKIP_HINT = 'or leave this engine out for a quick local run, e.g. MW_BROWSERS=chromium npm test';

function firstExisting(candidates, missing) {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`${missing}, ${SKIP_HINT}.`);
  return found;
}

export { findChrome };

/** Firefox (Debian's ESR or any recent release): FIREFOX_PATH, then the usual places. */
export function findFirefox() {
  return firstExisting(
    [
      process.env.FIREFOX_PATH,
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    'No Firefox found. Install it (Debian/Ubuntu: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to its executable',
  );
}

/**
 * WebKit as Safari's engine on Linux: WebKitGTK's WebKitWebDriver and MiniBrowser, with Xvfb for
 * the display MiniBrowser needs (it has no headless mode). WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER
 * override the paths.
 */
export function findWebKit() {
  const install =
    'Install it (Debian/Ubuntu: `apt-get install -y webkit2gtk-driver xvfb`; WebKitGTK is Linux only, so on macOS leave WebKit out)';
  return {
    driver: firstExisting(
      [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'],
      `No WebKitWebDriver found. ${install} or set WEBKIT_WEBDRIVER`,
    ),
    miniBrowser: firstExisting(
      [
        process.env.WEBKIT_MINIBROWSER,
        ...underLibArchDirs('webkit2gtk-4.1/MiniBrowser'),
        ...underLibArchDirs('webkit2gtk-4.0/MiniBrowser'),
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ],
      `No WebKitGTK MiniBrowser found. ${install} or set WEBKIT_MINIBROWSER`,
    ),
    xvfb: firstExisting(
      ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'],
      'No Xvfb found (WebKit needs a display). Install it (Debian/Ubuntu: `apt-get install -y xvfb`)',
    ),
  };
}

/** `/usr/lib/<arch>/<path>` for every multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, …). */
function underLibArchDirs(path) {
  try {
    return readdirSync('/usr/lib').map((arch) => `/usr/lib/${arch}/${path}`);
  } catch {
    return [];
  }
}

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display number it picks itself (never one already taken); resolves to { display, stop }. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb chooses a free display and writes its number to fd 3.
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    let number = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ display: `:${number.trim()}`, stop: () => stopChild(child) });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
  });
}

function stopChild(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill();
}

async function waitForDriver(port, child, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout / 1000} s`);
}

/**
 * Starts Xvfb and WebKitWebDriver on free ports; resolves to the webdriverio options of a
 * MiniBrowser session and a stop() that ends both processes.
 */
export async function startWebKitDriver() {
  const { driver, miniBrowser, xvfb } = findWebKit();
  const screen = await startXvfb(xvfb);
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: screen.display },
    stdio: 'ignore',
  });
  const stop = () => {
    stopChild(child);
    screen.stop();
  };
  // Never leave an X server or a driver behind, whatever way the run ends.
  process.once('exit', stop);
  try {
    await waitForDriver(port, child);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    options: {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      // No browserName: WebKitWebDriver matches MiniBrowser from the binary. --automation lets it
      // be driven; it has no headless mode, hence Xvfb.
      capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } },
    },
    stop,
  };
}

/**
 * The engines Puppeteer can open pages in for the story and package checks: Chromium over the
 * DevTools protocol, Firefox over WebDriver BiDi. WebKit has neither here (WebKitWebDriver speaks
 * classic WebDriver, which reports no page errors, console messages or responses).
 */
export const PUPPETEER_ENGINES = ['chromium', 'firefox'];

export async function launchEngine(engine) {
  const { default: puppeteer } = await import('puppeteer-core');
  if (engine === 'firefox') {
    return puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
  }
  const { launchChrome } = await import('./chrome.mjs');
  return launchChrome();
}
