import { html, nothing } from 'lit';

/**
 * A content image: a `media` item of type `image`, or an illustration's own `src`. Loaded lazily,
 * named by its `alt`, with its caption under it.
 */
export function renderImage(image: { src: string; alt: string; caption?: string }) {
  return html`<img src=${image.src} alt=${image.alt} loading="lazy" decoding="async" />${
      image.caption ? html`<figcaption>${image.caption}</figcaption>` : nothing
    }`;
}
