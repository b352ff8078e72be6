// The drill timer's error, from bench/drill-drift.mjs (written with the timer), when it exists.
import { existsSync } from 'node:fs';

const MODULE = new URL('./drill-drift.mjs', import.meta.url);

/**
 * Loads `measureDrillDrift` from bench/drill-drift.mjs and calls it with
 * `{ browser, baseUrl, cdnUrl }` (a puppeteer Browser, the bench site, the CDN build on it).
 * Returns undefined when the module or its export is not there yet; otherwise its result:
 * a number (the timer's error in ms) or an object with `timerErrorMs` and `naiveErrorMs`.
 */
export async function drillDrift(options) {
  if (!existsSync(MODULE)) return undefined;
  const { measureDrillDrift } = await import(MODULE.href);
  if (typeof measureDrillDrift !== 'function') return undefined;
  return measureDrillDrift(options);
}

const pick = (result, names) => names.map((name) => result?.[name]).find((value) => typeof value === 'number');

/** The timer's and the naive timer's error in ms, from whichever shape the result has. */
export function readDrift(result) {
  if (typeof result === 'number') return { timer: result };
  return {
    timer: pick(result, ['timerErrorMs', 'errorMs', 'timerError', 'drift', 'driftMs']),
    naive: pick(result, ['naiveErrorMs', 'naiveError', 'naiveDriftMs', 'naive']),
  };
}
