/** The unclear cases of issue #12 that were decided with a change: see README "Decided behaviour". */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { parseContent, type MwContent, type MwSymptomChecklist } from '../src/index.js';
import { minimalPack, visibleText } from './helpers.js';

describe('hardening: decided behaviour', () => {
  afterEach(() => localStorage.clear());

  it('reads an inline pack that starts with a byte-order mark', async () => {
    expect(parseContent(`\uFEFF${JSON.stringify(minimalPack())}`).ok).to.equal(true);
    const el = await fixture<MwContent>(
      html`<mw-content
        ><script type="application/json">
          ${`\uFEFF${JSON.stringify(minimalPack())}`}
        </script>
        <mw-exercise-card exercise="wall-sit"></mw-exercise-card
      ></mw-content>`,
    );
    await waitUntil(() => visibleText(el.querySelector('mw-exercise-card')!).includes('Wall sit'), 'the card');
  });

  it('keeps remembered checklist answers under the id however the attribute spells it', async () => {
    const first = await fixture<MwSymptomChecklist>(
      html`<mw-symptom-checklist checklist=" Weak-Glutes " remember></mw-symptom-checklist>`,
    );
    first.redFlags = ['bladder-bowel'];
    await first.updateComplete;
    first.remove();
    const second = await fixture<MwSymptomChecklist>(
      html`<mw-symptom-checklist checklist="weak-glutes" remember></mw-symptom-checklist>`,
    );
    await second.updateComplete;
    expect(second.redFlags).to.deep.equal(['bladder-bowel']);
    await expect(second).to.be.accessible();
  });
});
