// Rule sets as data: the default one, host-supplied ones, validation paths, describeRuleset.
import { expect } from '@open-wc/testing';
import { RulesetError, defaultRuleset, describeRuleset, evaluate, validateRuleset, type Assessment, type Ruleset } from '../../src/engine/index.js';
import { VERBS } from '../../src/engine/actions.js';
import { ACTIVE, LATENT, TODAY, oneActive, prior, run, site, warningIds } from './helpers.js';

const clone = (): Ruleset => JSON.parse(JSON.stringify(defaultRuleset));
const rule = (patch: Record<string, unknown>): Record<string, unknown> => ({
  id: 'r1',
  stage: 'warnings',
  description: 'A test rule.',
  citations: ['Test source'],
  when: { fact: 'fibromyalgia', op: 'eq', value: true },
  then: { warn: 'fibromyalgia', severity: 'info', message: 'Test.' },
  ...patch,
});
const ruleset = (...rules: unknown[]) => ({ id: 'test', version: '2.0.0', thresholds: { days: 42 }, rules });
/** The paths of a rule set's issues. */
const paths = (input: unknown) => {
  const r = validateRuleset(input);
  return r.ok ? [] : r.issues.map((i) => i.path);
};
const whenPath = (when: unknown, scope?: string) => paths(ruleset(rule({ when, ...(scope && { scope }) })));
const thenPath = (then: unknown, scope?: string) => paths(ruleset(rule({ then, ...(scope && { scope }) })));

describe('the default rule set', () => {
  it('is valid, versioned, and frozen', () => {
    expect(validateRuleset(defaultRuleset)).to.deep.equal({ ok: true, value: clone() });
    expect(defaultRuleset.version).to.match(/^\d+\.\d+\.\d+$/);
    expect(Object.isFrozen(defaultRuleset) && Object.isFrozen(defaultRuleset.rules[0]!.when)).to.equal(true);
  });

  it('every rule has a unique id, a description and at least one citation', () => {
    const ids = defaultRuleset.rules.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const r of defaultRuleset.rules) {
      expect(r.description.trim(), r.id).to.not.equal('');
      expect(r.citations.length, r.id).to.be.greaterThan(0);
    }
  });

  it('keeps the thresholds as data', () => {
    // The contract's numbers: days, counts, the lidocaine ceiling, weeks, criteria.
    expect(defaultRuleset.thresholds).to.deep.include({ repeatIntervalDays: 42, lookbackDays: 365, sessionLimit: 3, corticosteroidLimit: 3 });
    expect(defaultRuleset.thresholds).to.deep.include({ lidocaineMgPerKg: 4.5, lidocaineMaxMg: 300, chronicPainWeeks: 12, criteriaMin: 2 });
  });

  it('a JSON copy of it gives the same guidance as the default', () => {
    const a = { patient: { weightKg: 61, anticoagulated: true }, symptoms: ['headache' as const], sites: [site('a', 'masseter', ACTIVE), site('b', 'hamstrings', ACTIVE)] };
    expect(run(a, { ruleset: clone() })).to.deep.equal(run(a));
  });

  it('traces every rule that fired, in stage order, with citations', () => {
    const g = run(oneActive('pectoralis-major', { patient: { weightKg: 70, pregnant: true } }));
    const stages = ['classify', 'injection', 'warnings', 'eligibility', 'options', 'alternatives', 'conditions'];
    const order = g.trace.map((t) => stages.indexOf(t.stage!));
    expect(order).to.deep.equal([...order].sort((x, y) => x - y));
    expect(g.trace.every((t) => t.citations.length > 0 && defaultRuleset.rules.some((r) => r.id === t.rule))).to.equal(true);
    expect(g.trace.map((t) => t.rule)).to.include.members(['warning.pregnancy', 'warning.pneumothorax-risk', 'eligibility.caution', 'option.lidocaine-dose', 'nsaids.pregnancy']);
  });
});

