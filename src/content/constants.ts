/**
 * The content format's constants. They live apart from the schema so that widgets and the CDN
 * build can read them without loading validation (valibot), which only a site's own pack needs.
 */

/** Bumped only when a pack written for the old format would be read differently. */
export const CONTENT_FORMAT = 1;

/** The longest time anywhere (a hold, a timed step, a rest): one hour. A drill from a script has the same limits. */
export const MAX_SECONDS = 3600;
/** The most sets, reps or rounds. */
export const MAX_COUNT = 1000;

/** Bigger than any real pack; refusing more keeps a hostile file from stalling the page. */
export const MAX_CONTENT_CHARACTERS = 1_000_000;

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
