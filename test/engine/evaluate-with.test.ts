// evaluateWith(): evaluate() for a rule set already checked, without the rule-set
// validator (the element's engine chunk uses it and fetches the validator only when a
// host sets a rule set).
import { expect } from '@open-wc/testing';
import { AssessmentError, defaultRuleset, evaluate, validateRuleset, type Assessment } from '../../src/engine/index.js';
import { evaluateWith } from '../../src/engine/evaluate-with.js';
import { compiled } from '../../src/engine/program.js';
import { ACTIVE, TODAY, prior, site } from './helpers.js';

const visit: Assessment = {
  patient: { weightKg: 70, anticoagulated: true },
  sites: [site('s1', 'upper-trapezius', ACTIVE), site('s2', 'infraspinatus', { tautBand: true })],
  priorInjections: [prior('upper-trapezius', 25, 'corticosteroid')],
};

describe('evaluateWith', () => {
  it('gives what evaluate gives, for the default rules and for a checked host rule set', () => {
    expect(evaluateWith(visit, TODAY, compiled(defaultRuleset))).to.deep.equal(evaluate(visit, { today: TODAY }));
    const checked = validateRuleset(JSON.parse(JSON.stringify({ ...defaultRuleset, id: 'clinic' })));
    if (!checked.ok) throw new Error('the copy of the default rules should be valid');
    expect(evaluateWith(visit, TODAY, compiled(checked.value))).to.deep.equal(evaluate(visit, { today: TODAY, ruleset: checked.value }));
  });

  it('compiles a checked rule set once per object', () => {
    expect(compiled(defaultRuleset)).to.equal(compiled(defaultRuleset));
  });

  it('refuses a bad date and a bad assessment with an AssessmentError naming the path', () => {
    expect(() => evaluateWith(visit, '2026-02-30', compiled(defaultRuleset)))
      .to.throw(AssessmentError)
      .with.property('issues')
      .that.deep.includes({ path: ['options', 'today'], message: 'Must be a real calendar date written YYYY-MM-DD (today).' });
    try {
      evaluateWith({ sites: [{ id: 's1', muscle: 'trapezius', findings: {} }] }, TODAY, compiled(defaultRuleset));
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(AssessmentError);
      expect((error as AssessmentError).issues[0]!.path).to.deep.equal(['sites', 0, 'muscle']);
    }
  });
});