describe('a host rule set', () => {
  it('replaces the default wholly, and its version is reported', () => {
    const rs = ruleset(rule({}));
    const g = run({ patient: { fibromyalgia: true }, sites: [site('a', 'masseter', ACTIVE)] }, { ruleset: rs });
    expect(g.rulesetVersion).to.equal('2.0.0');
    expect(g.warnings.map((w) => [w.id, w.message])).to.deep.equal([['fibromyalgia', 'Test.']]);
    // Nothing set by rules: the conservative defaults.
    expect(g.sites[0]).to.include({ kind: 'none', injection: 'not-indicated' });
    expect(g.eligibility.status).to.equal('incomplete');
    expect(g.trace).to.deep.equal([{ rule: 'r1', stage: 'warnings', citations: ['Test source'] }]);
  });

  it('thresholds live in the rule set: a clinic can change the repeat interval', () => {
    const rs = clone();
    rs.thresholds.repeatIntervalDays = 28;
    const a = { conservativeCareTried: true, sites: [site('s1', 'infraspinatus', ACTIVE)], priorInjections: [prior('infraspinatus', 30, 'lidocaine')] };
    expect(warningIds(run(a))).to.deep.equal(['repeat-too-soon']);
    expect(warningIds(run(a, { ruleset: rs }))).to.deep.equal([]);
  });

  it('the lidocaine ceiling follows its thresholds', () => {
    const rs = clone();
    rs.thresholds.lidocaineMgPerKg = 7;
    rs.thresholds.lidocaineMaxMg = 500;
    expect(run(oneActive('infraspinatus', { patient: { weightKg: 60 } }), { ruleset: rs }).options[0]!.maxDoseMg).to.equal(420);
  });

  it('set-once: the first rule to set a field wins and a later one does not fire', () => {
    const always = { all: [] };
    const rs = ruleset(
      rule({ id: 'a', stage: 'classify', scope: 'site', when: always, then: { set: 'kind', to: 'tender-spot' } }),
      rule({ id: 'b', stage: 'classify', scope: 'site', when: always, then: { set: 'kind', to: 'none' } }),
    );
    const g = run({ sites: [site('x', 'masseter', ACTIVE)] }, { ruleset: rs });
    expect(g.sites[0]!.kind).to.equal('tender-spot');
    expect(g.trace.map((t) => [t.rule, t.siteIds])).to.deep.equal([['a', ['x']]]);
  });

  it('actions: block with a literal reason, dose with literal numbers, caution, suggest without codes', () => {
    const always = { all: [] };
    const rs = ruleset(
      rule({ id: 'a', stage: 'options', when: always, then: { block: ['dry-needling'], reason: 'needle-phobia' } }),
      rule({ id: 'b', stage: 'options', when: always, then: { dose: 'wet-needling-lidocaine', mgPerKg: 2, maxMg: 100 } }),
      rule({ id: 'c', stage: 'alternatives', when: always, then: { caution: 'pregnancy', on: 'rest' } }),
      rule({ id: 'd', stage: 'conditions', scope: 'site', when: { fact: 'kind', op: 'eq', value: null }, then: { suggest: 'joint-pain' } }),
      rule({ id: 'e', stage: 'conditions', when: always, then: { suggest: 'tinnitus', icd10: ['H93.19'] } }),
    );
    const g = run({ patient: { weightKg: 70 }, sites: [site('x', 'masseter', {})] }, { ruleset: rs });
    expect(g.options[2]).to.deep.equal({ id: 'dry-needling', available: false, reasons: ['needle-phobia'] });
    expect(g.options[0]!.maxDoseMg).to.equal(100);
    expect(g.alternatives.find((a) => a.id === 'rest')!.cautions).to.deep.equal(['pregnancy']);
    expect(g.conditions).to.deep.equal([
      { id: 'joint-pain', icd10: [], siteIds: ['x'] },
      { id: 'tinnitus', icd10: ['H93.19'], siteIds: [] },
    ]);
    // Without a weight, a dose rule does not fire.
    expect(run({ sites: [] }, { ruleset: rs }).trace.map((t) => t.rule)).to.not.include('b');
  });

  it('every verb of the format is accepted and acts, each through its own handler', () => {
    const always = { all: [] };
    const examples: Record<string, Record<string, unknown>> = {
      set: { stage: 'eligibility', then: { set: 'eligibility', to: 'caution' } },
      warn: { then: { warn: 'needle-phobia', severity: 'info', message: 'Test.' } },
      block: { stage: 'options', then: { block: ['dry-needling'], reason: 'needle-phobia' } },
      note: { stage: 'options', then: { note: 'dry-needling', reason: 'needle-phobia' } },
      dose: { stage: 'options', then: { dose: 'wet-needling-lidocaine', mgPerKg: 1, maxMg: 50 } },
      caution: { stage: 'alternatives', then: { caution: 'pregnancy', on: 'rest' } },
      suggest: { stage: 'conditions', then: { suggest: 'joint-pain', icd10: ['M25.50'] } },
    };
    expect(Object.keys(examples)).to.have.members([...VERBS]);
    for (const [verb, patch] of Object.entries(examples)) {
      const g = run({ patient: { weightKg: 70 }, sites: [] }, { ruleset: ruleset(rule({ id: verb, when: always, ...patch })) });
      expect(g.trace.map((t) => t.rule), verb).to.deep.equal([verb]);
    }
    const effects = (verb: string) => run({ patient: { weightKg: 70 }, sites: [] }, { ruleset: ruleset(rule({ id: verb, when: always, ...examples[verb] })) });
    expect(effects('set').eligibility.status).to.equal('caution');
    expect(effects('warn').warnings.map((w) => w.id)).to.deep.equal(['needle-phobia']);
    expect(effects('block').options[2]).to.deep.equal({ id: 'dry-needling', available: false, reasons: ['needle-phobia'] });
    expect(effects('note').options[2]).to.deep.equal({ id: 'dry-needling', available: true, reasons: ['needle-phobia'] });
    expect(effects('dose').options[0]!.maxDoseMg).to.equal(50);
    expect(effects('caution').alternatives.find((x) => x.id === 'rest')!.cautions).to.deep.equal(['pregnancy']);
    expect(effects('suggest').conditions).to.deep.equal([{ id: 'joint-pain', icd10: ['M25.50'], siteIds: [] }]);
  });

  it('operators: ne, lt, lte, gt, in, and within on prior-injection facts', () => {
    const at = (when: unknown, a: Assessment = { patient: { ageYears: 40 }, sites: [] }) =>
      run(a, { ruleset: ruleset(rule({ when })) }).warnings.length === 1;
    const age = (op: string, value: number) => at({ fact: 'ageYears', op, value });
    expect([age('lt', 41), age('lt', 40), age('lte', 40), age('gt', 39), age('gt', 40), age('gte', 40), age('ne', 40), age('eq', 40)]).to.deep.equal([true, false, true, true, false, true, false, true]);
    expect(at({ fact: 'ageYears', op: 'in', value: [30, 40] })).to.equal(true);
    expect(at({ fact: 'weightKg', op: 'lt', value: 1000 })).to.equal(false); // unknown is never a number
    expect(at({ fact: 'weightKg', op: 'eq', value: null })).to.equal(true);
    expect(at({ any: [{ fact: 'ageYears', op: 'eq', value: 1 }, { not: { fact: 'ageYears', op: 'eq', value: 1 } }] })).to.equal(true);
    const sessions: Assessment = { sites: [], priorInjections: [prior('masseter', 10, 'lidocaine'), prior('masseter', 50, 'other')] };
    expect(at({ fact: 'sessions', within: { threshold: 'days' }, op: 'eq', value: 1 }, sessions)).to.equal(true);
    expect(at({ fact: 'sessions', op: 'eq', value: 2 }, sessions)).to.equal(true);
  });
});

