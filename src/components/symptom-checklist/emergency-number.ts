/**
 * The emergency number for a language tag's region: 000 in Australia, 111 in New Zealand,
 * 999 in the UK, 911 in the US and Canada, and 112 elsewhere (it works across the EU and
 * from most mobile phones worldwide). A site that knows better sets `emergency-number`.
 */
const BY_REGION: Record<string, string> = { AU: '000', NZ: '111', GB: '999', US: '911', CA: '911' };

export const FALLBACK_EMERGENCY_NUMBER = '112';

/** The region is what matters, so `es-US` gets 911 and `en-Latn-AU` gets 000. */
export function emergencyNumberFor(lang: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(lang).region;
  } catch {
    // Not a language tag at all: no region to go on.
  }
  return (region && BY_REGION[region.toUpperCase()]) || FALLBACK_EMERGENCY_NUMBER;
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
