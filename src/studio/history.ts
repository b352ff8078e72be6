/**
 * Undo and redo over whole drafts. Drafts share what an edit did not touch (see setAt), so a
 * step back costs one reference, not a copy. Typing in one field is one step, not one per key.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  /** The field the last step came from: a next edit of the same field joins that step. */
  private lastKey?: string;

  constructor(
    public present: T,
    private readonly limit = 200,
  ) {}

  /** A new present; `key` names the field, so a run of typing in it undoes at once. */
  push(next: T, key?: string) {
    if (!(key && key === this.lastKey)) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.lastKey = key;
  }

  get canUndo() {
    return this.past.length > 0;
  }

  get canRedo() {
    return this.future.length > 0;
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (previous === undefined) return false;
    this.future.push(this.present);
    this.present = previous;
    this.lastKey = undefined;
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (next === undefined) return false;
    this.past.push(this.present);
    this.present = next;
    this.lastKey = undefined;
    return true;
  }

  /** Ends the current step: the next edit of the same field is a step of its own. */
  seal() {
    this.lastKey = undefined;
  }
}