describe('a host rule set is validated and compiled once per object', () => {
  const a = { patient: { fibromyalgia: true }, sites: [] };

  it('reads the rule set on the first evaluate only, and gives the same guidance after', () => {
    const rs = ruleset(rule({}));
    let reads = 0;
    const counted = { ...rs, get rules() {
      reads++;
      return rs.rules;
    } };
    const first = run(a, { ruleset: counted });
    expect(reads).to.equal(1);
    for (let i = 0; i < 3; i++) expect(run(a, { ruleset: counted })).to.deep.equal(first);
    expect(reads).to.equal(1);
  });

  it('changing a rule set after passing it has no effect; a new object is read anew', () => {
    const rs = clone();
    const g = (ruleset: unknown) => run(oneActive('infraspinatus', { patient: { weightKg: 60 } }), { ruleset }).options[0]!.maxDoseMg;
    expect(g(rs)).to.equal(270);
    rs.thresholds.lidocaineMgPerKg = 7;
    expect(g(rs)).to.equal(270);
    expect(g({ ...rs, thresholds: { ...rs.thresholds } })).to.equal(300);
  });

  it('an invalid rule set is refused every time it is passed', () => {
    const bad = { id: 'x' };
    for (let i = 0; i < 2; i++) expect(() => run(a, { ruleset: bad })).to.throw(RulesetError);
  });

  it('describeRuleset describes the rule set as it was first read', () => {
    const rs = ruleset(rule({}));
    const rows = describeRuleset(rs);
    rs.rules[0] = rule({ id: 'changed' });
    expect(describeRuleset(rs)).to.deep.equal(rows);
  });
});

