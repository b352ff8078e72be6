// Heap growth after many mount/unmount cycles of each widget the CDN build defines.
import { openSubjectPage } from './render-cpu.mjs';

/** Every widget the package will have, and the attributes and children a page gives it. */
export const WIDGETS = [
  { tag: 'mw-exercise-card', attributes: { exercise: 'glute-bridge' } },
  { tag: 'mw-drill-timer', attributes: { drill: 'banded-glute-activation' } },
  { tag: 'mw-symptom-checklist', attributes: { checklist: 'weak-glutes' } },
  {
    tag: 'mw-book-now',
    attributes: { href: 'https://clinic.example/book' },
    html: '<a href="https://clinic.example/book">Book a session</a>',
  },
];

/** The floor: the trivial Lit element, through the same harness. */
const FLOOR = { tag: 'trivial-element', script: '/bundles/lit-trivial.js', attributes: { name: 'reader' } };

/** In the page: mount, await the update, unmount, `cycles` times. */
function cycleInPage(widget, cycles) {
  return (async () => {
    const stage = document.getElementById('stage');
    for (let i = 0; i < cycles; i++) {
      const element = document.createElement(widget.tag);
      for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
      if (widget.html) element.innerHTML = widget.html;
      stage.append(element);
      await element.updateComplete;
      element.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  })();
}

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}

/** Which of WIDGETS the CDN build defines, asked in a page that loaded it. */
export async function definedWidgets(browser, baseUrl) {
  const problems = new Set();
  const subject = { tag: WIDGETS[0].tag, script: '/dist/cdn.js' };
  const { context, page } = await openSubjectPage(browser, baseUrl, subject, problems);
  try {
    return await page.evaluate(
      (tags) => tags.filter((tag) => customElements.get(tag)),
      WIDGETS.map((w) => w.tag),
    );
  } finally {
    await context.close();
  }
}

/**
 * For each defined widget (and the floor), in a fresh page: a warm-up of 20 cycles (one-time
 * caches: templates, style sheets, the content pack), forced GC, used JS heap; `cycles` more
 * cycles, forced GC, used JS heap again. Returns the growth in bytes.
 */
export async function measureHeap(browser, baseUrl, tags, { cycles = 1000 } = {}) {
  const subjects = [
    ...WIDGETS.filter((widget) => tags.includes(widget.tag)).map((w) => ({ ...w, script: '/dist/cdn.js' })),
    FLOOR,
  ];
  const results = [];
  for (const subject of subjects) {
    const problems = new Set();
    const { context, page } = await openSubjectPage(browser, baseUrl, subject, problems);
    try {
      const widget = { tag: subject.tag, attributes: subject.attributes, html: subject.html };
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.evaluate(cycleInPage, widget, 20);
      const before = await usedHeap(cdp);
      await page.evaluate(cycleInPage, widget, cycles);
      const after = await usedHeap(cdp);
      results.push({
        tag: subject.tag,
        floor: subject === FLOOR,
        cycles,
        growth: after - before,
        problems: [...problems],
      });
    } finally {
      await context.close();
    }
  }
  return results;
}
