import { expect } from '@open-wc/testing';
import { defaultContent } from '../src/content/index.js';
import type { Exercise } from '../src/content/index.js';
import {
  RELAX_SECONDS,
  SWITCH_SIDES_SECONDS,
  drillSegments,
  exerciseSegments,
  type Segment,
} from '../src/components/drill-timer/drill-segments.js';
import { DrillRun, carryOver, stateAt } from '../src/components/drill-timer/drill-engine.js';

/** A fake monotonic clock: tests move time by hand and never wait for it. */
function fakeClock(start = 1000) {
  let now = start;
  return { now: () => now, tick: (ms: number) => (now += ms) };
}

const noNames = () => undefined;
const names = (id: string) => defaultContent.exercises.find((e) => e.id === id)?.name;
const exercise = (id: string) => defaultContent.exercises.find((e) => e.id === id)!;

function segmentsOf(drill: unknown): Segment[] {
  const result = drillSegments(drill, names);
  if (!result.ok) throw new Error(result.message);
  return result.segments;
}

/** Three timed steps of 2, 3 and 4 seconds. */
const threeTimed = () =>
  segmentsOf({
    steps: [
      { type: 'timed', name: 'A', seconds: 2 },
      { type: 'timed', name: 'B', seconds: 3 },
      { type: 'timed', name: 'C', seconds: 4 },
    ],
  });

/** A run of `threeTimed()` started at the fake clock's start. */
function startedRun() {
  const clock = fakeClock();
  const run = new DrillRun(threeTimed());
  run.start(clock.now());
  return { clock, run };
}

/** A short summary of a segment, to compare whole expansions at a glance. */
const brief = (s: Segment) =>
  [
    s.kind,
    s.name || '-',
    s.side ?? s.way ?? '',
    'seconds' in s ? `${s.seconds}s` : JSON.stringify(s.reps),
    s.switchSides ? 'switch' : '',
    `#${s.number}`,
  ]
    .filter(Boolean)
    .join(' ');

