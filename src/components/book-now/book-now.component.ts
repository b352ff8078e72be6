import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { property } from '../../internal/property.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { builtInPack } from '../../content/built-in.js';
import { translatePack } from '../../content/translate.js';
import type { Offer } from '../../content/types.js';
import { MwBookClickEvent, type BookNowVariant } from '../../events/book-click.js';
import { Announcer } from '../../internal/announcer.js';
import { ContentController, type Found } from '../../internal/content-controller.js';
import { FocusAfterRender } from '../../internal/focus-after-render.js';
import { keepNumbersTogether } from '../../internal/keep-numbers-together.js';
import { MwElement, type Problem } from '../../internal/mw-element.js';
import { checkUrl, shorten } from '../../internal/url.js';
import { buttonStyles, hostStyles } from '../../styles/host.styles.js';
import { bookNowStyles } from './book-now.styles.js';
import { withUtm } from './booking-url.js';
import { dismissal } from './dismissal.js';
import { KeepFocusClear } from './keep-focus-clear.js';
import { NoticeTimeout } from './notice-timeout.js';
import { RedFlagController } from './red-flags.js';
import { useBuiltIn } from '../../content/built-in.js';
import { builtInOffers } from '../../content/built-in/offers.js';
import { addEnglishWords } from '../../internal/words.js';
import { enBookNow } from '../../translations/en/book-now.js';

// The built-in pack's part this widget reads: its offers.
useBuiltIn('offers', builtInOffers);
// Its English words, which a page without a booking banner does not carry.
addEnglishWords(enBookNow);

const VARIANTS: readonly BookNowVariant[] = ['inline', 'sticky', 'compact'];
const DEFAULT_OFFER = 'exercise-physiology';
const DEFAULT_DISMISS_DAYS = 7;
/** How long the toast after closing the sticky bar stays, unless the reader holds it. */
const TOAST_MS = 8000;
/** Targets that stay in this tab; any other target opens a new tab or window. */
const SAME_TAB_TARGETS = new Set(['', '_self', '_parent', '_top']);

/** What the element shows, worked out once per update. */
type View =
  | { kind: 'hidden'; reason: 'red-flag' | 'dismissed' }
  | { kind: 'loading' }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'dismissed-note'; key: string }
  | {
      kind: 'banner';
      offer: Offer;
      /** The language of the offer's words (its pack's). */
      locale: string;
      url: string;
      key: string;
      label: string;
      resources?: { label: string; href: string };
    };

