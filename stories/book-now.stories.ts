import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { MwDrillTimer } from '../src/components/drill-timer/drill-timer.component.js';
import type { MwSymptomChecklist } from '../src/components/symptom-checklist/symptom-checklist.component.js';
import { defaultContent } from '../src/content/index.js';
import type { ContentPackInput } from '../src/content/index.js';
import { darkPage, narrow } from './decorators.js';

const [checklist] = defaultContent.checklists;
const emergencyFlag = checklist.redFlags.items.find((flag) => flag.level === 'emergency')?.id ?? '';

/** Tags for the clinic's analytics, as a blog post about glutes would set them. */
const utm = { 'utm-source': 'clinic-blog', 'utm-medium': 'article', 'utm-campaign': 'glutes-lower-back' } as const;

type Args = {
  /** The booking link, on the element and on the written `<a>` inside it. */
  href?: string;
  /** The written link's words: what readers see before JavaScript, and the button's words after. */
  linkText: string;
  offer: string;
  variant: 'inline' | 'sticky' | 'compact';
  headline?: string;
  body?: string;
  label?: string;
  'resources-href'?: string;
  'resources-label'?: string;
  'no-resources': boolean;
  target?: string;
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
  dismissible: boolean;
  'dismiss-days'?: number;
  theme?: 'light' | 'dark';
};

/** The progressive-enhancement markup a site writes: a real link inside the element. */
const banner = (args: Args, slot?: string) =>
  html`<mw-book-now
    slot=${ifDefined(slot)}
    href=${ifDefined(args.href)}
    offer=${args.offer}
    variant=${args.variant}
    headline=${ifDefined(args.headline)}
    body=${ifDefined(args.body)}
    label=${ifDefined(args.label)}
    resources-href=${ifDefined(args['resources-href'])}
    resources-label=${ifDefined(args['resources-label'])}
    ?no-resources=${args['no-resources']}
    target=${ifDefined(args.target)}
    utm-source=${ifDefined(args['utm-source'])}
    utm-medium=${ifDefined(args['utm-medium'])}
    utm-campaign=${ifDefined(args['utm-campaign'])}
    ?dismissible=${args.dismissible}
    dismiss-days=${ifDefined(args['dismiss-days'])}
    theme=${ifDefined(args.theme)}
    ><a href=${ifDefined(args.href)} target=${ifDefined(args.target)}>${args.linkText}</a></mw-book-now
  >`;

const meta: Meta<Args> = {
  title: 'Widgets/Book now',
  component: 'mw-book-now',
  args: {
    href: 'https://yourclinic.cliniko.com/bookings',
    linkText: 'Book a session',
    offer: 'exercise-physiology',
    variant: 'inline',
    dismissible: false,
    'no-resources': false,
  },
  argTypes: {
    href: { control: 'text' },
    linkText: { control: 'text', description: 'The words of the link written inside the element.' },
    offer: { control: 'select', options: [...defaultContent.offers.map((o) => o.id), 'exercise-physio'] },
    variant: { control: 'inline-radio', options: ['inline', 'sticky', 'compact'] },
    target: { control: 'inline-radio', options: ['_self', '_blank'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    'dismiss-days': { control: 'number' },
  },
  render: (args) => banner(args),
};
export default meta;
type Story = StoryObj<Args>;

// ---- Variants ---------------------------------------------------------------------------------

/** The default: a banner in the flow of the article, with the offer from the content pack. */
export const Inline: Story = {};

const article = (story: () => unknown) =>
  html`<div class="sticky-demo">
    <style>
      .sticky-demo {
        max-width: 40em;
        min-height: 150vh;
        /* Room below the last line, so the bar never covers the end of the article. */
        padding: 1em 1em 8em;
        line-height: 1.6;
      }
    </style>
    <h2>Why your glutes matter for your lower back</h2>
    <p>
      Your glutes steady your hips and pelvis. When they are weak, your lower back often works harder to make up for it.
      <a href="#bridges">Try a glute bridge</a>.
    </p>
    <p>
      Start small. Gentle, controlled movements matter more than heavy weights. A few minutes a day is a good start.
    </p>
    ${story()}
  </div>`;

/**
 * A bar fixed to the bottom of the screen, clear of the home indicator (safe-area insets). It keeps to the
 * headline and the button, and steps aside when it would hide the element that has keyboard focus.
 */
export const Sticky: Story = {
  args: { variant: 'sticky', ...utm, 'utm-medium': 'sticky-bar' },
  decorators: [article],
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: '420px' } } },
};

/** Just the button, for a sidebar or the end of a paragraph. */
export const Compact: Story = { args: { variant: 'compact' } };

/**
 * A close button; the banner then stays hidden on this device for `dismiss-days` days (7 unless set).
 * This story sets `dismiss-days="0"` (this page only), so it is back when you reload.
 */
export const Dismissible: Story = { args: { dismissible: true, 'dismiss-days': 0 } };