describe('drill segments', () => {
  it('expands the built-in drill: per-side steps left then right, its rest, and the walks', () => {
    const segments = segmentsOf(defaultContent.drills[0]);
    expect(segments.map(brief)).to.deep.equal([
      'reps Banded glute bridges {"min":5,"max":10} #1',
      'reps Clams left {"min":5,"max":10} #2',
      'reps Clams right {"min":5,"max":10} switch #3',
      'reps Reverse clams left {"min":5,"max":10} #4',
      'reps Reverse clams right {"min":5,"max":10} switch #5',
      'rest - 10s #6',
      'reps Lateral band walks out 5 #6',
      'reps Lateral band walks back 5 #7',
      'reps Band walk forwards 5 #8',
      'reps Band walk backwards 5 #9',
    ]);
    expect(segments[6]).to.include({ unit: 'steps', exerciseId: 'lateral-band-walk' });
    expect(segments[1]!.cue).to.match(/Knees apart/);
  });

  it('puts a changeover between the sides of a timed step, and no rest after the last step', () => {
    const segments = segmentsOf({ steps: [{ type: 'timed', name: 'Side plank', seconds: 20, perSide: true }] });
    expect(segments.map(brief)).to.deep.equal([
      'timed Side plank left 20s #1',
      `rest - ${SWITCH_SIDES_SECONDS}s switch #2`,
      'timed Side plank right 20s #2',
    ]);
  });

  it('repeats rounds with rests between steps and between rounds; a step may set its own rest', () => {
    const segments = segmentsOf({
      rounds: 2,
      restBetweenStepsSeconds: 5,
      restBetweenRoundsSeconds: 30,
      steps: [
        { type: 'timed', name: 'A', seconds: 10, restAfterSeconds: 15 },
        { type: 'reps', name: 'B', reps: 8 },
        { type: 'timed', name: 'C', seconds: 10 },
      ],
    });
    expect(segments.map(brief)).to.deep.equal([
      'timed A 10s #1',
      'rest - 15s #2',
      'reps B 8 #2',
      'rest - 5s #3',
      'timed C 10s #3',
      'rest - 30s #4',
      'timed A 10s #4',
      'rest - 15s #5',
      'reps B 8 #5',
      'rest - 5s #6',
      'timed C 10s #6',
    ]);
    expect(segments.map((s) => s.round?.n)).to.deep.equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(segments[0]!.round).to.deep.equal({ n: 1, of: 2 });
  });

  it('takes a step name from its exercise when it has none', () => {
    const [first] = segmentsOf({ steps: [{ type: 'reps', exercise: 'clamshell', reps: 5 }] });
    expect(first).to.include({ name: 'Clamshell', exerciseId: 'clamshell', unit: 'reps' });
  });

  const refusals: [string, unknown, RegExp, string][] = [
    ['no steps', { steps: [] }, /no steps/, 'steps'],
    ['no step list', { name: 'x' }, /no steps/, 'steps'],
    ['not an object', 'plank', /expected a drill object/, ''],
    [
      'zero seconds',
      { steps: [{ type: 'timed', name: 'Plank', seconds: 0 }] },
      /more than 0 seconds and at most 3600 \(one hour\), not 0/,
      'steps[0].seconds',
    ],
    [
      'negative seconds',
      {
        steps: [
          { type: 'timed', name: 'P', seconds: 30 },
          { type: 'timed', name: 'Q', seconds: -5 },
        ],
      },
      /Step 2 \(Q\).*not -5/,
      'steps[1].seconds',
    ],
    [
      'endless seconds',
      { steps: [{ type: 'timed', name: 'P', seconds: Infinity }] },
      /more than 0 seconds/,
      'steps[0].seconds',
    ],
    ['seconds as text', { steps: [{ type: 'timed', name: 'P', seconds: '30' }] }, /not "30"/, 'steps[0].seconds'],
    ['zero reps', { steps: [{ type: 'reps', name: 'P', reps: 0 }] }, /"reps" from 1 to 1000/, 'steps[0].reps'],
    [
      'a backwards range',
      { steps: [{ type: 'reps', name: 'P', reps: { min: 9, max: 3 } }] },
      /"reps"/,
      'steps[0].reps',
    ],
    [
      'an unknown type',
      { steps: [{ type: 'hold', name: 'P', seconds: 5 }] },
      /"type" of "timed" or "reps"/,
      'steps[0].type',
    ],
    ['no name', { steps: [{ type: 'timed', seconds: 5 }] }, /needs a "name"/, 'steps[0]'],
    [
      'zero rounds',
      { rounds: 0, steps: [{ type: 'timed', name: 'P', seconds: 5 }] },
      /"rounds" from 1 to 1000/,
      'rounds',
    ],
    [
      'more steps than a timer runs',
      { rounds: 300, steps: [{ type: 'timed', name: 'P', seconds: 5, perSide: true }] },
      /would be 600 steps; a timer runs at most 500/,
      'rounds',
    ],
    [
      'a negative rest',
      { restBetweenStepsSeconds: -1, steps: [{ type: 'timed', name: 'P', seconds: 5 }] },
      /of 0 to 3600/,
      'restBetweenStepsSeconds',
    ],
  ];
  for (const [what, drill, message, path] of refusals) {
    it(`refuses a drill with ${what}, saying why`, () => {
      const result = drillSegments(drill, noNames);
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.message).to.match(message);
      expect(result.path).to.equal(path);
    });
  }
});

