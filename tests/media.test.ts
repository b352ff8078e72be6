/**
 * Media in content: images, the clinic's own videos, and YouTube or Vimeo videos behind a local
 * click-to-play facade, on the exercise card and in the drill timer, as a reader sees and uses them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { emulatePrint, emulateReducedMotion } from './browser.js';
import '../src/index.js';
import type { MwDrillTimer } from '../src/components/drill-timer/drill-timer.js';
import type { MwExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { validateContent, type ContentPackInput } from '../src/content/index.js';
import { captureWarnings, minimalPack, visibleText } from './helpers.js';

const POSTER = '/stories/assets/banded-glute-bridge.webp';
const VIDEO = '/stories/assets/banded-glute-bridge.webm';
const CAPTIONS = '/stories/assets/banded-glute-bridge.vtt';
const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m5s';
const VIMEO = 'https://vimeo.com/76979871';

type Media = NonNullable<NonNullable<ContentPackInput['exercises']>[number]['media']>;

function packWith(media: unknown[]): ContentPackInput {
  const pack = minimalPack();
  pack.exercises[0]!.media = media as Media;
  return pack;
}

async function cardWith(media: unknown[]) {
  const wrapper = await fixture(
    html`<mw-content .content=${packWith(media)}>
      <mw-exercise-card exercise="wall-sit"></mw-exercise-card>
    </mw-content>`,
  );
  const card = wrapper.querySelector<MwExerciseCard>('mw-exercise-card')!;
  await card.updateComplete;
  return card;
}

const shadow = (el: Element) => el.shadowRoot!;
const picture = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="illustration"]')!;

/** Every address the widget's shadow tree would load: images, videos, tracks, frames. */
const addresses = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('img, video, track, iframe, source')].flatMap((node) =>
    ['src', 'poster'].map((name) => node.getAttribute(name)).filter((value): value is string => Boolean(value)),
  );
const offSite = (el: Element) => addresses(el).filter((url) => new URL(url, location.href).origin !== location.origin);

