import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: only the focused page gets focus events and animation frames, which
  // the keyboard, focus and timer tests depend on, as a real reader's visible tab would.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // Same tsconfig as Vite and Storybook, so legacy decorators compile the same everywhere.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
};
