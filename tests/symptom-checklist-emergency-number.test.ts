import { expect } from '@open-wc/testing';
import { emergencyNumberFor, isDialable, telHref } from '../src/components/symptom-checklist/emergency-number.js';
import { sameDayRouteFor } from '../src/components/symptom-checklist/same-day-route.js';

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

  it('knows Ireland, Mexico and Latin America country by country, South Africa and Asia', () => {
    const numbers: Record<string, string> = {
      'en-IE': '112',
      'es-MX': '911',
      'es-CR': '911',
      'es-PA': '911',
      'es-EC': '911',
      'es-UY': '911',
      'es-PY': '911',
      'es-VE': '911',
      'es-DO': '911',
      'es-CO': '123',
      'es-AR': '107',
      'es-CL': '131',
      'es-PE': '106',
      'pt-BR': '192',
      'en-ZA': '10177',
      'en-SG': '995',
      'zh-HK': '999',
      'en-PH': '911',
      'ja-JP': '119',
    };
    for (const [lang, number] of Object.entries(numbers)) expect(emergencyNumberFor(lang), lang).to.equal(number);
  });

  it('falls back to 112 without a known region, and for tags that are not language tags', () => {
    for (const lang of ['en', 'es', 'de-DE', 'es-ES', 'es-GT', '', 'not a tag', 'en_AU']) {
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

describe('sameDayRouteFor', () => {
  it('leads with the region’s free health line', () => {
    expect(sameDayRouteFor('en-GB')).to.deep.equal({ kind: 'line', name: 'NHS 111', number: '111' });
    expect(sameDayRouteFor('en-AU')).to.deep.equal({ kind: 'line', name: 'healthdirect', number: '1800 022 222' });
    expect(sameDayRouteFor('en-NZ')).to.deep.equal({ kind: 'line', name: 'Healthline', number: '0800 611 116' });
  });

  it('sends readers elsewhere to their doctor or an urgent care clinic', () => {
    for (const lang of ['en-US', 'en', 'es-MX', 'en-IE', 'not a tag']) {
      expect(sameDayRouteFor(lang), lang).to.deep.equal({ kind: 'doctor' });
    }
  });

  it('uses the number a site sets, in every region', () => {
    expect(sameDayRouteFor('en-GB', ' 0300 123 4567 ')).to.deep.equal({ kind: 'site', number: '0300 123 4567' });
    expect(sameDayRouteFor('en-GB', '  ')).to.deep.equal({ kind: 'line', name: 'NHS 111', number: '111' });
  });
});
