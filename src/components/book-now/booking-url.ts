/**
 * Campaign tags for a booking link, kept apart from the element so the rules can be tested
 * as plain strings: which links get tags, which tags win, how values are written.
 */

/** The three UTM values a site may set; empty or missing values add nothing. */
export interface Utm {
  source?: string | null;
  medium?: string | null;
  campaign?: string | null;
}

const NAMES = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
] as const;

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Adds `utm_source`, `utm_medium` and `utm_campaign` to a web link. Only these three are ever
 * added, and never over a parameter the link already has (the site's own tagging wins).
 * Phone, email and same-page (`#…`) links come back unchanged, as does a link with nothing
 * to add. The link is otherwise left exactly as written: a relative link stays relative and
 * nothing is re-encoded or normalised.
 */
export function withUtm(url: string, utm: Utm): string {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return url;
  if (url.startsWith('#')) return url;

  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const present = new Set(new URLSearchParams(query).keys());

  const added = NAMES.flatMap(([key, name]) => {
    const value = utm[key]?.trim();
    return value && !present.has(name) ? [`${name}=${encodeURIComponent(value)}`] : [];
  });
  if (!added.length) return url;

  const joiner = queryAt === -1 ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${beforeHash}${joiner}${added.join('&')}${hash}`;
}
