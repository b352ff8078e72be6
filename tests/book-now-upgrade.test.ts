import { expect, fixture, nextFrame } from '@open-wc/testing';
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
function watchLayoutShifts() {
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
      expect(total).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('without pre-upgrade.css the same upgrade does move the page (the measurement is real)', async () => {
    const { moved, total } = await upgradeOnPage('mw-book-now-cls-control', 'inline');
    expect(moved).to.be.greaterThan(0);
    expect(total).to.be.greaterThan(0);
  });
});
