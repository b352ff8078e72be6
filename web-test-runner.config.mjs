import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './scripts/wtr-browsers.mjs';
import { engineCommandsPlugin } from './scripts/wtr-commands.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: only the focused page gets focus events and animation frames, which
  // the keyboard, focus and timer tests depend on, as a real reader's visible tab would.
  concurrency: 1,
  // One engine at a time too: on a 2-core machine, two browsers side by side starve the timer tests.
  // A busy machine starts a browser slowly: a minute before that counts as a failure.
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // Same tsconfig as Vite and Storybook, so legacy decorators compile the same everywhere.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // setViewport, sendKeys and print media that work in all three engines (tests/browser.ts).
    engineCommandsPlugin(),
  ],
  // Tests run Lit's development build on purpose (it checks more); its banner says so on every page.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode.'),
  // Chromium, Firefox and WebKit (Safari's engine); MW_BROWSERS=chromium (or a list) for a quick run.
  browsers: browsers(),
};
