/**
 * What a page's script may put in a widget's property, made safe before the widget reads it.
 * Frameworks and page scripts set properties with whatever they hold: `911` for a phone number,
 * `5` for a label, a BigInt, a cyclic object, a getter that throws, a proxy. Each property is
 * coerced by its declared `type`, once, in its setter, so no widget code ever sees a value of
 * the wrong kind, and a value that cannot be used becomes a problem the widget shows and logs.
 */

export type PropertyType = typeof String | typeof Number | typeof Boolean | typeof Array | typeof Object;

export type Coerced = { ok: true; value: unknown } | { ok: false; reason: string };

const ok = (value: unknown): Coerced => ({ ok: true, value });
const refuse = (reason: string): Coerced => ({ ok: false, reason });

/**
 * Bigger than any real drill or answer list: a plain-data check of a value set from a script
 * stops here, so a hostile object cannot stall the page.
 */
export const MAX_PLAIN_DATA_NODES = 10_000;

/** Coerces `value` for a property declared with `type`; never throws. `null` and `undefined` mean "not set". */
export function coerceProperty(value: unknown, type: PropertyType | undefined): Coerced {
  if (value === null || value === undefined) return ok(value);
  try {
    switch (type) {
      case Number:
        return toNumber(value);
      case Boolean:
        return ok(value);
      case Array:
        return Array.isArray(value) ? checkPlainData(value) : refuse(`expected a list, got ${describeValue(value)}`);
      case Object:
        return typeof value === 'object' && !Array.isArray(value)
          ? checkPlainData(value)
          : refuse(`expected an object, got ${describeValue(value)}`);
      default:
        return toText(value);
    }
  } catch (error) {
    // A proxy or getter that throws on a check we make (a revoked proxy throws on Array.isArray).
    return refuse(`expected plain data, but reading it failed (${errorText(error)})`);
  }
}

/** A number, boolean or BigInt is what a person means as text (`emergencyNumber = 911`); objects are not. */
function toText(value: unknown): Coerced {
  if (typeof value === 'string') return ok(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return ok(String(value));
  // A String object (or a proxy of one) is text too; String() can throw only from a hostile proxy, caught above.
  if (value instanceof String) return ok(String(value));
  return refuse(`expected text, got ${describeValue(value)}`);
}

/** Numbers as written in text or as a BigInt are numbers; anything else is not. */
function toNumber(value: unknown): Coerced {
  if (typeof value === 'number') return ok(value);
  if (typeof value === 'bigint') return ok(Number(value));
  if (typeof value === 'string' && value.trim()) return ok(Number(value));
  return refuse(`expected a number, got ${describeValue(value)}`);
}

/**
 * Accepts what JSON can hold (objects, lists, text, finite numbers, booleans, null; and undefined), walked once,
 * and refuses anything else with its path: a BigInt, a function, a cycle, a getter that throws.
 * The value is kept as given, so a page that sets the same object again sets the same value.
 */
function checkPlainData(root: unknown): Coerced {
  const onPath = new Set<object>();
  let nodes = 0;
  const walk = (value: unknown, path: string): string | undefined => {
    if (++nodes > MAX_PLAIN_DATA_NODES) return `expected at most ${MAX_PLAIN_DATA_NODES} values in all`;
    // `undefined` is a field left out, as frameworks often write it.
    if (value == null || typeof value === 'string' || typeof value === 'boolean') return undefined;
    if (typeof value === 'number')
      return Number.isFinite(value) ? undefined : at(path, `a finite number, got ${value}`);
    if (typeof value !== 'object') return at(path, `plain data, got ${describeValue(value)}`);
    if (onPath.has(value)) return at(path, 'plain data, but it contains itself (a cycle)');
    onPath.add(value);
    // Item by item, so a list with a huge length stops at the limit instead of being copied first.
    const problem = Array.isArray(value)
      ? walkList(value, (item, i) => walk(item, `${path}[${i}]`))
      : walkList(Object.keys(value), (key) => walk((value as Record<string, unknown>)[key], `${path}.${key}`));
    onPath.delete(value);
    return problem;
  };
  const problem = walk(root, '');
  return problem ? refuse(problem) : ok(root);
}

function walkList<T>(list: readonly T[], check: (item: T, index: number) => string | undefined) {
  for (let i = 0; i < list.length; i++) {
    const problem = check(list[i] as T, i);
    if (problem) return problem;
  }
  return undefined;
}

const at = (path: string, what: string) => `expected ${what}${path ? ` at ${path.replace(/^\./, '')}` : ''}`;

/** A short, safe description of any value for a message: never throws, never prints a whole object. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'bigint':
      return `the BigInt ${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'number':
      return String(value);
    case 'string':
      return value.length > 40 ? `"${value.slice(0, 39)}…"` : `"${value}"`;
    case 'object':
      try {
        return Array.isArray(value) ? `a list of ${value.length}` : 'an object';
      } catch {
        return 'an object';
      }
    default:
      return String(value);
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : describeValue(error);
  } catch {
    return 'an error';
  }
}
