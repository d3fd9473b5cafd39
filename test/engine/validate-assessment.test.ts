// Strict, kind validation: each kind of bad input is one issue at the exact path, and
// nothing but AssessmentError escapes.
import { expect } from '@open-wc/testing';
import { dayNumber } from '../../src/engine/dates.js';
import { AssessmentError, evaluate, validateAssessment } from '../../src/engine/index.js';
import { ACTIVE, TODAY, issuesOf, site } from './helpers.js';

const ok = { sites: [site('s1', 'infraspinatus', ACTIVE)] };
/** The paths of the issues evaluate() reports. */
const paths = (input: unknown, options?: Record<string, unknown>) => issuesOf(input, options).issues.map((i) => i.path);
const pathOf = (input: unknown) => {
  const p = paths(input);
  expect(p.length, JSON.stringify(p)).to.equal(1);
  return p[0];
};
const withSite = (patch: Record<string, unknown>) => ({ sites: [{ id: 's1', muscle: 'infraspinatus', findings: {}, ...patch }] });
const withFinding = (findings: unknown) => withSite({ findings });
const withPrior = (patch: Record<string, unknown>) => ({ sites: [], priorInjections: [{ muscle: 'infraspinatus', date: '2026-11-01', kind: 'lidocaine', ...patch }] });

