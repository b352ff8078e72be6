import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultContent } from '../src/content/index.js';
import { darkPage, narrow } from './decorators.js';

const [checklist] = defaultContent.checklists;
const signIds = checklist.items.map((item) => item.id);
const emergencyFlag = checklist.redFlags.items.find((flag) => flag.level === 'emergency')?.id ?? '';
const urgentFlag = checklist.redFlags.items.find((flag) => flag.level === 'urgent')?.id ?? '';
/** The red flag with words of its own: chest pain may be the heart. */
const chestPain = checklist.redFlags.items.find((flag) => flag.message)?.id ?? '';

type Args = {
  checklist: string;
  lang: string;
  'emergency-number'?: string;
  'urgent-number'?: string;
  remember: boolean;
  theme?: 'light' | 'dark';
  redFlags: string[];
  signs: string[];
  /** Calls `showResult()`, the public way to show the result for `redFlags` and `signs`. */
  showResult: boolean;
  /** Something in the `next` slot, as a site would put a booking banner there. */
  next: boolean;
};

/** What a site might put in the `next` slot: a short booking line, in its page's language. */
function bookingLine(lang = '') {
  const spanish = lang.toLowerCase().startsWith('es');
  const line = document.createElement('p');
  line.slot = 'next';
  line.className = 'next-demo';
  const link = document.createElement('a');
  link.href = '#book';
  link.textContent = spanish ? 'Reserva una sesión de fisiología del ejercicio' : 'Book an Exercise Physiology session';
  line.append(spanish ? 'Gana fuerza a la medida de tu cuerpo. ' : 'Build strength that suits your body. ', link);
  return line;
}

/**
 * Builds the element the way a site's script would: attributes, then the `redFlags` and `signs`
 * properties, then `showResult()`. No clicking, so every state is a plain, repeatable story.
 */
function buildChecklist(args: Args) {
  const el = document.createElement('mw-symptom-checklist');
  el.checklist = args.checklist;
  if (args['emergency-number']) el.emergencyNumber = args['emergency-number'];
  if (args['urgent-number']) el.urgentNumber = args['urgent-number'];
  el.remember = args.remember;
  if (args.theme) el.theme = args.theme;
  el.redFlags = args.redFlags;
  el.signs = args.signs;
  if (args.next) el.append(bookingLine(args.lang));
  if (args.showResult) el.showResult();
  return el;
}

const frame = (args: Args, el: HTMLElement) => html`<div lang=${args.lang}>${el}</div>`;

/** Once the element has rendered, does what a reader would (a click in its shadow root). */
function afterRender(el: HTMLElement, act: (root: ShadowRoot) => void) {
  void customElements
    .whenDefined('mw-symptom-checklist')
    .then(() => (el as HTMLElementTagNameMap['mw-symptom-checklist']).updateComplete)
    .then(() => el.shadowRoot && act(el.shadowRoot));
}

/** Presses the step's button whose value is `value` (`continue` or `none`). */
const pressing = (value: string) => (args: Args) => {
  const el = buildChecklist(args);
  afterRender(el, (root) => root.querySelector<HTMLButtonElement>(`button[value="${value}"]`)?.click());
  return frame(args, el);
};

