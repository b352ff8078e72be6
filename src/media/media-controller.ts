import {
  html,
  isServer,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translation } from '../translations/en.js';
import { renderImage } from './render-image.js';
import { checkMedia, serviceName, type CheckedMedia, type ShownMedia } from './media-item.js';

/** A list of media as found in content, with where it came from (`exercise="…" media`) for warnings. */
export interface MediaList {
  items: readonly unknown[];
  path: string;
}

/** What the widget knows that the media needs. */
export interface MediaContext {
  t: Translation;
  /** The exercise's or step's name: the video's name when the pack gives no `title`. */
  name: string;
  /** The language of the content, for the captions track. */
  lang: string;
}

type Host = ReactiveControllerHost & HTMLElement;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Shows an exercise's or a drill step's media, the same in every widget: images, the clinic's own
 * videos, and YouTube or Vimeo videos behind a local click-to-play facade that loads nothing from
 * those services until the reader presses play. Remembers which players the reader opened (and
 * forgets those no longer shown), moves focus into an opened player, and warns once per refused item.
 */
export class MediaController implements ReactiveController {
  /** Keys (item paths) of the players the reader opened. */
  private readonly playing = new Set<string>();
  private readonly warned = new Set<string>();
  private shown = new Set<string>();
  private focusKey?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate() {
    this.shown = new Set();
  }

  hostUpdated() {
    // A player that left the screen (its step ended) starts again from its facade next time.
    for (const key of this.playing) if (!this.shown.has(key)) this.playing.delete(key);
    const key = this.focusKey;
    this.focusKey = undefined;
    if (!key) return;
    const frames = this.host.shadowRoot?.querySelectorAll<HTMLIFrameElement>('iframe[data-media-key]') ?? [];
    [...frames].find((frame) => frame.dataset.mediaKey === key)?.focus();
  }

  render(list: MediaList, context: MediaContext): TemplateResult {
    return html`${list.items.map((item, i) => this.renderItem(item, `${list.path}[${i}]`, context))}`;
  }

  /** Each item's check, kept: the timer renders every frame, and content items are the same objects each time. */
  private readonly checked = new WeakMap<object, { key: string; result: CheckedMedia }>();

  private check(item: unknown, key: string): CheckedMedia {
    if (typeof item !== 'object' || item === null) return checkMedia(item, key);
    const kept = this.checked.get(item);
    if (kept?.key === key) return kept.result;
    const result = checkMedia(item, key);
    this.checked.set(item, { key, result });
    return result;
  }

  private renderItem(item: unknown, key: string, context: MediaContext) {
    const checked = this.check(item, key);
    if (!checked.ok) return this.renderRefused(checked.path, checked.reason, context.t);
    const media = checked.media;
    this.shown.add(key);
    if (media.type === 'image') {
      return html`<figure class="media" part="media">${renderImage(media)}</figure>`;
    }
    const title = media.title ?? context.name;
    const caption = media.caption ? html`<figcaption>${media.caption}</figcaption>` : nothing;
    if (media.type === 'video') return this.renderVideo(media, title, caption, context);
    return this.renderEmbed(media, key, title, caption, context.t);
  }

  private renderVideo(
    video: Extract<ShownMedia, { type: 'video' }>,
    title: string,
    caption: TemplateResult | typeof nothing,
    { t, lang }: MediaContext,
  ) {
    // A silent demo may loop by itself, muted; never under reduced motion, and never with sound.
    const loops = video.loop && !reducedMotion();
    return html`<figure class="media" part="media">
      <video
        controls
        preload="none"
        playsinline
        src=${video.src}
        poster=${ifDefined(video.poster)}
        aria-label=${t.mediaVideoOf(title)}
        ?loop=${video.loop}
        ?muted=${video.loop}
        .muted=${video.loop}
        ?autoplay=${loops}
      >
        ${
          video.captions
            ? html`<track kind="captions" src=${video.captions} srclang=${lang} label=${t.mediaCaptions} default />`
            : nothing
        }
      </video>
      ${printedPoster(video.poster)} ${caption}
      <p class="address">${t.mediaVideoAddress(absolute(video.src))}</p>
    </figure>`;
  }

  private renderEmbed(
    media: Extract<ShownMedia, { type: 'youtube' | 'vimeo' }>,
    key: string,
    title: string,
    caption: TemplateResult | typeof nothing,
    t: Translation,
  ) {
    const service = serviceName(media.type);
    const player = this.playing.has(key)
      ? html`<iframe
          class="player"
          src=${media.embed}
          title=${t.mediaVideoOf(title)}
          data-media-key=${key}
          allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
          allowfullscreen
          referrerpolicy="strict-origin-when-cross-origin"
        ></iframe>`
      : html`<button
          type="button"
          class="facade"
          part="media-play"
          aria-label=${t.mediaPlay(title)}
          @click=${() => this.play(key)}
        >
          ${media.poster ? html`<img src=${media.poster} alt="" loading="lazy" decoding="async" />` : placeholder}
          <span class="play-badge" aria-hidden="true">${playIcon}</span>
        </button>`;
    return html`<figure class="media" part="media">
      ${player}
      <p class="plays-from">${t.mediaPlaysFrom(service)}</p>
      ${printedPoster(media.poster)} ${caption}
      <p class="address">${t.mediaServiceAddress(service, media.url)}</p>
    </figure>`;
  }

  private renderRefused(path: string, reason: string, t: Translation) {
    const warning = `<${this.host.localName}> ${path}: ${t.mediaRefused} ${reason}`;
    if (!this.warned.has(warning)) {
      this.warned.add(warning);
      console.warn(`movewell-widgets: ${warning}`);
    }
    return html`<div class="problem media-problem" part="media-problem">
      <strong>${t.mediaRefused}</strong>
      <span>${reason}</span>
    </div>`;
  }

  private play(key: string) {
    this.playing.add(key);
    this.focusKey = key;
    this.host.requestUpdate();
  }
}

/** In print a video is its poster, or the drawn frame (a player cannot be printed). */
const printedPoster = (poster: string | undefined) =>
  // Not lazy: a hidden lazy image may still be missing when the page prints (the video's poster is fetched anyway).
  html`<div class="printed">${poster ? html`<img src=${poster} alt="" decoding="async" />` : placeholder}</div>`;

/** A printed address must work when typed in later, away from this page: relative ones are written out in full. */
const absolute = (url: string) => {
  if (isServer) return url;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

const playIcon = html`<svg viewBox="0 0 48 48" focusable="false">
  <circle cx="24" cy="24" r="23"></circle>
  <path d="M19 14.5v19l15-9.5z"></path>
</svg>`;

/** A video frame drawn here, where the facade has no poster: nothing is fetched from the video's service. */
const placeholder = html`<svg class="placeholder" viewBox="0 0 160 90" aria-hidden="true" focusable="false">
  <path d="M12 78l30-26 18 14 28-30 60 42"></path>
</svg>`;
