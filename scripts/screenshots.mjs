// Screenshots of stories at the three sizes we judge by: a small phone, a large phone and a laptop.
// Usage: npm run build && npx storybook build -o storybook-static --quiet, then
//   node scripts/screenshots.mjs [filter] [--out DIR] [--full]
// filter keeps the stories whose id contains it (e.g. "drill-timer"); --full captures the whole page.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const VIEWPORTS = [
  { name: '360x640', width: 360, height: 640, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  { name: '390x844', width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  { name: '1280x800', width: 1280, height: 800 },
];

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const out = option('--out') ?? 'screenshots';
const full = args.includes('--full');
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';

const root = 'storybook-static';
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
await mkdir(out, { recursive: true });

const server = await serve(root);
const browser = await launchChrome();
try {
  const page = await browser.newPage();
  for (const story of stories) {
    for (const viewport of VIEWPORTS) {
      await page.setViewport(viewport);
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready);
      const file = join(out, `${story.id}--${viewport.name}.png`);
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
