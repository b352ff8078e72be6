import { expect } from '@open-wc/testing';
import { withUtm } from '../src/components/book-now/booking-url.js';

const all = { source: 'blog', medium: 'banner', campaign: 'glutes' };
const tags = 'utm_source=blog&utm_medium=banner&utm_campaign=glutes';

describe('withUtm (booking links)', () => {
  const cases: [string, string, Parameters<typeof withUtm>[1], string][] = [
    ['adds all three to a plain web link', 'https://clinic.example/book', all, `https://clinic.example/book?${tags}`],
    ['keeps an http link http', 'http://clinic.example/', all, `http://clinic.example/?${tags}`],
    ['reads the scheme in any case', 'HTTPS://Clinic.example/Book', all, `HTTPS://Clinic.example/Book?${tags}`],
    [
      'appends to parameters already there',
      'https://acme.cliniko.com/bookings?business_id=1',
      all,
      `https://acme.cliniko.com/bookings?business_id=1&${tags}`,
    ],
    [
      'never overwrites a tag the link already has',
      'https://clinic.example/book?utm_source=newsletter',
      all,
      'https://clinic.example/book?utm_source=newsletter&utm_medium=banner&utm_campaign=glutes',
    ],
    [
      'recognises an existing tag written with percent-encoding',
      'https://clinic.example/book?utm%5Fsource=newsletter',
      { source: 'blog' },
      'https://clinic.example/book?utm%5Fsource=newsletter',
    ],
    [
      'keeps the fragment last',
      'https://clinic.example/book?x=1#times',
      { source: 'blog' },
      'https://clinic.example/book?x=1&utm_source=blog#times',
    ],
    [
      'handles a fragment without a query',
      'https://acme.janeapp.com/#/staff_member/1',
      { campaign: 'glutes' },
      'https://acme.janeapp.com/?utm_campaign=glutes#/staff_member/1',
    ],
    [
      'does not double a trailing "?"',
      'https://clinic.example/book?',
      { source: 'a' },
      'https://clinic.example/book?utm_source=a',
    ],
    [
      'does not double a trailing "&"',
      'https://clinic.example/book?x=1&',
      { source: 'a' },
      'https://clinic.example/book?x=1&utm_source=a',
    ],
    ['keeps a root-relative link relative', '/book', all, `/book?${tags}`],
    ['keeps a path-relative link relative', 'book?x=1#top', { medium: 'banner' }, 'book?x=1&utm_medium=banner#top'],
    [
      'keeps a protocol-relative link as written',
      '//clinic.example/book',
      { source: 'a' },
      '//clinic.example/book?utm_source=a',
    ],
    [
      'encodes values',
      'https://clinic.example/book',
      { source: 'news letter', medium: 'a&b=c', campaign: 'glutes #1 ¿sí?' },
      'https://clinic.example/book?utm_source=news%20letter&utm_medium=a%26b%3Dc&utm_campaign=glutes%20%231%20%C2%BFs%C3%AD%3F',
    ],
    ['trims values', 'https://clinic.example/', { source: '  blog  ' }, 'https://clinic.example/?utm_source=blog'],
    [
      'adds nothing for empty values',
      'https://clinic.example/',
      { source: '', medium: '   ', campaign: null },
      'https://clinic.example/',
    ],
    [
      'adds only what is set',
      'https://clinic.example/',
      { medium: 'sticky' },
      'https://clinic.example/?utm_medium=sticky',
    ],
    ['leaves a phone link alone', 'tel:+61255501234', all, 'tel:+61255501234'],
    [
      'leaves an email link alone',
      'mailto:hello@clinic.example?subject=Booking',
      all,
      'mailto:hello@clinic.example?subject=Booking',
    ],
    ['leaves a same-page link alone', '#book', all, '#book'],
  ];
  for (const [name, url, utm, expected] of cases) {
    it(name, () => expect(withUtm(url, utm)).to.equal(expected));
  }

  it('never adds anything but the three UTM tags', () => {
    const tagged = new URL(withUtm('https://clinic.example/book?id=7', all));
    expect([...tagged.searchParams.keys()]).to.deep.equal(['id', 'utm_source', 'utm_medium', 'utm_campaign']);
  });
});
