import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/studio/studio.js';
import type { MwContentStudio, MwStudioChangeEvent } from '../src/studio/studio.js';
import { defaultContent } from '../src/content/index.js';
import { sendKeys } from './browser.js';

const DRAFT_KEY = 'movewell:studio-draft';

/** The studio's shadow root, where everything the author sees lives. */
const root = (studio: MwContentStudio) => studio.shadowRoot!;

/** A control by its visible label (a <label for>, or a button's text). */
function field(studio: MwContentStudio, label: string, nth = 0): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const labels = [...root(studio).querySelectorAll('label')].filter((l) => l.textContent?.trim().replace(/\s+/g, ' ') === label);
  const found = labels[nth]?.control ?? labels[nth]?.querySelector('input');
  if (!found) throw new Error(`no field labelled "${label}" (#${nth})`);
  return found as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}

function button(studio: MwContentStudio, name: string, nth = 0): HTMLButtonElement {
  const matches = [...root(studio).querySelectorAll('button')].filter(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim().replace(/\s+/g, ' ')) === name,
  );
  if (!matches[nth]) throw new Error(`no button "${name}"`);
  return matches[nth];
}

async function type(studio: MwContentStudio, control: HTMLInputElement | HTMLTextAreaElement, text: string) {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await studio.updateComplete;
}

/** The preview's widget, once it has rendered its content. */
async function previewWidget(studio: MwContentStudio, tag: string) {
  await studio.updateComplete;
  const widget = root(studio).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`.preview-frame ${tag}`);
  if (!widget) throw new Error(`no ${tag} in the preview`);
  await widget.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await widget.updateComplete;
  return widget;
}

const text = (element: Element | null | undefined) => (element?.shadowRoot ?? element)?.textContent?.replace(/\s+/g, ' ') ?? '';

async function newStudio() {
  return fixture<MwContentStudio>(html`<mw-content-studio></mw-content-studio>`);
}

describe('<mw-content-studio>', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  after(() => localStorage.removeItem(DRAFT_KEY));

  it('starts from the built-in pack, valid, with the first exercise in the form and the preview', async () => {
    const studio = await newStudio();
    expect(studio.valid).to.be.true;
    expect((studio.pack.exercises as unknown[]).length).to.equal(defaultContent.exercises.length);
    expect(field(studio, 'Name').value).to.equal('Glute squeeze');
    const card = await previewWidget(studio, 'mw-exercise-card');
    expect(text(card)).to.contain('Glute squeeze');
    await expect(studio).to.be.accessible();
  });
});
