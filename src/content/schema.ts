/**
 * The shape of a content pack: the one source of truth from which the TypeScript types,
 * the runtime validation and the published JSON Schema (`content.schema.json`) all come.
 *
 * Messages are written for a clinician editing JSON by hand: each names what was expected,
 * and the validator appends the path and what it actually got.
 */
import * as v from 'valibot';

/** Bumped only when a pack written for the old format would be read differently. */
export const CONTENT_FORMAT = 1;

const MAX_TEXT = 2000;
const MAX_LIST = 100;
/** The longest time anywhere (a hold, a timed step, a rest): one hour. A drill from a script has the same limits. */
export const MAX_SECONDS = 3600;
/** The most sets, reps or rounds. */
export const MAX_COUNT = 1000;

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
  },
  'expected a dosage object such as {"sets": 2, "reps": 10, "holdSeconds": 5}',
);

/** The drawings that ship with the library; a pack may also point at its own image. */
export const POSES = [
  'glute-squeeze',
  'glute-bridge',
  'step-up',
  'clamshell',
  'banded-glute-bridge',
  'reverse-clamshell',
  'lateral-band-walk',
  'band-walk',
] as const;

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
  },
  'expected a drill object',
);

export const ChecklistItemSchema = v.strictObject(
  { id: IdSchema, text: Text, meaning: Text },
  'expected a sign such as {"id": "…", "text": "…", "meaning": "…"}',
);

export const RedFlagSchema = v.strictObject(
  {
    id: IdSchema,
    text: Text,
    level: v.picklist(['emergency', 'urgent'], 'expected "emergency" or "urgent"'),
  },
  'expected a red flag such as {"id": "…", "text": "…", "level": "emergency"}',
);

const CareMessageSchema = v.strictObject(
  { title: Text, body: TextList(1, 6, 'paragraphs') },
  'expected a message such as {"title": "…", "body": ["…"]}',
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
  },
  'expected an outcome object',
);

export const SourceSchema = v.strictObject(
  {
    title: Text,
    url: Url,
    reviewed: v.pipe(
      v.string('expected a date such as "2026-11-01"'),
      v.isoDate('expected a date such as "2026-11-01"'),
      // isoDate checks the shape only: "2026-02-30" would be shown as 2 March.
      v.check(
        (date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date),
        'expected a day that exists in the calendar, such as "2026-11-01"',
      ),
    ),
  },
  'expected a source such as {"title": "…", "url": "https://…", "reviewed": "2026-11-01"}',
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
  },
  'expected a checklist object',
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
  },
  'expected a booking offer object',
);

export const ContentPackSchema = v.strictObject(
  {
    $schema: v.optional(v.string()),
    format: v.literal(CONTENT_FORMAT, `expected "format": ${CONTENT_FORMAT}`),
    locale: v.pipe(
      v.string('expected a language tag such as "en-AU"'),
      v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag such as "en-AU"'),
    ),
    title: v.optional(Text),
    extends: v.optional(v.literal('default', 'expected "default" (add to the built-in pack) or no "extends" at all')),
    exercises: v.optional(list(ExerciseSchema, 0, 500, 'exercises'), []),
    drills: v.optional(list(DrillSchema, 0, 100, 'drills'), []),
    checklists: v.optional(list(ChecklistSchema, 0, 50, 'checklists'), []),
    offers: v.optional(list(OfferSchema, 0, 50, 'booking offers'), []),
  },
  'expected a content pack: an object with "format", "locale" and lists of exercises, drills, checklists and offers',
);
