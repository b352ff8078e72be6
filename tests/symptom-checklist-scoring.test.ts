import { expect } from '@open-wc/testing';
import { defaultContent, formatContentError, validateContent, type Checklist } from '../src/content/index.js';
import { scoreChecklist } from '../src/components/symptom-checklist/scoring.js';

const checklist: Checklist = defaultContent.checklists.find((each) => each.id === 'weak-glutes')!;
const signIds = checklist.items.map((item) => item.id);
const emergencyIds = checklist.redFlags.items.filter((f) => f.level === 'emergency').map((f) => f.id);
const urgentIds = checklist.redFlags.items.filter((f) => f.level === 'urgent').map((f) => f.id);
const score = (redFlags: string[], signs: string[]) => scoreChecklist(checklist, { redFlags, signs });

describe('scoreChecklist', () => {
  it('has emergency and urgent red flags and four signs to score', () => {
    expect(emergencyIds.length).to.be.greaterThan(0);
    expect(urgentIds.length).to.be.greaterThan(0);
    expect(signIds).to.have.length(4);
  });

  it('gives the "none" outcome when nothing is ticked', () => {
    expect(score([], [])).to.deep.equal({
      kind: 'outcome',
      outcome: checklist.outcomes.find((o) => o.id === 'none'),
      score: 0,
      signs: [],
      redFlag: false,
      flags: [],
    });
  });

  it('gives "some" for one or two signs and "most" for three or four', () => {
    const outcomeFor = (count: number) => score([], signIds.slice(0, count)).outcome?.id;
    expect([0, 1, 2, 3, 4].map(outcomeFor)).to.deep.equal(['none', 'some', 'some', 'most', 'most']);
  });

  it('counts each sign once, ignores unknown ids and lists signs in content order', () => {
    const result = score([], [signIds[2]!, 'made-up', signIds[0]!, signIds[2]!, '']);
    expect(result.score).to.equal(2);
    expect(result.signs).to.deep.equal([signIds[0], signIds[2]]);
    expect(result.outcome?.id).to.equal('some');
  });

  it('treats any urgent red flag as urgent, with no outcome, score or signs', () => {
    expect(score([urgentIds[0]!], signIds)).to.deep.equal({
      kind: 'urgent',
      score: 0,
      signs: [],
      redFlag: true,
      flags: [urgentIds[0]],
    });
  });

  it('lets an emergency red flag win over urgent ones', () => {
    const result = score([urgentIds[0]!, emergencyIds[0]!, urgentIds[1]!], []);
    expect(result.kind).to.equal('emergency');
    expect(result.outcome).to.be.undefined;
    expect(result.flags).to.deep.equal([emergencyIds[0], urgentIds[0], urgentIds[1]]);
  });

  it('ignores unknown and repeated red-flag ids', () => {
    expect(score(['not-a-flag', signIds[0]!], []).kind).to.equal('outcome');
    expect(score([emergencyIds[0]!, emergencyIds[0]!], []).flags).to.deep.equal([emergencyIds[0]]);
  });

  it('never treats a sign id as a red flag or a red-flag id as a sign', () => {
    expect(score([], [emergencyIds[0]!]).score).to.equal(0);
    expect(score([signIds[0]!], []).redFlag).to.be.false;
  });

  it('returns no outcome, rather than a wrong one, for a score no outcome covers', () => {
    const gappy: Checklist = { ...checklist, outcomes: checklist.outcomes.filter((o) => o.id !== 'most') };
    const result = scoreChecklist(gappy, { redFlags: [], signs: signIds });
    expect(result.kind).to.equal('outcome');
    expect(result.outcome).to.be.undefined;
    expect(result.score).to.equal(4);
  });
});

describe('checklist content validation (what the existing content tests do not cover)', () => {
  const messages = (checklists: Checklist[]) => {
    const result = validateContent({ ...defaultContent, checklists });
    return result.ok ? [] : result.errors.map(formatContentError);
  };

  it('rejects an unknown recommended exercise id, with its path', () => {
    const broken = structuredClone(checklist);
    broken.outcomes[1]!.recommend = ['glute-bridge', 'glute-brige'];
    expect(messages([broken])).to.deep.equal([
      'checklists[0].outcomes[1].recommend[1]: expected the id of an exercise in this pack, got "glute-brige"',
    ]);
  });

  it('rejects an outcome whose range is upside down', () => {
    const broken = structuredClone(checklist);
    broken.outcomes[2] = { ...broken.outcomes[2]!, minScore: 4, maxScore: 3 };
    expect(messages([broken])).to.include(
      'checklists[0].outcomes[2].minScore: expected minScore to be no larger than maxScore (3), got 4',
    );
  });

  it('rejects a sign that reuses a red flag id, so an answer can never mean two things', () => {
    const broken = structuredClone(checklist);
    delete broken.translations; // its Spanish would rightly miss the renamed sign too
    broken.items[0]!.id = broken.redFlags.items[0]!.id;
    expect(messages([broken])).to.deep.equal([
      `checklists[0]: expected unique sign and red-flag ids, but "${broken.items[0]!.id}" is used twice`,
    ]);
  });
});
