import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { ContentKind, ContentPack } from '../content/types.js';
import { formatContentError, validateContent, type ContentError, type ContentResult } from '../content/validate.js';
import { MwElement } from '../internal/mw-element.js';
import { disclosureStyles, hostStyles } from '../styles/host.styles.js';
import { illustrationStyles } from '../illustrations/illustration.styles.js';
import { checklistForm } from './checklist-form.js';
import {
  builtInPack,
  emptyPack,
  getAt,
  KINDS,
  languagesOf,
  listAt,
  openPack,
  setAt,
  textAt,
  type Draft,
  type Path,
} from './draft.js';
import { loadDraft, saveDraft } from './draft-storage.js';
import { drillForm } from './drill-form.js';
import type { EmbedChoice } from './embed-code.js';
import { errorSummary, parsePath } from './error-summary.js';
import { exerciseForm } from './exercise-form.js';
import { exportPanel } from './export-panel.js';
import { fieldId, type FormContext } from './form-context.js';
import { History } from './history.js';
import { describePath, itemName, KIND_LABELS } from './item-names.js';
import { newItem } from './new-items.js';
import { offerForm } from './offer-form.js';
import { packForm } from './pack-form.js';
import { preview, type PreviewSettings } from './preview.js';
import { MwStudioChangeEvent } from './studio-change-event.js';
import { studioStyles } from './content-studio.styles.js';
import { translationForm } from './translation-form.js';

/** What the form shows: the pack's own settings, or one item. */
type Selection = { kind: 'pack' } | { kind: ContentKind; index: number };

