// Opens every story of the built Storybook in Chromium, Firefox and WebKit (MW_BROWSERS picks)
// and fails on a page error, a console error, a failed request or an axe violation, so the
// stories never rot.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { selectedEngines } from './engines.mjs';
import { openTab } from './story-pages.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Usage: node scripts/check-stories.mjs [built Storybook folder] [story id prefix]
const [dir = 'storybook-static', only = ''] = process.argv.slice(2);
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.startsWith(only));

const engines = selectedEngines();
const failures = [];
for (const engine of engines) {
  const tab = await openTab(engine, dir);
  try {
    for (const story of stories) {
      await tab.open(`/iframe.html?id=${story.id}&viewMode=story`);
      await tab.waitFor(
        () =>
          Boolean(
            document.querySelector('#storybook-root')?.children.length ||
            document.querySelector('.sb-show-errordisplay'),
          ),
        15000,
      );
      // Let widgets finish loading content and rendering, then ask axe.
      const { shown, violations } = await tab.evaluate(`async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        // Our own axe, always: the a11y addon's copy may be in the middle of its own run.
        (0, eval)(${JSON.stringify(axeSource)});
        const result = await globalThis.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return {
          shown: !document.querySelector('.sb-show-errordisplay'),
          violations: result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'),
        };
      }`);
      const problems = [...(await tab.problems())];
      if (!shown) problems.push('Storybook shows an error');
      problems.push(...violations.map((v) => `axe ${v}`));
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${engine.padEnd(8)} ${story.id}`);
      if (problems.length) failures.push(`${engine} ${story.id}\n  ${problems.join('\n  ')}`);
    }
  } finally {
    await tab.close();
  }
}
const checks = stories.length * engines.length;
if (failures.length) {
  console.error(`\n${failures.length} of ${checks} story checks failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\nstories: ${stories.length} in ${engines.join(', ')}: ${checks} checks passed`);