describe('exercise dosage segments', () => {
  it('turns "hold 5 s, 10–15 times" into 10 holds with a 3 s relax between them', () => {
    const result = exerciseSegments(exercise('glute-squeeze'));
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    const { segments } = result;
    expect(segments).to.have.length(19);
    expect(segments.filter((s) => s.kind === 'hold').map((s) => s.rep)).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => ({ n: i + 1, of: 10 })),
    );
    expect(segments.filter((s) => s.kind === 'relax').every((s) => 'seconds' in s && s.seconds === RELAX_SECONDS)).to.be
      .true;
    expect(segments[0]).to.include({ kind: 'hold', seconds: 5, name: 'Glute squeeze', number: 1 });
    expect(segments.at(-1)).to.include({ kind: 'hold', number: 10 });
  });

  it('marks one rep segment per side for an exercise counted in reps', () => {
    const result = exerciseSegments(exercise('clamshell'));
    expect(result.ok && result.segments.map(brief)).to.deep.equal([
      'reps Clamshell left {"min":5,"max":10} #1',
      'reps Clamshell right {"min":5,"max":10} switch #2',
    ]);
  });

  it('goes one way and back for an exercise done each way', () => {
    const result = exerciseSegments(exercise('band-walk'));
    expect(result.ok && result.segments.map(brief)).to.deep.equal([
      'reps Band walk out 5 #1',
      'reps Band walk back 5 #2',
    ]);
  });

  it('repeats sets with their rest, holding each side in turn', () => {
    const wallSit: Exercise = {
      ...exercise('glute-squeeze'),
      id: 'side-hold',
      name: 'Side hold',
      dosage: { sets: 2, reps: 2, holdSeconds: 10, perSide: true, restSeconds: 30 },
    };
    const result = exerciseSegments(wallSit);
    expect(result.ok && result.segments.map(brief)).to.deep.equal([
      'hold Side hold left 10s #1',
      'relax - left 3s #2',
      'hold Side hold left 10s #2',
      'rest - 5s switch #3',
      'hold Side hold right 10s #3',
      'relax - right 3s #4',
      'hold Side hold right 10s #4',
      'rest - 30s #5',
      'hold Side hold left 10s #5',
      'relax - left 3s #6',
      'hold Side hold left 10s #6',
      'rest - 5s switch #7',
      'hold Side hold right 10s #7',
      'relax - right 3s #8',
      'hold Side hold right 10s #8',
    ]);
    expect(result.ok && result.segments[8]!.set).to.deep.equal({ n: 2, of: 2 });
  });

  it('holds once per set when there are no reps', () => {
    const result = exerciseSegments({ ...exercise('glute-squeeze'), dosage: { sets: 3, holdSeconds: 20 } });
    expect(result.ok && result.segments.map(brief)).to.deep.equal([
      'hold Glute squeeze 20s #1',
      'hold Glute squeeze 20s #2',
      'hold Glute squeeze 20s #3',
    ]);
  });

  it('refuses a dosage too long to run (valid content, but a mistake), before building it', () => {
    const dosage = { sets: 1000, reps: 1000, holdSeconds: 3600, perSide: true, eachWay: true, restSeconds: 3600 };
    const result = exerciseSegments({ ...exercise('glute-squeeze'), dosage });
    expect(result.ok).to.be.false;
    expect(!result.ok && result.path).to.equal('dosage');
    expect(!result.ok && result.message).to.match(/would be 4000000 steps; a timer runs at most 500/);
  });

  it('refuses a dosage with nothing to time or count', () => {
    const result = exerciseSegments({ ...exercise('glute-squeeze'), dosage: { sets: 2 } });
    expect(result.ok).to.be.false;
    expect(!result.ok && result.message).to.match(/nothing to time or count/);
  });
});