/**
 * @tagname mw-book-now
 * @summary The clinic's call to action: a real booking link, private and fast, that works before JavaScript.
 *
 * @example
 * <mw-book-now href="https://clinic.example/book">
 *   <a href="https://clinic.example/book">Book a session</a>
 * </mw-book-now>
 *
 * @description Write the link inside the element (`<mw-book-now href="…"><a href="…">Book a session</a></mw-book-now>`):
 * it works without JavaScript and for search engines. Once upgraded, the element shows the booking offer from the
 * content pack (headline, short text, button and an optional resources link). The written link stays in the page
 * but is not shown, so there is one link, not two. Links other than web, phone, email and relative ones are
 * refused. The element hides itself while a symptom checklist on the page shows a red-flag result.
 *
 * @event {MwBookClickEvent} mw-book-click - The reader pressed the booking link. Cancelable (`preventDefault()` stops the navigation), except after Ctrl, ⌘, Shift or Alt and click, which ask for a new tab or window. `detail: { url, variant, offerId }`.
 *
 * @slot headline - Replaces the headline (the `headline` attribute and the content pack's headline).
 * @slot body - Replaces the short text (the `body` attribute and the content pack's text).
 *
 * @csspart base - The banner (in the sticky variant, the bar).
 * @csspart text - The headline, text and resources link.
 * @csspart headline - The headline.
 * @csspart body - The short text.
 * @csspart resources - The link to the printable resource.
 * @csspart actions - The area around the booking link.
 * @csspart button - The booking link, styled as a button.
 * @csspart close-button - The dismiss button (with `dismissible`).
 * @csspart dismissed-note - The note that replaces the banner after dismissing: what happened, and Undo. In the flow for `inline` and `compact`; for `sticky`, a toast that leaves by itself.
 * @csspart undo-button - The note's Undo button: the banner comes back and is no longer remembered as dismissed.
 * @csspart problem - The message shown instead of an unsafe or missing link.
 *
 * @cssproperty --mw-accent - Colour of the button and links. Default: #0b6e4f.
 * @cssproperty --mw-accent-contrast - Text colour on the button. Default: #ffffff.
 * @cssproperty --mw-radius - Corner radius. Default: 12px.
 * @cssproperty --mw-font-family - Font. Default: inherit (the page's font).
 * @cssproperty --mw-heading-font-family - Font of the title and headings. Default: inherit (the widget's font).
 * @cssproperty --mw-font-size - Base text size. Default: the larger of 1rem and 16px.
 * @cssproperty --mw-surface - Background. Default: #ffffff.
 * @cssproperty --mw-text - Text colour. Default: #1b2421.
 * @cssproperty --mw-muted - Colour of the short text. Default: #4b5753.
 * @cssproperty --mw-border - Border colour. Default: #b8c4c0.
 * @cssproperty --mw-padding - Space inside the banner. Default: 1.25em.
 * @cssproperty --mw-book-now-min-height - Height the inline banner reserves (also before upgrade, in pre-upgrade.css), so nothing moves when it upgrades. Default: 10em; 15.5em on screens up to 40em wide, 17em up to 22.5em.
 * @cssproperty --mw-book-now-z-index - Stacking order of the sticky bar. Default: 1000.
 * @cssproperty --mw-focus-color - Colour of the focus ring. Default: #1a5fb4 (#8ab4f8 in the dark theme).
 * @cssproperty --mw-space - The spacing unit that gaps and margins are multiples of. Default: 1em.
 *
 * @cssstate red-flag-hidden - Hidden while a symptom checklist on the page shows a red-flag result.
 * @cssstate dismissed - Dismissed by the reader (once the note with Undo has gone); takes no space.
 */
export class MwBookNow extends MwElement {
  static override styles = [hostStyles, buttonStyles, bookNowStyles];

  /** The booking link. Wins over the written `<a href>` and the content pack's link. */
  @property() href?: string;

  /** The id of the booking offer in the content pack. The default is built in, so it works with any pack. */
  @property({ reflect: true }) offer = DEFAULT_OFFER;

  /** Replaces the offer's headline. */
  @property() headline?: string;

  /** Replaces the offer's short text. */
  @property() body?: string;

  /** The button's words. Without it, the written link's text, then the offer's button label. */
  @property() label?: string;

  /** Replaces the link to the offer's printable resource (same rules as `href`; an unsafe one is left out, with a warning). */
  @property({ attribute: 'resources-href' }) resourcesHref?: string;

  /** Replaces the words of the link to the printable resource. */
  @property({ attribute: 'resources-label' }) resourcesLabel?: string;

  /** Leaves out the link to the printable resource (for a site without that page). */
  @property({ type: Boolean, attribute: 'no-resources' }) noResources = false;

  /** `inline` (in the flow), `sticky` (a bar at the bottom of the screen) or `compact` (just the button). */
  @property({ reflect: true }) variant: BookNowVariant = 'inline';

  /** `_blank` opens the booking page in a new tab (with `rel="noopener"`). Without it, the written link's target. */
  @property() target?: string;

  /** Adds `utm_source` to a web booking link (a link's own UTM tags are never overwritten). */
  @property({ attribute: 'utm-source' }) utmSource?: string;
  /** Adds `utm_medium` to a web booking link. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;
  /** Adds `utm_campaign` to a web booking link. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /**
   * Shows a close button; the banner then stays hidden for `dismiss-days` days on this device.
   * Closing says so to screen readers and offers Undo: in the page flow (inline, compact), or in a
   * toast where the sticky bar was, which leaves by itself after 8 s (longer while the pointer is
   * on it or keyboard focus is in it), so nothing stays fixed on the screen.
   */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** How long a dismissal lasts, in days. 0 hides it for this page only. */
  @property({ type: Number, attribute: 'dismiss-days' }) dismissDays = DEFAULT_DISMISS_DAYS;

