import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { property as litProperty } from 'lit/decorators.js';
import { coerceProperty, type PropertyType } from './property-value.js';

/** Values a script set that an element cannot use: property name → reason, per element. */
const refusals = new WeakMap<ReactiveElement, Map<string, string>>();

/**
 * Lit's `@property()`, with the value coerced by its declared `type` whenever it is set (from a
 * script, a framework, or an attribute): a number in a text property becomes text, and a value
 * that cannot be used (an object in a text property, a BigInt or a cycle in a drill) is refused.
 * A refused property reads `undefined`, and `refusedValue()` says which and why, for the widget
 * to show in place. Properties with `attribute: false` and no `type` are taken as given, for the
 * widget to check itself (`<mw-content>`'s `content`).
 */
export function property(options: PropertyDeclaration = {}) {
  return (proto: ReactiveElement, name: string) => {
    litProperty(options)(proto, name);
    if (options.attribute === false && !options.type) return;
    const accessor = Object.getOwnPropertyDescriptor(proto, name);
    const set = accessor?.set;
    if (!accessor || !set) return;
    const type = options.type as PropertyType | undefined;
    Object.defineProperty(proto, name, {
      ...accessor,
      set(this: ReactiveElement, value: unknown) {
        const coerced = coerceProperty(value, type);
        noteRefusal(this, name, coerced.ok ? undefined : coerced.reason);
        set.call(this, coerced.ok ? coerced.value : undefined);
      },
    });
  };
}

/** Stands for a refused value as the "old value" of a change, so a refusal always counts as one. */
const REFUSED = Symbol('refused');

function noteRefusal(element: ReactiveElement, name: string, reason: string | undefined) {
  const refused = refusals.get(element);
  if (reason === refused?.get(name)) return;
  if (reason) {
    if (refused) refused.set(name, reason);
    else refusals.set(element, new Map([[name, reason]]));
  } else refused?.delete(name);
  // The stored value may not change (undefined before and after): the widget must still hear of it.
  element.requestUpdate(name, REFUSED);
}

/** The first property of `element` whose value was refused, and why. */
export function refusedValue(element: ReactiveElement): { name: string; reason: string } | undefined {
  const first = refusals.get(element)?.entries().next();
  return first && !first.done ? { name: first.value[0], reason: first.value[1] } : undefined;
}
