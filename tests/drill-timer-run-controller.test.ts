/**
 * The timer's parts without its view: the run controller on a bare host element, and the pure
 * step from content to plan.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DrillRunController } from '../src/components/drill-timer/drill-run-controller.js';
import {
  pictureFor,
  planFromDrill,
  type CustomDrill,
  type Plan,
  type Resolved,
} from '../src/components/drill-timer/drill-plan.js';
import { planForContent, type PlanRequest } from '../src/components/drill-timer/plan-for-content.js';
import type { ContentState } from '../src/content/context.js';
import { defaultContent } from '../src/content/index.js';
import { lookup } from '../src/content/lookup.js';
import { en } from '../src/translations/en.js';

let now = 1000;

/** A bare element that runs plans and remembers what it heard, with no view of its own. */
class RunHost extends LitElement {
  said: string[] = [];
  renders = 0;
  noResume = true;
  readonly runner = new DrillRunController(this, {
    now: () => now,
    words: () => ({ t: en, number: String }),
    lang: () => 'en',
    noResume: () => this.noResume,
    announce: (text) => this.said.push(text),
    viewKey: (state) => `${state.status}|${state.index}`,
  });

  protected override render() {
    this.renders++;
    return html``;
  }
}
customElements.define('test-run-host', RunHost);

const exercises = new Map(defaultContent.exercises.map((each) => [each.id, each]));
/** The drawing the timer shows beside its dial at a segment (none when it shows media, or nothing). */
const drawingAt = (plan: Plan, index: number) => {
  const picture = pictureFor(plan, index);
  return picture && 'illustration' in picture ? picture.illustration : undefined;
};
const ready = (drill: unknown): Resolved => planFromDrill(drill, 'customDrill', (id) => exercises.get(id));
const twoSteps: CustomDrill = {
  id: 'two',
  name: 'Two steps',
  steps: [
    { type: 'timed', name: 'March', seconds: 20 },
    { type: 'reps', exercise: 'clamshell', reps: 5 },
  ],
  restBetweenStepsSeconds: 5,
};

async function host() {
  const el = await fixture<RunHost>(html`<test-run-host></test-run-host>`);
  const events: string[] = [];
  for (const name of ['mw-drill-start', 'mw-drill-step', 'mw-drill-pause', 'mw-drill-resume', 'mw-drill-complete']) {
    el.addEventListener(name, (event) => events.push(`${name}:${JSON.stringify((event as CustomEvent).detail)}`));
  }
  return { el, events };
}

async function advance(ms: number) {
  now += ms;
  await nextFrame();
}

describe('DrillRunController', () => {
  beforeEach(() => (now = 1000));
  afterEach(() => sessionStorage.clear());

  it('runs a plan: events, announcements, and moving on by the clock', async () => {
    const { el, events } = await host();
    el.runner.adopt(ready(twoSteps));
    expect(el.runner.state.status).to.equal('idle');
    el.runner.start();
    expect(el.runner.state.status).to.equal('running');
    expect(events[0]).to.equal('mw-drill-start:{"totalSteps":2}');
    expect(events[1]).to.match(/^mw-drill-step:\{"index":0/);
    expect(el.said[0]).to.match(/^Step 1 of 2: March/);
    await advance(20_000);
    expect(el.runner.state.index, 'the rest after March').to.equal(1);
    await advance(5_000);
    expect(el.runner.state.segment!.kind).to.equal('reps');
    expect(el.said.at(-1)).to.match(/Clamshell/);
    el.runner.markDone();
    expect(el.runner.state.status).to.equal('finished');
    expect(events.at(-1)).to.equal('mw-drill-complete:{"elapsedMs":25000,"stepsCompleted":2,"totalSteps":2}');
  });

  it('re-renders its host when what it shows changes, not every frame', async () => {
    const { el } = await host();
    el.runner.adopt(ready(twoSteps));
    el.runner.start();
    await el.updateComplete;
    const before = el.renders;
    for (let frame = 0; frame < 5; frame++) await advance(100);
    await el.updateComplete;
    expect(el.renders).to.equal(before);
    await advance(20_000);
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(before);
  });

  it('pauses and resumes with the active time in both events', async () => {
    const { el, events } = await host();
    el.runner.adopt(ready(twoSteps));
    el.runner.start();
    await advance(3_000);
    el.runner.pause();
    await advance(60_000);
    el.runner.resume();
    expect(events.filter((each) => /pause|resume/.test(each))).to.deep.equal([
      'mw-drill-pause:{"index":0,"elapsedMs":3000}',
      'mw-drill-resume:{"index":0,"elapsedMs":3000}',
    ]);
    expect(el.said).to.include('Paused');
  });

  it('waits for content when start() comes first, and forgets it on a problem', async () => {
    const { el } = await host();
    el.runner.adopt({ status: 'loading' });
    el.runner.start();
    expect(el.runner.state.status).to.equal('idle');
    el.runner.adopt(ready(twoSteps));
    expect(el.runner.state.status).to.equal('running');

    el.runner.adopt({ status: 'loading' });
    el.runner.start();
    el.runner.adopt({ status: 'problem', problem: { message: 'No.', path: 'drill' } });
    el.runner.adopt(ready(twoSteps));
    expect(el.runner.state.status, 'no start left over from before the problem').to.equal('idle');
  });

  it('keeps a run for a reload and offers it to the next controller, unless told not to', async () => {
    const first = await host();
    first.el.noResume = false;
    first.el.runner.adopt(ready(twoSteps));
    first.el.runner.start();
    await advance(4_000);
    first.el.remove();

    const second = await host();
    second.el.noResume = false;
    second.el.runner.adopt(ready(twoSteps));
    expect(second.el.runner.offer).to.exist;
    second.el.runner.resumeSaved();
    expect(second.el.runner.state.status).to.equal('running');
    expect(Math.round(second.el.runner.state.elapsedMs)).to.equal(4_000);

    second.el.runner.reset();
    second.el.remove();
    expect(sessionStorage.length, 'reset() forgets the run').to.equal(0);
    const quiet = await host();
    quiet.el.runner.adopt(ready(twoSteps));
    quiet.el.runner.start();
    await advance(1_000);
    quiet.el.remove();
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('movewell:'))).to.deep.equal([]);
  });
});

