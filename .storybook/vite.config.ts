import { defineConfig } from 'vite';

/** Storybook gets a plain config: the library builds in ../vite.config.ts are not for it. */
export default defineConfig({});