const meta: Meta<Args> = {
  title: 'Widgets/Symptom checklist',
  component: 'mw-symptom-checklist',
  args: {
    checklist: 'weak-glutes',
    lang: 'en-AU',
    remember: false,
    redFlags: [],
    signs: [],
    showResult: false,
    next: true,
  },
  argTypes: {
    checklist: { control: 'select', options: [...defaultContent.checklists.map((c) => c.id), 'weak-glute'] },
    lang: {
      control: 'select',
      options: ['en-AU', 'en-GB', 'en-US', 'en-CA', 'en-NZ', 'en-IE', 'en-ZA', 'en', 'es', 'es-MX', 'es-AR', 'de-DE'],
    },
    'emergency-number': { control: 'text' },
    'urgent-number': { control: 'text' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    redFlags: { control: 'check', options: checklist.redFlags.items.map((flag) => flag.id) },
    signs: { control: 'check', options: signIds },
    showResult: { control: 'boolean', description: 'Calls `showResult()` with the answers above.' },
    next: { control: 'boolean', description: 'Puts a booking banner in the `next` slot.' },
  },
  render: (args) => frame(args, buildChecklist(args)),
};
export default meta;
type Story = StoryObj<Args>;

/** Step 1: the red-flag question comes before anything else, its signs in two tiers under short headings. */
export const RedFlagScreen: Story = {};

/**
 * Step 2, the signs, each with what it means. There is deliberately no API that skips the red flags,
 * so this story answers step 1 the way a reader does: it presses "None of these apply".
 */
export const Signs: Story = { render: pressing('none') };

/**
 * Continue with nothing ticked: "There is a problem" at the top of the step takes focus, its link leads to the
 * question, and the same message sits beside the question (GOV.UK's error pattern).
 */
export const ErrorNothingTicked: Story = { render: pressing('continue') };

/** "None of these apply" with a red flag ticked: the error names how many are ticked; its link leads to the first. */
export const ErrorTickedButNone: Story = { args: { redFlags: [urgentFlag] }, render: pressing('none') };

/** No signs ticked: the "none" outcome, gentle moves, and the booking banner in the `next` slot. */
export const OutcomeNone: Story = { args: { showResult: true } };

/** One or two signs: the "some" outcome. */
export const OutcomeSome: Story = { args: { signs: signIds.slice(0, 2), showResult: true } };

/**
 * Three or four signs: the "most" outcome, the longest result. The moves are one-line rows (name, dosage, Start)
 * under the stop rule, then the recommended drill; the signs picked and the sources are folded.
 */
export const OutcomeMost: Story = { args: { signs: signIds, showResult: true } };

/** A move's name opens its exercise card in the row, without a frame of its own. */
export const OutcomeMoveOpened: Story = {
  args: { ...OutcomeMost.args, next: false },
  render: (args) => {
    const el = buildChecklist(args);
    afterRender(el, (root) => root.querySelector<HTMLButtonElement>('button[part="move-name"]')?.click());
    return frame(args, el);
  },
};

/** With the exercise's card and the drill's timer further down the page, the rows link to them. */
export const OutcomeLinkedToPage: Story = {
  args: { ...OutcomeMost.args, next: false },
  render: (args) =>
    html`<div lang=${args.lang}>
      ${buildChecklist(args)}
      <h2>Step-ups</h2>
      <mw-exercise-card exercise="step-up"></mw-exercise-card>
      <h2>The drill</h2>
      <mw-drill-timer drill="banded-glute-activation" no-resume></mw-drill-timer>
    </div>`,
};

/**
 * An emergency red flag: call now or go to the emergency department, don't drive yourself, what to tell them.
 * The care card only: no exercises, no booking banner (the slot is not shown).
 */
export const RedFlagEmergency: Story = { args: { redFlags: [emergencyFlag], signs: signIds, showResult: true } };

/** Chest pain has words of its own: it may be the heart, so "say you have chest pain", never "back pain". */
export const RedFlagChestPain: Story = { args: { redFlags: [chestPain], showResult: true } };

/** A same-day red flag in the UK: NHS 111 or the GP first; 999 if it gets worse. */
export const RedFlagUrgent: Story = { args: { redFlags: [urgentFlag], showResult: true, lang: 'en-GB' } };

/** A same-day red flag in Australia: healthdirect on 1800 022 222 first; 000 if it gets worse. */
export const RedFlagUrgentAustralia: Story = { args: { redFlags: [urgentFlag], showResult: true, lang: 'en-AU' } };

/** A same-day red flag in New Zealand: Healthline on 0800 611 116 first; 111 if it gets worse. */
export const RedFlagUrgentNewZealand: Story = { args: { redFlags: [urgentFlag], showResult: true, lang: 'en-NZ' } };

/** A same-day red flag anywhere else: the reader's doctor or an urgent care clinic; 911 here if it gets worse. */
export const RedFlagUrgentElsewhere: Story = { args: { redFlags: [urgentFlag], showResult: true, lang: 'en-US' } };

/** A site that knows its own non-emergency line sets `urgent-number`. */
export const RedFlagUrgentSetBySite: Story = {
  args: { redFlags: [urgentFlag], showResult: true, lang: 'en', 'urgent-number': '1300 000 000' },
};

/** `lang="en-AU"`: 000. */
export const EmergencyNumber000: Story = { args: { ...RedFlagEmergency.args, lang: 'en-AU' } };

/** `lang="en-GB"`: 999. */
export const EmergencyNumber999: Story = { args: { ...RedFlagEmergency.args, lang: 'en-GB' } };

/** `lang="en-US"` (and `en-CA`): 911. */
export const EmergencyNumber911: Story = { args: { ...RedFlagEmergency.args, lang: 'en-US' } };

/** Any other region, or none (`lang="en"`): 112. */
export const EmergencyNumber112: Story = { args: { ...RedFlagEmergency.args, lang: 'en' } };

/** `lang="en-NZ"`: 111. */
export const EmergencyNumber111: Story = { args: { ...RedFlagEmergency.args, lang: 'en-NZ' } };

/** A site that knows its readers sets `emergency-number` itself. */
export const EmergencyNumberSetBySite: Story = {
  args: { ...RedFlagEmergency.args, lang: 'en', 'emergency-number': '+61 2 9999 0000' },
};

/** With `remember`: answers stay on this device, and "Clear my answers" removes them. */
export const Remember: Story = { args: { remember: true, signs: signIds.slice(0, 1), showResult: true } };

/** An id that is not in the content: a readable message in place, one console warning. */
export const UnknownChecklist: Story = { args: { checklist: 'weak-glute' } };

/** An `emergency-number` no phone can dial: the site sees the problem at once, never on a care card. */
export const BadEmergencyNumber: Story = { args: { 'emergency-number': 'ring us' } };

/** An Arabic page, right to left: the result with its boxes and buttons mirrored; the content in English. */
export const Arabic: Story = { args: { lang: 'ar', signs: signIds.slice(0, 2), showResult: true } };

/** The first step in Arabic: the boxes sit to the right of their words. */
export const ArabicRedFlags: Story = { args: { lang: 'ar' } };

/** A German page: the red-flag result's call button and routes in German. */
export const GermanRedFlag: Story = { args: { ...RedFlagEmergency.args, lang: 'de-DE' } };

/** A Spanish page: UI words and the built-in content in Spanish; 112 outside the known regions. */
export const Spanish: Story = { args: { lang: 'es', signs: signIds.slice(0, 2), showResult: true } };

/** The longest result in Spanish, whose words run about a fifth longer than English: still one-line rows. */
export const ResultInSpanish: Story = { args: { ...OutcomeMost.args, lang: 'es' } };

/** The Spanish red-flag screen. */
export const SpanishRedFlagScreen: Story = { args: { lang: 'es' } };

/** An emergency red flag on a Mexican page: 911, in Spanish. */
export const SpanishEmergency: Story = { args: { ...RedFlagEmergency.args, lang: 'es-MX' } };

/** A same-day red flag on a Mexican page: the reader's doctor or an urgent care clinic, in Spanish. */
export const SpanishUrgent: Story = { args: { redFlags: [urgentFlag], showResult: true, lang: 'es-MX' } };

/** A phone held upright: the red-flag screen at 320px wide. */
export const Narrow: Story = { decorators: [narrow] };

/** The care card at 320px wide: the number stays big and whole. */
export const NarrowCareCard: Story = { args: { ...RedFlagEmergency.args }, decorators: [narrow] };

/** The error summary at 320px wide. */
export const NarrowError: Story = { render: pressing('continue'), decorators: [narrow] };

/** A result at 320px wide, with its rows of moves. */
export const NarrowResult: Story = { args: { ...OutcomeMost.args }, decorators: [narrow] };

/** The opt-in dark palette, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [darkPage],
};

/** The emergency care card in the dark palette. */
export const DarkCareCard: Story = { ...Dark, args: { ...RedFlagEmergency.args, theme: 'dark' } };

/** The same-day care card in the dark palette. */
export const DarkUrgentCareCard: Story = { ...Dark, args: { ...RedFlagUrgent.args, theme: 'dark' } };

/** A result in the dark palette, with its exercise cards. */
export const DarkResult: Story = { ...Dark, args: { ...OutcomeSome.args, theme: 'dark' } };
