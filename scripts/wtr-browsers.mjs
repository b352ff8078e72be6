// Web Test Runner launchers for the engines MW_BROWSERS picks (all three by default).
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs } from './chrome.mjs';
import { findChrome, findFirefox, findWebKit, selectedEngines, startWebKitDriver } from './engines.mjs';

/** WebKitGTK's MiniBrowser over WebDriver; Xvfb and WebKitWebDriver live exactly as long as the run. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    // The port is only known once the driver runs (initialize).
    super({ capabilities: {} });
    findWebKit(); // fail at start-up, with how to install it, rather than after Chromium's run
  }

  async initialize(config, testFiles) {
    this.webkit = await startWebKitDriver();
    this.options = this.webkit.options;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.webkit?.stop();
  }
}

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } }),
  // Puppeteer drives Firefox over WebDriver BiDi; no download, the system's Firefox.
  firefox: () =>
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } }),
  webkit: () => new WebKitLauncher(),
};

export const browsers = () => selectedEngines().map((engine) => launchers[engine]());
