import type { Plugin } from 'vite';

/** A Vite plugin that makes Rolldown's export helpers walk own keys only, not `Object.prototype`'s. */
export function ownKeysExports(): Plugin;

/** Matches a built export helper that still walks inherited keys. */
export const INHERITED_EXPORT_WALK: RegExp;
