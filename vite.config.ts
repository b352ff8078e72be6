import { defineConfig, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';
import { ownKeysExports } from './scripts/own-keys-exports.mjs';

/**
 * Three builds from one source (scripts/build.mjs runs them all):
 * - `vite build` (npm): one entry per public module, Lit external, shared code in two chunks;
 * - `--mode cdn`: one minified file with Lit inside, for a `<script type="module">` tag;
 * - `--mode autoload`: the autoloader and one file per widget, Lit inside a shared chunk, so a
 *   CMS page loads only the widgets it uses without a bundler or an import map.
 */
const entries = {
  index: 'src/index.ts',
  content: 'src/content/index.ts',
  'exercise-card': 'src/components/exercise-card/exercise-card.ts',
  'drill-timer': 'src/components/drill-timer/drill-timer.ts',
  'symptom-checklist': 'src/components/symptom-checklist/symptom-checklist.ts',
  'book-now': 'src/components/book-now/book-now.ts',
};

/**
 * Lit's templates are strings the minifier cannot shorten: strip their white space at build time.
 * The bundler's export helpers must not trip over a polluted `Object.prototype` (src/loaders/README.md).
 */
const plugins = [minifyLitTemplates(), ownKeysExports()];

/** The content module and the runtime every widget shares, as their own chunks. */
const sharedChunks = {
  groups: [
    { name: 'content', test: /[\\/]src[\\/](content[\\/]|internal[\\/]url\.ts)|[\\/]node_modules[\\/]valibot[\\/]/ },
    {
      name: 'runtime',
      test: /[\\/]src[\\/](internal|styles|translations|events|illustrations|components[\\/]content)[\\/]|[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/,
    },
  ],
};

const builds: Record<string, UserConfig['build']> = {
  npm: {
    emptyOutDir: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: sharedChunks,
      },
    },
  },
  cdn: {
    emptyOutDir: false,
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'cdn.js' },
    // Library mode only mangles ES output by default; strip white space and comments too. No
    // bundler reads this file (or the autoloader's) after us: tree-shaking annotations are dead weight.
    rolldownOptions: {
      // One file on purpose: the timer the exercise card imports on Start is inside it, not a chunk
      // beside it, so that lazy import has nothing to split off here.
      checks: { ineffectiveDynamicImport: false },
      output: { minify: true, comments: false, codeSplitting: false },
    },
  },
  autoload: {
    outDir: 'dist/auto',
    emptyOutDir: true,
    lib: { entry: { autoloader: 'src/autoloader.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        codeSplitting: sharedChunks,
      },
    },
  },
};

export default defineConfig(({ mode }) => {
  const build = builds[mode] ?? builds.npm;
  // The template minifier's share of build time is reported as a warning whenever the machine is
  // busy (CI, a test run beside it): noise in every `npm test`, not a problem with the build.
  const rolldownOptions = {
    ...build?.rolldownOptions,
    checks: { ...build?.rolldownOptions?.checks, bundlerTimings: false },
  };
  return { plugins, build: { outDir: 'dist', target: 'es2022', minify: true, ...build, rolldownOptions } };
});