describe('validateAssessment and AssessmentError', () => {
  it('accepts a valid assessment and returns a clean, equal copy', () => {
    const input = { ...ok, patient: { weightKg: 70, pregnant: false }, symptoms: ['headache'], priorInjections: [{ muscle: 'infraspinatus', date: TODAY, kind: 'other' }] };
    const r = validateAssessment(input, { today: TODAY });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.value).to.deep.equal(input);
      expect(r.value).to.not.equal(input);
    }
  });

  it('returns issues instead of throwing, and evaluate throws an AssessmentError with them', () => {
    const r = validateAssessment({ sites: 3 });
    expect(r).to.deep.equal({ ok: false, issues: [{ path: ['sites'], message: r.ok ? '' : r.issues[0]!.message }] });
    const e = issuesOf({ sites: 3 });
    expect(e).to.be.instanceOf(AssessmentError);
    expect(e).to.be.instanceOf(Error);
    expect(e.name).to.equal('AssessmentError');
    expect((e as unknown as Error).message).to.contain('sites');
  });

  it('the root must be an assessment object with sites', () => {
    for (const bad of [null, undefined, 3, 'x', [], true]) expect(pathOf(bad)).to.deep.equal([]);
    expect(pathOf({})).to.deep.equal(['sites']);
    expect(pathOf({ sites: null })).to.deep.equal(['sites']);
    expect(pathOf(new Date())).to.deep.equal([]);
  });

  it('unknown keys are errors that name the path (and suggest the right spelling)', () => {
    const e = issuesOf(withFinding({ tautband: true }));
    expect(e.issues).to.have.length(1);
    expect(e.issues[0]!.path).to.deep.equal(['sites', 0, 'findings', 'tautband']);
    expect(e.issues[0]!.message).to.contain("did you mean 'tautBand'");
    expect(pathOf({ ...ok, sympttoms: [] })).to.deep.equal(['sympttoms']);
    expect(pathOf({ ...ok, patient: { weight: 70 } })).to.deep.equal(['patient', 'weight']);
    expect(pathOf(withSite({ infection: true }))).to.deep.equal(['sites', 0, 'infection']);
    expect(pathOf(withPrior({ site: 'x' }))).to.deep.equal(['priorInjections', 0, 'site']);
  });

  it('null is not a finding: it is a wrong type', () => {
    expect(pathOf(withFinding({ tautBand: null }))).to.deep.equal(['sites', 0, 'findings', 'tautBand']);
    expect(pathOf(withFinding(null))).to.deep.equal(['sites', 0, 'findings']);
    expect(pathOf({ ...ok, patient: null })).to.deep.equal(['patient']);
    expect(pathOf({ ...ok, patient: { pregnant: null } })).to.deep.equal(['patient', 'pregnant']);
  });

  it('undefined means omitted (not examined)', () => {
    expect(evaluate({ sites: [site('s1', 'infraspinatus', { ...ACTIVE, referredPain: undefined })], patient: undefined }, { today: TODAY }).sites[0]!.criteria.unexamined).to.deep.equal(['referredPain']);
  });

  it('findings and flags must be true or false', () => {
    expect(pathOf(withFinding({ referredPain: 'true' }))).to.deep.equal(['sites', 0, 'findings', 'referredPain']);
    expect(pathOf(withFinding({ painRecognition: 1 }))).to.deep.equal(['sites', 0, 'findings', 'painRecognition']);
    expect(pathOf(withSite({ localInfection: 'no' }))).to.deep.equal(['sites', 0, 'localInfection']);
    expect(pathOf(withSite({ acuteTrauma: 0 }))).to.deep.equal(['sites', 0, 'acuteTrauma']);
    expect(pathOf({ ...ok, conservativeCareTried: 'yes' })).to.deep.equal(['conservativeCareTried']);
    expect(pathOf({ ...ok, patient: { needlePhobia: [] } })).to.deep.equal(['patient', 'needlePhobia']);
  });

  it('numbers must be finite and in range', () => {
    const patient = (p: Record<string, unknown>) => pathOf({ ...ok, patient: p });
    for (const ageYears of [-1, 130.5, NaN, Infinity, '30']) expect(patient({ ageYears })).to.deep.equal(['patient', 'ageYears']);
    for (const weightKg of [0, -5, 500.01, NaN, -Infinity, null]) expect(patient({ weightKg })).to.deep.equal(['patient', 'weightKg']);
    for (const painDurationWeeks of [-0.5, NaN, '12']) expect(pathOf({ ...ok, painDurationWeeks })).to.deep.equal(['painDurationWeeks']);
    expect(validateAssessment({ ...ok, patient: { ageYears: 0, weightKg: 500 }, painDurationWeeks: 0 }).ok).to.equal(true);
    expect(validateAssessment({ ...ok, patient: { ageYears: 130, weightKg: 0.1 } }).ok).to.equal(true);
  });

  it('ids: muscles, sides, symptoms and kinds must be known', () => {
    expect(pathOf(withSite({ muscle: 'biceps' }))).to.deep.equal(['sites', 0, 'muscle']);
    expect(issuesOf(withSite({ muscle: 'Levator Scapulae' })).issues[0]!.message).to.contain("did you mean 'levator-scapulae'");
    expect(pathOf(withSite({ side: 'both' }))).to.deep.equal(['sites', 0, 'side']);
    expect(pathOf({ ...ok, symptoms: ['headache', 'back-pain'] })).to.deep.equal(['symptoms', 1]);
    expect(pathOf({ ...ok, symptoms: 'headache' })).to.deep.equal(['symptoms']);
    expect(pathOf(withPrior({ kind: 'botox' }))).to.deep.equal(['priorInjections', 0, 'kind']);
    expect(pathOf(withPrior({ muscle: 'deltoid' }))).to.deep.equal(['priorInjections', 0, 'muscle']);
    expect(pathOf(withPrior({ side: 'LEFT' }))).to.deep.equal(['priorInjections', 0, 'side']);
  });

  it('duplicates: the later symptom or site id is the one reported', () => {
    expect(pathOf({ ...ok, symptoms: ['headache', 'tinnitus', 'headache'] })).to.deep.equal(['symptoms', 2]);
    expect(pathOf({ sites: [site('a', 'masseter', {}), site('b', 'masseter', {}), site('a', 'temporalis', {})] })).to.deep.equal(['sites', 2, 'id']);
  });

  it('site ids must be non-blank text; required site fields must be there', () => {
    for (const id of ['', '   ', 7, null]) expect(pathOf(withSite({ id }))).to.deep.equal(['sites', 0, 'id']);
    expect(paths({ sites: [{}] })).to.deep.equal([
      ['sites', 0, 'id'],
      ['sites', 0, 'muscle'],
      ['sites', 0, 'findings'],
    ]);
    expect(pathOf({ sites: [ok.sites[0], 'site'] })).to.deep.equal(['sites', 1]);
  });

  it('dates: strict YYYY-MM-DD, a real calendar date, not after today', () => {
    for (const date of ['2026-2-01', '2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '26-11-01', '2026-11-01T00:00', 20261101, null])
      expect(pathOf(withPrior({ date }))).to.deep.equal(['priorInjections', 0, 'date']);
    expect(pathOf(withPrior({ date: '2026-11-27' }))).to.deep.equal(['priorInjections', 0, 'date']);
    expect(validateAssessment(withPrior({ date: '2024-02-29' }), { today: TODAY }).ok).to.equal(true);
    expect(validateAssessment(withPrior({ date: TODAY }), { today: TODAY }).ok).to.equal(true);
    expect(paths({ sites: [], priorInjections: [{}] })).to.deep.equal([
      ['priorInjections', 0, 'muscle'],
      ['priorInjections', 0, 'date'],
      ['priorInjections', 0, 'kind'],
    ]);
  });

  it('dates: read as the calendar has them, years 0000 to 0099 included', () => {
    // A reference that reads the date the slow way: as an ISO string, back and forth through Date.
    const reference = (text: string) => {
      const t = /^\d{4}-\d\d-\d\d$/.test(text) ? Date.parse(text) : NaN;
      return t === t && new Date(t).toISOString().slice(0, 10) == text ? t / 864e5 : undefined;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const samples = ['0000-01-01', '0000-02-29', '0001-02-29', '0099-12-31', '0100-02-29', '1900-02-29', '2000-02-29', '2024-02-29', '9999-12-31', '2026-1-01', '２０２６-01-01', 'x026-01-01'];
    for (let y = 0; y < 10000; y += 97) for (let m = 0; m <= 13; m += 1) for (const d of [0, 1, 28, 29, 30, 31, 32]) samples.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    for (const text of samples) expect(dayNumber(text), text).to.equal(reference(text));
    expect(dayNumber('1970-01-02')).to.equal(1);
    expect(dayNumber(19700102)).to.equal(undefined);
  });

  it('list sizes: up to 100 sites and 500 prior injections', () => {
    const sites = (n: number) => Array.from({ length: n }, (_, i) => site(`s${i}`, 'infraspinatus', {}));
    expect(validateAssessment({ sites: sites(100) }).ok).to.equal(true);
    expect(pathOf({ sites: sites(101) })).to.deep.equal(['sites']);
    const priors = (n: number) => Array.from({ length: n }, () => ({ muscle: 'masseter', date: '2026-01-01', kind: 'other' }));
    expect(validateAssessment({ sites: [], priorInjections: priors(500) }, { today: TODAY }).ok).to.equal(true);
    expect(pathOf({ sites: [], priorInjections: priors(501) })).to.deep.equal(['priorInjections']);
    expect(pathOf({ sites: [], priorInjections: {} })).to.deep.equal(['priorInjections']);
  });

  it('reports every problem at once, in reading order', () => {
    expect(paths({ patient: { ageYears: 200 }, sites: [withFinding({ x: true }).sites[0]], foo: 1 })).to.deep.equal([
      ['patient', 'ageYears'],
      ['sites', 0, 'findings', 'x'],
      ['foo'],
    ]);
  });

  it('options.today: an invalid one is the only issue, at [options, today]', () => {
    for (const today of ['2026-02-29', 'today', '2026/11/26', 20261126, null])
      expect(paths({ sites: 'bad' }, { today })).to.deep.equal([['options', 'today']]);
    const r = validateAssessment(ok, { today: 'x' as string });
    expect(!r.ok && r.issues[0]!.path).to.deep.equal(['options', 'today']);
    // Omitted: the current local date.
    expect(validateAssessment(ok).ok).to.equal(true);
  });
});

describe('hostile input', () => {
  it('__proto__ and constructor keys are refused and pollute nothing', () => {
    const input = JSON.parse('{"sites":[{"id":"a","muscle":"masseter","findings":{"__proto__":{"polluted":true}}}],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(paths(input)).to.deep.equal([['sites', 0, 'findings', '__proto__'], ['__proto__'], ['constructor']]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(pathOf(JSON.parse('{"sites":[],"patient":{"constructor":true}}'))).to.deep.equal(['patient', 'constructor']);
    expect(pathOf(JSON.parse('{"sites":[],"patient":{"toString":true}}'))).to.deep.equal(['patient', 'toString']);
  });

  it('only AssessmentError escapes: throwing getters, proxies, symbols, sparse lists, deep junk', () => {
    const getter = { get sites(): unknown[] { throw new Error('boom'); } };
    const proxy = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 5000; i++) cur = cur.x = {} as Record<string, unknown>;
    // eslint-disable-next-line no-sparse-arrays
    for (const bad of [getter, proxy, { sites: [, ok.sites[0]] }, { sites: [], patient: { pregnant: Symbol('x') } }, { sites: [], deep }, { sites: [{ ...ok.sites[0], findings: deep }] }, Object.create(null)])
      expect(issuesOf(bad).name).to.equal('AssessmentError');
    expect(validateAssessment(getter).ok).to.equal(false);
  });

  it('what was read before a value that cannot be read is still reported, with its path', () => {
    const input = { sites: 'x', get priorInjections(): unknown[] { throw new Error('boom'); } };
    const r = validateAssessment(input, { today: TODAY });
    expect(!r.ok && r.issues.map((i) => i.path)).to.deep.equal([['sites'], []]);
  });

  it('messages say what a value is when it is not text, a number or true/false', () => {
    const message = (flag: unknown) => issuesOf({ sites: [], patient: { pregnant: flag } }).issues[0]!.message;
    expect(message(10n)).to.contain('not a bigint');
    expect(message(Symbol('x'))).to.contain('not a symbol');
    expect(message(() => true)).to.contain('not a function');
    expect(message(new Date())).to.contain('not a class instance');
    expect(message('yes')).to.contain("not 'yes'");
  });

  it('refuses class instances, maps and boxed values where an object is expected', () => {
    for (const bad of [new Map(), new Date(), new (class Site {})(), new Boolean(true), /x/])
      expect(pathOf({ sites: [], patient: bad })).to.deep.equal(['patient']);
  });

  it('accepts objects without a prototype (as some parsers make them)', () => {
    const a = Object.assign(Object.create(null), { sites: [Object.assign(Object.create(null), { id: 'a', muscle: 'masseter', findings: Object.create(null) })] });
    expect(validateAssessment(a).ok).to.equal(true);
  });

  it('does not mutate its input', () => {
    const input = { patient: { weightKg: 70 }, sites: [site('a', 'masseter', ACTIVE)], priorInjections: [{ muscle: 'masseter' as const, date: '2026-11-01', kind: 'lidocaine' as const }] };
    const before = JSON.stringify(input);
    evaluate(input, { today: TODAY });
    expect(JSON.stringify(input)).to.equal(before);
  });
});
