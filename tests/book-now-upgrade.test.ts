import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { MwBookNow } from '../src/components/book-now/book-now.component.js';

/**
 * The element before its script runs, and the moment it upgrades. `<mw-book-now>` defines
 * itself on import, so these tests use tags of their own that stay undefined until the test
 * defines them, with the package's pre-upgrade.css rewritten for that tag.
 */
const BOOK = 'https://clinic.example/book';

async function preUpgradeCss(tag: string): Promise<HTMLStyleElement> {
  const css = await (await fetch('/src/styles/pre-upgrade.css')).text();
  const style = document.createElement('style');
  // Selectors only (`mw-book-now:` / `mw-book-now[`), not custom properties such as --mw-book-now-min-height.
  style.textContent = css.replace(/(?<!-)mw-book-now(?=[:[])/g, tag);
  document.head.append(style);
  return style;
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Starts counting layout shifts (the Layout Instability API, as CLS is measured) from now. */
/**
 * The Layout Instability API is Chromium's alone: Firefox and WebKit report no layout-shift entries,
 * so there the score is not measured (null) and the paragraph's own position is the whole check.
 */
const measuresLayoutShift = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

function watchLayoutShifts() {
  if (!measuresLayoutShift) return async () => null;
  const since = performance.now();
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.startTime >= since && !entry.hadRecentInput) shifts.push(entry.value);
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  return async () => {
    // Shifts are reported after the frame that paints them.
    for (let i = 0; i < 3; i++) await nextFrame();
    for (const entry of observer.takeRecords() as LayoutShift[]) {
      if (entry.startTime >= since && !entry.hadRecentInput) shifts.push(entry.value);
    }
    observer.disconnect();
    return shifts.reduce((sum, value) => sum + value, 0);
  };
}

/** Puts an undefined banner and a paragraph below it on the page, then upgrades it. */
async function upgradeOnPage(tag: string, attributes: string) {
  const tagName = unsafeStatic(tag);
  const wrapper = await fixture(
    staticHtml`<div style="width: 640px">
      <${tagName} variant=${attributes} href=${BOOK}><a href=${BOOK}>Book a session</a></${tagName}>
      <p id="below">The article goes on here.</p>
    </div>`,
  );
  const below = wrapper.querySelector('#below')!;
  await nextFrame();
  await nextFrame();
  const before = below.getBoundingClientRect().top;
  const layoutShift = watchLayoutShifts();
  customElements.define(tag, class extends MwBookNow {});
  const el = wrapper.querySelector<MwBookNow>(tag)!;
  await el.updateComplete;
  const total = await layoutShift();
  return { el, moved: below.getBoundingClientRect().top - before, total };
}

/**
 * The page's markup and pre-upgrade.css in a frame, with or without scripts. A sandboxed frame
 * without `allow-scripts` is a page with JavaScript off: `(scripting: none)` matches in it.
 * `allow-same-origin` lets the test read its layout.
 */
async function pageInFrame(body: string, { scripts }: { scripts: boolean }) {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin');
  if (scripts) frame.sandbox.add('allow-scripts');
  frame.style.cssText = 'width: 640px; height: 480px; border: 0';
  frame.srcdoc = `<!doctype html>
    <html lang="en">
      <head><title>Article</title><link rel="stylesheet" href="/src/styles/pre-upgrade.css" /></head>
      <body>${body}<p id="below">The article goes on here.</p></body>
    </html>`;
  // The load event waits for the stylesheet.
  const loaded = oneEvent(frame, 'load');
  (await fixture(html`<div></div>`)).append(frame);
  await loaded;
  const page = frame.contentDocument!;
  return { page, scriptingOff: frame.contentWindow!.matchMedia('(scripting: none)').matches };
}

describe('<mw-book-now> before and at upgrade', () => {
  let styles: HTMLStyleElement[] = [];
  afterEach(() => {
    styles.forEach((style) => style.remove());
    styles = [];
  });

  it('before upgrade the written link already works and looks like a button, in a box that holds its place', async () => {
    const tag = 'mw-book-now-before';
    styles.push(await preUpgradeCss(tag));
    const tagName = unsafeStatic(tag);
    const el = await fixture(staticHtml`<${tagName} href=${BOOK}><a href=${BOOK}>Book a session</a></${tagName}>`);
    expect(customElements.get(tag)).to.be.undefined;
    const link = el.querySelector('a')!;
    const style = getComputedStyle(link);
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect(style.backgroundColor).to.equal('rgb(11, 110, 79)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
    expect(style.textDecorationLine).to.equal('none');
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    link.focus();
    expect(document.activeElement).to.equal(link);
    expect(el.getBoundingClientRect().height).to.be.at.least(10 * 16);
    await expect(el).to.be.accessible();
  });

  it('before upgrade the compact and sticky variants are already a button and a bar', async () => {
    const tag = 'mw-book-now-before-variants';
    styles.push(await preUpgradeCss(tag));
    const tagName = unsafeStatic(tag);
    const wrapper = await fixture(
      staticHtml`<div>
        <${tagName} variant="compact"><a href=${BOOK}>Book a session</a></${tagName}>
        <${tagName} variant="sticky"><a href=${BOOK}>Book now</a></${tagName}>
      </div>`,
    );
    const [compact, sticky] = [...wrapper.querySelectorAll(tag)] as [HTMLElement, HTMLElement];
    expect(Math.round(compact.getBoundingClientRect().height)).to.equal(
      Math.round(compact.querySelector('a')!.getBoundingClientRect().height),
    );
    expect(getComputedStyle(sticky).position).to.equal('fixed');
    expect(Math.round(sticky.getBoundingClientRect().bottom)).to.equal(document.documentElement.clientHeight);
    await expect(wrapper).to.be.accessible();
  });

  for (const variant of ['inline', 'compact', 'sticky']) {
    it(`upgrading the ${variant} variant with pre-upgrade.css shifts nothing (cumulative layout shift 0)`, async () => {
      const tag = `mw-book-now-cls-${variant}`;
      styles.push(await preUpgradeCss(tag));
      const { el, moved, total } = await upgradeOnPage(tag, variant);
      expect(el.shadowRoot!.querySelector('a[part="button"]')).to.exist;
      expect(moved).to.equal(0);
      if (measuresLayoutShift) expect(total).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  describe('with JavaScript off', () => {
    const link = `<a href="${BOOK}">Book a session</a>`;

    it('is just the written link, still a clear button, with no empty frame around it', async () => {
      const { page, scriptingOff } = await pageInFrame(`<mw-book-now href="${BOOK}">${link}</mw-book-now>`, {
        scripts: false,
      });
      expect(scriptingOff).to.be.true;
      const el = page.querySelector('mw-book-now')!;
      const written = el.querySelector('a')!;
      const box = getComputedStyle(el);
      expect(box.borderTopStyle).to.equal('none');
      expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(Math.round(el.getBoundingClientRect().height)).to.equal(
        Math.round(written.getBoundingClientRect().height),
      );
      const style = getComputedStyle(written);
      expect(style.backgroundColor).to.equal('rgb(11, 110, 79)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
      expect(style.textDecorationLine).to.equal('none');
      expect(written.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('drops the frame and its colours in every variant and palette, and the sticky bar becomes part of the page', async () => {
      const { page } = await pageInFrame(
        `<mw-book-now theme="dark"><span slot="headline">Strong hips</span>${link}</mw-book-now>
        <mw-book-now slot="next" theme="dark">${link}</mw-book-now>
        <mw-book-now variant="compact">${link}</mw-book-now>
        <mw-book-now variant="sticky"><span slot="headline">Strong hips</span>${link}</mw-book-now>`,
        { scripts: false },
      );
      for (const el of page.querySelectorAll('mw-book-now')) {
        const box = getComputedStyle(el);
        const where = el.outerHTML.slice(0, 40);
        expect(box.position, where).to.equal('static');
        expect(box.borderTopStyle, where).to.equal('none');
        expect(box.backgroundColor, where).to.equal('rgba(0, 0, 0, 0)');
        expect(box.boxShadow, where).to.equal('none');
        // The page's own text colour: a dark palette's light text would vanish on a light page without its surface.
        expect(box.color, where).to.equal(getComputedStyle(page.body).color);
        const written = el.querySelector('a')!;
        expect(getComputedStyle(written).textDecorationLine, where).to.equal('none');
        expect(written.getBoundingClientRect().height, where).to.be.at.least(44);
      }
      const sticky = page.querySelector('mw-book-now[variant="sticky"]')!;
      // In the flow, above the text that follows it, not fixed over the end of the page.
      expect(sticky.getBoundingClientRect().bottom).to.be.at.most(
        page.querySelector('#below')!.getBoundingClientRect().top,
      );
      expect(sticky.querySelector('[slot="headline"]')!.getClientRects().length).to.be.greaterThan(0);
    });

    it("while a script may still run, the frame holds the banner's place (the check is real)", async () => {
      const { page, scriptingOff } = await pageInFrame(`<mw-book-now href="${BOOK}">${link}</mw-book-now>`, {
        scripts: true,
      });
      expect(scriptingOff).to.be.false;
      const el = page.querySelector('mw-book-now')!;
      expect(getComputedStyle(el).borderTopStyle).to.equal('solid');
      expect(el.getBoundingClientRect().height).to.be.at.least(10 * 16);
    });
  });

  it('without pre-upgrade.css the same upgrade does move the page (the measurement is real)', async () => {
    const { moved, total } = await upgradeOnPage('mw-book-now-cls-control', 'inline');
    expect(moved).to.be.greaterThan(0);
    if (measuresLayoutShift) expect(total).to.be.greaterThan(0);
    else expect(total, 'no layout-shift entries in this engine').to.be.null;
  });
});