describe('validateRuleset: a bad rule set is refused whole, with exact paths', () => {
  it('evaluate throws RulesetError after checking today and before the assessment', () => {
    let e: unknown;
    try {
      evaluate({ sites: 'bad' }, { today: TODAY, ruleset: { id: 'x' } });
    } catch (x) {
      e = x;
    }
    expect(e).to.be.instanceOf(RulesetError);
    expect((e as RulesetError).name).to.equal('RulesetError');
    expect((e as RulesetError).issues.map((i) => i.path)).to.deep.equal([['version'], ['thresholds'], ['rules']]);
    expect(() => evaluate({ sites: [] }, { today: 'no', ruleset: { id: 'x' } })).to.throw().with.property('name', 'AssessmentError');
  });

  it('top level: type, id, semver, thresholds, rules', () => {
    for (const bad of [null, [], 'rules', 5]) expect(paths(bad)).to.deep.equal([[]]);
    for (const version of ['1.0', 'v1.0.0', '01.0.0', '1.0.0-', 1, '1.0.0+']) expect(paths({ ...ruleset(rule({})), version })).to.deep.equal([['version']]);
    for (const version of ['0.0.1', '1.2.3-beta.1', '10.20.30+build.5', '1.0.0-rc-1']) expect(paths({ ...ruleset(rule({})), version })).to.deep.equal([]);
    expect(paths({ ...ruleset(rule({})), id: ' ' })).to.deep.equal([['id']]);
    expect(paths({ ...ruleset(rule({})), thresholds: { days: -1, ok: 2, 'bad name': 3, x: '4', y: NaN } })).to.deep.equal([
      ['thresholds', 'days'],
      ['thresholds', 'bad name'],
      ['thresholds', 'x'],
      ['thresholds', 'y'],
    ]);
    expect(paths({ ...ruleset(), rules: [] })).to.deep.equal([['rules']]);
    expect(paths({ ...ruleset(rule({})), extra: 1 })).to.deep.equal([['extra']]);
    expect(paths(JSON.parse('{"id":"x","version":"1.0.0","thresholds":{},"rules":[],"__proto__":{}}'))).to.deep.include(['__proto__']);
  });

  it('rules: required fields, citations, stage, scope, unknown keys, duplicates', () => {
    expect(paths(ruleset(rule({ citations: [] })))).to.deep.equal([['rules', 0, 'citations']]);
    expect(paths(ruleset(rule({ citations: [''] })))).to.deep.equal([['rules', 0, 'citations', 0]]);
    expect(paths(ruleset(rule({ description: '' })))).to.deep.equal([['rules', 0, 'description']]);
    expect(paths(ruleset(rule({ stage: 'triage' })))).to.deep.equal([['rules', 0, 'stage']]);
    expect(paths(ruleset(rule({ scope: 'sites' })))).to.deep.equal([['rules', 0, 'scope']]);
    expect(paths(ruleset(rule({ citation: ['x'] })))).to.deep.equal([['rules', 0, 'citation']]);
    const noId = rule({});
    delete noId.id;
    expect(paths(ruleset(noId))).to.deep.equal([['rules', 0, 'id']]);
    expect(paths(ruleset(rule({}), rule({ id: 'r2' }), rule({})))).to.deep.equal([['rules', 2, 'id']]);
    expect(paths(ruleset(rule({}), 'rule'))).to.deep.equal([['rules', 1]]);
  });

  it('conditions: unknown facts, operators, forms, keys; values that do not fit; thresholds; depth', () => {
    expect(whenPath({ fact: 'fibromyalga', op: 'eq', value: true })).to.deep.equal([['rules', 0, 'when', 'fact']]);
    expect(whenPath({ fact: 'tautBand', op: 'eq', value: true })).to.deep.equal([['rules', 0, 'when', 'fact']]); // a site fact in a patient rule
    expect(whenPath({ fact: 'tautBand', op: 'eq', value: true }, 'site')).to.deep.equal([]);
    expect(whenPath({ fact: 'ageYears', op: '>=', value: 1 })).to.deep.equal([['rules', 0, 'when', 'op']]);
    expect(whenPath({ fact: 'ageYears', op: 'gte' })).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(whenPath({ fact: 'ageYears', op: 'gte', value: 'old' })).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(whenPath({ fact: 'ageYears', op: 'in', value: [] })).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(whenPath({ fact: 'ageYears', op: 'eq', value: [1] })).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(whenPath({ fact: 'ageYears', op: 'has', value: 'x' })).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(whenPath({ fact: 'symptoms', op: 'eq', value: 'headache' })).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(whenPath({ fact: 'ageYears', op: 'gte', value: { threshold: 'nope' } })).to.deep.equal([['rules', 0, 'when', 'value', 'threshold']]);
    expect(whenPath({ fact: 'ageYears', op: 'gte', value: { threshold: 'days' } })).to.deep.equal([]);
    expect(whenPath({ fact: 'ageYears', op: 'gte', value: 1, within: 5 })).to.deep.equal([['rules', 0, 'when', 'within']]);
    expect(whenPath({ fact: 'sessions', op: 'gte', value: 1, within: -5 })).to.deep.equal([['rules', 0, 'when', 'within']]);
    expect(whenPath({ fact: 'ageYears', op: 'eq', value: 1, extra: 1 })).to.deep.equal([['rules', 0, 'when', 'extra']]);
    expect(whenPath({ every: [] })).to.deep.equal([['rules', 0, 'when']]);
    expect(whenPath({ all: [{ any: [{ not: { fact: 'nope', op: 'eq', value: 1 } }] }] })).to.deep.equal([['rules', 0, 'when', 'all', 0, 'any', 0, 'not', 'fact']]);
    expect(whenPath({ all: {} })).to.deep.equal([['rules', 0, 'when', 'all']]);
    let deep: unknown = { all: [] };
    for (let i = 0; i < 30; i++) deep = { not: deep };
    expect(whenPath(deep).length).to.equal(1);
    // A shared sub-condition 99 wide and 10 deep would be 99^10 conditions: refused, quickly.
    let wide: unknown = { fact: 'ageYears', op: 'eq', value: 1 };
    for (let i = 0; i < 10; i++) wide = { any: Array(99).fill(wide) };
    expect(whenPath(wide).length).to.be.greaterThan(0);
  });

  it('actions: unknown verbs and ids, fields by scope, values, reasons, codes', () => {
    expect(thenPath({ alert: 'x' })).to.deep.equal([['rules', 0, 'then']]);
    expect(thenPath({ warn: 'fibro', severity: 'info', message: 'x' })).to.deep.equal([['rules', 0, 'then', 'warn']]);
    expect(thenPath({ warn: 'fibromyalgia', severity: 'high', message: 'x' })).to.deep.equal([['rules', 0, 'then', 'severity']]);
    expect(thenPath({ warn: 'fibromyalgia', severity: 'info' })).to.deep.equal([['rules', 0, 'then', 'message']]);
    expect(thenPath({ set: 'kind', to: 'trigger-point' })).to.deep.equal([['rules', 0, 'then', 'set']]); // a site field in a patient rule
    expect(thenPath({ set: 'kind', to: 'trigger-pont' }, 'site')).to.deep.equal([['rules', 0, 'then', 'to']]);
    expect(thenPath({ set: 'eligibility', to: 'caution' })).to.deep.equal([]);
    expect(thenPath({ block: [], reason: 'caution' })).to.deep.equal([['rules', 0, 'then', 'block']]);
    expect(thenPath({ block: ['surgery'], reason: 'caution' })).to.deep.equal([['rules', 0, 'then', 'block', 0]]);
    expect(thenPath({ block: ['dry-needling'], reason: 'because' })).to.deep.equal([['rules', 0, 'then', 'reason']]);
    expect(thenPath({ block: ['dry-needling'], reason: { fact: 'nope' } })).to.deep.equal([['rules', 0, 'then', 'reason', 'fact']]);
    expect(thenPath({ dose: 'wet-needling-lidocaine', mgPerKg: -1, maxMg: { threshold: 'x' } })).to.deep.equal([
      ['rules', 0, 'then', 'mgPerKg'],
      ['rules', 0, 'then', 'maxMg', 'threshold'],
    ]);
    expect(thenPath({ caution: 'pregnancy', on: 'yoga' })).to.deep.equal([['rules', 0, 'then', 'on']]);
    expect(thenPath({ suggest: 'tinnitus', icd10: ['H93.11'] })).to.deep.equal([['rules', 0, 'then', 'icd10', 0]]);
    expect(thenPath({ suggest: 'migraine' })).to.deep.equal([['rules', 0, 'then', 'suggest']]);
    expect(thenPath({ warn: 'fibromyalgia', severity: 'info', message: 'x', set: 'eligibility' })).to.deep.equal([['rules', 0, 'then', 'set']]);
  });

  it('values are plain data: a bigint, symbol, function or class instance is refused where it stands', () => {
    class Ref {
      threshold = 'days';
    }
    const exotic: [string, unknown][] = [
      ['a bigint', 10n],
      ['a symbol', Symbol('x')],
      ['a function', () => 1],
      ['a class instance', new Ref()],
    ];
    for (const [what, bad] of exotic) {
      const at = (input: unknown) => {
        const r = validateRuleset(input);
        return r.ok ? [] : r.issues.map((i) => [i.path, i.message]);
      };
      const message = (input: unknown) => at(input).map(([, m]) => m).join(' ');
      expect(whenPath({ fact: 'ageYears', op: 'eq', value: bad }), what).to.deep.equal([['rules', 0, 'when', 'value']]);
      expect(message(ruleset(rule({ when: { fact: 'ageYears', op: 'eq', value: bad } }))), what).to.contain(what);
      expect(whenPath({ fact: 'ageYears', op: 'gte', value: bad }), what).to.deep.equal([['rules', 0, 'when', 'value']]);
      expect(whenPath({ fact: 'ageYears', op: 'in', value: [40, bad] }), what).to.deep.equal([['rules', 0, 'when', 'value', 1]]);
      expect(whenPath({ fact: 'symptoms', op: 'has', value: bad }), what).to.deep.equal([['rules', 0, 'when', 'value']]);
      expect(whenPath({ all: [bad] }), what).to.deep.equal([['rules', 0, 'when', 'all', 0]]);
      expect(whenPath(bad), what).to.deep.equal([['rules', 0, 'when']]);
      expect(thenPath(bad), what).to.deep.equal([['rules', 0, 'then']]);
      expect(thenPath({ set: 'eligibility', to: bad }), what).to.deep.equal([['rules', 0, 'then', 'to']]);
      expect(thenPath({ block: ['dry-needling'], reason: bad }), what).to.deep.equal([['rules', 0, 'then', 'reason']]);
      expect(thenPath({ dose: 'wet-needling-lidocaine', mgPerKg: bad, maxMg: 300 }), what).to.deep.equal([['rules', 0, 'then', 'mgPerKg']]);
      expect(paths(ruleset(rule({ description: bad }))), what).to.deep.equal([['rules', 0, 'description']]);
      expect(paths(ruleset(rule({}), bad)), what).to.deep.equal([['rules', 1]]);
      expect(paths({ ...ruleset(rule({})), thresholds: { days: bad } }), what).to.deep.equal([['thresholds', 'days']]);
      expect(paths({ ...ruleset(rule({})), thresholds: bad }), what).to.deep.equal([['thresholds']]);
      expect(paths(bad), what).to.deep.equal([[]]);
    }
  });

  it('explicit limits: at most 999 rules, 999 values in an `in`, conditions 20 deep', () => {
    const many = (n: number) => ({ fact: 'ageYears', op: 'in', value: Array.from({ length: n }, (_, i) => i) });
    expect(whenPath(many(999))).to.deep.equal([]);
    expect(whenPath(many(1000))).to.deep.equal([['rules', 0, 'when', 'value']]);
    expect(paths(ruleset(...Array.from({ length: 999 }, (_, i) => rule({ id: `r${i}` }))))).to.deep.equal([]);
    expect(paths(ruleset(...Array.from({ length: 1000 }, (_, i) => rule({ id: `r${i}` }))))).to.deep.equal([['rules']]);
    const nested = (depth: number) => Array.from({ length: depth }).reduce<unknown>((c) => ({ not: c }), { all: [] });
    expect(whenPath(nested(19))).to.deep.equal([]);
    expect(whenPath(nested(20)).length).to.equal(1);
  });

  it('a rule set is read as it was when first passed: its `in` lists are copied, not shared', () => {
    const values = [40];
    const r = validateRuleset(ruleset(rule({ when: { fact: 'ageYears', op: 'in', value: values } })));
    values.push(41);
    expect(r.ok && (r.value.rules[0]!.when as { value: unknown }).value).to.deep.equal([40]);
  });

  it('never throws, whatever it is given', () => {
    const getter = { get id(): string { throw new Error('boom'); } };
    expect(validateRuleset(getter).ok).to.equal(false);
    expect(() => evaluate({ sites: [] }, { ruleset: getter })).to.throw(RulesetError);
  });
});

