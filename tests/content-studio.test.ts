import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/studio/studio.js';
import type { MwContentStudio } from '../src/studio/studio.js';
import { defaultContent } from '../src/content/index.js';
import { spanish } from '../src/content/default-pack.es.js';
import { sendKeys, setPhoneViewport, setViewport } from './browser.js';

const DRAFT_KEY = 'movewell:studio-draft';

type Control = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
const root = (studio: MwContentStudio) => studio.shadowRoot!;
const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A control by its visible label (`nth` when the form has several with that label). */
function field(studio: MwContentStudio, label: string, nth = 0): Control {
  const labels = [...root(studio).querySelectorAll('label')].filter((l) => words(l) === label);
  const found = labels[nth]?.control;
  if (!found) throw new Error(`no field labelled "${label}" (#${nth})`);
  return found as Control;
}

/** A button by its accessible name (its aria-label, else its text). */
function button(studio: MwContentStudio, name: string, nth = 0): HTMLButtonElement {
  const all = [...root(studio).querySelectorAll('button')].filter(
    (b) => (b.getAttribute('aria-label') ?? words(b)) === name,
  );
  if (!all[nth]) throw new Error(`no button "${name}"`);
  return all[nth];
}

/** A button in the visible part of the studio (the item list on a wide screen, the menu on a narrow one). */
const visibleButton = (studio: MwContentStudio, name: string) =>
  [...root(studio).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? words(b)) === name && b.offsetParent !== null,
  )!;

async function type(studio: MwContentStudio, control: Control, text: string) {
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await studio.updateComplete;
}

async function choose(studio: MwContentStudio, control: Control, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await studio.updateComplete;
}

async function click(studio: MwContentStudio, element: HTMLElement) {
  element.click();
  await studio.updateComplete;
}

/** Types into each field marked invalid: the lines a new entry left to translate. */
async function fillInvalid(studio: MwContentStudio, text: string) {
  for (let control; (control = root(studio).querySelector<Control>('[aria-invalid="true"]'));)
    await type(studio, control, text);
}

/** The error shown beside a field: the GOV.UK message its aria-describedby points to. */
function errorBeside(studio: MwContentStudio, control: Element) {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root(studio).getElementById(id)).find((el) => el?.classList.contains('error'));
}

const summary = (studio: MwContentStudio) => root(studio).querySelector('.error-summary');

/** The preview's widget, once it shows its content. */
async function previewWidget(studio: MwContentStudio, tag: string) {
  await studio.updateComplete;
  const widget = root(studio).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
    `.preview-frame ${tag}`,
  );
  if (!widget) throw new Error(`no <${tag}> in the preview`);
  for (let i = 0; i < 3; i++) {
    await widget.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return widget;
}
const shown = (widget: HTMLElement) => words(widget.shadowRoot);

async function openItem(studio: MwContentStudio, name: string) {
  await click(
    studio,
    [...root(studio).querySelectorAll<HTMLButtonElement>('.nav-item')].find((b) => words(b).startsWith(name))!,
  );
}

const newStudio = () => fixture<MwContentStudio>(html`<mw-content-studio></mw-content-studio>`);
/** A studio on the built-in pack in English only: new media then needs no words in another language. */
const englishStudio = async () => {
  const studio = await newStudio();
  studio.pack = structuredClone(defaultContent) as unknown as MwContentStudio['pack'];
  await studio.updateComplete;
  return studio;
};
const exercises = (studio: MwContentStudio) => studio.pack.exercises as Record<string, unknown>[];

