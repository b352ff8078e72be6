/**
 * An exercise's or a drill step's photos and videos: the shared list editor, a type picker, and the
 * fields of the picked type. A video's captions-or-no-speech rule is checked on the item as a whole,
 * so its message shows at the top of the captions group, where the author fixes it.
 */
import { html } from 'lit';
import { MAX_MEDIA, MEDIA_TYPES } from '../content/schema.js';
import { getAt, setAt, textAt, type Path } from './draft.js';
import { checkbox, renderErrors, select, textField } from './fields.js';
import { fieldId, type FormContext } from './form-context.js';
import { listEditor } from './list-editor.js';
import { refitTranslations } from './translation-sync.js';
import { newMediaItem } from './new-items.js';

type MediaType = (typeof MEDIA_TYPES)[number];

const TYPE_LABELS: Record<MediaType, string> = {
  image: 'Photo',
  video: 'Your own video',
  youtube: 'YouTube video',
  vimeo: 'Vimeo video',
};

const ADDRESS_HINT = 'A web address (https://…) or a path on your site, such as /video/bridge.mp4.';

export function mediaList(ctx: FormContext, path: Path, hint: string) {
  return listEditor(ctx, path, {
    legend: 'Photos and videos',
    noun: 'media item',
    hint,
    optional: true,
    max: MAX_MEDIA,
    create: () => newMediaItem('image'),
    renderItem: (itemPath) => mediaItem(ctx, itemPath),
  });
}

function mediaItem(ctx: FormContext, path: Path) {
  const type = textAt(ctx.pack, [...path, 'type']) as MediaType;
  const at = (key: string) => [...path, key];
  // The words an author wrote (caption, and a video's title) stay when the type changes; the rest is the new type's.
  const changeType = (next: string) =>
    ctx.change((pack) => {
      const item = getAt(pack, path) as Record<string, unknown>;
      const kept = next === 'image' ? { caption: item.caption } : { title: item.title, caption: item.caption };
      const defined = Object.entries(kept).filter(([, value]) => value !== undefined);
      const changed = setAt(pack, path, { ...newMediaItem(next as MediaType), ...Object.fromEntries(defined) });
      return refitTranslations(changed, path.slice(0, -1));
    });
  const choices = MEDIA_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }));
  return html`${select(ctx, at('type'), 'Type', choices, { onValue: changeType })} ${fieldsOf(ctx, path, type)}
  ${wordsField(ctx, at('caption'), 'Caption', 'A line shown under it, and printed with it.')}`;
}

/** An optional line of words (caption, title): added or cleared, the translations gain or lose its line too. */
function wordsField(ctx: FormContext, path: Path, label: string, hint: string) {
  const onValue = (text: string) =>
    ctx.change(
      (pack) => refitTranslations(setAt(pack, path, text.trim() ? text : undefined), path.slice(0, -2)),
      fieldId(path),
    );
  return textField(ctx, path, label, { hint, onValue });
}

function fieldsOf(ctx: FormContext, path: Path, type: MediaType) {
  const at = (key: string) => [...path, key];
  const title = wordsField(
    ctx,
    at('title'),
    'Title',
    "Names the video for screen readers. Leave empty to use the exercise's or step's name.",
  );
  const poster = (required: boolean) =>
    textField(ctx, at('poster'), 'Poster (still picture)', {
      type: 'url',
      optional: !required,
      hint: required
        ? 'Shown before the video plays, and when the page is printed.'
        : 'Shown before the video plays. Leave empty for a drawn frame: nothing is loaded from the service until play.',
    });
  switch (type) {
    case 'image':
      return html`${textField(ctx, at('src'), 'Photo address', { type: 'url', hint: ADDRESS_HINT })}
      ${textField(ctx, at('alt'), 'Describe the photo', {
        hint: 'For people who cannot see it, for example "Lying on the back, hips lifted".',
      })}`;
    case 'video':
      return html`${textField(ctx, at('src'), 'Video address', {
        type: 'url',
        hint: `${ADDRESS_HINT} Give an MP4 (H.264) for Safari.`,
      })}
      ${poster(true)} ${captions(ctx, path)} ${title}`;
    default:
      return html`${textField(ctx, at('url'), type === 'youtube' ? 'YouTube address' : 'Vimeo address', {
        type: 'url',
        hint:
          type === 'youtube'
            ? 'Such as https://www.youtube.com/watch?v=… or https://youtu.be/…'
            : 'Such as https://vimeo.com/… or https://player.vimeo.com/video/…',
      })}
      ${poster(false)} ${title}`;
  }
}

/** Captions, unless the video has no speech; only a video without speech may loop. */
function captions(ctx: FormContext, path: Path) {
  const at = (key: string) => [...path, key];
  const noSpeech = getAt(ctx.pack, at('noSpeech')) === true;
  // Unticking "no speech" also stops the loop: a looping video plays muted, so it must have none.
  const onNoSpeech = (on: boolean) =>
    ctx.change((pack) => {
      const ticked = setAt(pack, at('noSpeech'), on || undefined);
      return on ? ticked : setAt(ticked, at('loop'), undefined);
    });
  return html`<div class="group" id=${fieldId(path)} tabindex="-1">
    ${renderErrors(ctx, path)}
    ${textField(ctx, at('captions'), 'Captions (WebVTT file)', {
      type: 'url',
      optional: true,
      errorsOf: path,
      hint: noSpeech
        ? 'Not needed for a video without speech.'
        : 'Required: a .vtt file on the same site as the page. Tick "This video has no speech" if nobody talks.',
    })}
    ${checkbox(ctx, at('noSpeech'), 'This video has no speech', undefined, onNoSpeech)}
    ${
      noSpeech
        ? checkbox(
            ctx,
            at('loop'),
            'Play it round and round, muted',
            'For a short silent demo. Still for readers who prefer reduced motion, until they press play.',
          )
        : null
    }
  </div>`;
}
