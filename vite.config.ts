import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';

/**
 * Two library builds from one source:
 * - `vite build` (npm): one entry per public module, Lit external, shared code in chunks;
 * - `vite build --mode cdn`: one minified file with Lit inside, for a `<script type="module">` tag.
 */
const entries = {
  index: 'src/index.ts',
  content: 'src/content/index.ts',
  'exercise-card': 'src/components/exercise-card/exercise-card.ts',
};

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyLitCss()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'cdn.js' },
          // Library mode only mangles ES output by default; strip white space and comments too.
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
        plugins: [minifyLitCss()],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//],
            output: {
              minify: true,
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Two shared chunks, so each widget entry holds only its own code: the content module
              // (what `content.js` needs) and the runtime every widget shares.
              codeSplitting: {
                groups: [
                  {
                    name: 'content',
                    test: /[\\/]src[\\/](content[\\/]|internal[\\/]url\.ts)|[\\/]node_modules[\\/]valibot[\\/]/,
                  },
                  {
                    name: 'runtime',
                    test: /[\\/]src[\\/](internal|styles|translations|events|illustrations|components[\\/]content)[\\/]/,
                  },
                ],
              },
            },
          },
        },
      },
);
