/**
 * The shape of a content pack: the one source of truth from which the TypeScript types,
 * the runtime validation and the published JSON Schema (`content.schema.json`) all come.
 *
 * Messages are written for a clinician editing JSON by hand: each names what was expected,
 * and the validator appends the path and what it actually got.
 */
import * as v from 'valibot';
import { CONTENT_FORMAT, MAX_COUNT, MAX_SECONDS, POSES } from './constants.js';

const MAX_TEXT = 2000;
const MAX_LIST = 100;
export { CONTENT_FORMAT, MAX_COUNT, MAX_SECONDS, POSES } from './constants.js';

export const IdSchema = v.pipe(
  v.string('expected an id (text)'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id in lowercase letters, digits and dashes, like "glute-bridge"'),
  v.maxLength(64, 'expected an id of at most 64 characters'),
  v.description('A stable id in kebab-case, used by attributes such as exercise="glute-bridge".'),
);

const Text = v.pipe(
  v.string('expected text'),
  // Before trim, so an editor checking the JSON Schema flags "   " as the widget will.
  v.regex(/\S/, 'expected some text, not an empty string or only spaces'),
  v.trim(),
  v.nonEmpty('expected some text, not an empty string'),
  v.maxLength(MAX_TEXT, `expected text of at most ${MAX_TEXT} characters`),
);

const list = <T extends v.GenericSchema>(item: T, min: number, max = MAX_LIST, what = 'items') =>
  v.pipe(
    v.array(item, `expected a list of ${what}`),
    v.minLength(min, `expected a list of ${what} with at least ${min} ${min === 1 ? 'entry' : 'entries'}`),
    v.maxLength(max, `expected at most ${max} ${what}`),
  );

const TextList = (min: number, max = MAX_LIST, what = 'lines of text') => list(Text, min, max, what);
const IdList = (what: string) => list(IdSchema, 0, MAX_LIST, what);

const WholeNumber = v.pipe(
  v.number('expected a whole number of at least 1'),
  v.integer('expected a whole number of at least 1'),
  v.minValue(1, 'expected a whole number of at least 1'),
  v.maxValue(MAX_COUNT, `expected a whole number of at most ${MAX_COUNT}`),
);

const Seconds = v.pipe(
  v.number('expected a number of seconds greater than 0'),
  v.gtValue(0, 'expected a number of seconds greater than 0'),
  v.maxValue(MAX_SECONDS, `expected at most ${MAX_SECONDS} seconds (one hour)`),
);

const RestSeconds = v.pipe(
  v.number('expected a number of seconds (0 or more)'),
  v.minValue(0, 'expected a number of seconds (0 or more)'),
  v.maxValue(MAX_SECONDS, `expected at most ${MAX_SECONDS} seconds (one hour)`),
);

export const RepRangeSchema = v.pipe(
  v.strictObject({ min: WholeNumber, max: WholeNumber }, 'expected a range such as {"min": 10, "max": 15}'),
  v.check((range) => range.min <= range.max, 'expected "min" to be no larger than "max"'),
);

/** Reps are a whole number (`10`) or a range (`{"min": 10, "max": 15}`). */
export const RepsSchema = v.union(
  [WholeNumber, RepRangeSchema],
  'expected a whole number of at least 1, or a range such as {"min": 10, "max": 15}',
);

/** What a rep counts: `reps` ("10 reps") or `steps` ("5 steps", for band walks). */
export const RepUnitSchema = v.picklist(['reps', 'steps'], 'expected "reps" or "steps"');

const Url = v.pipe(
  v.string('expected a web address'),
  v.regex(/\S/, 'expected a web address, not an empty string or only spaces'),
  v.trim(),
  v.nonEmpty('expected a web address, not an empty string'),
  v.maxLength(2048, 'expected a web address of at most 2048 characters'),
);

export const DosageSchema = v.strictObject(
  {
    sets: v.optional(WholeNumber),
    reps: v.optional(RepsSchema),
    unit: v.optional(RepUnitSchema),
    holdSeconds: v.optional(Seconds),
    perSide: v.optional(v.boolean('expected true or false')),
    eachWay: v.optional(v.boolean('expected true or false')),
    restSeconds: v.optional(RestSeconds),
    /** True when the numbers are the clinic's own suggestion, not a dose its sources give (a card may say so). */
    clinicChoice: v.optional(v.boolean('expected true or false')),
  },
  'expected a dosage object such as {"sets": 2, "reps": 10, "holdSeconds": 5}',
);

export const IllustrationSchema = v.pipe(
  v.strictObject(
    {
      pose: v.optional(v.picklist(POSES, `expected one of the built-in poses: ${POSES.join(', ')}`)),
      src: v.optional(Url),
      alt: Text,
    },
    'expected an illustration such as {"pose": "glute-bridge", "alt": "…"}',
  ),
  // Without either there is nothing to draw: an empty frame, not a drawing.
  v.check((illustration) => Boolean(illustration.pose || illustration.src), 'expected a "pose" or an image "src"'),
);

/**
 * Media a clinic adds to an exercise or a drill step: its own images and videos, or a video on YouTube
 * or Vimeo. Addresses are checked where they are shown (src/media/media-item.ts), not here: a refused
 * address costs only that item, with a message in its place, never the whole pack.
 */
const MediaCommon = {
  /** A line under the media, shown and printed with it. */
  caption: v.optional(Text),
};

const VideoCommon = {
  ...MediaCommon,
  /** The video's name, for the player and screen readers (default: the exercise's or step's name). */
  title: v.optional(Text),
};

export const ImageMediaSchema = v.strictObject(
  { type: v.literal('image'), src: Url, alt: Text, ...MediaCommon },
  'expected an image such as {"type": "image", "src": "https://…", "alt": "…"}',
);

export const VideoMediaSchema = v.pipe(
  v.strictObject(
    {
      type: v.literal('video'),
      src: Url,
      /** The still shown before play and in print. */
      poster: Url,
      /** The captions, a WebVTT (.vtt) file. */
      captions: v.optional(Url),
      /** The video has no speech, so it needs no captions. */
      noSpeech: v.optional(v.boolean('expected true or false')),
      /** A short silent demo that plays muted, round and round, unless the reader prefers reduced motion. */
      loop: v.optional(v.boolean('expected true or false')),
      ...VideoCommon,
    },
    'expected a video such as {"type": "video", "src": "https://….mp4", "poster": "https://….jpg", "captions": "https://….vtt"}',
  ),
  v.check(
    (video) => Boolean(video.captions) || video.noSpeech === true,
    'expected "captions" (a WebVTT file), or "noSpeech": true for a video without speech',
  ),
  v.check(
    (video) => !video.loop || video.noSpeech === true,
    'expected "loop" only on a video with "noSpeech": true (a looping video plays without sound)',
  ),
);

export const YouTubeMediaSchema = v.strictObject(
  { type: v.literal('youtube'), url: Url, poster: v.optional(Url), ...VideoCommon },
  'expected a YouTube video such as {"type": "youtube", "url": "https://www.youtube.com/watch?v=…"}',
);

export const VimeoMediaSchema = v.strictObject(
  { type: v.literal('vimeo'), url: Url, poster: v.optional(Url), ...VideoCommon },
  'expected a Vimeo video such as {"type": "vimeo", "url": "https://vimeo.com/…"}',
);

export const MEDIA_TYPES = ['image', 'video', 'youtube', 'vimeo'] as const;

export const MediaItemSchema = v.variant(
  'type',
  [ImageMediaSchema, VideoMediaSchema, YouTubeMediaSchema, VimeoMediaSchema],
  `expected media whose "type" is one of: ${MEDIA_TYPES.join(', ')}`,
);

export const MAX_MEDIA = 6;
const MediaList = v.optional(list(MediaItemSchema, 1, MAX_MEDIA, 'media items'));

/** A media item's words in another language, one entry per item in the same order (addresses stay in the item). */
const MediaTextList = v.optional(
  list(
    v.strictObject(
      { alt: v.optional(Text), caption: v.optional(Text), title: v.optional(Text) },
      'expected {"alt": "…", "caption": "…", "title": "…"} (the words the item has)',
    ),
    1,
    MAX_MEDIA,
    'media items',
  ),
);

/** A language tag such as "es" or "es-MX", as a pack's `locale` and the keys of `translations`. */
const LanguageTag = v.pipe(
  v.string('expected a language tag such as "en-AU"'),
  v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag such as "en-AU"'),
);

/**
 * An item's words in other languages, keyed by language tag (`{"es": {…}}`). A translation holds text
 * only: numbers, ids and a red flag's tier live once, in the item, so no language can change them. Each
 * translation is complete (validation checks it has every text the item has), so a reader never meets
 * health advice half in one language and half in another.
 */
const translations = <T extends v.GenericSchema>(text: T) =>
  v.optional(v.record(LanguageTag, text, 'expected translations keyed by language tag, such as {"es": {…}}'));

/** Text of a list whose entries have ids (red flags, signs, outcomes), keyed by those ids. */
const byId = <T extends v.GenericSchema>(text: T, what: string) =>
  v.record(IdSchema, text, `expected the ${what}' text keyed by their ids, such as {"some-id": {…}}`);

export const ExerciseTextSchema = v.strictObject(
  {
    name: Text,
    summary: Text,
    muscles: TextList(1, 20, 'muscles'),
    equipment: TextList(0, 20, 'pieces of equipment'),
    steps: TextList(1, 12, 'steps'),
    cues: TextList(0, 6, 'cues'),
    safety: Text,
    illustration: v.optional(v.strictObject({ alt: Text }, 'expected {"alt": "…"}')),
    media: MediaTextList,
  },
  "expected the exercise's text in another language",
);

export const ExerciseSchema = v.strictObject(
  {
    id: IdSchema,
    name: Text,
    summary: Text,
    muscles: TextList(1, 20, 'muscles'),
    equipment: TextList(0, 20, 'pieces of equipment'),
    steps: TextList(1, 12, 'steps'),
    cues: TextList(0, 6, 'cues'),
    dosage: DosageSchema,
    safety: Text,
    easier: v.optional(IdList('exercise ids')),
    harder: v.optional(IdList('exercise ids')),
    illustration: v.optional(IllustrationSchema),
    /** Shown in place of the drawing on the card, and in the timer while a step of this exercise runs. */
    media: MediaList,
    translations: translations(ExerciseTextSchema),
  },
  'expected an exercise object',
);

const StepCommon = {
  name: v.optional(Text),
  exercise: v.optional(IdSchema),
  cue: v.optional(Text),
  perSide: v.optional(v.boolean('expected true or false')),
  /** One way, then back the other way (a band walk): the step runs twice. */
  eachWay: v.optional(v.boolean('expected true or false')),
  restAfterSeconds: v.optional(RestSeconds),
  /** Shown in the timer while this step runs, in place of its exercise's media or drawing. */
  media: MediaList,
};

export const TimedStepSchema = v.strictObject(
  { ...StepCommon, type: v.literal('timed'), seconds: Seconds },
  'expected a timed step such as {"type": "timed", "name": "Plank", "seconds": 30}',
);

export const RepStepSchema = v.strictObject(
  { ...StepCommon, type: v.literal('reps'), reps: RepsSchema, unit: v.optional(RepUnitSchema) },
  'expected a rep step such as {"type": "reps", "exercise": "glute-bridge", "reps": 10}',
);

export const DrillStepSchema = v.pipe(
  v.variant('type', [TimedStepSchema, RepStepSchema], 'expected a step whose "type" is "timed" or "reps"'),
  v.check((step) => Boolean(step.name ?? step.exercise), 'expected a "name" or an "exercise" id for the step'),
);

export const DrillTextSchema = v.strictObject(
  {
    name: Text,
    purpose: Text,
    equipment: TextList(0, 20, 'pieces of equipment'),
    setup: v.optional(TextList(0, 10, 'setup lines')),
    /** One entry per step, in the same order: its `name` and `cue`, where the step has them. */
    steps: list(
      v.strictObject(
        { name: v.optional(Text), cue: v.optional(Text), media: MediaTextList },
        'expected {"name": "…", "cue": "…"}',
      ),
      1,
      MAX_LIST,
      'steps',
    ),
    notes: v.optional(TextList(0, 10, 'notes')),
    safety: v.optional(Text),
  },
  "expected the drill's text in another language",
);

export const DrillSchema = v.strictObject(
  {
    id: IdSchema,
    name: Text,
    purpose: Text,
    equipment: TextList(0, 20, 'pieces of equipment'),
    setup: v.optional(TextList(0, 10, 'setup lines')),
    steps: list(DrillStepSchema, 1, MAX_LIST, 'steps'),
    rounds: v.optional(WholeNumber),
    restBetweenRoundsSeconds: v.optional(RestSeconds),
    restBetweenStepsSeconds: v.optional(RestSeconds),
    notes: v.optional(TextList(0, 10, 'notes')),
    /** The stop rule for the whole drill, shown beside its notes and during the run. */
    safety: v.optional(Text),
    translations: translations(DrillTextSchema),
  },
  'expected a drill object',
);

export const ChecklistItemSchema = v.strictObject(
  { id: IdSchema, text: Text, meaning: Text },
  'expected a sign such as {"id": "…", "text": "…", "meaning": "…"}',
);

const CareMessageSchema = v.strictObject(
  { title: Text, body: TextList(1, 6, 'paragraphs') },
  'expected a message such as {"title": "…", "body": ["…"]}',
);

/** `emergency`: call the emergency number or go to the emergency department now; `urgent`: be seen the same day. */
export const RED_FLAG_LEVELS = ['emergency', 'urgent'] as const;

export const RedFlagSchema = v.strictObject(
  {
    id: IdSchema,
    text: Text,
    level: v.picklist(RED_FLAG_LEVELS, 'expected "emergency" or "urgent"'),
    /**
     * Words of its own in place of the tier's message, for a sign whose help differs (chest pain: the
     * heart, not the back). When several ticked signs have one, the first in the list wins.
     */
    message: v.optional(CareMessageSchema),
    /** The `id`s of the checklist's sources that name this sign. */
    sources: v.optional(IdList('source ids')),
  },
  'expected a red flag such as {"id": "…", "text": "…", "level": "emergency"}',
);

export const OutcomeSchema = v.strictObject(
  {
    id: IdSchema,
    minScore: v.pipe(
      v.number('expected a whole number (0 or more)'),
      v.integer('expected a whole number (0 or more)'),
      v.minValue(0, 'expected a whole number (0 or more)'),
    ),
    maxScore: v.pipe(
      v.number('expected a whole number (0 or more)'),
      v.integer('expected a whole number (0 or more)'),
      v.minValue(0, 'expected a whole number (0 or more)'),
    ),
    title: Text,
    body: TextList(1, 6, 'paragraphs'),
    recommend: IdList('exercise ids'),
    /** A drill to go on to, shown (and startable) under the recommended exercises, e.g. "banded-glute-activation". */
    drill: v.optional(IdSchema),
  },
  'expected an outcome object',
);

export const SourceSchema = v.strictObject(
  {
    /** Lets a red flag name its sources (`"sources": ["nhs-back-pain"]`). */
    id: v.optional(IdSchema),
    title: Text,
    url: Url,
    reviewed: v.pipe(
      v.string('expected a date such as "2026-11-01"'),
      v.isoDate('expected a date such as "2026-11-01"'),
      // isoDate checks the shape only: "2026-02-30" would be shown as 2 March. Chromium and
      // Firefox roll such a day over to the next month, WebKit gives an Invalid Date: refuse both.
      v.check((date) => {
        const day = new Date(`${date}T00:00:00Z`);
        return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
      }, 'expected a day that exists in the calendar, such as "2026-11-01"'),
    ),
  },
  'expected a source such as {"title": "…", "url": "https://…", "reviewed": "2026-11-01"}',
);

export const ChecklistTextSchema = v.strictObject(
  {
    title: Text,
    intro: Text,
    redFlags: v.strictObject(
      {
        question: Text,
        items: byId(v.strictObject({ text: Text, message: v.optional(CareMessageSchema) }), 'red flags'),
        emergency: CareMessageSchema,
        urgent: CareMessageSchema,
      },
      'expected the red-flag screen\'s text: {"question", "items", "emergency", "urgent"}',
    ),
    question: Text,
    items: byId(v.strictObject({ text: Text, meaning: Text }), 'signs'),
    outcomes: byId(v.strictObject({ title: Text, body: TextList(1, 6, 'paragraphs') }), 'outcomes'),
    disclaimer: Text,
    /** One title per source, in the same order (the pages themselves stay in their own language). */
    sources: list(v.strictObject({ title: Text }, 'expected {"title": "…"}'), 1, 20, 'sources'),
    reviewedBy: v.optional(Text),
  },
  "expected the checklist's text in another language",
);

export const ChecklistSchema = v.strictObject(
  {
    id: IdSchema,
    title: Text,
    intro: Text,
    redFlags: v.strictObject(
      {
        question: Text,
        items: list(RedFlagSchema, 1, 30, 'red flags'),
        emergency: CareMessageSchema,
        urgent: CareMessageSchema,
      },
      'expected the red-flag screen: {"question", "items", "emergency", "urgent"}',
    ),
    question: Text,
    items: list(ChecklistItemSchema, 1, 30, 'signs'),
    outcomes: list(OutcomeSchema, 1, 10, 'outcomes'),
    disclaimer: Text,
    sources: list(SourceSchema, 1, 20, 'sources'),
    /** Who reviewed the checklist for this site, e.g. "Jo Smith, physiotherapist". Shown with the sources. */
    reviewedBy: v.optional(Text),
    translations: translations(ChecklistTextSchema),
  },
  'expected a checklist object',
);

export const OfferTextSchema = v.strictObject(
  {
    headline: Text,
    body: Text,
    buttonLabel: Text,
    resources: v.optional(v.strictObject({ label: Text }, 'expected {"label": "…"}')),
  },
  "expected the offer's text in another language",
);

export const OfferSchema = v.strictObject(
  {
    id: IdSchema,
    headline: Text,
    body: Text,
    buttonLabel: Text,
    href: v.optional(Url),
    resources: v.optional(
      v.strictObject({ label: Text, href: Url }, 'expected a link such as {"label": "…", "href": "…"}'),
    ),
    translations: translations(OfferTextSchema),
  },
  'expected a booking offer object',
);

export const ContentPackSchema = v.strictObject(
  {
    $schema: v.optional(v.string()),
    format: v.literal(CONTENT_FORMAT, `expected "format": ${CONTENT_FORMAT}`),
    locale: LanguageTag,
    title: v.optional(Text),
    extends: v.optional(v.literal('default', 'expected "default" (add to the built-in pack) or no "extends" at all')),
    exercises: v.optional(list(ExerciseSchema, 0, 500, 'exercises'), []),
    drills: v.optional(list(DrillSchema, 0, 100, 'drills'), []),
    checklists: v.optional(list(ChecklistSchema, 0, 50, 'checklists'), []),
    offers: v.optional(list(OfferSchema, 0, 50, 'booking offers'), []),
  },
  'expected a content pack: an object with "format", "locale" and lists of exercises, drills, checklists and offers',
);
