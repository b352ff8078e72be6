// Browser commands for tests, the same in Chromium, Firefox and WebKit (served by
// scripts/wtr-commands.mjs). Import these, not @web/test-runner-commands' own.
import { executeServerCommand } from '@web/test-runner-commands';

interface Viewport {
  width: number;
  height: number;
}

/** Sizes the viewport to width × height CSS pixels, as near as the engine's window can; answers what it got. */
export const setViewport = (viewport: Viewport) =>
  executeServerCommand<Viewport, Viewport>('mw-set-viewport', viewport);

/**
 * A phone's viewport for a test about the phone's own width. WebKitGTK's MiniBrowser, our WebKit,
 * cannot make its window narrower than its toolbar (447 px): there the test is skipped, and the
 * run's log says which and why. (A width on the widget's container works in every engine: the
 * "fits a 320px wide phone" tests of in-the-wild.test.ts check WebKit that way.)
 */
export async function setPhoneViewport(test: Mocha.Context, viewport: Viewport = { width: 320, height: 640 }) {
  const got = await setViewport(viewport);
  if (got.width === viewport.width) return;
  console.info(
    `Skipped "${(test.currentTest ?? test.test)?.fullTitle()}": this browser's window is ${got.width} px at its narrowest, not ${viewport.width} px.`,
  );
  test.skip();
}

/**
 * The reader's "reduce motion" setting, for a test about it. WebDriver has no command for it, so in
 * WebKit the test is skipped with a logged reason (and the setting turned off again after it).
 */
export async function emulateReducedMotion(test: Mocha.Context | null, reduce: boolean) {
  if (await executeServerCommand('mw-emulate-reduced-motion', { reduce })) return;
  if (!reduce || !test) return;
  console.info(`Skipped "${test.test?.fullTitle()}": this browser cannot emulate reduced motion here.`);
  test.skip();
}

/** A real mouse: moves, presses and releases (the stock command; it works in each of our engines). */
export { sendMouse } from '@web/test-runner-commands';

/** Presses, types, holds or releases keys, with Playwright's key names ("Space", "Shift+Tab"…). */
export const sendKeys = (payload: { press: string } | { type: string } | { down: string } | { up: string }) =>
  executeServerCommand('mw-send-keys', payload);

/** WebKit (Safari's engine), for the few checks where it differs, each saying why. */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/** Every open shadow root under `root`, nested ones included. */
function* shadowRoots(root: ParentNode): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    yield element.shadowRoot;
    yield* shadowRoots(element.shadowRoot);
  }
}

/**
 * Print media on or off. Chromium emulates it; WebDriver and WebDriver BiDi have no command for
 * it, so in Firefox and WebKit each `@media print` rule of the page and its shadow roots also
 * matches the screen until print is turned off: the same rules, computed by that engine.
 */
export async function emulatePrint(print: boolean) {
  if (await executeServerCommand('mw-emulate-print', { print })) return;
  // Widgets of one kind share their adopted sheets: each sheet once.
  const sheets = new Set(
    [document, ...shadowRoots(document)].flatMap((root) => [...root.styleSheets, ...root.adoptedStyleSheets]),
  );
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule) || ![...rule.media].includes('print')) continue;
      const onScreen = [...rule.media].includes('screen');
      if (print && !onScreen) rule.media.appendMedium('screen');
      if (!print && onScreen) rule.media.deleteMedium('screen');
    }
  }
}
