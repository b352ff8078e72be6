// Issue #12, "moved between documents": a widget adopted into an iframe's document keeps its styles.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MwElement } from '../src/internal/mw-element.js';

/** A same-origin, empty iframe on the page, ready to take nodes. */
async function frame() {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="Another document"></iframe>`);
  const doc = iframe.contentDocument!;
  if (doc.readyState !== 'complete') await new Promise((done) => iframe.addEventListener('load', done, { once: true }));
  return iframe.contentDocument!;
}

/** Styles that only our sheets give: the widget's block display and its frame's radius. */
function styled(el: Element) {
  const view = el.ownerDocument.defaultView!;
  const base = el.shadowRoot!.querySelector('[part~="base"]') ?? el.shadowRoot!.firstElementChild!;
  return { host: view.getComputedStyle(el).display, base: view.getComputedStyle(base).borderTopLeftRadius };
}

const WIDGETS = [
  html`<mw-exercise-card exercise="glute-bridge"></mw-exercise-card>`,
  html`<mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>`,
  html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`,
  html`<mw-book-now href="https://clinic.example/book"><a href="https://clinic.example/book">Book</a></mw-book-now>`,
];

describe('hardening: a widget moved into another document', () => {
  for (const widget of WIDGETS) {
    it(`keeps its styles in an iframe and back again: ${widget.strings[0].trim().split(' ')[0]}>`, async () => {
      const el = await fixture<MwElement>(widget);
      await el.updateComplete;
      const before = styled(el);
      expect(before.host, 'styled on the page').to.not.equal('inline');

      const doc = await frame();
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(styled(el), 'in the iframe').to.deep.equal(before);

      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(styled(el), 'back on the page').to.deep.equal(before);
      el.remove();
    });
  }

  it('shares one set of sheets per document among widgets of a kind', async () => {
    const doc = await frame();
    const cards = [0, 1].map(() => document.createElement('mw-exercise-card'));
    for (const card of cards) {
      card.setAttribute('exercise', 'clamshell');
      document.body.append(card);
      await (card as MwElement).updateComplete;
      doc.body.append(doc.adoptNode(card));
    }
    const [first, second] = cards.map((card) => card.shadowRoot!.adoptedStyleSheets);
    expect(first.length).to.be.above(0);
    expect(first).to.deep.equal(second);
    expect(first[0]).to.be.instanceOf(doc.defaultView!.CSSStyleSheet);
    for (const card of cards) card.remove();
  });
});
