import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwContent } from '../src/index.js';
import { captureWarnings, minimalPack, visibleText } from './helpers.js';

/** Files the test server serves from tests/fixtures. */
const fixtureUrl = (name: string) => new URL(`/tests/fixtures/${name}`, location.href).href;

async function contentWith(template: ReturnType<typeof html>) {
  const el = await fixture<MwContent>(template);
  await waitUntil(() => !el.shadowRoot!.querySelector('slot') || el.pack, 'content settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<mw-content>', () => {
  let warn: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  it('gives its widgets a pack from the content property', async () => {
    const el = await contentWith(
      html`<mw-content .content=${minimalPack()}
        ><mw-exercise-card exercise="wall-sit"></mw-exercise-card
      ></mw-content>`,
    );
    const card = el.querySelector('mw-exercise-card')!;
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Wall sit');
  });

  it('reads an inline JSON script', async () => {
    const el = await contentWith(
      html`<mw-content>
        <script type="application/json">
          ${JSON.stringify(minimalPack())}
        </script>
        <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
      </mw-content>`,
    );
    const card = el.querySelector('mw-exercise-card')!;
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Wall sit');
  });

  it('reads an inline JSON script added or edited after it loaded (as page builders do)', async () => {
    const el = await contentWith(
      html`<mw-content><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    const card = el.querySelector('mw-exercise-card')!;
    expect(visibleText(card)).to.contain('There is no exercise called "wall-sit"');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(minimalPack());
    el.prepend(script);
    await waitUntil(() => visibleText(card).includes('Wall sit'), 'the added pack');
    const renamed = minimalPack();
    renamed.exercises[0]!.name = 'Wall sit, renamed';
    script.firstChild!.textContent = JSON.stringify(renamed);
    await waitUntil(() => visibleText(card).includes('Wall sit, renamed'), 'the edited pack');
  });

  it('gives no false warning when a page script sets the pack just after the upgrade (README example 3)', async () => {
    const el = await contentWith(
      html`<mw-content><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    const card = el.querySelector('mw-exercise-card')!;
    expect(visibleText(card)).to.contain('There is no exercise called "wall-sit"');
    el.content = minimalPack();
    await waitUntil(() => visibleText(card).includes('Wall sit'), 'the pack set by script');
    await aTimeout(0);
    expect(warn.warnings).to.deep.equal([]);
  });

  it('shows a pack that cannot even be read (a getter that throws) in place, without a page error', async () => {
    const el = await contentWith(
      html`<mw-content><mw-exercise-card exercise="glute-bridge"></mw-exercise-card></mw-content>`,
    );
    el.content = {
      format: 1,
      locale: 'en',
      get exercises(): never {
        throw new Error('nope');
      },
    };
    await waitUntil(() => el.errors.length > 0, 'the error');
    expect(el.errors[0]!.message).to.contain('reading it failed: nope');
    expect(visibleText(el)).to.contain('reading it failed: nope');
    expect(warn.warnings).to.have.length(1);
  });

  it('fetches src and feeds widgets that were waiting', async () => {
    const el = await contentWith(
      html`<mw-content src=${fixtureUrl('clinic-pack.json')}>
        <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
      </mw-content>`,
    );
    const card = el.querySelector('mw-exercise-card')!;
    await waitUntil(() => visibleText(card).includes('Wall sit'));
    await expect(card).to.be.accessible();
  });

  it('uses the built-in pack with no source', async () => {
    const el = await contentWith(
      html`<mw-content><mw-exercise-card exercise="glute-bridge"></mw-exercise-card></mw-content>`,
    );
    expect(el.pack?.exercises.length).to.equal(8);
  });

  it('lists every error of an invalid pack in place of its widgets, and warns once', async () => {
    const pack = minimalPack();
    (pack.exercises[0]!.dosage as Record<string, unknown>).reps = 'ten';
    (pack.exercises[0] as Record<string, unknown>).name = '';
    const el = await contentWith(
      html`<mw-content .content=${pack}><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
    );
    const text = visibleText(el);
    expect(text).to.contain('exercises[0].dosage.reps');
    expect(text).to.contain('exercises[0].name');
    expect(el.errors).to.have.length(2);
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    expect(warn.warnings).to.have.length(1);
    expect(warn.warnings[0]).to.contain('<mw-content>');
    await expect(el).to.be.accessible();
  });

  const failures: [string, () => string, RegExp][] = [
    ['a 404', () => fixtureUrl('no-such-pack.json'), /404/],
    ['not JSON', () => fixtureUrl('not-json.html'), /expected JSON, but the server sent text\/html/],
    ['invalid JSON', () => fixtureUrl('truncated-pack.json'), /expected valid JSON/],
    ['an unsafe scheme', () => 'javascript:alert(1)', /expected the address of a JSON file/],
    ['a network failure', () => 'http://127.0.0.1:9/pack.json', /could not be fetched/],
  ];
  for (const [what, src, message] of failures) {
    it(`explains ${what}`, async () => {
      const el = await contentWith(
        html`<mw-content src=${src()}><mw-exercise-card exercise="glute-bridge"></mw-exercise-card></mw-content>`,
      );
      expect(visibleText(el)).to.match(message);
      expect(el.errors[0]!.path).to.match(/^src="/);
    });
  }

  it('explains a timeout', async () => {
    const el = await fixture<MwContent>(html`<mw-content timeout="50"></mw-content>`);
    // A fetch that never answers, so only the timeout can end it.
    const realFetch = window.fetch;
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    try {
      el.src = 'https://slow.example/pack.json';
      await waitUntil(() => el.errors.length > 0, 'timed out', { timeout: 3000 });
      await el.updateComplete;
      expect(visibleText(el)).to.contain('no answer within');
    } finally {
      window.fetch = realFetch;
    }
  });
});