describe('planForContent', () => {
  const content: ContentState = { status: 'ready', pack: defaultContent };
  const request = (given: Partial<PlanRequest>): PlanRequest => ({
    content,
    find: (kind, id, attribute) => {
      const found = lookup(defaultContent, kind, id);
      return found.found
        ? { status: 'ready', item: found.item, pack: defaultContent }
        : { status: 'problem', problem: { message: found.message, path: `${attribute}="${id}"` } };
    },
    ...given,
  });
  const planOf = (resolved: Resolved): Plan => {
    if (resolved.status !== 'ready') throw new Error(`expected a plan, got ${resolved.status}`);
    return resolved.plan;
  };

  it('waits while the content loads', () => {
    expect(planForContent(request({ content: { status: 'loading' }, drill: 'x' })).make().status).to.equal('loading');
  });

  it('plans a drill, with the drawing of each exercise it uses', () => {
    const plan = planOf(planForContent(request({ drill: 'banded-glute-activation' })).make());
    expect(plan.runId).to.equal('drill:banded-glute-activation');
    expect([...plan.illustrations.keys()]).to.include.members(['banded-glute-bridge', 'clamshell']);
    expect(drawingAt(plan, 0)!.pose).to.equal('banded-glute-bridge');
  });

  it('during a rest, gives the next step’s drawing', () => {
    const plan = planOf(ready(twoSteps));
    expect(plan.segments[1]!.kind).to.equal('rest');
    expect(drawingAt(plan, 0), 'March has none').to.be.undefined;
    expect(drawingAt(plan, 1)!.pose).to.equal('clamshell');
  });

  it('plans an exercise; a drill’s own safety line goes beside the stop rule, an exercise’s stays on its card', () => {
    const plan = planOf(planForContent(request({ exercise: 'glute-squeeze' })).make());
    expect(plan.runId).to.equal('exercise:glute-squeeze');
    expect(plan.safety).to.be.undefined;
    const safety = 'A warm burn in your glutes is normal.';
    expect(planOf(ready({ ...twoSteps, safety })).safety).to.equal(safety);
  });

  it('names the same source for the same request, so a run goes on', () => {
    const one = planForContent(request({ drill: 'banded-glute-activation' }));
    const two = planForContent(request({ drill: 'banded-glute-activation' }));
    expect(one.source).to.equal(two.source);
    expect(one.runId).to.equal(two.runId);
    const problem = planForContent(request({ drill: 'nope' }));
    expect(problem.source).to.equal(planForContent(request({ drill: 'nope' })).source);
  });

  it('prefers a drill from a script, and refuses a drill and an exercise together', () => {
    expect(planForContent(request({ drill: 'banded-glute-activation', customDrill: twoSteps })).runId).to.equal(
      'custom:two',
    );
    const both = planForContent(request({ drill: 'banded-glute-activation', exercise: 'clamshell' })).make();
    // A problem's words are said in the reader's language: here, the English ones.
    const message = both.status === 'problem' ? both.problem.message : undefined;
    expect(typeof message === 'function' ? message(en) : message).to.equal('Choose a drill or an exercise, not both.');
  });
});
