import { expect, fixture, nextFrame } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { MwDrillTimer } from '../src/components/drill-timer/drill-timer.component.js';
import { MwExerciseCard } from '../src/components/exercise-card/exercise-card.component.js';
import { MwSymptomChecklist } from '../src/components/symptom-checklist/symptom-checklist.component.js';

/**
 * pre-upgrade.css for the exercise card, drill timer and symptom checklist: before the script
 * runs each is already a block about the height it upgrades to, so the article does not jump.
 * As in book-now-upgrade.test.ts, each test uses a tag of its own that stays undefined until
 * the test defines it, with the stylesheet's selectors rewritten for that tag.
 */
async function preUpgradeCss(from: string, to: string): Promise<HTMLStyleElement> {
  const css = await (await fetch('/src/styles/pre-upgrade.css')).text();
  const style = document.createElement('style');
  // Selectors only, not custom properties such as --mw-exercise-card-min-height.
  style.textContent = css.replace(new RegExp(`(?<!-)${from}(?=[:[])`, 'g'), to);
  document.head.append(style);
  return style;
}

const cases: { name: string; tag: string; base: CustomElementConstructor; attributes: string }[] = [
  { name: 'exercise card', tag: 'mw-exercise-card', base: MwExerciseCard, attributes: 'exercise="glute-bridge"' },
  {
    name: 'compact exercise card',
    tag: 'mw-exercise-card',
    base: MwExerciseCard,
    attributes: 'exercise="clamshell" variant="compact"',
  },
  { name: 'drill timer', tag: 'mw-drill-timer', base: MwDrillTimer, attributes: 'drill="banded-glute-activation"' },
  { name: "one exercise's timer", tag: 'mw-drill-timer', base: MwDrillTimer, attributes: 'exercise="glute-bridge"' },
  {
    name: 'symptom checklist',
    tag: 'mw-symptom-checklist',
    base: MwSymptomChecklist,
    attributes: 'checklist="weak-glutes"',
  },
];

describe('pre-upgrade.css for the card, timer and checklist', () => {
  let styles: HTMLStyleElement[] = [];
  afterEach(() => {
    styles.forEach((style) => style.remove());
    styles = [];
  });

  cases.forEach(({ name, tag, base, attributes }, index) => {
    it(`reserves about the upgraded height of the ${name}, as a block that hides nothing`, async () => {
      const testTag = `${tag}-pre-${index}`;
      styles.push(await preUpgradeCss(tag, testTag));
      const wrapper = await fixture(
        staticHtml`<div style="width: 640px">
          <${unsafeStatic(testTag)} ${unsafeStatic(attributes)}></${unsafeStatic(testTag)}>
          <p>The article goes on here.</p>
        </div>`,
      );
      const el = wrapper.querySelector(testTag) as HTMLElement & { updateComplete: Promise<unknown> };
      const style = getComputedStyle(el);
      expect(style.display).to.equal('block');
      expect(style.visibility).to.equal('visible');
      expect(style.opacity).to.equal('1');
      const reserved = el.getBoundingClientRect().height;

      customElements.define(testTag, class extends (base as typeof HTMLElement) {});
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      const upgraded = el.getBoundingClientRect().height;
      expect(upgraded, 'upgraded height').to.be.greaterThan(100);
      // Within 12%: the built-in content at this width, in whatever serif the test browser has.
      expect(Math.abs(reserved - upgraded) / upgraded, `reserved ${reserved}px, upgraded ${upgraded}px`).to.be.below(
        0.12,
      );
    });
  });

  it('without pre-upgrade.css the widget is an empty inline box until it upgrades (the check is real)', async () => {
    const testTag = 'mw-exercise-card-pre-control';
    const wrapper = await fixture(
      staticHtml`<div style="width: 640px"><${unsafeStatic(testTag)} exercise="glute-bridge"></${unsafeStatic(testTag)}></div>`,
    );
    const el = wrapper.querySelector(testTag)!;
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});
