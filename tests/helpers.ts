import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { spanish } from '../src/content/default-pack.es.js';
import { withTranslation } from '../src/content/default-pack.js';
import { defaultContent, type ContentPack, type ContentPackInput } from '../src/content/index.js';

type ExerciseInput = NonNullable<ContentPackInput['exercises']>[number];

/** Links that must never become a link: scripts, data, files and blobs, with case, space and control-character tricks. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'javascript\u200b:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://clinic.example/5b1d',
  'javascript://clinic.example/%0Aalert(1)',
];

/** Records console.warn calls for the duration of a test, without printing them. */
export function captureWarnings() {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/** Replaces a Storage method for a test (e.g. a full or disabled localStorage). */
export function breakStorage(method: 'setItem' | 'getItem', error = new DOMException('full', 'QuotaExceededError')) {
  const original = Object.getOwnPropertyDescriptor(Storage.prototype, method)!;
  Object.defineProperty(Storage.prototype, method, {
    ...original,
    value: () => {
      throw error;
    },
  });
  return () => Object.defineProperty(Storage.prototype, method, original);
}

/** Text a person sees in an element's shadow root, with white space folded. */
export const visibleText = (element: Element) =>
  (element.shadowRoot?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A valid one-exercise pack to start hostile and custom packs from. */
export function minimalPack(): ContentPackInput & { exercises: ExerciseInput[] } {
  return {
    format: 1,
    locale: 'en-AU',
    exercises: [
      {
        id: 'wall-sit',
        name: 'Wall sit',
        summary: 'Builds strength in your thighs and glutes.',
        muscles: ['Quadriceps', 'Glutes'],
        equipment: ['A wall'],
        steps: ['Lean your back on a wall.', 'Slide down until your knees bend.', 'Hold, then stand up.'],
        cues: ['Keep your knees over your feet.'],
        dosage: { sets: 3, holdSeconds: 20 },
        safety: 'Stop if your knees hurt.',
      },
    ],
  };
}

/** Words of these controls' labels that a narrow layout split over two lines ("Pa / use"). */
export function wordsBrokenAcrossLines(controls: HTMLElement[]) {
  const broken: string[] = [];
  for (const control of controls) {
    const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

/** How many lines `text` (spaces matching no-break spaces too) takes up where it first appears in `element`. */
export function linesTakenBy(element: Element, text: string) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.replace(/\u00a0/g, ' ').indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }
  throw new Error(`"${text}" is not in the element`);
}

/** A widget showing a problem warns once, naming where it is, and not again when it renders again. */
export async function expectWarnedOnce(el: ReactiveElement, warnings: string[], naming: string) {
  // A problem a page script could still fix is warned a task later (see Problem.waitForPage).
  await new Promise((resolve) => setTimeout(resolve));
  el.requestUpdate();
  await el.updateComplete;
  expect(warnings).to.have.length(1);
  expect(warnings[0]).to.contain(naming);
}

/**
 * The built-in pack carrying its Spanish in each item's `translations`, as a site could write it:
 * the widgets fetch the same words on a Spanish page (src/loaders/default-pack-es.ts).
 */
export const defaultContentInSpanish = withTranslation(defaultContent, 'es', spanish) as ContentPack;

/** The element focus is really on, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whole inside the viewport (to the pixel: scrolling aligns edges at fractions of one). */
export function inView(el: Element) {
  const box = el.getBoundingClientRect();
  return box.height > 0 && box.top >= -1 && box.bottom <= innerHeight + 1 && box.left >= 0 && box.right <= innerWidth;
}

/** Waits (through a smooth scroll) until `check` holds, or fails with `what`. */
export async function until(check: () => boolean, what: string, ms = 3000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out: ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
