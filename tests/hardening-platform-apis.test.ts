/**
 * Old or polyfilled platform APIs: Wake Lock, Web Audio and speech calls that return no promise,
 * throw or are missing never throw out of start, pause, reset or removal (nor reject unhandled).
 * A clock (`performance.now()`) that gives NaN is reported with a message, not a silent idle.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MwDrillTimer } from '../src/index.js';
import { sendKeys } from './browser.js';
import { captureWarnings, visibleText } from './helpers.js';

type Patch = () => () => void;

/** Replaces `name` on `target` for one test; returns the undo. */
function replace(target: object, name: string, value: unknown) {
  const original = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return () => (original ? Object.defineProperty(target, name, original) : Reflect.deleteProperty(target, name));
}

const boom = () => {
  throw new Error('polyfill says no');
};
class NoPromiseAudio {
  state = 'suspended';
  currentTime = 0;
  destination = {};
  resume() {
    return undefined;
  }
  close() {
    return undefined;
  }
  createOscillator() {
    return boom();
  }
}
class ThrowingAudio extends NoPromiseAudio {
  override resume() {
    return boom();
  }
  override close() {
    return boom();
  }
}

const PLATFORMS: [string, Patch][] = [
  [
    'a wake lock whose release returns no promise',
    () => replace(navigator, 'wakeLock', { request: () => ({ released: false, release: () => undefined }) }),
  ],
  ['a wake lock whose release throws', () => replace(navigator, 'wakeLock', { request: () => ({ release: boom }) })],
  ['a wake lock whose request throws', () => replace(navigator, 'wakeLock', { request: boom })],
  [
    'a wake lock that rejects',
    () => replace(navigator, 'wakeLock', { request: () => Promise.reject(new Error('no')) }),
  ],
  ['a wake lock that is null', () => replace(navigator, 'wakeLock', null)],
  ['Web Audio whose resume and close return no promise', () => replace(globalThis, 'AudioContext', NoPromiseAudio)],
  ['Web Audio whose resume and close throw', () => replace(globalThis, 'AudioContext', ThrowingAudio)],
  ['Web Audio that cannot be made', () => replace(globalThis, 'AudioContext', boom)],
  ['no Web Audio', () => replace(globalThis, 'AudioContext', undefined)],
  ['speech whose cancel and speak throw', () => replace(globalThis, 'speechSynthesis', { cancel: boom, speak: boom })],
  ['speech that is missing', () => replace(globalThis, 'speechSynthesis', undefined)],
];

describe('hardening: old or polyfilled platform APIs', () => {
  let warn: ReturnType<typeof captureWarnings>;
  const failures: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => failures.push(`unhandled rejection: ${String(event.reason)}`);
  beforeEach(() => {
    warn = captureWarnings();
    failures.length = 0;
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('unhandledrejection', onRejection);
    warn.restore();
  });

  for (const [what, patch] of PLATFORMS) {
    it(`${what}: start (from a key press), pause, resume, reset and removal do not throw`, async () => {
      const undo = patch();
      try {
        const el = await fixture<MwDrillTimer>(
          html`<mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>`,
        );
        // A real key press, so the timer may unlock sound and ask for the wake lock.
        el.shadowRoot!.querySelector<HTMLElement>('#primary')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.status).to.equal('running');
        expect(() => el.pause()).not.to.throw();
        expect(() => el.resume()).not.to.throw();
        expect(() => el.reset()).not.to.throw();
        el.start();
        await el.updateComplete;
        expect(() => el.remove()).not.to.throw();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(failures).to.deep.equal([]);
      } finally {
        undo();
      }
    });
  }

  it('a clock that gives NaN is reported in place, with one warning', async () => {
    const el = await fixture<MwDrillTimer>(html`<mw-drill-timer exercise="glute-squeeze" no-resume></mw-drill-timer>`);
    const undo = replace(performance, 'now', () => NaN);
    try {
      expect(() => el.start()).not.to.throw();
      await el.updateComplete;
      await el.updateComplete;
      expect(visibleText(el)).to.contain('can’t keep time in this browser');
      expect(warn.warnings.filter((w) => w.includes('performance.now()'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      undo();
    }
  });
});
