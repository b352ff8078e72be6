/**
 * Decides what a media item shows, or why it is refused: the addresses pass the same allow-list as
 * booking links (src/internal/url.ts), must be web addresses, and a YouTube or Vimeo item must point
 * at that service. Pure and DOM-free; a `customDrill` from a script reaches here unvalidated, so
 * every field is checked again.
 */
import { checkUrl, shorten } from '../internal/url.js';

export type Service = 'youtube' | 'vimeo';

export type ShownMedia =
  | { type: 'image'; src: string; alt: string; caption?: string }
  | {
      type: 'video';
      src: string;
      poster?: string;
      captions?: string;
      /** A silent demo that may play muted, round and round. */
      loop: boolean;
      title?: string;
      caption?: string;
    }
  | {
      type: Service;
      /** The address the clinic gave, printed and named in the facade. */
      url: string;
      /** The privacy-enhanced player, loaded only once the reader presses play. */
      embed: string;
      poster?: string;
      title?: string;
      caption?: string;
    };

export type CheckedMedia = { ok: true; media: ShownMedia } | { ok: false; path: string; reason: string };

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A link a media element may load: allowed by checkUrl, and on the web (not a phone or email link). */
function webAddress(raw: unknown): { ok: true; url: string } | { ok: false; reason: string } {
  if (typeof raw !== 'string') return { ok: false, reason: 'the address is missing' };
  const checked = checkUrl(raw);
  if (!checked.ok) return checked;
  if (/^\s*(tel|mailto):/i.test(checked.url)) {
    return { ok: false, reason: `"${shorten(checked.url)}" is not a web address (https: or a relative path)` };
  }
  return checked;
}

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const YOUTUBE_ID = /^[\w-]{11}$/;

/** A start time as YouTube writes it (`90`, `90s`, `1m30s`), in whole seconds. */
function startSeconds(value: string | null): number | undefined {
  const match = value ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value) : null;
  if (!match || !value) return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return seconds > 0 ? seconds : undefined;
}

function youtubeEmbed(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  let id: string | undefined;
  if (host === 'youtu.be') id = url.pathname.slice(1);
  else if (YOUTUBE_HOSTS.has(host)) {
    const [first, second] = url.pathname.split('/').filter(Boolean);
    if (first === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (first === 'embed' || first === 'shorts' || first === 'live') id = second;
  }
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`;
}

function vimeoEmbed(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  let hash: string | null = url.searchParams.get('h');
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    [id] = parts;
    // An unlisted video's address carries its key: vimeo.com/123456/abcdef.
    hash ??= parts[1] ?? null;
  } else if (host === 'player.vimeo.com' && parts[0] === 'video') id = parts[1];
  if (!id || !/^\d+$/.test(id)) return undefined;
  const key = hash && /^[\da-f]+$/i.test(hash) ? `h=${hash}&` : '';
  return `https://player.vimeo.com/video/${id}?${key}dnt=1&autoplay=1`;
}

const SERVICES: Record<Service, { name: string; example: string; embed: (url: URL) => string | undefined }> = {
  youtube: { name: 'YouTube', example: 'https://www.youtube.com/watch?v=…', embed: youtubeEmbed },
  vimeo: { name: 'Vimeo', example: 'https://vimeo.com/…', embed: vimeoEmbed },
};

/**
 * What an item shows, or the path of the field at fault (below `path`, e.g. `media[0]`) and why.
 * Optional addresses (a poster, captions) that are refused refuse the item too: a video silently
 * without its captions would fail the readers who need them.
 */
export function checkMedia(item: unknown, path: string): CheckedMedia {
  const refuse = (field: string, reason: string): CheckedMedia => ({
    ok: false,
    path: field ? `${path}.${field}` : path,
    reason,
  });
  if (typeof item !== 'object' || item === null)
    return refuse('', 'expected a media item such as {"type": "image", …}');
  const given = item as Record<string, unknown>;
  const caption = text(given.caption);
  const title = text(given.title);

  type Refused = { ok: false; field: string; reason: string };
  const address = (field: string): { ok: true; url: string } | Refused => {
    const checked = webAddress(given[field]);
    return checked.ok ? checked : { ok: false, field, reason: checked.reason };
  };
  const optional = (field: string): { ok: true; url?: string } | Refused =>
    given[field] === undefined ? { ok: true } : address(field);

  switch (given.type) {
    case 'image': {
      const src = address('src');
      if (!src.ok) return refuse(src.field, src.reason);
      const alt = text(given.alt);
      if (!alt) return refuse('alt', 'an image needs "alt", the words that describe it');
      return { ok: true, media: { type: 'image', src: src.url, alt, caption } };
    }
    case 'video': {
      const src = address('src');
      if (!src.ok) return refuse(src.field, src.reason);
      const poster = optional('poster');
      if (!poster.ok) return refuse(poster.field, poster.reason);
      const captions = optional('captions');
      if (!captions.ok) return refuse(captions.field, captions.reason);
      const noSpeech = given.noSpeech === true;
      if (!captions.url && !noSpeech) {
        return refuse('captions', 'a video needs "captions" (a WebVTT file), or "noSpeech": true when nothing is said');
      }
      const loop = noSpeech && given.loop === true;
      return {
        ok: true,
        media: { type: 'video', src: src.url, poster: poster.url, captions: captions.url, loop, title, caption },
      };
    }
    case 'youtube':
    case 'vimeo': {
      const service = SERVICES[given.type];
      const checked = address('url');
      if (!checked.ok) return refuse(checked.field, checked.reason);
      const poster = optional('poster');
      if (!poster.ok) return refuse(poster.field, poster.reason);
      let parsed: URL | undefined;
      try {
        parsed = new URL(checked.url);
      } catch {
        parsed = undefined;
      }
      const embed = parsed?.protocol === 'https:' ? service.embed(parsed) : undefined;
      if (!embed) {
        return refuse(
          'url',
          `"${shorten(checked.url)}" is not the https: address of a ${service.name} video, such as ${service.example}`,
        );
      }
      return { ok: true, media: { type: given.type, url: checked.url, embed, poster: poster.url, title, caption } };
    }
    default:
      return refuse(
        'type',
        `expected "type" to be image, video, youtube or vimeo, got ${JSON.stringify(given.type) ?? 'nothing'}`,
      );
  }
}

/** The service's name, for the line that says where a video plays from. */
export const serviceName = (service: Service) => SERVICES[service].name;
