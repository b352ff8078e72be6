/** Language tags: a `lang` that names an Object member or is not a language at all falls back to English. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, visibleText } from './helpers.js';

const HOSTILE_LANGS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '🙂',
  '',
  '-',
  'x'.repeat(5000),
  'es-',
];

describe('hardening: language tags', () => {
  let warn: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  for (const lang of HOSTILE_LANGS) {
    it(`lang="${lang.slice(0, 20)}" shows every widget in English (or the language it starts with)`, async function () {
      this.timeout(30_000);
      const wrapper = await fixture(
        html`<div lang=${lang}>
          <mw-exercise-card exercise="glute-bridge"></mw-exercise-card>
          <mw-drill-timer exercise="glute-squeeze"></mw-drill-timer>
          <mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>
          <mw-book-now href="https://clinic.example/book"></mw-book-now>
        </div>`,
      );
      const widgets = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      for (const el of widgets) {
        await el.updateComplete;
        const text = visibleText(el);
        expect(text, el.localName).not.to.match(/undefined|\[object|function|NaN/);
        expect(text.length, el.localName).to.be.above(10);
      }
      const english = lang.toLowerCase().startsWith('es') ? 'Empezar' : 'Start';
      expect(visibleText(widgets[1]!)).to.contain(english);
      // The page's own lang is what axe's valid-lang rule would flag, not the widgets.
      await expect(wrapper).to.be.accessible({ ignoredRules: ['valid-lang', 'html-lang-valid'] });
      expect(warn.warnings).to.deep.equal([]);
    });
  }
});
