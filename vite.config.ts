import { defineConfig, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';
import { ownKeysExports } from './scripts/own-keys-exports.mjs';
import { widgetsWithoutContent } from './scripts/widgets-without-content.mjs';

/**
 * Three builds from one source (scripts/build.mjs runs them all). Every dynamic `import()` becomes a
 * chunk of its own in each of them (validation, the timer's cues, a language's words and content),
 * fetched only by a page that needs it:
 * - `vite build` (npm): one entry per public module, Lit external, unminified ES modules with
 *   source maps, as Lit's publishing guidance asks (the site's bundler minifies);
 * - `--mode autoload`: the one-tag loader and one chunk per widget, Lit inside a shared chunk, so a
 *   CMS page loads only the widgets it holds, without a bundler or an import map;
 * - `--mode cdn`: `cdn.js`, every widget and Lit in one minified file for sites that self-host a
 *   single file; what a page loads later (validation, other languages) sits beside it in `cdn/`.
 */
const entries = {
  index: 'src/index.ts',
  content: 'src/content/index.ts',
  'exercise-card': 'src/components/exercise-card/exercise-card.ts',
  'drill-timer': 'src/components/drill-timer/drill-timer.ts',
  'symptom-checklist': 'src/components/symptom-checklist/symptom-checklist.ts',
  'book-now': 'src/components/book-now/book-now.ts',
  // The content studio: npm only, never in cdn.js or the autoloader (readers never need it).
  studio: 'src/studio/studio.ts',
};

/**
 * Lit's templates are strings the minifier cannot shorten: strip their white space at build time.
 * The bundler's export helpers must not trip over a polluted `Object.prototype` (src/loaders/README.md).
 */
const plugins = [minifyLitTemplates(), ownKeysExports()];

/** No bundler reads the browser builds after us: comments and tree-shaking annotations are dead weight. */
const forBrowsers = { minify: true, comments: false } as const;

const builds: Record<string, UserConfig['build']> = {
  npm: {
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  cdn: {
    emptyOutDir: false,
    lib: { entry: { cdn: 'src/cdn.ts' }, formats: ['es'] },
    rolldownOptions: {
      // Lets cdn.js export what its chunks share with it, rather than Rolldown moving that into chunks.
      preserveEntrySignatures: 'allow-extension',
      // The exercise card imports its timer on Start; in this file the timer is already there.
      checks: { ineffectiveDynamicImport: false },
      output: { ...forBrowsers, entryFileNames: '[name].js', chunkFileNames: 'cdn/[name]-[hash].js' },
    },
  },
  autoload: {
    outDir: 'dist/auto',
    emptyOutDir: true,
    lib: { entry: { autoloader: 'src/autoloader.ts' }, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        ...forBrowsers,
        entryFileNames: '[name].js',
        // The chunk every page fetches is named for what it is, not for one of its modules.
        chunkFileNames: ({ moduleIds }) =>
          moduleIds.some((id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id)) ? 'runtime-[hash].js' : '[name]-[hash].js',
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
  // The one-tag loader fetches <mw-content> only for a page that holds one.
  const modePlugins = mode === 'autoload' ? [...plugins, widgetsWithoutContent()] : plugins;
  return { plugins: modePlugins, build: { outDir: 'dist', target: 'es2022', minify: true, ...build, rolldownOptions } };
});
