import { expect } from '@open-wc/testing';
import {
  defaultContent,
  formatContentError,
  parseContent,
  validateContent,
  type ContentError,
} from '../src/content/index.js';
import { minimalPack } from './helpers.js';

const messages = (input: unknown) => {
  const result = validateContent(input);
  return result.ok ? [] : result.errors.map(formatContentError);
};

describe('content validation', () => {
  it('accepts the built-in pack with every fixed id', () => {
    const result = validateContent(defaultContent);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.be.true;
    expect(defaultContent.exercises.map((e) => e.id)).to.deep.equal([
      'glute-squeeze',
      'glute-bridge',
      'step-up',
      'clamshell',
      'banded-glute-bridge',
      'reverse-clamshell',
      'lateral-band-walk',
      'band-walk',
    ]);
    expect(defaultContent.drills.map((d) => d.id)).to.include('banded-glute-activation');
    expect(defaultContent.checklists.map((c) => c.id)).to.include('weak-glutes');
    expect(defaultContent.offers.map((o) => o.id)).to.include('exercise-physiology');
  });

  it('gives every built-in exercise a drawing with a description', () => {
    for (const exercise of defaultContent.exercises) {
      expect(exercise.illustration?.pose, exercise.id).to.equal(exercise.id);
      expect(exercise.illustration?.alt.length, exercise.id).to.be.greaterThan(10);
    }
  });

  it('carries over the seed facts for the glute squeeze', () => {
    const squeeze = defaultContent.exercises.find((e) => e.id === 'glute-squeeze')!;
    expect(squeeze.dosage.holdSeconds).to.equal(5);
    expect(squeeze.dosage.reps).to.deep.equal({ min: 10, max: 15 });
  });

  it('accepts a minimal pack and fills in the missing lists', () => {
    const result = validateContent(minimalPack());
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.pack.drills).to.deep.equal([]);
  });

  it('names the path and what it got for a wrong value', () => {
    const pack = minimalPack();
    (pack.exercises[0]!.dosage as Record<string, unknown>).reps = 'ten';
    expect(messages(pack)).to.deep.equal([
      'exercises[0].dosage.reps: expected a whole number of at least 1, or a range such as {"min": 10, "max": 15}, got "ten"',
    ]);
  });

  it('shows a small wrong object as written, so the reader sees what to fix', () => {
    const pack = minimalPack();
    (pack.exercises[0]!.dosage as Record<string, unknown>).reps = { min: 15, max: 10 };
    expect(validateContent(pack)).to.deep.equal({
      ok: false,
      errors: [
        {
          path: 'exercises[0].dosage.reps',
          message: 'expected "min" to be no larger than "max", got {"min":15,"max":10}',
        },
      ],
    });
  });

  it('reports an endless number as written, once per field, and an empty list as empty', () => {
    const pack = minimalPack();
    (pack.exercises[0]!.dosage as Record<string, unknown>).reps = JSON.parse('1e400');
    pack.exercises[0]!.steps = [];
    expect(messages(pack)).to.deep.equal([
      'exercises[0].steps: expected a list of steps with at least 1 entry, got an empty list',
      'exercises[0].dosage.reps: expected a whole number of at least 1, got Infinity',
    ]);
  });

  it('refuses what an editor checking the JSON Schema might let through: blank text, a day not in the calendar, a drawing of nothing', () => {
    const pack = minimalPack() as unknown as {
      exercises: Record<string, unknown>[];
      checklists: unknown[];
    };
    pack.exercises[0]!.name = '   ';
    pack.exercises[0]!.illustration = { alt: 'A person' };
    const checklist = structuredClone(defaultContent.checklists[0]!) as unknown as { sources: { reviewed: string }[] };
    checklist.sources[0]!.reviewed = '2026-02-30';
    pack.checklists = [checklist];
    expect(messages(pack)).to.deep.equal([
      'exercises[0].name: expected some text, not an empty string or only spaces, got "   "',
      'exercises[0].illustration: expected a "pose" or an image "src", got {"alt":"A person"}',
      'checklists[0].sources[0].reviewed: expected a day that exists in the calendar, such as "2026-11-01", got "2026-02-30"',
    ]);
  });

  it('names the path in the author’s own file for a pack that extends the built-in one', () => {
    const pack = { ...minimalPack(), extends: 'default' as const };
    pack.exercises[0]!.easier = ['nope'];
    expect(messages(pack)).to.deep.equal([
      'exercises[0].easier[0]: expected the id of an exercise in this pack, got "nope"',
    ]);
  });

  it('says that a built-in exercise needs "extends": "default" in a pack that stands alone', () => {
    const pack = minimalPack();
    pack.exercises[0]!.harder = ['glute-bridge'];
    expect(messages(pack)).to.deep.equal([
      'exercises[0].harder[0]: expected the id of an exercise in this pack, got "glute-bridge" (a built-in exercise: add "extends": "default" to the pack to use it)',
    ]);
  });

  it('never throws, whatever a script hands it', () => {
    const withBigInt = minimalPack() as unknown as { exercises: { dosage: Record<string, unknown> }[] };
    withBigInt.exercises[0]!.dosage.reps = 10n;
    const throwingGetter = {
      format: 1,
      locale: 'en',
      get exercises(): never {
        throw new Error('nope');
      },
    };
    const throwingProxy = new Proxy(
      {},
      {
        get: () => {
          throw new TypeError('trap');
        },
        ownKeys: () => {
          throw new TypeError('trap');
        },
      },
    );
    const results = [10n, withBigInt, throwingGetter, throwingProxy].map((input) => validateContent(input));
    for (const result of results) expect(result.ok).to.be.false;
    expect(messages(withBigInt)).to.deep.equal([
      'exercises[0].dosage.reps: expected a whole number of at least 1, or a range such as {"min": 10, "max": 15}, got 10n',
    ]);
    expect(formatContentError((results[2] as { errors: ContentError[] }).errors[0]!)).to.equal(
      'content: expected plain data (what JSON can hold), but reading it failed: nope',
    );
    expect(parseContent(undefined as unknown as string)).to.deep.equal({
      ok: false,
      errors: [{ path: 'content', message: 'expected JSON text, got undefined' }],
    });
  });

  it('reports every problem at once, including missing and unknown fields', () => {
    const pack = minimalPack() as Record<string, unknown> & ReturnType<typeof minimalPack>;
    const exercise = pack.exercises[0] as Record<string, unknown>;
    delete exercise.name;
    exercise.stpes = [];
    exercise.dosage = { sets: 0 };
    const found = messages(pack);
    expect(found).to.have.length(3);
    expect(found).to.include('exercises[0].name: required, but it is missing');
    expect(found).to.include('exercises[0].stpes: unknown field (check its spelling, or remove it)');
    expect(found).to.include('exercises[0].dosage.sets: expected a whole number of at least 1, got 0');
  });

  it('checks links between items', () => {
    const pack = {
      ...minimalPack(),
      drills: [
        {
          id: 'd',
          name: 'Drill',
          purpose: 'Test',
          equipment: [],
          steps: [{ type: 'reps', exercise: 'no-such-move', reps: 5 }],
        },
      ],
    };
    pack.exercises[0]!.harder = ['also-missing'] as never;
    expect(messages(pack)).to.have.members([
      'exercises[0].harder[0]: expected the id of an exercise in this pack, got "also-missing"',
      'drills[0].steps[0].exercise: expected the id of an exercise in this pack, got "no-such-move"',
    ]);
  });

  it('rejects duplicate ids', () => {
    const pack = minimalPack();
    pack.exercises.push({ ...pack.exercises[0]! });
    expect(messages(pack)).to.deep.equal(['exercises[1].id: expected a unique id, but "wall-sit" is used twice']);
  });

  it('rejects checklist outcomes that leave a score uncovered or overlap', () => {
    const checklist = structuredClone(defaultContent.checklists[0]!);
    checklist.outcomes = [
      { ...checklist.outcomes[0]!, minScore: 0, maxScore: 1 },
      { ...checklist.outcomes[1]!, minScore: 1, maxScore: 2 },
    ];
    const found = messages({ ...defaultContent, checklists: [checklist] });
    expect(found.some((m) => /^checklists\[0\]\.outcomes: expected one outcome for a score of 1/.test(m))).to.be.true;
    expect(found).to.include('checklists[0].outcomes: expected an outcome for a score of 3, but none covers it');
  });

  it('rejects unsafe links in content', () => {
    const pack = {
      ...minimalPack(),
      offers: [{ id: 'o', headline: 'H', body: 'B', buttonLabel: 'Go', href: 'javascript:alert(1)' }],
    };
    expect(messages(pack)[0]).to.match(/^offers\[0\]\.href: expected a safe link: .*javascript:/);
  });

  it('extends the built-in pack when asked', () => {
    const result = validateContent({ ...minimalPack(), extends: 'default' });
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.pack.exercises.map((e) => e.id)).to.include.members(['glute-bridge', 'wall-sit']);
    }
  });

  describe('hostile input', () => {
    it('returns errors, never throws, for any JSON value', () => {
      for (const input of [null, undefined, 42, 'pack', [], true, { format: 2 }]) {
        const result = validateContent(input);
        expect(result.ok).to.be.false;
      }
    });

    it('reports text that is not JSON', () => {
      const result = parseContent('{"format": 1,');
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.errors[0]!.message).to.match(/^expected valid JSON/);
    });

    it('refuses prototype pollution keys as unknown fields', () => {
      const result = parseContent('{"format":1,"locale":"en","__proto__":{"polluted":true},"exercises":[]}');
      expect(result.ok).to.be.false;
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });

    it('refuses huge files and text fields', () => {
      expect(parseContent(' '.repeat(1_000_001)).ok).to.be.false;
      const pack = minimalPack();
      pack.exercises[0]!.name = 'x'.repeat(5000);
      expect(messages(pack)[0]).to.match(/^exercises\[0\]\.name: expected text of at most 2000 characters/);
    });

    it('keeps markup as plain text', () => {
      const pack = minimalPack();
      pack.exercises[0]!.name = '<img src=x onerror=alert(1)>';
      const result = validateContent(pack);
      expect(result.ok && result.pack.exercises[0]!.name).to.equal('<img src=x onerror=alert(1)>');
    });
  });
});