describe('<mw-content-studio>', function () {
  // A whole pack's forms, a live preview and axe over them all: slower than a widget on a busy machine.
  this.timeout(30000);
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  after(() => localStorage.removeItem(DRAFT_KEY));

  it('starts from the built-in pack, valid, its first exercise in the form and in the preview', async () => {
    const studio = await newStudio();
    expect(studio.valid).to.be.true;
    expect(exercises(studio).length).to.equal(defaultContent.exercises.length);
    expect(field(studio, 'Name').value).to.equal('Glute squeeze');
    expect(shown(await previewWidget(studio, 'mw-exercise-card'))).to.contain('Glute squeeze');
    expect(words(root(studio))).to.contain('Nothing leaves your device');
    await expect(studio).to.be.accessible();
  });

  it('adds an exercise whose id follows its name, and the preview shows it as it is typed', async () => {
    const studio = await newStudio();
    await click(studio, visibleButton(studio, 'Add exercise'));
    const name = field(studio, 'Name');
    expect(root(studio).activeElement, 'focus on the new name').to.equal(name);
    const changed = oneEvent(studio, 'mw-studio-change');
    await type(studio, name, 'Wall sit');
    const { detail } = await changed;
    expect(field(studio, 'Id').value).to.equal('wall-sit');
    expect((detail.pack.exercises as { id: string }[]).at(-1)?.id).to.equal('wall-sit');
    await type(studio, field(studio, 'What it helps'), 'Stronger thighs for stairs.');
    await type(studio, field(studio, 'Muscle 1'), 'Thighs');
    await type(studio, field(studio, 'Step 1'), 'Lean on a wall and slide down.');
    expect(studio.valid, JSON.stringify(detail.errors)).to.be.true;
    expect(shown(await previewWidget(studio, 'mw-exercise-card'))).to.contain('Wall sit');
    await type(studio, name, 'Wall squat');
    expect(field(studio, 'Id').value).to.equal('wall-squat');
    expect(shown(await previewWidget(studio, 'mw-exercise-card'))).to.contain('Wall squat');
  });

  it('keeps ids unique, and an id typed by hand stays when the name changes', async () => {
    const studio = await newStudio();
    await click(studio, visibleButton(studio, 'Add exercise'));
    await type(studio, field(studio, 'Name'), 'Glute bridge');
    expect(field(studio, 'Id').value).to.equal('glute-bridge-2');
    await type(studio, field(studio, 'Id'), 'my-bridge');
    await type(studio, field(studio, 'Name'), 'Hip lift');
    expect(field(studio, 'Id').value).to.equal('my-bridge');
  });

  it('renames an exercise everywhere the pack names it', async () => {
    const studio = await newStudio();
    await openItem(studio, 'Glute bridge');
    await type(studio, field(studio, 'Id'), 'bridge');
    const pack = studio.pack as typeof defaultContent;
    expect(pack.exercises.find((e) => e.id === 'glute-squeeze')?.harder).to.deep.equal(['bridge']);
    expect(studio.valid).to.be.true;
  });

  it('edits the dosage: a range of reps, each side, a hold and the sets', async () => {
    const studio = await newStudio();
    await choose(studio, field(studio, 'Reps'), 'number');
    await type(studio, field(studio, 'How many reps'), '12');
    await type(studio, field(studio, 'Sets'), '3');
    await click(studio, field(studio, 'Each side'));
    expect(exercises(studio)[0].dosage).to.deep.equal({ sets: 3, reps: 12, holdSeconds: 5, perSide: true });
    const card = shown(await previewWidget(studio, 'mw-exercise-card'));
    expect(card).to.contain('3 sets');
    expect(card).to.contain('12');
    await choose(studio, field(studio, 'Reps'), 'range');
    await type(studio, field(studio, 'At least'), '8');
    await type(studio, field(studio, 'At most'), '6');
    expect(studio.valid).to.be.false;
    expect(words(summary(studio))).to.contain('expected "min" to be no larger than "max"');
    await type(studio, field(studio, 'At most'), '10');
    expect(studio.valid).to.be.true;
  });

  it('picks easier and harder exercises and a drawing by its pose', async () => {
    const studio = await newStudio();
    await click(studio, visibleButton(studio, 'Add exercise'));
    await type(studio, field(studio, 'Name'), 'Wall sit');
    await click(studio, field(studio, 'Clamshell', 1));
    await click(studio, field(studio, 'Glute bridge', 0));
    const added = exercises(studio).at(-1)!;
    expect(added.easier).to.deep.equal(['glute-bridge']);
    expect(added.harder).to.deep.equal(['clamshell']);
    await click(studio, field(studio, 'Step up'));
    expect(added.illustration ?? exercises(studio).at(-1)!.illustration).to.deep.equal({ pose: 'step-up', alt: '' });
    const describe = field(studio, 'Describe the drawing');
    expect(words(errorBeside(studio, describe))).to.contain('expected some text');
    await expect(studio).to.be.accessible();
  });

  it('adds a photo with its description, and the preview card shows it in place of the drawing', async () => {
    const studio = await englishStudio();
    await click(studio, button(studio, 'Add media item'));
    expect(field(studio, 'Type').value).to.equal('image');
    await type(studio, field(studio, 'Photo address'), '/img/squeeze.jpg');
    expect(errorBeside(studio, field(studio, 'Describe the photo')), 'the description is required').to.exist;
    await type(studio, field(studio, 'Describe the photo'), 'Lying on the back, squeezing the buttocks');
    await type(studio, field(studio, 'Caption'), 'Squeeze and hold.');
    expect(studio.valid, JSON.stringify(exercises(studio)[0].media)).to.be.true;
    const card = await previewWidget(studio, 'mw-exercise-card');
    const image = card.shadowRoot!.querySelector('figure.media img');
    expect(image?.getAttribute('alt')).to.equal('Lying on the back, squeezing the buttocks');
    expect(image?.getAttribute('src')).to.equal('/img/squeeze.jpg');
    expect(shown(card)).to.contain('Squeeze and hold.');
    await expect(studio).to.be.accessible();

    // Its words are translated with the rest of the exercise's, under the words they translate.
    await click(studio, visibleButton(studio, 'Pack and languages'));
    await type(studio, field(studio, 'Add a language'), 'fr');
    await click(studio, button(studio, 'Add language'));
    await openItem(studio, 'Glute squeeze');
    await choose(studio, field(studio, 'Words in'), 'fr');
    const alt = field(studio, 'Media 1 alt');
    expect(words(root(studio).getElementById(alt.getAttribute('aria-describedby')!.split(' ')[0]))).to.equal(
      'en: Lying on the back, squeezing the buttocks',
    );
    await type(studio, alt, 'Allongé sur le dos, serrer les fessiers');
    const fr = (exercises(studio)[0].translations as Record<string, { media: unknown[] }>).fr;
    expect(fr.media[0]).to.deep.equal({ alt: 'Allongé sur le dos, serrer les fessiers', caption: '' });
    await choose(studio, field(studio, 'Words in'), 'en');
    // A photo that becomes a YouTube video keeps its caption; its description goes, in French too.
    await choose(studio, field(studio, 'Type'), 'youtube');
    expect(exercises(studio)[0].media).to.deep.equal([{ type: 'youtube', url: '', caption: 'Squeeze and hold.' }]);
    expect((exercises(studio)[0].translations as Record<string, { media: unknown[] }>).fr.media).to.deep.equal([
      { caption: '' },
    ]);
    await click(studio, button(studio, 'Remove media item 1'));
    expect(exercises(studio)[0].media, 'an emptied list leaves the pack').to.be.undefined;
    expect((exercises(studio)[0].translations as Record<string, Record<string, unknown>>).fr.media).to.be.undefined;
    // Six at most, as the schema allows: then the add button gives way to a line saying so.
    for (let i = 0; i < 6; i++) await click(studio, button(studio, 'Add media item'));
    expect(() => button(studio, 'Add media item')).to.throw();
    expect(words(root(studio))).to.contain('6 media items at most.');
  });

  it('asks a video for captions beside their field until "This video has no speech" is ticked', async () => {
    const studio = await newStudio();
    await click(studio, button(studio, 'Add media item'));
    await choose(studio, field(studio, 'Type'), 'video');
    await type(studio, field(studio, 'Video address'), '/video/squeeze.mp4');
    await type(studio, field(studio, 'Poster (still picture)'), '/video/squeeze.jpg');
    const captions = field(studio, 'Captions (WebVTT file)');
    expect(captions.getAttribute('aria-invalid')).to.equal('true');
    expect(words(errorBeside(studio, captions))).to.contain('"noSpeech": true for a video without speech');
    expect(studio.valid).to.be.false;
    await expect(studio).to.be.accessible();

    expect(() => field(studio, 'Play it round and round, muted'), 'loop only without speech').to.throw();
    await click(studio, field(studio, 'This video has no speech'));
    expect(errorBeside(studio, field(studio, 'Captions (WebVTT file)'))).to.be.undefined;
    expect(studio.valid).to.be.true;
    await click(studio, field(studio, 'Play it round and round, muted'));
    expect(exercises(studio)[0].media).to.deep.equal([
      { type: 'video', src: '/video/squeeze.mp4', poster: '/video/squeeze.jpg', noSpeech: true, loop: true },
    ]);
    expect((await previewWidget(studio, 'mw-exercise-card')).shadowRoot!.querySelector('figure.media video')).to.exist;
    await expect(studio).to.be.accessible();

    // Unticking it stops the loop too (a looping video plays muted), and asks for captions again.
    await click(studio, field(studio, 'This video has no speech'));
    expect(exercises(studio)[0].media).to.deep.equal([
      { type: 'video', src: '/video/squeeze.mp4', poster: '/video/squeeze.jpg' },
    ]);
    await type(studio, field(studio, 'Captions (WebVTT file)'), '/video/squeeze.en.vtt');
    expect(studio.valid).to.be.true;
  });

  it('adds a YouTube video to a drill step, with only that type’s fields', async () => {
    const studio = await englishStudio();
    await openItem(studio, defaultContent.drills[0].name);
    await click(studio, button(studio, 'Add media item'));
    const mediaType = field(studio, 'Type', 1);
    await choose(studio, mediaType, 'youtube');
    expect(() => field(studio, 'Photo address'), 'only the picked type’s fields').to.throw();
    await type(studio, field(studio, 'YouTube address'), 'https://www.youtube.com/watch?v=abcdefghijk');
    await type(studio, field(studio, 'Title'), 'Clamshells, with Jo');
    expect(studio.valid).to.be.true;
    const drill = (studio.pack.drills as { steps: { media?: unknown[] }[] }[])[0];
    expect(drill.steps[0].media).to.deep.equal([
      { type: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'Clamshells, with Jo' },
    ]);
    await expect(studio).to.be.accessible();
  });

  it('shows each error beside its field and in a summary whose link goes to the field', async () => {
    const studio = await newStudio();
    const name = field(studio, 'Name');
    await type(studio, name, '');
    expect(studio.valid).to.be.false;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(words(errorBeside(studio, name))).to.contain('Error: expected some text');
    expect(words(summary(studio))).to.contain('There is a problem in this pack');
    await openItem(studio, 'Clamshell');
    const link = summary(studio)!.querySelector('a')!;
    expect(words(link)).to.contain('expected some text');
    await click(studio, link);
    await studio.updateComplete;
    await studio.updateComplete;
    expect(root(studio).activeElement).to.equal(field(studio, 'Name'));
    expect(field(studio, 'Name').value).to.equal('');
    // The preview keeps the last version without problems, and says so.
    expect(words(root(studio).querySelector('.preview'))).to.contain('last version without problems');
    await expect(studio).to.be.accessible();
  });

  it('undoes and redoes, typing in one field as one step, with buttons and keys', async () => {
    const studio = await newStudio();
    const name = field(studio, 'Name');
    await type(studio, name, 'Glute squeeze!');
    await type(studio, name, 'Glute squeeze!!');
    await click(studio, button(studio, 'Undo'));
    expect(field(studio, 'Name').value).to.equal('Glute squeeze');
    await click(studio, button(studio, 'Redo'));
    expect(field(studio, 'Name').value).to.equal('Glute squeeze!!');
    field(studio, 'Name').focus();
    // The shortcut as the page gets it (WebDriver cannot hold Control down in WebKit).
    const shortcut = new KeyboardEvent('keydown', {
      key: 'z',
      ctrlKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    field(studio, 'Name').dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented, 'the field’s own undo is replaced by the pack’s').to.be.true;
    await studio.updateComplete;
    expect(field(studio, 'Name').value).to.equal('Glute squeeze');
  });

  it('edits a drill: a timed step, moved by keyboard and by dragging, rounds and rests', async () => {
    const studio = await newStudio();
    await openItem(studio, '3-minute banded glute activation');
    const steps = () =>
      (studio.pack.drills as { steps: { type: string; name?: string; exercise?: string }[] }[])[0].steps;
    const count = steps().length;
    await click(studio, button(studio, 'Add step'));
    await choose(studio, field(studio, 'Type', count), 'timed');
    await type(studio, field(studio, 'Step name', count), 'Plank');
    await type(studio, field(studio, 'Seconds', 0), '30');
    expect(steps().at(-1)).to.deep.equal({ type: 'timed', name: 'Plank', seconds: 30 });
    // Keyboard: Up moves it, and focus stays on the moved step's button.
    button(studio, `Move step ${count + 1} up`).focus();
    await sendKeys({ press: 'Enter' });
    await studio.updateComplete;
    await studio.updateComplete;
    expect(steps()[count - 1].name).to.equal('Plank');
    expect(root(studio).activeElement?.getAttribute('aria-label')).to.equal(`Move step ${count} up`);
    // Dragging the handle of the first step onto the third: its Spanish words go with it.
    const first = steps()[0];
    const spanishSteps = () =>
      ((studio.pack.drills as Record<string, unknown>[])[0].translations as { es: { steps: unknown[] } }).es.steps;
    const firstInSpanish = spanishSteps()[0];
    const handles = root(studio).querySelectorAll<HTMLElement>(`[id="field:drills[0].steps"] .handle`);
    const entries = root(studio).querySelectorAll<HTMLElement>(`[id="field:drills[0].steps"] > ol > li`);
    const data = new DataTransfer();
    handles[0].dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
    entries[2].dispatchEvent(
      new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }),
    );
    entries[2].dispatchEvent(
      new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }),
    );
    await studio.updateComplete;
    expect(steps()[2]).to.deep.equal(first);
    expect(spanishSteps()[2]).to.deep.equal(firstInSpanish);
    expect(spanishSteps().length).to.equal(steps().length);
    await type(studio, field(studio, 'Rounds'), '2');
    await type(studio, field(studio, 'Rest between rounds (seconds)'), '45');
    const drill = (studio.pack.drills as Record<string, unknown>[])[0];
    expect([drill.rounds, drill.restBetweenRoundsSeconds]).to.deep.equal([2, 45]);
    // The new step's Spanish words are left to write, beside the English.
    expect(words(summary(studio))).to.contain('translations es steps');
    await choose(studio, field(studio, 'Words in'), 'es');
    await fillInvalid(studio, 'Plancha');
    expect(studio.valid, words(summary(studio))).to.be.true;
    expect(shown(await previewWidget(studio, 'mw-drill-timer'))).to.contain('3-minute banded glute activation');
    await expect(studio).to.be.accessible();
  });

  it('shows a checklist’s red flags with their tiers and sources, under a clinical warning', async () => {
    const studio = await newStudio();
    await openItem(studio, defaultContent.checklists[0].title);
    const redFlags = root(studio).querySelector('.red-flags')!;
    expect(words(redFlags)).to.contain('Changing red flags is a clinical decision');
    expect(words(redFlags)).to.contain('Emergency: call the emergency number now');
    expect(words(redFlags)).to.contain('Same day');
    const firstSources = redFlags.querySelector('.picks')!;
    expect([...firstSources.querySelectorAll('input')].filter((input) => input.checked).length).to.be.greaterThan(0);
    // A new sign, with its words to fill in beside it.
    await click(studio, button(studio, 'Add sign'));
    const signs = defaultContent.checklists[0].items.length;
    await type(studio, root(studio).activeElement as Control, 'Knees cave in on stairs');
    const meaning = field(studio, 'What it may mean', signs);
    expect(words(errorBeside(studio, meaning))).to.contain('expected some text');
    await type(studio, meaning, 'Weak side glutes.');
    await choose(studio, field(studio, 'Words in'), 'es');
    await fillInvalid(studio, 'Las rodillas se van hacia adentro');
    await choose(studio, field(studio, 'Words in'), 'en');
    // Five signs now, and no outcome for a score of 5: said in the summary, where no one field holds it.
    expect(words(summary(studio))).to.contain(`expected an outcome for a score of ${signs + 1}`);
    const outcomes = defaultContent.checklists[0].outcomes.length;
    await type(studio, field(studio, 'To signs ticked', outcomes - 1), String(signs + 1));
    expect(studio.valid, words(summary(studio))).to.be.true;
    expect(shown(await previewWidget(studio, 'mw-symptom-checklist'))).to.contain(defaultContent.checklists[0].title);
    await expect(studio).to.be.accessible();
  });

  it('adds a booking offer, shown by <mw-book-now> in the preview', async () => {
    const studio = await newStudio();
    await click(studio, visibleButton(studio, 'Add booking offer'));
    await type(studio, field(studio, 'Headline'), 'Book a knee check');
    await type(studio, field(studio, 'Text'), 'Thirty minutes with a physiotherapist.');
    await type(studio, field(studio, 'Booking page address'), 'https://clinic.example/book');
    expect(studio.valid).to.be.true;
    expect((studio.pack.offers as { id: string }[]).at(-1)?.id).to.equal('book-a-knee-check');
    expect(shown(await previewWidget(studio, 'mw-book-now'))).to.contain('Book a knee check');
  });

  it('previews each of the pack’s languages, dark, at a phone’s width', async () => {
    const studio = await newStudio();
    await choose(studio, field(studio, 'Language'), 'es');
    await click(studio, field(studio, 'Dark'));
    await click(studio, field(studio, 'Phone'));
    const card = await previewWidget(studio, 'mw-exercise-card');
    expect(shown(card)).to.contain(spanish.exercises[defaultContent.exercises[0].id]!.name);
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(root(studio).querySelector('.preview-frame')!.getBoundingClientRect().width).to.be.at.most(424);
    await expect(studio).to.be.accessible();
  });

  it('adds a language, and edits an item’s words in it beside the words they translate', async () => {
    const studio = await newStudio();
    await click(studio, visibleButton(studio, 'Pack and languages'));
    await type(studio, field(studio, 'Add a language'), 'fr');
    await click(studio, button(studio, 'Add language'));
    expect(studio.valid, 'empty French lines are problems').to.be.false;
    await openItem(studio, 'Glute squeeze');
    await choose(studio, field(studio, 'Words in'), 'fr');
    const name = field(studio, 'Name');
    expect(words(root(studio).getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]))).to.equal(
      'en: Glute squeeze',
    );
    await type(studio, name, 'Contraction des fessiers');
    expect((exercises(studio)[0].translations as Record<string, { name: string }>).fr.name).to.equal(
      'Contraction des fessiers',
    );
    await expect(studio).to.be.accessible();
    await click(studio, visibleButton(studio, 'Pack and languages'));
    await click(studio, button(studio, 'Remove fr and every translation in it'));
    expect(studio.valid).to.be.true;
  });

  it('keeps the draft in this browser through a reload, and says so', async () => {
    const studio = await newStudio();
    await type(studio, field(studio, 'Name'), 'Buttock squeeze');
    studio.remove();
    const again = await newStudio();
    expect(field(again, 'Name').value).to.equal('Buttock squeeze');
    expect(words(root(again).querySelector('.notice'))).to.contain('Your draft from');
    expect(words(root(again).querySelector('.notice'))).to.contain('nothing leaves your device');
    await expect(again).to.be.accessible();
  });

  it('refuses a broken file with a clear message and leaves the draft untouched', async () => {
    const studio = await newStudio();
    await type(studio, field(studio, 'Name'), 'Buttock squeeze');
    const kept = localStorage.getItem(DRAFT_KEY);
    const input = root(studio).querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['{"format": 1, "exercises": [oops'], 'content.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => root(studio).querySelector('.notice'), 'a notice');
    const notice = root(studio).querySelector('.notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(words(notice)).to.match(
      /"content.json" could not be opened: it is not valid JSON .*Your draft is unchanged\./,
    );
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(kept);
    expect(field(studio, 'Name').value).to.equal('Buttock squeeze');
    await expect(studio).to.be.accessible();
  });

  it('opens a pasted pack, and starts an empty one; undo brings the old one back', async () => {
    const studio = await newStudio();
    await click(studio, button(studio, 'Paste JSON'));
    const pack = {
      format: 1,
      locale: 'en',
      exercises: [{ ...defaultContent.exercises[1], id: 'bridge', name: 'Bridge' }],
    };
    field(studio, 'Paste a content pack (JSON)').value = JSON.stringify(pack);
    await click(studio, button(studio, 'Open the pasted pack'));
    expect(exercises(studio).map((e) => e.id)).to.deep.equal(['bridge']);
    expect(studio.valid).to.be.false; // its easier and harder exercises are not in this pack
    await click(studio, button(studio, 'Empty pack'));
    expect(exercises(studio)).to.deep.equal([]);
    expect(studio.valid).to.be.true;
    await click(studio, button(studio, 'Undo'));
    expect(exercises(studio).map((e) => e.id)).to.deep.equal(['bridge']);
  });

  it('takes a pack through its property, and reports each change in an event', async () => {
    const studio = await newStudio();
    const pack = { format: 1, locale: 'en', offers: [defaultContent.offers[0]] };
    const changed = oneEvent(studio, 'mw-studio-change');
    studio.pack = pack;
    const { detail } = await changed;
    expect(detail.valid).to.be.true;
    expect(detail.errors).to.deep.equal([]);
    expect((studio.pack.offers as unknown[]).length).to.equal(1);
    expect(JSON.parse(studio.exportJson())).to.deep.equal(studio.pack);
    studio.pack.offers = [];
    expect((studio.pack.offers as unknown[]).length, 'the pack read is a copy').to.equal(1);
  });

  it('exports a pack that a plain page shows with <mw-content>, with the embed code for the items picked', async () => {
    const studio = await newStudio();
    await click(studio, visibleButton(studio, 'Add exercise'));
    await type(studio, field(studio, 'Name'), 'Wall sit');
    await type(studio, field(studio, 'What it helps'), 'Stronger thighs for stairs.');
    await type(studio, field(studio, 'Muscle 1'), 'Thighs');
    await type(studio, field(studio, 'Step 1'), 'Lean on a wall and slide down.');
    await click(studio, field(studio, 'In the page (for a site that cannot host a file)'));
    await click(studio, field(studio, 'Exercise card: Wall sit'));
    const code = field(studio, 'Paste this where the widgets go').value;
    expect(code).to.match(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/movewell-widgets@[\d.]+\/dist\/auto\/autoloader\.js"><\/script>\n/,
    );
    expect(code).to.contain('<mw-exercise-card exercise="wall-sit"></mw-exercise-card>');
    let downloaded = '';
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      await click(studio, button(studio, 'Download content.json'));
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(downloaded).to.equal('content.json');
    // The page: the embed code without the script tag (the widgets are loaded already).
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = code.split('\n').slice(1).join('\n');
    const card = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('mw-exercise-card')!;
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(words(card.shadowRoot)).to.contain('Wall sit');
    expect(words(card.shadowRoot)).to.contain('Stronger thighs for stairs.');
    // The downloaded text, as a file a site hosts, reads the same.
    await click(studio, field(studio, 'A file on my site'));
    expect(field(studio, 'Paste this where the widgets go').value).to.contain('<mw-content src="content.json">');
  });

  it('fits a 390px phone without sideways scrolling, the preview under the form', async function () {
    await setPhoneViewport(this, { width: 390, height: 844 });
    try {
      const studio = await newStudio();
      await previewWidget(studio, 'mw-exercise-card');
      const wide = [...root(studio).querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > 391)
        .map((el) => `${el.localName}.${el.className}#${el.id} ${Math.round(el.getBoundingClientRect().right)}`);
      expect(wide.slice(0, 8)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      const editor = root(studio).querySelector('.editor')!.getBoundingClientRect();
      const preview = root(studio).querySelector('.preview')!.getBoundingClientRect();
      expect(preview.top).to.be.at.least(editor.bottom);
      expect(field(studio, 'Item to edit').offsetParent, 'the items as one menu').to.not.equal(null);
      await choose(studio, field(studio, 'Item to edit'), 'drills:0');
      expect(field(studio, 'Name').value).to.equal(defaultContent.drills[0].name);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      await expect(studio).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('starts its editor on a 360 × 640 phone’s first screen: starting over is folded away, Add is one short row', async function () {
    await setPhoneViewport(this, { width: 360, height: 640 });
    try {
      const studio = await newStudio();
      const heading = root(studio).querySelector('#item-heading')!;
      expect(heading.getBoundingClientRect().bottom, 'the item being edited').to.be.below(640);
      const start = root(studio).querySelector<HTMLDetailsElement>('details.start')!;
      expect(start.open, 'folded').to.be.false;
      const emptyPack = button(studio, 'Empty pack');
      expect(emptyPack.checkVisibility(), 'hidden until opened').to.be.false;
      await click(studio, start.querySelector<HTMLElement>('summary')!);
      expect(emptyPack.checkVisibility(), 'shown once opened').to.be.true;
      const add = visibleButton(studio, 'Add exercise');
      expect(add.textContent!.trim(), 'its name says Add; it shows the kind beside one "Add"').to.equal('Exercise');
      await click(studio, add);
      expect(field(studio, 'Name').value).to.equal('New exercise');
      await expect(studio).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('asks no other host for anything', () => {
    const elsewhere = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).host !== location.host);
    expect(elsewhere).to.deep.equal([]);
  });
});
