// Test commands that behave the same in Chromium, Firefox and WebKit. The stock ones of
// @web/test-runner-commands cannot resize a WebDriver window, emulate print over WebDriver BiDi,
// or press "Space" in Firefox: tests call these (through tests/browser.ts) instead.
import { sendKeysPlugin } from '@web/test-runner-commands/plugins';

const stockSendKeys = sendKeysPlugin();
const isFirefox = (session) => session.browser.type === 'puppeteer' && /firefox/i.test(session.browser.name);

/** Sizes the page's viewport (not the window) to width × height CSS pixels; answers the size it got. */
async function setViewport(session, { width, height }) {
  if (session.browser.type !== 'webdriver') {
    await session.browser.getPage(session.id).setViewport({ width, height });
    return { width, height };
  }
  // WebDriver sizes the window, toolbars included: size it, measure the page, correct once.
  // MiniBrowser's window cannot get narrower than its toolbar (447 px here): the answer says so.
  const { driver } = session.browser;
  const measure = () => driver.execute(() => ({ width: window.innerWidth, height: window.innerHeight }));
  await driver.setWindowSize(width, height);
  const first = await measure();
  if (first.width === width && first.height === height) return first;
  await driver.setWindowSize(2 * width - first.width, 2 * height - first.height);
  return measure();
}

/**
 * Print media by the protocol where one can (Chromium's DevTools protocol); false where none can
 * (WebDriver and WebDriver BiDi have no such command), and the page applies print rules itself.
 */
async function emulatePrint(session, { print }) {
  if (session.browser.type !== 'puppeteer' || isFirefox(session)) return false;
  await session.browser.getPage(session.id).emulateMediaType(print ? 'print' : 'screen');
  return true;
}

/** Puppeteer's Firefox (BiDi) knows the space bar only as " ". */
function sendKeys(session, payload) {
  const rename = (key) => (key === 'Space' && isFirefox(session) ? ' ' : key);
  const renamed = Object.fromEntries(Object.entries(payload).map(([how, key]) => [how, rename(key)]));
  return stockSendKeys.executeCommand({ command: 'send-keys', payload: renamed, session });
}

/**
 * The reader's "reduce motion" setting by the protocol where one can (Chromium; Firefox where its
 * BiDi protocol takes it); false where none can (WebDriver), and the test says it was skipped.
 */
async function emulateReducedMotion(session, { reduce }) {
  if (session.browser.type !== 'puppeteer') return false;
  try {
    await session.browser
      .getPage(session.id)
      .emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }]);
    return true;
  } catch {
    return false;
  }
}

const commands = {
  'mw-set-viewport': setViewport,
  'mw-emulate-print': emulatePrint,
  'mw-emulate-reduced-motion': emulateReducedMotion,
  'mw-send-keys': sendKeys,
};

export const engineCommandsPlugin = () => ({
  name: 'movewell-engine-commands',
  executeCommand: ({ command, payload, session }) => commands[command]?.(session, payload),
});
