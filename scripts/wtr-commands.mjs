// Test commands that behave the same in Chromium, Firefox and WebKit. The stock ones of
// @web/test-runner-commands cannot resize a WebDriver window, emulate print over WebDriver BiDi,
// or press "Space" in Firefox: tests call these (through tests/browser.ts) instead.
import { sendKeysPlugin } from '@web/test-runner-commands/plugins';

const stockSendKeys = sendKeysPlugin();
const isFirefox = (session) => session.browser.type === 'puppeteer' && /firefox/i.test(session.browser.name);

/** Sizes the page's viewport (not the window) to width × height CSS pixels. */
async function setViewport(session, { width, height }) {
  if (session.browser.type !== 'webdriver') {
    await session.browser.getPage(session.id).setViewport({ width, height });
    return true;
  }
  // WebDriver sizes the window, toolbars included: size it, measure the page, correct once.
  const { driver } = session.browser;
  await driver.setWindowSize(width, height);
  const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
  if (innerWidth !== width || innerHeight !== height) {
    await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
  }
  return true;
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

const commands = { 'mw-set-viewport': setViewport, 'mw-emulate-print': emulatePrint, 'mw-send-keys': sendKeys };

export const engineCommandsPlugin = () => ({
  name: 'movewell-engine-commands',
  executeCommand: ({ command, payload, session }) => commands[command]?.(session, payload),
});
