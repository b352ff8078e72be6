import type { Plugin } from 'vite';

/** A Vite plugin that strips comments and white space from Lit `css` templates. */
export function minifyLitCss(): Plugin;
