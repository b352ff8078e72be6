/**
 * The number for an ambulance in the region of a language tag (checked 2026-12 against each country's
 * emergency services). Where police, fire and ambulance have different numbers, it is the ambulance's,
 * since that is what a red flag needs. A site that knows better sets `emergency-number`.
 */
const BY_REGION: Record<string, string> = {
  // Oceania, the UK and Ireland (Ireland answers 999 as well as 112)
  AU: '000',
  NZ: '111',
  GB: '999',
  IE: '112',
  // North America and the Caribbean
  US: '911',
  CA: '911',
  PR: '911',
  DO: '911',
  CU: '104',
  // Mexico, Central and South America: 911 in most, the ambulance's own number where 911 is not
  // national. Guatemala, Nicaragua and Bolivia have several local numbers: they get 112 (which mobile
  // networks pass on to the emergency services) until a site sets its own.
  MX: '911',
  SV: '911',
  HN: '911',
  CR: '911',
  PA: '911',
  CO: '123',
  VE: '911',
  EC: '911',
  PE: '106',
  CL: '131',
  AR: '107',
  UY: '911',
  PY: '911',
  BR: '192',
  // Africa and Asia
  ZA: '10177',
  SG: '995',
  HK: '999',
  MO: '999',
  PH: '911',
  MY: '999',
  IN: '112',
  JP: '119',
  KR: '119',
  TW: '119',
  CN: '120',
  AE: '998',
  IL: '101',
};

/** 112 reaches emergency services across the EU and from most mobile phones elsewhere. */
export const FALLBACK_EMERGENCY_NUMBER = '112';

/** The region of a language tag (`es-MX` → `MX`), if it has one. */
export function regionOf(lang: string): string | undefined {
  try {
    return new Intl.Locale(lang).region?.toUpperCase();
  } catch {
    return undefined; // Not a language tag at all: no region to go on.
  }
}

/** The region is what matters, so `es-US` gets 911 and `en-Latn-AU` gets 000. */
export function emergencyNumberFor(lang: string): string {
  const region = regionOf(lang);
  return (region && BY_REGION[region]) || FALLBACK_EMERGENCY_NUMBER;
}

/** At least two digits, optionally a leading + and spaces or dashes between them: something a phone can dial. */
const DIALABLE = /^\+?\d[\d -]{0,18}\d$/;

export function isDialable(value: string): boolean {
  return DIALABLE.test(value.trim());
}

/** The `tel:` link for a dialable number (spaces and dashes are for reading, not dialling). */
export function telHref(value: string): string {
  return `tel:${value.trim().replace(/[ -]/g, '')}`;
}
