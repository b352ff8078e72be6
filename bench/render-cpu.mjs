// Main-thread CPU time to render N elements, each run in a fresh browser context.
/** What is rendered, side by side. `script` and `css` are paths on the bench site. */
export const SUBJECTS = [
  {
    id: 'lit',
    label: 'trivial Lit element',
    tag: 'trivial-element',
    script: '/bundles/lit-trivial.js',
    markup: '<trivial-element name="reader"></trivial-element>',
  },
  {
    id: 'card',
    label: '`<mw-exercise-card exercise="glute-bridge">`',
    tag: 'mw-exercise-card',
    script: '/dist/cdn.js',
    markup: '<mw-exercise-card exercise="glute-bridge"></mw-exercise-card>',
  },
  {
    id: 'shoelace',
    label: '`<sl-card>` with a header, text and an `<sl-button>`',
    tag: 'sl-card',
    script: '/bundles/shoelace.js',
    css: '/bundles/shoelace.css',
    markup:
      '<sl-card><strong slot="header">Glute bridge</strong>Lie on your back, knees bent, and lift your hips until your body is a straight line.' +
      '<sl-button slot="footer" variant="primary">Start</sl-button></sl-card>',
  },
  {
    id: 'shoelace-same',
    label: '`<sl-card>` holding the same exercise (text, lists, drawing, two `<sl-button>`s)',
    tag: 'sl-card',
    script: '/bundles/shoelace.js',
    css: '/bundles/shoelace.css',
    // Like for like: what the exercise card shows for glute-bridge, in Shoelace's card.
    markup:
      '<sl-card><strong slot="header">Glute bridge</strong>' +
      '<p>Helps your glutes wake up and get stronger, so your lower back may do less of the work.</p>' +
      '<p><span>5–10 reps</span></p><p>Suggested numbers, not a fixed dose: go by how you feel.</p>' +
      '<svg viewBox="0 0 240 160" role="img" aria-label="A person lying on their back with knees bent, lifting their hips">' +
      '<path d="M16 140H224" stroke="#888" stroke-width="3" /><g fill="none" stroke="#222" stroke-width="6">' +
      '<circle cx="34" cy="127" r="10" /><path d="M44 136H94M159 82L172 136M168 136H186" /><path d="M40 130L118 101L160 86" /></g></svg>' +
      '<dl><dt>Muscles</dt><dd>Glutes, Hamstrings (the back of your thighs), Core</dd><dt>Equipment</dt><dd>No equipment needed</dd></dl>' +
      '<h4>How to do it</h4><ol><li>Lie on your back with your knees bent and your feet flat on the floor.</li>' +
      '<li>Rest your arms by your sides.</li><li>Gently lift your hips off the floor.</li>' +
      '<li>Squeeze your glutes at the top.</li><li>Lower your hips slowly, with control.</li></ol>' +
      '<h4>Tips</h4><ul><li>Squeeze at the top.</li><li>Push through your heels.</li><li>Keep your lower back from arching.</li></ul>' +
      '<p><strong>Safety:</strong> Stop if it hurts more than mild discomfort.</p>' +
      '<dl><dt>Easier</dt><dd>Glute squeeze</dd><dt>Harder</dt><dd>Banded glute bridge, Step-up</dd></dl>' +
      '<div slot="footer"><sl-button>Done today</sl-button> <sl-button variant="primary">Start</sl-button></div></sl-card>',
  },
];

export const COUNTS = [1, 100];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * In the page, as a task of its own (so it runs like page script, not as a DevTools command):
 * insert the elements, await every Lit element's `updateComplete`, then two animation frames so
 * style, layout and paint of the first frame are included. Returns how many rendered something.
 */
function mountInPage(markup, count) {
  return new Promise((resolve) =>
    setTimeout(async () => {
      const stage = document.getElementById('stage');
      stage.insertAdjacentHTML('beforeend', markup.repeat(count));
      const elements = [...stage.querySelectorAll('*')];
      await Promise.all(elements.map((element) => element.updateComplete));
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      await frame();
      await frame();
      resolve(stage.children.length === count && [...stage.children].every((el) => el.shadowRoot?.childElementCount));
    }),
  );
}

const metrics = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));

/** Opens blank.html in a fresh context, loads the subject's script and waits until its element is defined and the page idle. */
export async function openSubjectPage(browser, baseUrl, subject, problems) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type()))
      problems.add(`console ${message.type()}: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/blank.html`, { waitUntil: 'load' });
  if (subject.css) await page.addStyleTag({ url: `${baseUrl}${subject.css}` });
  await page.addScriptTag({ url: `${baseUrl}${subject.script}`, type: 'module' });
  await page.waitForFunction((tag) => customElements.get(tag), { timeout: 10000 }, subject.tag);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
  );
  return { context, page };
}

/**
 * One measurement: main-thread CPU (thread ticks) of every task while N elements mount, and the
 * parts of it spent in script, style recalculation and layout.
 */
async function measureOnce(browser, baseUrl, subject, count, problems) {
  const { context, page } = await openSubjectPage(browser, baseUrl, subject, problems);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    const rendered = await page.evaluate(mountInPage, subject.markup, count);
    const after = await metrics(cdp);
    if (!rendered) problems.add(`not every ${subject.tag} rendered into its shadow root`);
    const spent = (name) => (after[name] - before[name]) * 1000;
    return {
      task: spent('TaskDuration'),
      script: spent('ScriptDuration'),
      style: spent('RecalcStyleDuration'),
      layout: spent('LayoutDuration'),
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs every subject at every count `runs` times, interleaved so that drift of the machine
 * spreads evenly, and returns the median milliseconds (all main-thread tasks; script, style and
 * layout alone).
 */
export async function measureRenderCpu(browser, baseUrl, { runs = 7 } = {}) {
  const samples = new Map();
  const problems = new Map(SUBJECTS.map((subject) => [subject.id, new Set()]));
  for (let run = 0; run < runs; run++) {
    for (const count of COUNTS) {
      for (const subject of SUBJECTS) {
        const key = `${subject.id}:${count}`;
        const sample = await measureOnce(browser, baseUrl, subject, count, problems.get(subject.id));
        samples.set(key, [...(samples.get(key) ?? []), sample]);
      }
    }
  }
  const results = [];
  for (const count of COUNTS) {
    for (const subject of SUBJECTS) {
      const list = samples.get(`${subject.id}:${count}`);
      results.push({
        subject,
        count,
        taskMs: median(list.map((s) => s.task)),
        scriptMs: median(list.map((s) => s.script)),
        styleMs: median(list.map((s) => s.style)),
        layoutMs: median(list.map((s) => s.layout)),
        samples: list.length,
        problems: [...problems.get(subject.id)],
      });
    }
  }
  return results;
}
