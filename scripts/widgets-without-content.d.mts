import type { Plugin } from 'vite';

/** A Vite plugin for the one-tag loader's build: widget chunks leave `<mw-content>` to its own loader. */
export function widgetsWithoutContent(): Plugin;
