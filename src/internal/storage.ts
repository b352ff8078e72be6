/**
 * Web Storage that never throws. Storage can be disabled (privacy modes, sandboxed iframes,
 * blocked cookies) or full; either way a widget keeps working for the visit from memory,
 * and simply forgets on the next one.
 */
export interface SafeStorage {
  get(key: string): string | null;
  /** The value read as JSON; undefined when it is missing or damaged (hand-edited, another version). */
  getJson(key: string): unknown;
  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Keys that start with a prefix, from storage and memory alike. */
  keys(prefix: string): string[];
}

const memory = { local: new Map<string, string>(), session: new Map<string, string>() };

function open(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return null;
  }
}

export function safeStorage(kind: 'local' | 'session'): SafeStorage {
  const fallback = memory[kind];
  const get = (key: string) => {
    if (fallback.has(key)) return fallback.get(key) ?? null;
    try {
      return open(kind)?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  return {
    get,
    getJson(key) {
      const text = get(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        const store = open(kind);
        if (store) {
          store.setItem(key, value);
          fallback.delete(key);
          return true;
        }
      } catch {
        // Full or blocked: remember for this visit only.
      }
      fallback.set(key, value);
      return false;
    },
    remove(key) {
      fallback.delete(key);
      try {
        open(kind)?.removeItem(key);
      } catch {
        // Nothing to remove from a store we cannot reach.
      }
    },
    keys(prefix) {
      const found = new Set([...fallback.keys()].filter((key) => key.startsWith(prefix)));
      try {
        const store = open(kind);
        for (let i = 0; store && i < store.length; i++) {
          const key = store.key(i);
          if (key?.startsWith(prefix)) found.add(key);
        }
      } catch {
        // Only the in-memory keys are known.
      }
      return [...found];
    },
  };
}

/** All keys this library writes start with this, so a site can find and clear them. */
export const STORAGE_PREFIX = 'movewell:';
