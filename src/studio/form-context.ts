import { formatPath } from '../content/validate.js';
import type { Draft, Path } from './draft.js';

/** What every form gets from the studio: the draft, a way to change it, and the errors to show. */
export interface FormContext {
  readonly pack: Draft;
  /** The value at `path` becomes `value` (`undefined` removes it); typing in one field is one undo step. */
  set(path: Path, value: unknown): void;
  /** A change to the whole draft (add, remove, move, rename): one undo step, or part of the field `key`'s step. */
  change(edit: (pack: Draft) => Draft, key?: string): void;
  /** The errors at exactly `path`, which the caller then shows beside its field. */
  errorsAt(path: Path): string[];
  /** Moves focus to the element with this id once the change has rendered. */
  focusLater(id: string): void;
}

/** The id of a path's field (or group): the same text the validator's error paths use. */
export const fieldId = (path: Path) => `field:${formatPath(path)}`;
export const errorId = (path: Path) => `${fieldId(path)}:error`;
