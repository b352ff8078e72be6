/**
 * Properties set early: frameworks set properties before an element upgrades (a template cloned
 * from a document without our registry, as React, Vue and Angular do for unknown tags) or in the
 * same task as they append it. Either way the value must take effect.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwContent, MwDrillTimer, MwExerciseCard, MwSymptomChecklist } from '../src/index.js';
import { captureWarnings, minimalPack, visibleText } from './helpers.js';

/** An element of `tag` that has not upgraded: made in a document without our custom elements. */
function notUpgraded<T extends HTMLElement>(tag: string): T {
  return document.implementation.createHTMLDocument('').createElement(tag) as T;
}

/** A pack with the exercise `wall-sit`, served by the test server. */
const packServed = () => new URL('/tests/fixtures/clinic-pack.json', location.href).href;

describe('hardening: properties set early', () => {
  let warn: ReturnType<typeof captureWarnings>;
  let host: HTMLElement;
  beforeEach(async () => {
    warn = captureWarnings();
    host = await fixture(html`<div></div>`);
  });
  afterEach(() => warn.restore());

  async function cardIn(content: MwContent) {
    const card = content.querySelector('mw-exercise-card')!;
    await waitUntil(() => visibleText(card).includes('Wall sit'), 'the pack reached the card', { timeout: 4000 });
    return card;
  }

  function contentWithCard(content: MwContent) {
    const card = document.createElement('mw-exercise-card');
    card.setAttribute('exercise', 'wall-sit');
    content.append(card);
    return content;
  }

  it('<mw-content>.content set before upgrade is the pack its widgets use', async () => {
    const content = contentWithCard(notUpgraded<MwContent>('mw-content'));
    content.content = minimalPack();
    expect(content instanceof customElements.get('mw-content')!).to.equal(false);
    host.append(document.adoptNode(content));
    const card = await cardIn(content);
    expect(content.pack?.exercises.map((e) => e.id)).to.include('wall-sit');
    await expect(card).to.be.accessible();
    expect(warn.warnings).to.deep.equal([]);
  });

  it('<mw-content>.content set as JSON text before upgrade is read too', async () => {
    const content = contentWithCard(notUpgraded<MwContent>('mw-content'));
    content.content = JSON.stringify(minimalPack());
    host.append(document.adoptNode(content));
    await cardIn(content);
  });

  it('<mw-content>.src set before upgrade is fetched', async () => {
    const content = contentWithCard(notUpgraded<MwContent>('mw-content'));
    content.src = packServed();
    host.append(document.adoptNode(content));
    await cardIn(content);
    expect(warn.warnings).to.deep.equal([]);
  });

  it('<mw-content>.content set in the same task as append is used', async () => {
    const content = contentWithCard(document.createElement('mw-content'));
    host.append(content);
    content.content = minimalPack();
    await cardIn(content);
    expect(warn.warnings).to.deep.equal([]);
  });

  it('<mw-content>.src set in the same task as append is fetched', async () => {
    const content = contentWithCard(document.createElement('mw-content'));
    host.append(content);
    content.src = packServed();
    await cardIn(content);
  });

  it('a card appended before its <mw-content> gets the pack set just after', async () => {
    const content = document.createElement('mw-content');
    host.append(content);
    contentWithCard(content);
    content.content = minimalPack();
    await cardIn(content);
  });

  it('<mw-exercise-card>.exercise set before upgrade shows that exercise', async () => {
    const card = notUpgraded<MwExerciseCard>('mw-exercise-card');
    card.exercise = 'clamshell';
    host.append(document.adoptNode(card));
    await waitUntil(() => visibleText(card).includes('Clamshell'), 'the card', { timeout: 2000 });
    expect(card.getAttribute('exercise')).to.equal('clamshell');
    await expect(card).to.be.accessible();
  });

  it('<mw-drill-timer>.customDrill set before upgrade is the drill it shows', async () => {
    const timer = notUpgraded<MwDrillTimer>('mw-drill-timer');
    timer.customDrill = { name: 'Desk break', steps: [{ type: 'timed', name: 'March on the spot', seconds: 30 }] };
    host.append(document.adoptNode(timer));
    await waitUntil(() => visibleText(timer).includes('Desk break'), 'the custom drill', { timeout: 2000 });
    await expect(timer).to.be.accessible();
    expect(warn.warnings).to.deep.equal([]);
  });

  it('<mw-symptom-checklist> answers and number set before upgrade are used', async () => {
    const checklist = notUpgraded<MwSymptomChecklist>('mw-symptom-checklist');
    checklist.checklist = 'weak-glutes';
    checklist.emergencyNumber = '000';
    checklist.redFlags = ['bladder-bowel'];
    host.append(document.adoptNode(checklist));
    await waitUntil(() => checklist.shadowRoot?.querySelector('input'), 'the checklist', { timeout: 2000 });
    expect(checklist.shadowRoot!.querySelectorAll('input:checked')).to.have.length(1);
    checklist.showResult();
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:000');
    await expect(checklist).to.be.accessible();
  });

  it('<mw-book-now> text set before upgrade is what it shows', async () => {
    const book = notUpgraded<HTMLElementTagNameMap['mw-book-now']>('mw-book-now');
    book.href = 'https://clinic.example/book';
    book.label = 'See a physio this week';
    host.append(document.adoptNode(book));
    await waitUntil(() => visibleText(book).includes('See a physio this week'), 'the label', { timeout: 2000 });
    await expect(book).to.be.accessible();
  });
});
