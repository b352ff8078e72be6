// Finds and launches the headless Chromium that every browser check uses.
import { existsSync } from 'node:fs';

/** Chrome or Chromium: CHROME_PATH, then the usual places on Linux and macOS. */
export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chrome or Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

/** --no-sandbox because CI runs as root; the rest keep Chromium off a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChrome() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
}