describe('drill engine', () => {
  it('is idle until started, and ignores controls until then', () => {
    const clock = fakeClock();
    const run = new DrillRun(threeTimed());
    expect(run.pause(clock.now())).to.be.false;
    expect(run.skip(clock.now())).to.be.false;
    expect(run.back(clock.now())).to.be.false;
    expect(run.log).to.deep.equal([]);
    expect(run.stateAt(clock.tick(5000))).to.include({ status: 'idle', index: 0, remainingMs: null, elapsedMs: 0 });
  });

  it('counts down a timed segment and moves on at its exact end', () => {
    const { clock, run } = startedRun();
    expect(run.stateAt(clock.tick(1500))).to.include({ index: 0, remainingMs: 500, elapsedMs: 1500 });
    expect(run.stateAt(clock.tick(499))).to.include({ index: 0, remainingMs: 1 });
    expect(run.stateAt(clock.tick(1))).to.include({ index: 1, remainingMs: 3000, segmentElapsedMs: 0 });
    expect(run.stateAt(clock.tick(7000))).to.include({
      status: 'finished',
      index: 3,
      elapsedMs: 9000,
      completedSteps: 3,
      totalSteps: 3,
      finishedAt: 1000 + 9000,
      remainingMs: null,
    });
  });

  it('does pause and resume arithmetic from timestamps, not ticks', () => {
    const { clock, run } = startedRun();
    clock.tick(1200);
    expect(run.pause(clock.now())).to.be.true;
    expect(run.pause(clock.tick(10))).to.be.false;
    expect(run.stateAt(clock.tick(60_000))).to.include({
      status: 'paused',
      index: 0,
      remainingMs: 800,
      elapsedMs: 1200,
    });
    expect(run.resume(clock.now())).to.be.true;
    expect(run.stateAt(clock.tick(800))).to.include({
      status: 'running',
      index: 1,
      remainingMs: 3000,
      elapsedMs: 2000,
    });
    run.pause(clock.tick(1000));
    run.resume(clock.tick(5));
    run.pause(clock.tick(1000));
    run.resume(clock.tick(123_456));
    expect(run.stateAt(clock.tick(1000))).to.include({ index: 2, remainingMs: 4000, elapsedMs: 5000 });
    expect(run.stateAt(clock.tick(4000))).to.include({ status: 'finished', elapsedMs: 9000 });
    expect(run.stateAt(clock.now()).finishedAt).to.equal(clock.now());
  });

  it('lands on the right segment after a long hidden period (10 minutes)', () => {
    const clock = fakeClock();
    const segments = exerciseSegments(exercise('glute-squeeze'));
    if (!segments.ok) throw new Error(segments.message);
    const run = new DrillRun(segments.segments);
    run.start(clock.now());
    // 3 holds + 2 relaxes = 21 s, then 1.5 s into the third relax.
    expect(run.stateAt(clock.tick(22_500))).to.include({ index: 5, remainingMs: 1500 });
    expect(run.stateAt(clock.now()).segment?.kind).to.equal('relax');
    // The whole run is 10 × 5 + 9 × 3 = 77 s: after 10 minutes it finished at exactly 77 s.
    const later = run.stateAt(clock.tick(10 * 60_000));
    expect(later).to.include({ status: 'finished', elapsedMs: 77_000, completedSteps: 10, totalSteps: 10 });
    expect(later.finishedAt).to.equal(1000 + 77_000);
  });

  it('waits on a rep segment until "Done", counting its time as active', () => {
    const clock = fakeClock();
    const run = new DrillRun(
      segmentsOf({
        steps: [
          { type: 'reps', name: 'Bridges', reps: 10 },
          { type: 'timed', name: 'Hold', seconds: 5 },
        ],
      }),
    );
    run.start(clock.now());
    expect(run.stateAt(clock.tick(10 * 60_000))).to.include({ index: 0, remainingMs: null, status: 'running' });
    expect(run.repDone(clock.now())).to.be.true;
    expect(run.stateAt(clock.now())).to.include({ index: 1, remainingMs: 5000, completedSteps: 1 });
    expect(run.repDone(clock.now())).to.be.false;
    expect(run.stateAt(clock.tick(5000))).to.include({ status: 'finished', elapsedMs: 605_000, completedSteps: 2 });
  });

  it('ignores "Done" while paused', () => {
    const clock = fakeClock();
    const run = new DrillRun(segmentsOf({ steps: [{ type: 'reps', name: 'Bridges', reps: 10 }] }));
    run.start(clock.now());
    run.pause(clock.tick(100));
    expect(run.repDone(clock.tick(100))).to.be.false;
    expect(run.stateAt(clock.now())).to.include({ index: 0, status: 'paused' });
  });

  describe('skip', () => {
    it('on the first segment, mid-segment: the next starts in full, and the skipped one is not counted', () => {
      const { clock, run } = startedRun();
      run.skip(clock.tick(700));
      expect(run.stateAt(clock.now())).to.include({ index: 1, remainingMs: 3000, completedSteps: 0, elapsedMs: 700 });
    });

    it('exactly at a boundary: skips the segment that just began', () => {
      const { clock, run } = startedRun();
      run.skip(clock.tick(2000));
      expect(run.stateAt(clock.now())).to.include({ index: 2, remainingMs: 4000, completedSteps: 1 });
    });

    it('on the last segment: finishes', () => {
      const { clock, run } = startedRun();
      clock.tick(5000);
      expect(run.skip(clock.tick(1000))).to.be.true;
      expect(run.stateAt(clock.now())).to.include({ status: 'finished', completedSteps: 2, elapsedMs: 6000 });
      expect(run.stateAt(clock.now()).finishedAt).to.equal(clock.now());
      expect(run.skip(clock.tick(10))).to.be.false;
    });

    it('while paused: moves on and stays paused, with the new segment in full', () => {
      const { clock, run } = startedRun();
      run.pause(clock.tick(500));
      run.skip(clock.tick(30_000));
      expect(run.stateAt(clock.tick(30_000))).to.include({ status: 'paused', index: 1, remainingMs: 3000 });
      run.resume(clock.now());
      expect(run.stateAt(clock.tick(1000))).to.include({ index: 1, remainingMs: 2000, elapsedMs: 1500 });
    });
  });

  describe('back', () => {
    it('on the first segment: starts it again', () => {
      const { clock, run } = startedRun();
      const before = run.stateAt(clock.tick(1500));
      run.back(clock.now());
      const after = run.stateAt(clock.now());
      expect(after).to.include({ index: 0, remainingMs: 2000, elapsedMs: 1500 });
      expect(after.segmentStartMs).to.not.equal(before.segmentStartMs);
    });

    it('mid-segment: goes to the previous step, in full, and un-counts it until it is done again', () => {
      const { clock, run } = startedRun();
      expect(run.stateAt(clock.tick(3000))).to.include({ index: 1, completedSteps: 1 });
      run.back(clock.now());
      expect(run.stateAt(clock.now())).to.include({ index: 0, remainingMs: 2000, completedSteps: 0 });
      expect(run.stateAt(clock.tick(2000))).to.include({ index: 1, completedSteps: 1 });
    });

    it('exactly at a boundary: returns to the segment that just ended', () => {
      const { clock, run } = startedRun();
      run.back(clock.tick(5000));
      expect(run.stateAt(clock.now())).to.include({ index: 1, remainingMs: 3000, completedSteps: 1 });
    });

    it('on the last segment, and passes over rests', () => {
      const clock = fakeClock();
      const run = new DrillRun(
        segmentsOf({
          restBetweenStepsSeconds: 10,
          steps: [
            { type: 'timed', name: 'A', seconds: 5 },
            { type: 'timed', name: 'B', seconds: 5 },
          ],
        }),
      );
      run.start(clock.now());
      expect(run.stateAt(clock.tick(16_000))).to.include({ index: 2, remainingMs: 4000 });
      run.back(clock.now());
      expect(run.stateAt(clock.now())).to.include({ index: 0, remainingMs: 5000 });
      run.skip(clock.now());
      expect(run.stateAt(clock.now()).segment?.kind).to.equal('rest');
      run.back(clock.now());
      expect(run.stateAt(clock.now())).to.include({ index: 0 });
    });

    it('while paused: stays paused', () => {
      const { clock, run } = startedRun();
      run.pause(clock.tick(2500));
      run.back(clock.tick(1000));
      expect(run.stateAt(clock.tick(1000))).to.include({ status: 'paused', index: 0, remainingMs: 2000 });
    });

    it('after the end: does nothing', () => {
      const { clock, run } = startedRun();
      clock.tick(9000);
      expect(run.back(clock.now())).to.be.false;
      expect(run.resume(clock.now())).to.be.false;
      expect(run.stateAt(clock.now()).status).to.equal('finished');
    });
  });

  it('is a function of segments, log and time: replaying the log gives the same state', () => {
    const clock = fakeClock();
    const segments = threeTimed();
    const run = new DrillRun(segments);
    run.start(clock.now());
    run.pause(clock.tick(1000));
    run.resume(clock.tick(400));
    run.skip(clock.tick(1500));
    expect(stateAt(segments, run.log, clock.tick(2000))).to.deep.equal(run.stateAt(clock.now()));
  });

  it('drops events that are not real actions or have no time, from a log read back from storage', () => {
    const run = new DrillRun(threeTimed(), [
      { type: 'start', at: 0 },
      { type: 'explode' as 'start', at: 10 },
      { type: 'pause', at: Number.NaN },
    ]);
    expect(run.log).to.deep.equal([{ type: 'start', at: 0 }]);
  });

  it('schedules a 3-2-1 before the end of long timed segments and a sound at each change', () => {
    const clock = fakeClock(0);
    const run = new DrillRun(
      segmentsOf({
        restBetweenStepsSeconds: 5,
        steps: [
          { type: 'timed', name: 'Plank', seconds: 12 },
          { type: 'timed', name: 'Hold', seconds: 4 },
          { type: 'reps', name: 'Bridges', reps: 5 },
          { type: 'timed', name: 'Late', seconds: 30 },
        ],
      }),
    );
    run.start(clock.now());
    expect(run.cuesAt(clock.tick(9500))).to.deep.equal([
      { at: 10_000, sound: 'countdown' },
      { at: 11_000, sound: 'countdown' },
      { at: 12_000, sound: 'rest' },
      { at: 17_000, sound: 'work' },
      { at: 21_000, sound: 'rest' },
      { at: 26_000, sound: 'work' },
    ]);
    expect(run.cuesAt(clock.now(), 3000)).to.deep.equal([
      { at: 10_000, sound: 'countdown' },
      { at: 11_000, sound: 'countdown' },
      { at: 12_000, sound: 'rest' },
    ]);
    run.pause(clock.now());
    expect(run.cuesAt(clock.now())).to.deep.equal([]);
    run.resume(clock.tick(100_000));
    // Plank, rest, Hold, rest, Bridges, rest: the sixth skip reaches the 30 s "Late".
    for (let i = 0; i < 6; i++) run.skip(clock.now());
    expect(run.cuesAt(clock.now()).map((c) => [c.at - clock.now(), c.sound])).to.deep.equal([
      [27_000, 'countdown'],
      [28_000, 'countdown'],
      [29_000, 'countdown'],
      [30_000, 'finish'],
    ]);
  });

  it('carries a saved run over a reload as paused where it was, on the new clock', () => {
    const before = fakeClock(50_000);
    const segments = threeTimed();
    const run = new DrillRun(segments);
    run.start(before.now());
    run.pause(before.tick(500));
    run.resume(before.tick(3000));
    const savedAt = before.tick(2000);
    const saved = run.stateAt(savedAt);
    expect(saved).to.include({ index: 1, remainingMs: 2500 });

    // The new page's clock starts again near zero; the page was gone for a while.
    const after = fakeClock(120);
    const log = carryOver(segments, run.log, savedAt, after.now());
    const carried = new DrillRun(segments, log);
    expect(carried.stateAt(after.tick(60_000))).to.include({
      status: 'paused',
      index: 1,
      remainingMs: 2500,
      elapsedMs: 2500,
    });
    carried.resume(after.now());
    expect(carried.stateAt(after.tick(2500))).to.include({ status: 'running', index: 2, remainingMs: 4000 });
  });

  it('carries a paused run over as it was', () => {
    const segments = threeTimed();
    const run = new DrillRun(segments);
    run.start(0);
    run.pause(1000);
    const log = carryOver(segments, run.log, 5000, 10);
    // Saved at 5000 on the old clock, read back at 10 on the new one: every event moves by -4990.
    expect(log).to.deep.equal([
      { type: 'start', at: -4990 },
      { type: 'pause', at: -3990 },
    ]);
    expect(stateAt(segments, log, 10)).to.include({ status: 'paused', remainingMs: 1000 });
  });
});