  /** The banner this element dismissed during this page (kept even when storage is unavailable). */
  @state() private dismissedKey?: string;

  /** The note with Undo after dismissing, until focus moves on (or, for the sticky bar, until it times out). */
  @state() private showDismissedNote = false;

  /** How long the last dismissal was kept: 0 when it lasts only this visit, so the note promises no days. */
  private dismissedForDays = 0;

  private readonly content = new ContentController(this);
  private readonly redFlags = new RedFlagController(this);
  private readonly announcer = new Announcer(this);
  private readonly toastTimeout = new NoticeTimeout(this, TOAST_MS, () => (this.showDismissedNote = false));
  private readonly focusClear = new KeepFocusClear(this, () =>
    this.view.kind === 'banner' && this.safeVariant === 'sticky'
      ? this.renderRoot.querySelector<HTMLElement>('.base')
      : null,
  );
  /** The written link and its text can change after upgrade (a CMS editing the page). Made on connecting: a server render has no MutationObserver. */
  private lightObserver?: MutationObserver;
  private view: View = { kind: 'loading' };
  /** Focus follows the reader as the control that had it is replaced (close by Undo, and back). */
  private readonly focusAfterRender = new FocusAfterRender(this);
  private lastResourcesWarning?: string;

  override connectedCallback() {
    super.connectedCallback();
    this.lightObserver ??= new MutationObserver(() => this.requestUpdate());
    this.lightObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'target'],
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.lightObserver?.disconnect();
  }

  /**
   * The link written inside the element, for readers without JavaScript and for crawlers. A server
   * render cannot see it (it renders from attributes only): set `href` and `label` there.
   */
  private get writtenLink(): HTMLAnchorElement | null {
    return isServer ? null : this.querySelector(':scope > a:not([slot])');
  }

  private get safeVariant(): BookNowVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'inline';
  }

  private get safeDismissDays(): number {
    return Number.isFinite(this.dismissDays) && this.dismissDays >= 0 ? this.dismissDays : DEFAULT_DISMISS_DAYS;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.view = this.computeView();
  }

  private computeView(): View {
    if (this.redFlags.active) return { kind: 'hidden', reason: 'red-flag' };
    const refused = this.propertyProblem();
    if (refused) return { kind: 'problem', problem: refused };
    if (this.showDismissedNote && this.dismissedKey) return { kind: 'dismissed-note', key: this.dismissedKey };
    const found = this.findOffer();
    if (found.status === 'loading') return { kind: 'loading' };
    if (found.status === 'problem') return { kind: 'problem', problem: found.problem };
    const { item: offer, pack } = found;
    const link = this.bookingLink(offer);
    if (!link.ok) return { kind: 'problem', problem: link.problem };
    const key = dismissal.key(offer.id, link.url);
    if (this.dismissible && (this.dismissedKey === key || dismissal.isDismissed(key))) {
      return { kind: 'hidden', reason: 'dismissed' };
    }
    const resources = this.resourcesLink(offer);
    const url = withUtm(link.url, { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign });
    const label = keepNumbersTogether(firstText(this.label, this.writtenLink?.textContent, offer.buttonLabel));
    return { kind: 'banner', offer, locale: pack.locale, url, key, label, resources };
  }

  /**
   * The offer named by `offer`. The default one is built in: a pack with no offers of its own (or
   * none by that id) still gets a working banner. Only an id the site chose, that the pack lacks, is a problem.
   */
  private findOffer(): Found<Offer> {
    const state = this.content.state;
    const packLacksDefault = state.status === 'ready' && !state.pack.offers.some((offer) => offer.id === DEFAULT_OFFER);
    if (this.offer === DEFAULT_OFFER && packLacksDefault) {
      const builtIn = translatePack(builtInPack(), this.localize.lang);
      const item = builtIn.pack.offers.find((offer) => offer.id === DEFAULT_OFFER);
      if (item) return { status: 'ready', item, pack: builtIn.packFor(item) };
    }
    return this.content.find('offers', this.offer, 'offer');
  }

  /** The link in order of precedence: the `href` attribute, the written link, the content pack. */
  private bookingLink(offer: Offer): { ok: true; url: string } | { ok: false; problem: Problem } {
    const t = this.localize.t;
    const raw = [this.href, this.writtenLink?.getAttribute('href'), offer.href].find((each) => each?.trim());
    if (!raw) return { ok: false, problem: { message: t.bookNoLink, detail: t.bookNoLinkDetail, path: 'href=""' } };
    const checked = checkUrl(raw);
    if (!checked.ok) {
      return {
        ok: false,
        problem: { message: t.bookUnsafeLink, detail: checked.reason, path: `href="${shorten(raw)}"` },
      };
    }
    return { ok: true, url: checked.url };
  }

  /** The printable resource: the attributes, then the offer; left out without a link, or with an unsafe one. */
  private resourcesLink(offer: Offer): { label: string; href: string } | undefined {
    if (this.noResources) return undefined;
    const href = [this.resourcesHref, offer.resources?.href].find((each) => each?.trim())?.trim();
    const label = firstText(this.resourcesLabel, offer.resources?.label, this.localize.t.bookResources);
    if (!href || !label) return undefined;
    const checked = checkUrl(href);
    if (checked.ok) return { label, href };
    // The booking link still works, so the banner stays; the site hears about the resource link once.
    if (this.resourcesHref?.trim() && this.lastResourcesWarning !== href) {
      this.lastResourcesWarning = href;
      console.warn(
        `movewell-widgets: <${this.localName}> resources-href="${shorten(href)}": the resources link was left out, because ${checked.reason}`,
      );
    }
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.setState('red-flag-hidden', this.view.kind === 'hidden' && this.view.reason === 'red-flag');
    this.setState('dismissed', this.view.kind === 'hidden' && this.view.reason === 'dismissed');
  }

  private dismiss(key: string) {
    const days = this.safeDismissDays;
    this.dismissedForDays = dismissal.remember(key, days) ? days : 0;
    this.dismissedKey = key;
    // Focus was on the close button, which is about to go: hand it to Undo, in the same place.
    this.showDismissedNote = true;
    this.focusAfterRender.moveTo('[part="undo-button"]');
    const kept = this.dismissedForDays;
    this.announcer.announce(this.localize.t.bookDismissed(kept, this.localize.number(kept)));
    if (this.safeVariant === 'sticky') this.toastTimeout.start();
  }

  private undo(key: string) {
    dismissal.forget(key);
    this.toastTimeout.stop();
    this.dismissedKey = undefined;
    this.showDismissedNote = false;
    this.focusAfterRender.moveTo('[part="close-button"]');
  }

  private closeNote() {
    this.toastTimeout.stop();
    this.showDismissedNote = false;
  }

  /** Focus left the note for the page: it has been read, so it goes (the sticky one at once too). */
  private handleNoteFocusOut(event: FocusEvent) {
    const note = event.currentTarget as HTMLElement;
    if (!note.contains(event.relatedTarget as Node | null) && this.view.kind === 'dismissed-note') this.closeNote();
  }

  /**
   * Keyboard focus holds the toast; focus we put on Undo after a mouse click does not (it shows
   * no focus ring), or a reader who closed the bar with the mouse would keep the toast on screen.
   */
  private handleNoteFocusIn(event: FocusEvent) {
    const target = event.target as HTMLElement;
    this.toastTimeout.hold('focus', target.matches(':focus-visible'));
  }

  private handleClick(event: MouseEvent, url: string, offerId: string) {
    // A modified click asks the browser for a new tab or window: the reader's choice, not the site's.
    const cancelable = !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
    const booking = this.emit(new MwBookClickEvent({ url, variant: this.safeVariant, offerId }, { cancelable }));
    if (booking.defaultPrevented) event.preventDefault();
  }

  override render() {
    const view = this.view;
    switch (view.kind) {
      case 'hidden':
        return nothing;
      case 'loading':
        return html`<div class="base" part="base">${this.renderLoading()}</div>`;
      case 'problem':
        return this.renderProblem(view.problem);
      case 'dismissed-note':
        return this.renderDismissedNote(view.key);
      case 'banner':
        return this.renderBanner(view);
    }
  }

  /**
   * What closing did, and Undo. Screen readers hear it from the live region (present, empty, from
   * the first render of the note, so the text that follows is announced); focus is on Undo.
   */
  private renderDismissedNote(key: string) {
    const t = this.localize.t;
    const days = this.dismissedForDays;
    return html`<div
      class="dismissed-note ${this.safeVariant === 'sticky' ? 'toast' : ''}"
      part="dismissed-note"
      @focusin=${this.handleNoteFocusIn}
      @focusout=${this.handleNoteFocusOut}
      @pointerenter=${() => this.toastTimeout.hold('pointer', true)}
      @pointerleave=${() => this.toastTimeout.hold('pointer', false)}
    >
      <p>${t.bookDismissed(days, this.localize.number(days))}</p>
      <button class="undo" part="undo-button" type="button" @click=${() => this.undo(key)}>
        ${t.bookUndo}<span class="visually-hidden">: ${t.bookUndoHint}</span>
      </button>
      ${this.announcer.render()}
    </div>`;
  }

  private renderBanner(view: Extract<View, { kind: 'banner' }>): TemplateResult {
    const variant = this.safeVariant;
    const sticky = variant === 'sticky';
    const compact = variant === 'compact';
    return html`<div
      class="base ${this.focusClear.yielding ? 'yielding' : ''}"
      part="base"
      role=${ifDefined(sticky ? 'region' : undefined)}
      aria-labelledby=${ifDefined(sticky ? 'headline' : undefined)}
    >
      <div class="layout">
        ${compact ? nothing : this.renderText(view, sticky)}
        <div class="actions" part="actions">${this.renderLink(view)}</div>
      </div>
      ${
        this.dismissible
          ? html`<button
              class="close"
              part="close-button"
              type="button"
              aria-label=${this.localize.t.bookDismiss}
              @click=${() => this.dismiss(view.key)}
            >
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
              </svg>
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * The `lang` for words taken from the offer, where its pack's language is not the page's; none
   * for the site's own words (an attribute, or content in the slot).
   */
  private offerLang(view: Extract<View, { kind: 'banner' }>, own: string | undefined, slot: string) {
    if (own?.trim() || (!isServer && this.querySelector(`:scope > [slot="${slot}"]`))) return undefined;
    return this.localize.contentLang(view.locale);
  }

  /** The sticky bar keeps to the headline, so it covers as little of the page as it can. */
  private renderText(view: Extract<View, { kind: 'banner' }>, sticky: boolean) {
    const offer = view.offer;
    return html`<div class="text" part="text">
      <p
        id="headline"
        class="headline"
        part="headline"
        lang=${ifDefined(this.offerLang(view, this.headline, 'headline'))}
      >
        <slot name="headline">${firstText(this.headline, offer.headline)}</slot>
      </p>
      ${
        sticky
          ? nothing
          : html`<p class="body" part="body" lang=${ifDefined(this.offerLang(view, this.body, 'body'))}>
              <slot name="body">${firstText(this.body, offer.body)}</slot>
            </p>`
      }
      ${
        view.resources && !sticky
          ? html`<p class="resources"><a part="resources" href=${view.resources.href}>${view.resources.label}</a></p>`
          : nothing
      }
    </div>`;
  }

  private renderLink(view: Extract<View, { kind: 'banner' }>) {
    const target = firstText(this.target, this.writtenLink?.getAttribute('target'));
    const newTab = !SAME_TAB_TARGETS.has(target.toLowerCase());
    return html`<a
      class="button primary cta"
      part="button"
      href=${view.url}
      target=${target || nothing}
      rel=${newTab ? 'noopener' : nothing}
      @click=${(event: MouseEvent) => this.handleClick(event, view.url, view.offer.id)}
      >${view.label}${newTab ? html`<span class="visually-hidden"> ${this.localize.t.bookNewTab}</span>` : nothing}</a
    >`;
  }
}

/** The first of several texts that has something in it, with white space folded. */
function firstText(...texts: (string | null | undefined)[]): string {
  for (const text of texts) {
    const folded = text?.replace(/\s+/g, ' ').trim();
    if (folded) return folded;
  }
  return '';
}
