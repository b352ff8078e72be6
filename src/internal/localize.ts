import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { en, type Translation } from '../translations/en.js';
import { es } from '../translations/es.js';

/**
 * A per-element localize controller. A library must not use a page-wide localization
 * singleton, so each widget reads the nearest `lang` attribute (crossing shadow roots)
 * and re-renders when any `lang` on the page changes.
 */
const translations: Record<string, Translation> = { en, es };

type Host = ReactiveControllerHost & HTMLElement;

/** One number format per language for the page: making one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Languages whose whole numbers below 1000 are written as plain Latin digits (no grouping,
 * no other digits): every language we ship. Their small counts skip Intl.NumberFormat, whose
 * first use loads the locale's data, about 15 ms of main thread for a page with one card.
 */
const plainSmallIntegers = new Set(['en', 'es']);

/** `value` as `lang` writes it. */
function formatNumber(value: number, lang: string): string {
  if (plainSmallIntegers.has(lang) && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
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
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }

  /** The full language tag in force, e.g. "en-AU" (used for locale defaults). */
  get lang(): string {
    return resolveLang(this.host) || 'en';
  }

  /** The UI strings for the nearest language we have, falling back to English. */
  get t(): Translation {
    const base = this.lang.toLowerCase().split('-')[0] ?? 'en';
    // Own keys only: `lang="__proto__"` or `lang="constructor"` must not find Object's own members.
    return Object.hasOwn(translations, base) ? (translations[base] ?? en) : en;
  }

  /** Numbers formatted for the language in force. */
  number(value: number): string {
    return formatNumber(value, this.t.lang);
  }

  /**
   * A content pack's `locale`, when its language is not the one in force here: content elements
   * then carry it as `lang`, so a screen reader on a Spanish page reads English content in English.
   */
  contentLang(locale: string): string | undefined {
    const language = (tag: string) => tag.toLowerCase().split('-')[0];
    return language(locale) === language(this.lang) ? undefined : locale;
  }
}