/** Whether an error's path is in the item at `prefix` (`exercises[1]`, not `exercises[10]`). */
const within = (path: string, prefix: string) =>
  path.startsWith(prefix) && (path.length === prefix.length || /[.[]/.test(path[prefix.length]));

const FORMS = { exercises: exerciseForm, drills: drillForm, checklists: checklistForm, offers: offerForm };

/**
 * @tagname mw-content-studio
 * @summary An editor for content packs: a clinic writes its own exercises, drills, checklists and
 * booking offers, sees them in the real widgets as it types, and leaves with a `content.json` and
 * the code to embed it. Nothing leaves the device: the draft is kept in this browser's storage.
 *
 * @description Starts from the draft kept in this browser, else the built-in pack; the author can
 * start again from the built-in pack, an empty one, a file or pasted JSON. Every edit is checked
 * with the package's own validator; a pack with problems is kept as a draft. Not part of `cdn.js`
 * or the autoloader: import `movewell-widgets/studio.js`. Its own words are in English.
 *
 * @event {MwStudioChangeEvent} mw-studio-change - After each edit (and undo, redo, or a pack opened), with `{ pack, valid, errors }`.
 */
export class MwContentStudio extends MwElement {
  static override styles = [hostStyles, disclosureStyles, illustrationStyles, studioStyles];

  private history = new History<Draft>(builtInPack());
  private result: ContentResult = validateContent(this.history.present);
  /** The last version without problems: what the preview shows. */
  private lastValid?: ContentPack;
  private started = false;

  @state() private selection: Selection = { kind: 'exercises', index: 0 };
  /** The language the item form edits: the pack's own, or one of its translations. */
  @state() private editLanguage = '';
  @state() private notice?: { text: string; problem: boolean };
  @state() private previewSettings: PreviewSettings = { width: 'desktop', theme: 'light', language: '' };
  @state() private pasting = false;
  @state() private embed: EmbedChoice = { source: 'file', src: 'content.json', items: [] };
  @state() private saved: 'kept' | 'memory' = 'kept';

  private pendingLanguage: { tag: string; problem?: string } = { tag: '' };
  private focusId?: string;
  private status = '';
  /** Paths whose errors the form has shown beside a field this render. */
  private shownErrors = new Set<string>();
  private errorsByPath = new Map<string, string[]>();

  /** The pack being edited, as plain JSON (a copy); valid or not. Setting it is an edit (undo brings the old one back). */
  get pack(): Draft {
    return structuredClone(this.history.present);
  }

  set pack(value: Draft) {
    this.started = true;
    const opened = openPack(JSON.stringify(value ?? null) ?? '');
    if (!opened.ok) {
      console.warn(`movewell-widgets: <mw-content-studio> pack: not used, because ${opened.message}`);
      return;
    }
    this.commit(opened.pack);
  }

  /** Whether the pack has no problems (read-only). */
  get valid(): boolean {
    return this.result.ok;
  }

  /** The text `content.json` would hold: the pack as it is now, formatted. */
  exportJson(): string {
    return `${JSON.stringify(this.history.present, null, 2)}\n`;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.started) return;
    this.started = true;
    const draft = loadDraft();
    if (!draft) return;
    this.history = new History(draft.pack);
    this.revalidate();
    const time = new Date(draft.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    this.notice = {
      text: `Your draft from ${time} is back. It is kept in this browser only: nothing leaves your device.`,
      problem: false,
    };
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (!this.hasUpdated && !this.lastValid) this.revalidate();
    // An undo can take away the item on screen: show the nearest one.
    const selection = this.selection;
    if (selection.kind !== 'pack') {
      const count = listAt(this.history.present, [selection.kind]).length;
      if (selection.index >= count) this.selection = count ? { ...selection, index: count - 1 } : { kind: 'pack' };
    }
    const languages = languagesOf(this.history.present);
    if (this.editLanguage && !languages.includes(this.editLanguage)) this.editLanguage = '';
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.focusId) {
      const target = this.shadowRoot?.getElementById(this.focusId);
      this.focusId = undefined;
      const control = target?.matches('input, select, textarea, button')
        ? target
        : (target?.querySelector<HTMLElement>('input, select, textarea') ?? target);
      control?.focus();
      if (control instanceof HTMLInputElement && /New /.test(control.value)) control.select();
    }
  }

  private revalidate() {
    this.result = validateContent(this.history.present);
    if (this.result.ok) this.lastValid = this.result.pack;
    this.errorsByPath = new Map();
    for (const error of this.errors) {
      this.errorsByPath.set(error.path, [...(this.errorsByPath.get(error.path) ?? []), error.message]);
    }
  }

  private get errors(): ContentError[] {
    return this.result.ok ? [] : this.result.errors;
  }

  /** A new present: validated, kept in storage, announced to the page. */
  private commit(next: Draft, key?: string) {
    this.history.push(next, key);
    this.afterChange();
  }

  private afterChange() {
    const before = this.valid;
    this.revalidate();
    this.saved = saveDraft(this.history.present) ? 'kept' : 'memory';
    if (before !== this.valid)
      this.announce(this.valid ? 'No problems: the pack is ready to use.' : this.problemCount());
    this.requestUpdate();
    this.emit(new MwStudioChangeEvent({ pack: this.pack, valid: this.valid, errors: this.errors }));
  }

  private problemCount() {
    const count = this.errors.length + (this.result.ok ? 0 : (this.result.more ?? 0));
    return `${count} ${count === 1 ? 'problem' : 'problems'} in the pack.`;
  }

  private announce(text: string) {
    // Emptied first, so the same words said twice are heard twice.
    this.status = '';
    this.requestUpdate();
    setTimeout(() => {
      this.status = text;
      this.requestUpdate();
    }, 50);
  }

  private readonly form: FormContext = this.formContext();

  private formContext(): FormContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below has its own `this`
    const studio = this;
    return {
      get pack() {
        return studio.history.present;
      },
      set: (path, value) => this.commit(setAt(this.history.present, path, value), fieldId(path)),
      change: (edit, key) => {
        if (!key) this.history.seal();
        const next = edit(this.history.present);
        if (next !== this.history.present) this.commit(next, key);
      },
      errorsAt: (path) => {
        const key = fieldId(path).slice('field:'.length);
        this.shownErrors.add(key);
        return this.errorsByPath.get(key) ?? [];
      },
      focusLater: (id) => {
        this.focusId = id;
      },
    };
  }

  private undo() {
    if (this.history.undo()) {
      this.afterChange();
      this.announce('Undone.');
    }
  }

  private redo() {
    if (this.history.redo()) {
      this.afterChange();
      this.announce('Redone.');
    }
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  };

  private start(pack: Draft, what: string) {
    this.commit(pack);
    this.history.seal();
    this.selection = listAt(pack, ['exercises']).length ? { kind: 'exercises', index: 0 } : { kind: 'pack' };
    this.editLanguage = '';
    this.notice = { text: `${what} Undo brings back what you had.`, problem: false };
    this.focusId = 'notice';
  }

  private open(text: string, from: string) {
    const opened = openPack(text);
    if (!opened.ok) {
      this.notice = { text: `${from} could not be opened: ${opened.message}. Your draft is unchanged.`, problem: true };
      this.focusId = 'notice';
      return false;
    }
    this.start(opened.pack, `Opened ${from}.`);
    return true;
  }

  private async openFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      this.open(await file.text(), `"${file.name}"`);
    } catch (error) {
      this.notice = {
        text: `"${file.name}" could not be read (${(error as Error).message}). Your draft is unchanged.`,
        problem: true,
      };
    }
  }

  private paste() {
    const area = this.shadowRoot?.getElementById('paste-text') as HTMLTextAreaElement | null;
    if (area && this.open(area.value, 'The pasted text')) this.pasting = false;
  }

  private addItem(kind: ContentKind) {
    const index = listAt(this.history.present, [kind]).length;
    this.form.change((pack) => setAt(pack, [kind, index], newItem(pack, kind)));
    this.select({ kind, index });
    this.focusId = fieldId([kind, index, KIND_LABELS[kind].nameKey]);
  }

  private removeItem(kind: ContentKind, index: number) {
    const name = itemName(this.history.present, kind, index);
    this.form.change((pack) =>
      setAt(
        pack,
        [kind],
        listAt(pack, [kind]).filter((_, i) => i !== index),
      ),
    );
    this.announce(`Removed ${name}. Undo brings it back.`);
    this.focusId = 'undo';
  }

  private select(selection: Selection) {
    this.selection = selection;
    this.history.seal();
  }

  /** From the error summary: open the item and the language the path is in, then focus its field. */
  private goTo(path: Path) {
    const [kind, index, third, tag] = path;
    if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) && typeof index === 'number') {
      this.select({ kind: kind as ContentKind, index });
      this.editLanguage = third === 'translations' && typeof tag === 'string' ? tag : '';
    } else {
      this.select({ kind: 'pack' });
    }
    // The field, or the nearest group that holds it.
    void this.updateComplete.then(() => {
      for (let end = path.length; end >= 0; end--) {
        if (this.shadowRoot?.getElementById(fieldId(path.slice(0, end)))) {
          this.focusId = fieldId(path.slice(0, end));
          this.requestUpdate();
          return;
        }
      }
      this.focusId = 'item-heading';
      this.requestUpdate();
    });
  }

  private download() {
    const url = URL.createObjectURL(new Blob([this.exportJson()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'content.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announce('content.json downloaded.');
  }

  private async copy(what: 'json' | 'embed', text: string) {
    const name = what === 'json' ? 'The JSON' : 'The embed code';
    try {
      await navigator.clipboard.writeText(text);
      this.announce(`${name} is copied.`);
    } catch {
      // No clipboard (an insecure page, a refused permission): select the text for the reader to copy.
      const area = this.shadowRoot?.getElementById(what === 'json' ? 'json-text' : 'embed-code') as HTMLTextAreaElement;
      area?.focus();
      area?.select();
      this.announce(`${name} is selected: copy it with your keyboard or menu.`);
    }
  }

  override render() {
    this.shownErrors = new Set();
    const pack = this.history.present;
    const form = this.renderForm();
    return html`<div class="studio" @keydown=${this.onKeydown}>
      ${this.renderBar()}
      ${
        this.notice
          ? html`<p
              class="notice ${this.notice.problem ? 'problem' : ''}"
              id="notice"
              tabindex="-1"
              role=${this.notice.problem ? 'alert' : 'status'}
            >
              ${this.notice.text}
            </p>`
          : nothing
      }
      ${errorSummary(
        this.errors,
        this.result.ok ? 0 : (this.result.more ?? 0),
        (path) => describePath(pack, path),
        (path) => this.goTo(path),
      )}
      <div class="workspace">
        ${this.renderNav()}
        <section class="editor" aria-labelledby="item-heading">${form}</section>
        <section class="preview" aria-labelledby="preview-heading">${this.renderPreview()}</section>
      </div>
      <section class="export" aria-labelledby="export-heading">
        ${exportPanel(pack, this.exportJson(), this.valid, this.embed, {
          download: () => this.download(),
          copy: (what, text) => void this.copy(what, text),
          choose: (choice) => (this.embed = choice),
        })}
        <details class="json">
          <summary>See the JSON</summary>
          <label for="json-text" class="visually-hidden">The pack as JSON</label>
          <textarea id="json-text" readonly rows="12" .value=${this.exportJson()}></textarea>
        </details>
      </section>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
    </div>`;
  }

  private renderBar() {
    return html`<header class="bar">
      <div class="title">
        <h2>Content studio</h2>
        <p class="kept">
          ${
            this.saved === 'kept'
              ? 'Your draft is kept in this browser only. Nothing leaves your device.'
              : 'This browser will not keep the draft: download it before you leave.'
          }
        </p>
      </div>
      <div class="actions" role="group" aria-label="Edit">
        <button type="button" id="undo" ?disabled=${!this.history.canUndo} @click=${() => this.undo()}>Undo</button>
        <button type="button" id="redo" ?disabled=${!this.history.canRedo} @click=${() => this.redo()}>Redo</button>
      </div>
      <!-- Rarely used, and each replaces the draft (Undo brings it back): folded, so a phone's first screen is the editor. -->
      <details class="start">
        <summary>Open or start a pack</summary>
        <div class="actions" role="group" aria-label="Start from">
          <button type="button" @click=${() => this.start(builtInPack(), 'Started from the built-in pack.')}>
            Built-in pack
          </button>
          <button type="button" @click=${() => this.start(emptyPack(), 'Started an empty pack.')}>Empty pack</button>
          <label class="button file">
            Open a file
            <input type="file" accept=".json,application/json" @change=${this.openFile} />
          </label>
          <button
            type="button"
            aria-expanded=${this.pasting ? 'true' : 'false'}
            @click=${() => (this.pasting = !this.pasting)}
          >
            Paste JSON
          </button>
        </div>
        ${
          this.pasting
            ? html`<div class="paste">
                <label for="paste-text">Paste a content pack (JSON)</label>
                <textarea id="paste-text" rows="6"></textarea>
                <button type="button" @click=${() => this.paste()}>Open the pasted pack</button>
              </div>`
            : nothing
        }
      </details>
    </header>`;
  }

  private renderNav() {
    const pack = this.history.present;
    const current = this.selection;
    const count = (prefix: string) => this.errors.filter((error) => within(error.path, prefix)).length;
    const entry = (selection: Selection, label: string, errors: number) => {
      const on =
        current.kind === selection.kind &&
        (selection.kind === 'pack' || (current as { index: number }).index === (selection as { index: number }).index);
      return html`<li>
        <button
          type="button"
          class="nav-item"
          aria-current=${on ? 'true' : 'false'}
          @click=${() => this.select(selection)}
        >
          ${label}${errors ? html` <span class="badge">${errors} ${errors === 1 ? 'problem' : 'problems'}</span>` : nothing}
        </button>
      </li>`;
    };
    const value = current.kind === 'pack' ? 'pack' : `${current.kind}:${current.index}`;
    const jump = (event: Event) => {
      const [kind, index] = (event.target as HTMLSelectElement).value.split(':');
      this.select(kind === 'pack' ? { kind: 'pack' } : { kind: kind as ContentKind, index: Number(index) });
    };
    // A phone gets the same list as one menu, so the form is on the first screen, not under the list.
    return html`<div class="jump field">
        <label for="jump">Item to edit</label>
        <select id="jump" @change=${jump}>
          <option value="pack" ?selected=${value === 'pack'}>Pack and languages</option>
          ${KINDS.map(
            (kind) =>
              html`<optgroup label=${KIND_LABELS[kind].plural}>
                ${listAt(pack, [kind]).map(
                  (_, index) =>
                    html`<option value=${`${kind}:${index}`} ?selected=${value === `${kind}:${index}`}>
                      ${itemName(pack, kind, index)}${count(`${kind}[${index}]`) ? ' (problems)' : ''}
                    </option>`,
                )}
              </optgroup>`,
          )}
        </select>
        <div class="actions adds" role="group" aria-labelledby="add-label">
          <span id="add-label" class="add-label">Add</span>
          ${KINDS.map(
            (kind) =>
              html`<button
                type="button"
                class="add"
                aria-label="Add ${KIND_LABELS[kind].one}"
                @click=${() => this.addItem(kind)}
              >
                ${KIND_LABELS[kind].single}
              </button>`,
          )}
        </div>
      </div>
      <nav class="items" aria-label="Pack contents">
        <ul>
          ${entry({ kind: 'pack' }, 'Pack and languages', this.errors.filter((e) => !/^(exercises|drills|checklists|offers)\[/.test(e.path)).length)}
        </ul>
        ${KINDS.map(
          (kind) =>
            html`<h3>${KIND_LABELS[kind].plural}</h3>
              <ul>
                ${listAt(pack, [kind]).map((_, index) => entry({ kind, index }, itemName(pack, kind, index), count(`${kind}[${index}]`)))}
              </ul>
              <button type="button" class="add" @click=${() => this.addItem(kind)}>
                Add ${KIND_LABELS[kind].one}
              </button>`,
        )}
      </nav>`;
  }

  private renderForm() {
    const selection = this.selection;
    const pack = this.history.present;
    if (selection.kind === 'pack') {
      const body = packForm(this.form, this.pendingLanguage, () => this.requestUpdate());
      return html`<h2 id="item-heading" tabindex="-1">Pack and languages</h2>
        ${this.otherErrors((path) => !/^(exercises|drills|checklists|offers)\[/.test(path))} ${body}`;
    }
    const { kind, index } = selection;
    const base = textAt(pack, ['locale']) || 'en';
    const languages = languagesOf(pack);
    const language = this.editLanguage || base;
    const body =
      language === base ? FORMS[kind](this.form, index) : translationForm(this.form, kind, index, language, base);
    const prefix = `${kind}[${index}]`;
    return html`<div class="item-head">
        <h2 id="item-heading" tabindex="-1">
          <span class="kind">${KIND_LABELS[kind].one}</span> ${itemName(pack, kind, index)}
        </h2>
        <button type="button" @click=${() => this.removeItem(kind, index)}>Remove this ${KIND_LABELS[kind].one}</button>
      </div>
      ${
        languages.length > 1
          ? html`<div class="field language">
              <label for="edit-language">Words in</label>
              <select
                id="edit-language"
                @change=${(event: Event) => (this.editLanguage = (event.target as HTMLSelectElement).value)}
              >
                ${languages.map((tag) => html`<option value=${tag} ?selected=${tag === language}>${tag}${tag === base ? ' (the pack\u2019s own)' : ''}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${this.otherErrors((path) => within(path, prefix))} ${body}`;
  }

  /** The errors of what is on screen that no field showed (a rule across fields, a key no form has). */
  private otherErrors(inView: (path: string) => boolean) {
    // Called once the form's fields are built, so the errors they showed are known.
    const left = this.errors.filter((error) => inView(error.path) && !this.shownErrors.has(error.path));
    if (!left.length) return nothing;
    return html`<div class="error other-errors" id=${fieldId(parsePath(left[0].path))} tabindex="-1">
      <p>Also to fix here:</p>
      <ul>
        ${left.map((error) => html`<li><span class="visually-hidden">Error: </span>${formatContentError(error)}</li>`)}
      </ul>
    </div>`;
  }

  private renderPreview() {
    const selection = this.selection;
    const pack = this.history.present;
    const item =
      selection.kind === 'pack'
        ? undefined
        : { kind: selection.kind, id: textAt(getAt(pack, [selection.kind, selection.index]), ['id']) };
    const settings = this.previewSettings;
    const set = (change: Partial<PreviewSettings>) => (this.previewSettings = { ...settings, ...change });
    const radio = (name: string, value: string, label: string, on: boolean, change: () => void) =>
      html`<label class="pick"
        ><input type="radio" name=${name} value=${value} .checked=${on} @change=${change} /> ${label}</label
      >`;
    const languages = languagesOf(pack);
    return html`<h2 id="preview-heading">Preview</h2>
      <div class="preview-controls">
        <fieldset class="segmented">
          <legend>Width</legend>
          ${radio('width', 'phone', 'Phone', settings.width === 'phone', () => set({ width: 'phone' }))}
          ${radio('width', 'desktop', 'Desktop', settings.width === 'desktop', () => set({ width: 'desktop' }))}
        </fieldset>
        <fieldset class="segmented">
          <legend>Colours</legend>
          ${radio('theme', 'light', 'Light', settings.theme === 'light', () => set({ theme: 'light' }))}
          ${radio('theme', 'dark', 'Dark', settings.theme === 'dark', () => set({ theme: 'dark' }))}
        </fieldset>
        <div class="field">
          <label for="preview-language">Language</label>
          <select
            id="preview-language"
            @change=${(event: Event) => set({ language: (event.target as HTMLSelectElement).value })}
          >
            ${languages.map((tag) => html`<option value=${tag} ?selected=${(settings.language || languages[0]) === tag}>${tag}</option>`)}
          </select>
        </div>
      </div>
      ${preview(this.lastValid, item, { ...settings, language: settings.language || languages[0] }, !this.valid)}`;
  }
}
