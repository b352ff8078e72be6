// Opens every story of the built Storybook in headless Chromium and Firefox (MW_BROWSERS picks)
// and fails on a page error, a console error, or an axe violation, so the stories never rot.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PUPPETEER_ENGINES, launchEngine, selectedEngines } from './engines.mjs';
import { serve } from './serve.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Usage: node scripts/check-stories.mjs [built Storybook folder] [story id prefix]
const [dir = 'storybook-static', only = ''] = process.argv.slice(2);
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.startsWith(only));

const server = await serve(dir);
const failures = [];
const engines = selectedEngines().filter((engine) => PUPPETEER_ENGINES.includes(engine));
if (selectedEngines().includes('webkit')) {
  console.log('webkit: stories not checked (no page errors or console over WebKitWebDriver; see README)');
}
for (const engine of engines) {
  const browser = await launchEngine(engine);
  try {
    const page = await browser.newPage();
    for (const story of stories) {
      const problems = [];
      const onError = (error) => problems.push(`page error: ${error.message}`);
      // Resource errors are judged by their response below; stories may show a missing file on purpose.
      const onConsole = (message) =>
        message.type() === 'error' &&
        !message.text().startsWith('Failed to load resource') &&
        problems.push(`console error: ${message.text()}`);
      const onResponse = (response) =>
        response.status() >= 400 &&
        !response.url().includes('/no-such-') &&
        !response.url().endsWith('/favicon.ico') &&
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      page.on('pageerror', onError);
      page.on('console', onConsole);
      page.on('response', onResponse);
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          document.querySelector('#storybook-root')?.children.length || document.querySelector('.sb-show-errordisplay'),
        { timeout: 15000 },
      );
      // Let widgets finish loading content and rendering.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      if (await page.$('.sb-show-errordisplay')) problems.push('Storybook shows an error');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await globalThis.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      });
      problems.push(...violations.map((v) => `axe ${v}`));
      page.off('pageerror', onError);
      page.off('console', onConsole);
      page.off('response', onResponse);
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${engine} ${story.id}`);
      if (problems.length) failures.push(`${engine} ${story.id}\n  ${problems.join('\n  ')}`);
    }
  } finally {
    await browser.close();
  }
}
await server.close();
if (failures.length) {
  console.error(
    `\n${failures.length} of ${stories.length * engines.length} story checks failed:\n${failures.join('\n')}`,
  );
  process.exit(1);
}
console.log(`\nstories: ${stories.length} passed, 0 failed, in ${engines.join(' and ')}`);
