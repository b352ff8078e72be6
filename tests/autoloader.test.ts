import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { discover } from '../src/autoloader.js';

/** A host component of a site that keeps its content in its own shadow root. */
class SiteTabs extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
customElements.define('site-tabs', SiteTabs);

const defined = (tag: string) => waitUntil(() => customElements.get(tag), `<${tag}> is defined`, { timeout: 4000 });

describe('the autoloader', () => {
  it('loads a widget inside a shadow root once the host calls discover() on it', async () => {
    const host = await fixture<SiteTabs>(html`<site-tabs></site-tabs>`);
    host.shadowRoot!.innerHTML = `<mw-book-now href="https://clinic.example/book"><a href="https://clinic.example/book">Book a session</a></mw-book-now>`;
    const banner = host.shadowRoot!.querySelector('mw-book-now')!;
    // The page's own observer cannot see into a shadow root: nothing loads by itself.
    await new Promise((done) => setTimeout(done, 300));
    expect(customElements.get('mw-book-now'), 'not loaded before discover()').to.equal(undefined);

    discover(host.shadowRoot!);
    await defined('mw-book-now');
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(banner.shadowRoot?.querySelector('a[part="button"]')?.getAttribute('href')).to.equal(
      'https://clinic.example/book',
    );
    await expect(host).to.be.accessible();
  });

  it('keeps watching a discovered shadow root for widgets added later', async () => {
    const host = await fixture<SiteTabs>(html`<site-tabs></site-tabs>`);
    discover(host.shadowRoot!);
    discover(host.shadowRoot!); // a second call for the same root is harmless
    expect(customElements.get('mw-exercise-card')).to.equal(undefined);

    const panel = document.createElement('section');
    panel.innerHTML = `<mw-exercise-card exercise="clamshell"></mw-exercise-card>`;
    host.shadowRoot!.append(panel);
    await defined('mw-exercise-card');
    const card = host.shadowRoot!.querySelector('mw-exercise-card')!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot?.textContent).to.match(/clamshell/i);
    await expect(host).to.be.accessible();
  });

  it('still loads widgets written into the page itself', async () => {
    expect(customElements.get('mw-symptom-checklist')).to.equal(undefined);
    await fixture(html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`);
    await defined('mw-symptom-checklist');
  });
});
