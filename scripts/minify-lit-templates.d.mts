import type { Plugin } from 'vite';

/** A Vite plugin that strips white space from Lit `css`, `html` and `svg` templates, with a source map. */
export function minifyLitTemplates(): Plugin;
