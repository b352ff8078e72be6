/**
 * A polluted page: enumerable properties on Object.prototype (old libraries add them). Loading the
 * built files on such a page is checked in tests/package/polluted-page.test.mjs; here, content
 * read and validated while the page is polluted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { validateContent, type MwContent } from '../src/index.js';
import { captureWarnings, minimalPack, visibleText } from './helpers.js';

const POLLUTIONS: [string, unknown][] = [
  ['polluted', 1],
  ['each', 'x'],
  ['extend', {}],
  [
    'clone',
    function clone(this: unknown) {
      return this;
    },
  ],
];

describe('hardening: a polluted Object.prototype', () => {
  let warn: ReturnType<typeof captureWarnings>;
  // axe (test tooling) is loaded on first use, by a bundle a polluted page breaks: load it on a clean page.
  before(async () => expect(await fixture(html`<p>clean</p>`)).to.be.accessible());
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  for (const [key, value] of POLLUTIONS) {
    describe(`Object.prototype.${key} = ${typeof value}`, () => {
      beforeEach(() => {
        Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
      });
      afterEach(() => {
        Reflect.deleteProperty(Object.prototype, key);
      });

      it('validates a pack as on a clean page', () => {
        const result = validateContent(minimalPack());
        expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
        const typo = { ...minimalPack(), titel: 'x' };
        const refused = validateContent(typo);
        expect(!refused.ok && refused.errors.map((e) => e.path)).to.deep.equal(['titel']);
      });

      it('shows a card from an inline pack, with no warning', async () => {
        const el = await fixture<MwContent>(
          html`<mw-content>
            <script type="application/json">
              ${JSON.stringify(minimalPack())}
            </script>
            <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
          </mw-content>`,
        );
        const card = el.querySelector('mw-exercise-card')!;
        await waitUntil(() => visibleText(card).includes('Wall sit'), 'the card');
        await expect(card).to.be.accessible();
        expect(warn.warnings).to.deep.equal([]);
      });

      it('takes a customDrill and answers lists as on a clean page', async () => {
        const wrapper = await fixture(
          html`<div>
            <mw-drill-timer
              .customDrill=${{ name: 'Desk break', steps: [{ type: 'timed', name: 'March', seconds: 30 }] }}
            ></mw-drill-timer>
            <mw-symptom-checklist checklist="weak-glutes" .signs=${[]}></mw-symptom-checklist>
          </div>`,
        );
        for (const el of wrapper.children)
          await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(visibleText(wrapper.children[0]!)).to.contain('Desk break');
        expect(visibleText(wrapper)).not.to.contain('can’t');
        expect(warn.warnings).to.deep.equal([]);
      });
    });
  }
});
