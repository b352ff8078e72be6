import { expect } from '@open-wc/testing';
import { emergencyNumberFor, isDialable, telHref } from '../src/components/symptom-checklist/emergency-number.js';

describe('emergencyNumberFor', () => {
  it('follows the region of the language tag', () => {
    expect(emergencyNumberFor('en-AU')).to.equal('000');
    expect(emergencyNumberFor('en-GB')).to.equal('999');
    expect(emergencyNumberFor('en-US')).to.equal('911');
    expect(emergencyNumberFor('en-CA')).to.equal('911');
    expect(emergencyNumberFor('en-NZ')).to.equal('111');
  });

  it('uses the region whatever the language or script', () => {
    expect(emergencyNumberFor('es-US')).to.equal('911');
    expect(emergencyNumberFor('fr-CA')).to.equal('911');
    expect(emergencyNumberFor('en-Latn-AU')).to.equal('000');
    expect(emergencyNumberFor('en-au')).to.equal('000');
  });

  it('falls back to 112 without a known region, and for tags that are not language tags', () => {
    for (const lang of ['en', 'es', 'de-DE', 'en-IE', 'es-ES', '', 'not a tag', 'en_AU']) {
      expect(emergencyNumberFor(lang), lang).to.equal('112');
    }
  });
});

describe('isDialable and telHref', () => {
  it('accepts short numbers and full numbers with spaces or dashes', () => {
    for (const value of ['000', '112', ' 911 ', '+61 2 9999 9999', '13-14-50']) {
      expect(isDialable(value), value).to.be.true;
    }
  });

  it('refuses anything a phone cannot dial', () => {
    for (const value of ['', '1', 'abc', '000; DROP', 'javascript:alert(1)', '12+34', '-112', '112-', '1'.repeat(21)]) {
      expect(isDialable(value), value).to.be.false;
    }
  });

  it('dials the digits only', () => {
    expect(telHref('000')).to.equal('tel:000');
    expect(telHref(' +61 2 9999-9999 ')).to.equal('tel:+61299999999');
  });
});