/** Presses the story's close button, as a reader would. */
async function close(canvas: HTMLElement) {
  await customElements.whenDefined('mw-book-now');
  const el = canvas.querySelector('mw-book-now');
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('[part="close-button"]')?.click();
}

/**
 * After closing an inline banner: a note in its place says so (screen readers hear it) and offers
 * Undo; focus is on Undo. It goes when focus moves on. (`dismiss-days="0"`: back when you reload.)
 */
export const DismissedInline: Story = {
  args: { dismissible: true, 'dismiss-days': 0 },
  play: ({ canvasElement }) => close(canvasElement),
};

/**
 * After closing the sticky bar: a toast where the bar was, with Undo. It leaves by itself after
 * 8 s (it waits while the pointer is on it or keyboard focus is in it), so nothing stays fixed on
 * the screen. (`dismiss-days="0"`: back when you reload.)
 */
export const DismissedSticky: Story = {
  args: { variant: 'sticky', dismissible: true, 'dismiss-days': 0 },
  decorators: [article],
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: '420px' } } },
  play: ({ canvasElement }) => close(canvasElement),
};

// ---- Booking systems --------------------------------------------------------------------------

/** Cliniko's online bookings page. UTM tags are added to the link; tags already in it are kept. */
export const Cliniko: Story = { args: { href: 'https://yourclinic.cliniko.com/bookings', ...utm } };

/** Jane: the clinic's own `janeapp.com` address, here a deep link; the tags go before its `#…` part. */
export const Jane: Story = { args: { href: 'https://yourclinic.janeapp.com/#/staff_member/1', ...utm } };

/** HotDoc: the clinic's page on hotdoc.com.au. */
export const HotDoc: Story = {
  args: { href: 'https://www.hotdoc.com.au/medical-centres/sydney-NSW-2000/your-clinic/doctors', ...utm },
};

/** Calendly: an event type link. Calendly passes UTM tags on to its own booking records. */
export const Calendly: Story = {
  args: { href: 'https://calendly.com/yourclinic/exercise-physiology', ...utm, target: '_blank' },
};

/** Nookal: the clinic location's online bookings page. */
export const Nookal: Story = { args: { href: 'https://bookings.nookal.com/bookings/location/ABCDE', ...utm } };

/** Halaxy: a practitioner's booking page. */
export const Halaxy: Story = {
  args: { href: 'https://www.halaxy.com/book/exercise-physiologist/your-name/123456/654321', ...utm },
};

/** A phone number: `tel:` in international format. UTM tags are never added to phone links. */
export const Phone: Story = {
  args: { href: 'tel:+61290000000', linkText: 'Call (02) 9000 0000', label: 'Call us to book: (02) 9000 0000' },
};

/** An email with the subject filled in. UTM tags are never added to email links. */
export const Email: Story = {
  args: {
    href: 'mailto:bookings@yourclinic.example?subject=Exercise%20Physiology%20session',
    linkText: 'Email us to book',
    label: 'Email us to book a session',
  },
};

/**
 * The site opens its own booking dialog: it cancels `mw-book-click` (`detail: { url, variant, offerId }`).
 * Without JavaScript, the written link still goes to the booking page.
 */
export const OwnBookingDialog: Story = {
  args: { href: 'https://calendly.com/yourclinic/exercise-physiology', ...utm },
  render: (args) => {
    const open = (event: Event) => {
      const { url } = (event as CustomEvent<{ url: string }>).detail;
      event.preventDefault();
      const dialog = (event.currentTarget as HTMLElement).querySelector('dialog');
      const where = dialog?.querySelector('output');
      if (!dialog || !where) return;
      where.textContent = url;
      dialog.showModal();
    };
    return html`<div class="dialog-demo" @mw-book-click=${open}>
      <style>
        .dialog-demo output {
          overflow-wrap: anywhere;
        }
      </style>
      ${banner(args)}
      <dialog aria-labelledby="dialog-title">
        <h2 id="dialog-title">Your booking form</h2>
        <p>The site's own form would go here. The link it was given: <output></output></p>
        <form method="dialog"><button>Close</button></form>
      </dialog>
    </div>`;
  },
};

// ---- What it says -----------------------------------------------------------------------------

/** `headline`, `body`, `label`, `resources-href` and `resources-label` replace the content pack's words and links. */
export const CustomWords: Story = {
  args: {
    headline: 'Strong hips, a happier back',
    body: 'See one of our Exercise Physiologists. We will build a plan around your body, your week and your goals.',
    label: 'Book with Sam',
    'resources-href': 'https://yourclinic.example/guides/glutes.pdf',
    'resources-label': 'Print the glutes guide (PDF)',
  },
};

/** `resources-href` links the clinic's printable guide under the text (the built-in offer has none). */
export const PrintableGuide: Story = { args: { 'resources-href': 'https://yourclinic.example/guides/glutes.pdf' } };

