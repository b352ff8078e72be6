import { defineConfig } from 'vite';

/**
 * Storybook gets a plain config: the library builds in ../vite.config.ts are not for it.
 * Its chunks are Storybook's own manager and docs (large by design, never shipped to a site), and
 * the preview imports widgets both eagerly and lazily on purpose: neither is worth a warning a
 * newcomer would read as a failure.
 */
export default defineConfig({
  build: { chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { ineffectiveDynamicImport: false } } },
});
