import { expect } from '@open-wc/testing';
import { defaultContent } from '../src/content/index.js';
import { answerStep, checklistFlow, type FlowState } from '../src/components/symptom-checklist/checklist-flow.js';

const checklist = defaultContent.checklists.find((each) => each.id === 'weak-glutes')!;
const flags = checklist.redFlags.items;
const urgent = flags.filter((flag) => flag.level === 'urgent');
const signIds = checklist.items.map((item) => item.id);
const state = (over: Partial<FlowState> = {}): FlowState => ({ step: 'red-flags', redFlags: [], signs: [], ...over });

describe('the checklist flow (pure)', () => {
  it('starts on the red flags, with nothing wrong', () => {
    const flow = checklistFlow(checklist, state());
    expect(flow.step).to.equal('red-flags');
    expect(flow.step === 'red-flags' && flow.error).to.be.undefined;
  });

  it('goes to the signs only on "None of these apply" with nothing ticked, to the result on Continue with one', () => {
    expect(answerStep(checklist, state(), 'none')).to.deep.equal({ step: 'signs' });
    expect(answerStep(checklist, state({ redFlags: [urgent[0]!.id] }), 'continue')).to.deep.equal({ step: 'result' });
  });

  it('refuses Continue with nothing ticked, pointing at the first box', () => {
    const next = answerStep(checklist, state(), 'continue');
    expect(next).to.deep.equal({ step: 'red-flags', error: 'nothing-ticked' });
    const flow = checklistFlow(checklist, state(next));
    expect(flow.step === 'red-flags' && flow.error).to.deep.equal({
      kind: 'nothing-ticked',
      ticked: 0,
      field: flags[0]!.id,
    });
  });

  it('refuses "None of these apply" with red flags ticked, pointing at the first ticked box in content order', () => {
    const ticked = [urgent[2]!.id, urgent[1]!.id, 'not-a-flag'];
    const next = answerStep(checklist, state({ redFlags: ticked }), 'none');
    expect(next).to.deep.equal({ step: 'red-flags', error: 'ticked-but-none' });
    const flow = checklistFlow(checklist, state({ ...next, redFlags: ticked }));
    expect(flow.step === 'red-flags' && flow.error).to.deep.equal({
      kind: 'ticked-but-none',
      ticked: 2,
      field: urgent[1]!.id,
    });
  });

  it('never shows the signs while a red flag is ticked', () => {
    expect(checklistFlow(checklist, state({ step: 'signs', redFlags: [urgent[0]!.id] })).step).to.equal('red-flags');
  });

  it('shows the result with its score once asked, a red flag winning over the signs', () => {
    expect(answerStep(checklist, state({ step: 'signs', signs: signIds }), 'show')).to.deep.equal({ step: 'result' });
    const flow = checklistFlow(checklist, state({ step: 'result', signs: signIds }));
    expect(flow.step === 'result' && flow.score.outcome?.id).to.equal('most');
    const care = checklistFlow(checklist, state({ step: 'result', redFlags: [urgent[0]!.id], signs: signIds }));
    expect(care.step === 'result' && care.score.kind).to.equal('urgent');
  });
});