/** The `headline` and `body` slots, for a site that wants its own markup in them. */
export const Slots: Story = {
  render: (args) =>
    html`<mw-book-now href=${ifDefined(args.href)}>
      <span slot="headline">New: <em>Saturday</em> sessions</span>
      <span slot="body">Book an Exercise Physiology session at a time that suits your week.</span>
      <a href=${ifDefined(args.href)}>Book a Saturday session</a>
    </mw-book-now>`,
};

/** `target="_blank"` opens a new tab, with `rel="noopener"`, and says so to screen readers. */
export const NewTab: Story = { args: { target: '_blank' } };

/** An offer of the clinic's own, from `<mw-content>`, with its link in the content (no `href` needed). */
export const ClinicOffer: Story = {
  render: () => {
    const pack: ContentPackInput = {
      format: 1,
      locale: 'en-AU',
      extends: 'default',
      offers: [
        {
          id: 'group-class',
          headline: 'Join a small group class',
          body: 'Up to six people, one Exercise Physiologist. Build strength with others, at your own pace.',
          buttonLabel: 'See class times',
          href: 'https://yourclinic.cliniko.com/bookings?appointment_type_id=42',
        },
      ],
    };
    return html`<mw-content .content=${pack}>
      <mw-book-now offer="group-class" utm-source="clinic-blog" utm-medium="article"></mw-book-now>
    </mw-content>`;
  },
};

// ---- Problems ---------------------------------------------------------------------------------

/** A `javascript:` link is never rendered: a clear message in its place, and one console warning. */
export const HostileLink: Story = {
  args: { href: 'javascript:alert(document.cookie)' },
};

/** An offer id that is not in the content: a message that names the offers that exist, one console warning. */
export const UnknownOffer: Story = { args: { offer: 'exercise-physio' } };

// ---- Look and language ------------------------------------------------------------------------

/** The opt-in dark palette, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', dismissible: true, 'dismiss-days': 0 },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [darkPage],
};

/** A phone held upright: everything reads at 320px wide, and the button fills the banner. */
export const Narrow: Story = {
  args: { dismissible: true, 'dismiss-days': 0 },
  decorators: [narrow],
};

/**
 * UI words (the close button, "opens in a new tab") follow the nearest `lang`. The offer's words come from the
 * content, so a Spanish page gives its own through attributes (as here) or a Spanish content pack.
 */
export const Spanish: Story = {
  args: {
    headline: 'Fortalece tu cuerpo a tu medida',
    body: 'Reserva una sesión de fisiología del ejercicio. Aprenderás a ganar fuerza de forma segura, a tu ritmo.',
    linkText: 'Reservar una sesión',
    'resources-href': '/es/recursos',
    'resources-label': 'Descarga la guía en PDF',
    target: '_blank',
    dismissible: true,
    'dismiss-days': 0,
  },
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

// ---- With the other widgets -------------------------------------------------------------------

/** Calls a widget's public method once it is on the page, as a site's script would. */
const whenReady = <T extends HTMLElement & { updateComplete: Promise<boolean> }>(then: (el: T) => void) =>
  ref((el) => {
    if (el) void (el as T).updateComplete.then(() => then(el as T));
  });

/** In the symptom checklist's `next` slot, under a result: full width, a tint instead of a second border. */
export const InChecklist: Story = {
  args: { ...utm, 'utm-medium': 'checklist' },
  render: (args) =>
    html`<mw-symptom-checklist
      checklist=${checklist.id}
      .signs=${checklist.items.slice(0, 2).map((item) => item.id)}
      ${whenReady<MwSymptomChecklist>((el) => el.showResult())}
      >${banner(args, 'next')}</mw-symptom-checklist
    >`,
};

/** In the drill timer's `next` slot, shown with the summary when the run is over (here, skipped to the end). */
export const InDrillTimer: Story = {
  args: { variant: 'compact', ...utm, 'utm-medium': 'drill-timer' },
  render: (args) =>
    html`<mw-drill-timer
      drill="banded-glute-activation"
      no-resume
      ${whenReady<MwDrillTimer>((el) => {
        el.start();
        // Past the last step, skip() does nothing, so a generous count is safe.
        for (let i = 0; i < 100; i++) el.skip();
      })}
      >${banner(args, 'next')}</mw-drill-timer
    >`,
};

/**
 * A checklist on the page shows a red flag: the banner below it hides itself, so the urgent message stands alone.
 * It shows again after "Start again", or when the checklist leaves the page.
 */
export const HiddenByRedFlag: Story = {
  render: (args) =>
    html`<mw-symptom-checklist
        checklist=${checklist.id}
        .redFlags=${[emergencyFlag]}
        ${whenReady<MwSymptomChecklist>((el) => el.showResult())}
      ></mw-symptom-checklist>
      ${banner(args)}`,
  // Its own frame in the docs page: a red flag hides every banner on a page.
  parameters: { docs: { story: { inline: false, iframeHeight: '640px' } } },
};