describe('describeRuleset', () => {
  it('gives one decision-table row per rule, with when, then and citations', () => {
    const rows = describeRuleset();
    expect(rows.map((r) => r.id)).to.deep.equal(defaultRuleset.rules.map((r) => r.id));
    const repeat = rows.find((r) => r.id === 'warning.repeat-too-soon')!;
    expect(repeat.when).to.contain('repeatIntervalDays (42)');
    expect(repeat.when).to.contain('injection = indicated');
    expect(repeat.then).to.contain('repeat-too-soon');
    expect(repeat.citations.length).to.be.greaterThan(0);
    expect(rows.find((r) => r.id === 'kind.none')!.when).to.equal('always');
    expect(rows.find((r) => r.id === 'kind.tender-spot')!.when).to.equal('(hypersensitiveSpot = true or localTenderness = true) and referredPain ≠ true');
    expect(rows.find((r) => r.id === 'option.lidocaine-dose')!.then).to.contain('lidocaineMaxMg (300)');
    expect(rows.every((r) => r.description && r.stage && r.scope)).to.equal(true);
  });

  it('shows a window of 0 days (a window is shown whenever a rule gives one)', () => {
    const rows = describeRuleset(ruleset(rule({ when: { fact: 'sessions', within: 0, op: 'gte', value: 1 } })));
    expect(rows[0]!.when).to.equal('sessions within 0 days ≥ 1');
  });

  it('describes a host rule set, and refuses an invalid one', () => {
    expect(describeRuleset(ruleset(rule({})))).to.deep.equal([
      { id: 'r1', stage: 'warnings', scope: 'patient', description: 'A test rule.', when: 'fibromyalgia = true', then: 'warn fibromyalgia, severity info, message Test.', citations: ['Test source'] },
    ]);
    expect(() => describeRuleset({})).to.throw(RulesetError);
  });
});

describe('latent and unknown points in a host rule set', () => {
  it('site rules see patient facts', () => {
    const rs = ruleset(rule({ scope: 'site', when: { all: [{ fact: 'pregnant', op: 'eq', value: true }, { fact: 'criteriaMet', op: 'eq', value: 3 }] } }));
    const g = run({ patient: { pregnant: true }, sites: [site('a', 'masseter', LATENT), site('b', 'masseter', {})] }, { ruleset: rs });
    expect(g.warnings[0]!.siteIds).to.deep.equal(['a']);
  });
});
