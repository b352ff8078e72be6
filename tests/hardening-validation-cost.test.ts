/**
 * Bounded cost of validation: a content file under the size cap made of hundreds of thousands of
 * empty or wrong items is refused fast (no task over 200 ms), with the first 20 problems kept and
 * logged and a count of the rest, not one warning line per item.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import {
  MAX_CONTENT_CHARACTERS,
  parseContent,
  validateContent,
  type ContentResult,
  type MwContent,
} from '../src/index.js';
import { MAX_ERRORS } from '../src/content/validate.js';
import { captureWarnings, minimalPack, visibleText } from './helpers.js';

const TASK_BUDGET_MS = 200;

/** `count` copies of `item` as JSON, joined into a list that stays under the size cap. */
function manyOf(item: string, room = MAX_CONTENT_CHARACTERS - 2000) {
  const count = Math.floor(room / (item.length + 1));
  return `[${Array.from({ length: count }, () => item).join(',')}]`;
}
const pack = (fields: string) => `{"format":1,"locale":"en",${fields}}`;
const exercise = (fields: string) => JSON.stringify(minimalPack().exercises[0]).replace(/\}$/, `,${fields}}`);

/** Hostile packs, each just under the size cap. */
const HOSTILE: [string, () => string, string][] = [
  ['300 000 empty exercises', () => pack(`"exercises":${manyOf('{}')}`), 'exercises'],
  ['hundreds of thousands of zeros as exercises', () => pack(`"exercises":${manyOf('0')}`), 'exercises'],
  ['hundreds of thousands of nulls as drills', () => pack(`"drills":${manyOf('null')}`), 'drills'],
  ['empty checklists', () => pack(`"checklists":${manyOf('{}')}`), 'checklists'],
  ['empty strings as offers', () => pack(`"offers":${manyOf('""')}`), 'offers'],
  [
    'an exercise with 300 000 empty muscles',
    () => pack(`"exercises":[${exercise(`"muscles":${manyOf('""', MAX_CONTENT_CHARACTERS - 4000)}`)}]`),
    'exercises[0].muscles',
  ],
  [
    'a drill with 300 000 empty steps',
    () => pack(`"drills":[{"id":"d","name":"D","purpose":"P","equipment":[],"steps":${manyOf('{}')}}]`),
    'drills[0].steps',
  ],
  [
    '500 exercises, each wrong in every field',
    () => pack(`"exercises":${JSON.stringify(Array.from({ length: 500 }, () => ({ id: 5, name: [], dosage: 'x' })))}`),
    'exercises[0]',
  ],
  [
    'a pack with 80 000 unknown fields',
    () => `{${Array.from({ length: 80_000 }, (_, i) => `"k${i}":0`).join(',')}}`,
    'content',
  ],
  [
    'a name of almost a million characters',
    () => pack(`"title":"${'x'.repeat(MAX_CONTENT_CHARACTERS - 100)}"`),
    'title',
  ],
  ['lists nested 100 000 deep', () => pack(`"title":${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'title'],
];

function expectRefused(result: ContentResult, paths: string[]) {
  expect(result.ok).to.equal(false);
  if (result.ok) return;
  expect(result.errors.length).to.be.within(1, MAX_ERRORS);
  expect(
    paths.some((path) => result.errors[0]!.path.includes(path)),
    result.errors[0]!.path,
  ).to.equal(true);
}

describe('hardening: bounded cost of validation', () => {
  let warn: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  for (const [what, make, path] of HOSTILE) {
    it(`refuses ${what} within ${TASK_BUDGET_MS} ms, keeping at most ${MAX_ERRORS} problems`, () => {
      const text = make();
      expect(text.length).to.be.at.most(MAX_CONTENT_CHARACTERS);
      const started = performance.now();
      const result = parseContent(text);
      const took = performance.now() - started;
      expect(took, `${Math.round(took)} ms`).to.be.below(TASK_BUDGET_MS);
      expectRefused(result, [path, 'content']);
    });

    // The same pack already parsed, as a script gives it to `.content`: the lengths are checked before the items.
    it(`refuses ${what} given as an object within ${TASK_BUDGET_MS} ms, naming where`, function () {
      let parsed: unknown;
      try {
        parsed = JSON.parse(make());
      } catch {
        this.skip(); // too deep for the browser's own parser: only text can hold it
      }
      const started = performance.now();
      const result = validateContent(parsed);
      const took = performance.now() - started;
      expect(took, `${Math.round(took)} ms`).to.be.below(TASK_BUDGET_MS);
      expectRefused(result, [path]);
    });
  }

  it('counts the problems it does not list', () => {
    const result = parseContent(
      pack(
        `"exercises":${JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ ...minimalPack().exercises[0], id: `e${i}`, name: '' })))}`,
      ),
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.have.length(MAX_ERRORS);
    expect(result.more).to.equal(100 - MAX_ERRORS);
  });

  it('<mw-content> refuses 300 000 empty items in one short task, with one short warning and the count', async () => {
    const el = await fixture<MwContent>(
      html`<mw-content><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    const text = pack(`"exercises":${manyOf('{}')}`);
    const started = performance.now();
    el.content = text;
    await el.updateComplete;
    const took = performance.now() - started;
    expect(took, `${Math.round(took)} ms`).to.be.below(TASK_BUDGET_MS);
    await waitUntil(() => el.errors.length, 'errors shown');
    expect(warn.warnings).to.have.length(1);
    expect(warn.warnings[0]!.length).to.be.below(2000);
    expect(visibleText(el)).to.contain('expected lists of at most 500 items, but one has more');
    await expect(el).to.be.accessible();
  });

  it('<mw-content> with 100 wrong exercises shows 8, says how many more, and logs 20 and the rest as a count', async () => {
    const el = await fixture<MwContent>(
      html`<mw-content><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    el.content = {
      format: 1,
      locale: 'en',
      exercises: Array.from({ length: 100 }, (_, i) => ({ ...minimalPack().exercises[0], id: `e${i}`, name: '' })),
    };
    await waitUntil(() => el.errors.length, 'errors shown');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(8);
    expect(visibleText(el)).to.contain('…and 92 more (see the console).');
    expect(warn.warnings[0]!.split('\n')).to.have.length(1 + MAX_ERRORS + 1);
    expect(warn.warnings[0]).to.contain('…and 80 more');
  });
});
