import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translation } from '../translations/en.js';
import { baseLanguage, loadWords, onWordsChange, wordsFor, wordsLoaded } from './words.js';

/**
 * A per-element localize controller. A library must not use a page-wide localization
 * singleton, so each widget reads the nearest `lang` attribute (crossing shadow roots)
 * and re-renders when any `lang` on the page changes, or when a language's words arrive.
 */
type Host = ReactiveControllerHost & HTMLElement;

/** One number format per language for the page: making one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Languages whose whole numbers below 1000 are plain Latin digits (no grouping, no other digits).
 * Their small counts skip Intl.NumberFormat, whose first use loads the locale's data, about 15 ms
 * of main thread for a page with one card. Arabic is not one: Intl writes it with its own digits
 * where the locale asks for them (`ar-EG`), so it always goes through Intl.
 */
const plainSmallIntegers = new Set(['en', 'es', 'fr', 'de', 'it', 'pt', 'zh']);

/** Languages written right to left, ours (Arabic) and those a site may register (Hebrew, Persian, Urdu…). */
const rightToLeft = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `value` as `lang` writes it. */
function formatNumber(value: number, lang: string): string {
  const base = baseLanguage(lang);
  if (plainSmallIntegers.has(base) && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchLang(host: Host) {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

// Every widget on the page renders again when a site registers words or a language's words arrive.
onWordsChange(() => hosts.forEach((each) => each.requestUpdate()));

/**
 * The `lang` in force for an element: its own, an ancestor's, or a shadow host's ancestor's.
 * A server render sees only the element's own attributes: there, only its own `lang` counts.
 */
export function resolveLang(element: Element): string {
  if (isServer) return element.getAttribute('lang') ?? '';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    watchLang(this.host);
    // Ask for the words as early as possible: the first render waits for them (see `wordsReady`).
    void this.wordsReady();
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }

  /**
   * The language while the host renders, worked out once: a render asks for words a dozen times,
   * and each time would walk up the page to the nearest `lang`. Outside a render it is looked up
   * afresh, so an event handler always has the language in force.
   */
  private rendering?: string;

  hostUpdate() {
    this.rendering = resolveLang(this.host) || 'en';
  }

  hostUpdated() {
    this.rendering = undefined;
  }

  /** The full language tag in force, e.g. "en-AU" (used for locale defaults). */
  get lang(): string {
    return this.rendering ?? (resolveLang(this.host) || 'en');
  }

  /** The UI strings for the language in force, falling back to English key by key. */
  get t(): Translation {
    return wordsFor(this.lang);
  }

  /** Which way the language in force is written. */
  get dir(): 'ltr' | 'rtl' {
    return rightToLeft.has(baseLanguage(this.t.lang)) ? 'rtl' : 'ltr';
  }

  /**
   * Undefined when the words for the language in force are here (English, a loaded language, one
   * the site registered in full, one we don't ship); else a promise that settles when they arrive.
   */
  wordsReady(): Promise<void> | undefined {
    if (isServer) return undefined;
    const tag = this.lang.toLowerCase();
    return wordsLoaded(tag) ? undefined : loadWords(baseLanguage(tag));
  }

  /**
   * Numbers formatted for the language in force, with its region's digits where the words are in
   * its language (`ar-EG` writes ١٢, `ar` writes 12, as Intl has them); else as the words' language.
   */
  number(value: number): string {
    const words = this.t.lang;
    return formatNumber(value, baseLanguage(this.lang) === baseLanguage(words) ? this.lang : words);
  }

  /**
   * A content pack's `locale`, when its language is not the one in force here: content elements
   * then carry it as `lang`, so a screen reader on a Spanish page reads English content in English.
   */
  contentLang(locale: string): string | undefined {
    return baseLanguage(locale) === baseLanguage(this.lang) ? undefined : locale;
  }
}
