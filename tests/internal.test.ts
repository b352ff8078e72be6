import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { MwExerciseCard, VERSION } from '../src/index.js';
import { define } from '../src/internal/define.js';
import { checkUrl } from '../src/internal/url.js';
import { safeStorage } from '../src/internal/storage.js';
import { HOSTILE_URLS, breakStorage, captureWarnings } from './helpers.js';

describe('define guard', () => {
  it('never throws when a tag is defined twice, and is silent for the same version', () => {
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => define('mw-exercise-card', class extends MwExerciseCard {})).not.to.throw();
      expect(warnings).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('warns once per page when another version got there first', () => {
    const { warnings, restore } = captureWarnings();
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('mw-test-older', Older);
    try {
      define('mw-test-older', class extends MwExerciseCard {});
      define('mw-test-older', class extends MwExerciseCard {});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1').and.contain(VERSION);
    } finally {
      restore();
    }
  });
});

describe('checkUrl', () => {
  const hostile = [...HOSTILE_URLS, ''];
  for (const url of hostile) {
    it(`refuses ${JSON.stringify(url)}`, () => expect(checkUrl(url).ok).to.be.false);
  }
  for (const url of [
    'https://clinic.example/book',
    'http://x.example',
    'tel:+61255501234',
    'mailto:hi@clinic.example',
    '/book',
    'book?x=1',
    '#top',
  ]) {
    it(`accepts ${url}`, () => expect(checkUrl(url)).to.deep.equal({ ok: true, url }));
  }
});

describe('safeStorage', () => {
  it('keeps values in memory when storage is full', () => {
    const restore = breakStorage('setItem');
    try {
      const store = safeStorage('local');
      expect(store.set('movewell:test', 'a')).to.be.false;
      expect(store.get('movewell:test')).to.equal('a');
      expect(store.keys('movewell:te')).to.deep.equal(['movewell:test']);
      store.remove('movewell:test');
      expect(store.get('movewell:test')).to.be.null;
    } finally {
      restore();
    }
  });
});

describe('host page CSS', () => {
  it('cannot hide or unstyle a widget', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { all: revert; }
      html { font-size: 10px; }
      button { display: none !important; }
      mw-exercise-card { display: inline !important; color: red !important; }
      h3, p, li, ol { margin: 40px !important; color: transparent !important; }`;
    document.head.append(style);
    try {
      const el = await fixture<MwExerciseCard>(html`<mw-exercise-card exercise="glute-bridge"></mw-exercise-card>`);
      expect(getComputedStyle(el).display).to.equal('block');
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.every((b) => getComputedStyle(b).display !== 'none' && b.getBoundingClientRect().height >= 24)).to
        .be.true;
      const step = el.shadowRoot!.querySelector('ol.steps li')!;
      expect(parseFloat(getComputedStyle(step).fontSize)).to.be.at.least(16);
      expect(getComputedStyle(step).color).not.to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});