describe('media', () => {
  afterEach(() => emulateReducedMotion(null, false));

  it('shows an image with its alt and caption, in place of the drawing', async () => {
    const card = await cardWith([
      {
        type: 'image',
        src: POSTER,
        alt: 'A person lying on their back with hips lifted',
        caption: 'The top of the bridge.',
      },
    ]);
    const img = picture(card).querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('A person lying on their back with hips lifted');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(picture(card).querySelector('figcaption')!.textContent).to.equal('The top of the bridge.');
    expect(picture(card).querySelector('svg[role="img"]'), 'no drawing beside it').to.be.null;
    await expect(card).to.be.accessible();
  });

  it('shows the clinic’s video with controls, preload="none", its poster and a captions track, never playing by itself', async () => {
    const card = await cardWith([{ type: 'video', src: VIDEO, poster: POSTER, captions: CAPTIONS }]);
    const video = picture(card).querySelector('video')!;
    expect(video.hasAttribute('controls')).to.be.true;
    expect(video.getAttribute('preload')).to.equal('none');
    expect(video.getAttribute('poster')).to.equal(POSTER);
    expect(video.autoplay, 'no autoplay').to.be.false;
    expect(video.muted, 'with its sound').to.be.false;
    expect(video.getAttribute('aria-label')).to.equal('Video: Wall sit');
    const track = video.querySelector('track')!;
    expect(track.kind).to.equal('captions');
    expect(track.getAttribute('src')).to.equal(CAPTIONS);
    expect(track.srclang).to.equal('en-AU');
    expect(track.label).to.equal('Captions');
    expect(video.paused).to.be.true;
    await expect(card).to.be.accessible();
  });

  const demo = { type: 'video', src: VIDEO, poster: POSTER, noSpeech: true, loop: true, title: 'Bridge demo' };

  it('loops a silent demo muted, by itself', async () => {
    const card = await cardWith([demo]);
    const video = picture(card).querySelector('video')!;
    expect(video.muted && video.loop && video.autoplay, 'muted, looping, playing by itself').to.be.true;
    expect(video.querySelector('track'), 'no speech, no captions needed').to.be.null;
    expect(video.getAttribute('aria-label')).to.equal('Video: Bridge demo');
    await expect(card).to.be.accessible();
  });

  it('leaves a silent demo still under reduced motion, until pressed', async function () {
    await emulateReducedMotion(this, true);
    const card = await cardWith([demo]);
    const video = picture(card).querySelector('video')!;
    expect(video.autoplay, 'still under reduced motion').to.be.false;
    expect(video.muted, 'and silent when played').to.be.true;
    expect(video.getAttribute('preload')).to.equal('none');
    await expect(card).to.be.accessible();
  });

  it('shows YouTube and Vimeo as a local facade, with nothing asked of another host before play', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource', buffered: false });
    const card = await cardWith([
      { type: 'youtube', url: YOUTUBE },
      { type: 'vimeo', url: VIMEO, title: 'Clamshell demo' },
    ]);
    await new Promise((done) => setTimeout(done, 300));
    observer.disconnect();
    expect(offSite(card), 'no image, video or frame from another site').to.deep.equal([]);
    expect(shadow(card).querySelector('iframe')).to.be.null;
    expect(requests.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);

    const plays = [...shadow(card).querySelectorAll<HTMLButtonElement>('[part~="media-play"]')];
    expect(plays.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Play video: Wall sit',
      'Play video: Clamshell demo',
    ]);
    expect(visibleText(card))
      .to.contain('This video plays from YouTube once you press play.')
      .and.contain('This video plays from Vimeo once you press play.');
    await expect(card).to.be.accessible();
  });

  it('opens the privacy-enhanced player with a title after play, and moves focus into it', async () => {
    const card = await cardWith([
      { type: 'youtube', url: YOUTUBE, poster: POSTER },
      { type: 'vimeo', url: 'https://vimeo.com/76979871/abc123def' },
    ]);
    const [youtube, vimeo] = shadow(card).querySelectorAll<HTMLButtonElement>('[part~="media-play"]');
    expect(youtube!.querySelector('img')!.getAttribute('src'), 'the pack’s own poster').to.equal(POSTER);
    youtube!.click();
    await card.updateComplete;
    const frame = shadow(card).querySelector('iframe')!;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=65');
    expect(frame.title).to.equal('Video: Wall sit');
    expect(shadow(card).activeElement === frame, 'focus on the player the reader asked for').to.be.true;
    await expect(card).to.be.accessible();

    vimeo!.click();
    await card.updateComplete;
    const frames = [...shadow(card).querySelectorAll('iframe')];
    expect(frames.map((each) => each.src)).to.deep.equal([
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=65',
      'https://player.vimeo.com/video/76979871?h=abc123def&dnt=1&autoplay=1',
    ]);
    expect(shadow(card).activeElement === frames[1], 'focus on the second player').to.be.true;
    await expect(card).to.be.accessible();
  });

  for (const [label, item, field, reason] of [
    ['a javascript: image', { type: 'image', src: 'javascript:alert(1)', alt: 'x' }, 'src', 'javascript: scheme'],
    [
      'a data: video',
      { type: 'video', src: 'data:video/webm;base64,AAAA', poster: POSTER, noSpeech: true },
      'src',
      'data: scheme',
    ],
    [
      'a phone link as captions',
      { type: 'video', src: VIDEO, poster: POSTER, captions: 'tel:123' },
      'captions',
      'not a web address',
    ],
    [
      'another host as YouTube',
      { type: 'youtube', url: 'https://evil.example/watch?v=dQw4w9WgXcQ' },
      'url',
      'YouTube video',
    ],
    [
      'YouTube over http:',
      { type: 'youtube', url: 'http://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      'url',
      'https: address',
    ],
    ['a YouTube address as Vimeo', { type: 'vimeo', url: YOUTUBE }, 'url', 'Vimeo video'],
  ] as const) {
    it(`refuses ${label}: a message in its place, one warning naming the path, the rest of the card kept`, async () => {
      const capture = captureWarnings();
      try {
        const card = await cardWith([item, { type: 'image', src: POSTER, alt: 'The bridge' }]);
        const problem = picture(card).querySelector('[part~="media-problem"]')!;
        expect(problem.textContent).to.contain('This picture or video can’t be shown here.').and.contain(reason);
        expect(picture(card).querySelector('img')!.alt, 'the next item still shows').to.equal('The bridge');
        expect(visibleText(card)).to.contain('Slide down until your knees bend.');
        expect(offSite(card)).to.deep.equal([]);
        // Another render (Done today) does not warn again.
        shadow(card).querySelector<HTMLButtonElement>('[part~="done-button"]')!.click();
        await card.updateComplete;
        const ours = capture.warnings.filter((warning) => warning.includes('media'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain(`<mw-exercise-card> exercise="wall-sit" media[0].${field}:`);
        await expect(card).to.be.accessible();
      } finally {
        capture.restore();
      }
    });
  }

  it('accepts an http: image, as booking links do', async () => {
    const card = await cardWith([{ type: 'image', src: `http://${location.host}${POSTER}`, alt: 'The bridge' }]);
    expect(picture(card).querySelector('img')!.alt).to.equal('The bridge');
  });

  it('checks the shape in the pack: captions unless no speech, loop only without speech, known types', () => {
    const errors = (media: unknown[]) => {
      const result = validateContent(packWith(media));
      return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
    };
    expect(errors([{ type: 'video', src: VIDEO, poster: POSTER }])[0]).to.contain(
      'exercises[0].media[0]: expected "captions" (a WebVTT file), or "noSpeech": true',
    );
    expect(errors([{ type: 'video', src: VIDEO, poster: POSTER, captions: CAPTIONS, loop: true }])[0]).to.contain(
      'expected "loop" only on a video with "noSpeech": true',
    );
    expect(errors([{ type: 'image', src: POSTER }])[0]).to.equal(
      'exercises[0].media[0].alt: required, but it is missing',
    );
    expect(errors([{ type: 'gif', src: POSTER }])[0]).to.contain('exercises[0].media[0].type');
    expect(errors([{ type: 'video', src: VIDEO, poster: POSTER, noSpeech: true, loop: true }])).to.deep.equal([]);
  });

  it('gives the media’s words in the page’s language, and refuses a translation without them', async () => {
    const pack = packWith([
      { type: 'image', src: POSTER, alt: 'The top of the bridge', caption: 'Squeeze here.' },
      { type: 'youtube', url: YOUTUBE, title: 'Bridge demo' },
    ]);
    const exercise = pack.exercises![0]!;
    const spanish = {
      name: 'Sentadilla en la pared',
      summary: 'Fortalece muslos y glúteos.',
      muscles: ['Cuádriceps'],
      equipment: ['Una pared'],
      steps: ['Apoya la espalda en la pared.'],
      cues: [],
      safety: 'Detente si te duelen las rodillas.',
    };
    exercise.translations = { es: { ...spanish, media: [{ alt: 'Arriba del puente' }, { title: 'Demostración' }] } };
    expect(validateContent(pack).ok, 'the alt is translated, the caption is not').to.be.false;
    const result = validateContent(pack);
    expect(result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`)).to.deep.equal([
      'exercises[0].translations.es.media[0].caption: required, because the item has it in its own language',
    ]);

    exercise.translations.es!.media = [
      { alt: 'Arriba del puente', caption: 'Aprieta aquí.' },
      { title: 'Demostración' },
    ];
    const wrapper = await fixture(
      html`<div lang="es">
        <mw-content .content=${pack}><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>
      </div>`,
    );
    const card = wrapper.querySelector<MwExerciseCard>('mw-exercise-card')!;
    // The pack is checked first (the validator is fetched with a site's own pack), then the card renders.
    await wrapper.querySelector<LitElement>('mw-content')!.updateComplete;
    await card.updateComplete;
    expect(picture(card).querySelector('img')!.alt).to.equal('Arriba del puente');
    expect(picture(card).querySelector('figcaption')!.textContent).to.equal('Aprieta aquí.');
    expect(picture(card).querySelector('[part~="media-play"]')!.getAttribute('aria-label')).to.equal(
      'Reproducir vídeo: Demostración',
    );
    expect(visibleText(card)).to.contain('Este vídeo se reproduce desde YouTube');
    await expect(card).to.be.accessible();
  });

  it('prints a video as its poster with its address written out', async () => {
    const card = await cardWith([
      { type: 'video', src: VIDEO, poster: POSTER, captions: CAPTIONS },
      { type: 'youtube', url: YOUTUBE },
    ]);
    await emulatePrint(true);
    try {
      const [video, youtube] = [...shadow(card).querySelectorAll<HTMLElement>('[part~="media"]')];
      expect(getComputedStyle(video!.querySelector('video')!).display).to.equal('none');
      const printed = video!.querySelector<HTMLElement>('.printed')!;
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(printed.querySelector('img')!.getAttribute('src')).to.equal(POSTER);
      expect(video!.querySelector('.address')!.textContent).to.equal(`Video: ${new URL(VIDEO, location.href).href}`);
      expect(getComputedStyle(youtube!.querySelector('[part~="media-play"]')!).display).to.equal('none');
      expect(youtube!.querySelector('.address')!.textContent).to.contain(`Video on YouTube: ${YOUTUBE}`);
      await expect(card).to.be.accessible();
    } finally {
      await emulatePrint(false);
    }
  });

  it('shows a drill step’s media in the timer while that step runs', async () => {
    const pack: ContentPackInput = {
      format: 1,
      locale: 'en',
      extends: 'default',
      drills: [
        {
          id: 'with-video',
          name: 'Bridge practice',
          purpose: 'A warm-up, then bridges.',
          equipment: [],
          steps: [
            { type: 'timed', name: 'March on the spot', seconds: 20 },
            {
              type: 'reps',
              exercise: 'banded-glute-bridge',
              reps: 10,
              media: [{ type: 'video', src: VIDEO, poster: POSTER, noSpeech: true, loop: true }],
            },
          ],
        },
      ],
    };
    const wrapper = await fixture(
      html`<mw-content .content=${pack}>
        <mw-drill-timer drill="with-video" no-resume></mw-drill-timer>
      </mw-content>`,
    );
    const timer = wrapper.querySelector<MwDrillTimer>('mw-drill-timer')!;
    await timer.updateComplete;
    const press = async (name: RegExp) => {
      const button = [...shadow(timer).querySelectorAll('button')].find((each) => name.test(each.textContent ?? ''));
      button!.click();
      await timer.updateComplete;
    };
    await press(/^\s*Start/);
    await waitUntil(() => shadow(timer).querySelector('[part~="step-name"]'), 'the run shows its first step');
    expect(shadow(timer).querySelector('[part~="step-name"]')!.textContent).to.contain('March');
    expect(shadow(timer).querySelector('video'), 'not during another step').to.be.null;
    await press(/Skip/);
    await waitUntil(() => shadow(timer).querySelector('[part~="step-name"]')!.textContent!.includes('bridge'));
    const video = shadow(timer).querySelector('[part~="illustration"] video')!;
    expect(video.getAttribute('aria-label')).to.equal('Video: Banded glute bridge');
    expect(video.getAttribute('preload')).to.equal('none');
    await expect(timer).to.be.accessible();
  });

  it('keeps focus on a player or video in the running timer while the clock ticks', async () => {
    const drill = {
      steps: [
        {
          type: 'timed',
          name: 'Bridge hold',
          seconds: 30,
          media: [
            { type: 'youtube', url: YOUTUBE },
            { type: 'video', src: VIDEO, poster: POSTER, noSpeech: true },
          ],
        },
      ],
    } as const;
    const timer = await fixture<MwDrillTimer>(html`<mw-drill-timer no-resume .customDrill=${drill}></mw-drill-timer>`);
    timer.start();
    await timer.updateComplete;
    shadow(timer).querySelector<HTMLButtonElement>('[part~="media-play"]')!.click();
    await timer.updateComplete;
    const frame = shadow(timer).querySelector('iframe')!;
    expect(frame.title).to.equal('Video: Bridge hold');
    // Compared as booleans: chai's message for two unequal elements (an iframe) can stall the page.
    expect(shadow(timer).activeElement === frame, 'focus on the player').to.be.true;
    await new Promise((done) => setTimeout(done, 1200));
    expect(shadow(timer).activeElement === frame, 'still on the player after the clock moved').to.be.true;

    const video = shadow(timer).querySelector('video')!;
    video.focus();
    await new Promise((done) => setTimeout(done, 1200));
    expect(shadow(timer).activeElement === video, 'still on the video').to.be.true;
    timer.pause();
  });
});
