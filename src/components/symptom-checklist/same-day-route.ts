import { regionOf } from './emergency-number.js';

/**
 * Where a same-day red flag sends the reader first: their region's non-emergency health line, the
 * number the site set (`urgent-number`), or their own doctor and an urgent care clinic.
 */
export type SameDayRoute =
  { kind: 'line'; name: string; number: string } | { kind: 'site'; number: string } | { kind: 'doctor' };

/** Free health lines open day and night (checked 2026-12). NHS 111 covers England, Scotland and Wales. */
const LINES: Record<string, { name: string; number: string }> = {
  GB: { name: 'NHS 111', number: '111' },
  AU: { name: 'healthdirect', number: '1800 022 222' },
  NZ: { name: 'Healthline', number: '0800 611 116' },
};

export function sameDayRouteFor(lang: string, siteNumber?: string): SameDayRoute {
  const number = siteNumber?.trim();
  if (number) return { kind: 'site', number };
  const line = LINES[regionOf(lang) ?? ''];
  return line ? { kind: 'line', ...line } : { kind: 'doctor' };
}
