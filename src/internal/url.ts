/**
 * Which links a widget may render. Only web, phone and email links, and relative paths:
 * anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) could run code or leak data.
 */
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/** Characters browsers silently drop from URLs; attackers hide schemes behind them ("java\tscript:"). */
// eslint-disable-next-line no-control-regex
const IGNORED_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks a link written by a site or a content author. Returns the link unchanged when it is
 * safe, or a reason that names what was wrong.
 */
export function checkUrl(raw: string | null | undefined): UrlCheck {
  const trimmed = (raw ?? '').trim();
  if (!trimmed) return { ok: false, reason: 'the link is empty' };
  const squashed = trimmed.replace(IGNORED_CHARACTERS, '');
  let parsed: URL;
  try {
    parsed = new URL(squashed, 'https://relative.invalid/');
  } catch {
    return { ok: false, reason: `"${shorten(trimmed)}" is not a valid link` };
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) {
    return {
      ok: false,
      reason: `"${shorten(trimmed)}" uses the ${parsed.protocol} scheme; only https:, http:, tel:, mailto: and relative links are allowed`,
    };
  }
  return { ok: true, url: trimmed };
}

export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
