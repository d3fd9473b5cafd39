// Validates a rule set before use and refuses a bad one whole: unknown keys, facts,
// operators, actions, thresholds or ids; values that do not fit their operator;
// missing citations; bad semver; duplicate rule ids. Returns a clean copy of a valid one.
import { CONDITIONS } from './catalog/conditions.js';
import { LIST_FACTS, patientFacts, siteFacts, WINDOW_FACTS } from './facts.js';
import { fail, isObj, list, num, obj, oneOf, text, unique, type Check, type Path } from './schema.js';
import { ALTERNATIVE_IDS, CONDITION_IDS, OPTION_IDS, WARNING_IDS, type Issue, type Ruleset, type ValidationResult } from './types.js';
import { ACTIVITIES, ELIGIBILITY_STATUSES, INJECTION_STATUSES, OPERATORS, SEVERITIES, SITE_KINDS, STAGES } from './vocab.js';

const raw: Check = (v) => v;
// The fact names of each scope, read from the fact bags themselves.
const PATIENT = Object.keys(patientFacts({ sites: [] }));
const SITE = [...Object.keys(siteFacts({ id: '', muscle: 'temporalis', findings: {} })), ...PATIENT];
/** The values `set` may write, by field. */
const FIELDS: Record<string, readonly string[]> = {
  kind: SITE_KINDS,
  activity: ACTIVITIES,
  injection: INJECTION_STATUSES,
  eligibility: ELIGIBILITY_STATUSES,
};
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[\dA-Za-z-]+(\.[\dA-Za-z-]+)*)?(\+[\dA-Za-z-]+(\.[\dA-Za-z-]+)*)?$/;
const CONDITION = ['all', 'any', 'not', 'fact'];
const ACTION = ['set', 'warn', 'block', 'note', 'dose', 'caution', 'suggest'];
const scalar = (y: unknown) => y === null || /^[sbn]/.test(typeof y);

/** Check a rule set; never throws. `value` is a clean copy of a valid one. */
export function validateRuleset(input: unknown): ValidationResult<Ruleset> {
  const out: Issue[] = [];
  const th: Record<string, number> = Object.create(null);
  let nodes = 0;
  /** A number of 0 or more, or `{ threshold: name }` naming a known threshold. */
  const amount: Check = (v, p, o) =>
    isObj(v) ? obj({ threshold: oneOf(Object.keys(th), 'threshold') }, ['threshold'], 'key')(v, p, o) : num((n) => n >= 0, 'of 0 or more, or { threshold }')(v, p, o);
  /** The first known key picks the shape of a condition or an action. */
  const pick = (v: unknown, p: Path, o: Issue[], keys: string[]) =>
    (isObj(v) && Object.keys(v).find((k) => keys.includes(k))) || fail(o, p, `Must be one of { ${keys.join(' | ')} … }.`);

  const condition = (names: string[], depth = 0): Check => (v, p, o) => {
    // Bounded, so shared sub-conditions (a JS object graph, not JSON) cannot blow up.
    const form = depth < 20 && ++nodes < 1e4 ? pick(v, p, o, CONDITION) : fail(o, p, 'Conditions nest too deeply or are too many.');
    if (!form) return;
    const sub = condition(names, depth + 1);
    const r = obj(
      form == 'fact'
        ? { fact: oneOf(names, 'fact'), op: oneOf(OPERATORS, 'operator'), value: raw, within: amount }
        : { [form]: form == 'not' ? sub : list(sub, 99, 'conditions') },
      form == 'fact' ? ['fact', 'op', 'value'] : [form],
      'key in a condition',
    )(v, p, o);
    const { fact, op, value: x } = r;
    if (r.within !== undefined && !WINDOW_FACTS.includes(fact)) fail(o, [...p, 'within'], `'${fact}' takes no 'within'.`);
    if (fact && op && Object.hasOwn(r, 'value')) {
      const many = LIST_FACTS.includes(fact);
      if (isObj(x) && !many && !/in|has/.test(op)) r.value = amount(x, [...p, 'value'], o);
      else if (
        !(op == 'has'
          ? many && typeof x == 'string'
          : !many && (op == 'in' ? Array.isArray(x) && x.length && x.every(scalar) : /eq|ne/.test(op) ? scalar(x) : typeof x == 'number'))
      )
        fail(o, [...p, 'value'], `Does not fit '${fact}' with '${op}'.`);
    }
    return r;
  };

  const action = (site: boolean, names: string[]): Check => (v, p, o) => {
    const verb = pick(v, p, o, ACTION);
    if (!verb) return;
    const shape = {
      set: { set: oneOf(site ? ['kind', 'activity', 'injection'] : ['eligibility'], 'field'), to: raw },
      warn: { warn: oneOf(WARNING_IDS, 'warning'), severity: oneOf(SEVERITIES, 'severity'), message: text },
      block: { block: list(oneOf(OPTION_IDS, 'option'), 3, 'options', 1), reason: raw },
      note: { note: oneOf(OPTION_IDS, 'option'), reason: raw },
      dose: { dose: oneOf(OPTION_IDS, 'option'), mgPerKg: amount, maxMg: amount },
      caution: { caution: oneOf(WARNING_IDS, 'warning'), on: oneOf(ALTERNATIVE_IDS, 'alternative') },
      suggest: {
        suggest: oneOf(CONDITION_IDS, 'condition'),
        icd10: list(oneOf(CONDITIONS.find((c) => c.id == v.suggest)?.icd10 ?? [], 'ICD-10-CM code here'), 9, 'codes'),
      },
    }[verb as 'set'] as Record<string, Check>;
    const r = obj(shape, Object.keys(shape).filter((k) => k != 'icd10'), `key in '${verb}'`)(v, p, o);
    if (r.set && r.to !== undefined) r.to = oneOf(FIELDS[r.set]!, 'value')(r.to, [...p, 'to'], o);
    if (r.reason !== undefined)
      r.reason = (isObj(r.reason) ? obj({ fact: oneOf(names, 'fact') }, ['fact'], 'key') : oneOf([...WARNING_IDS, ...ELIGIBILITY_STATUSES], 'reason'))(
        r.reason,
        [...p, 'reason'],
        o,
      );
    return r;
  };

  const rule: Check = (v, p, o) => {
    const r = obj(
      {
        id: text,
        stage: oneOf(STAGES, 'stage'),
        scope: oneOf(['site', 'patient'], 'scope'),
        description: text,
        citations: list(text, 50, 'citations', 1),
        when: raw,
        then: raw,
      },
      ['id', 'stage', 'description', 'citations', 'when', 'then'],
      'rule field',
    )(v, p, o);
    const site = r?.scope == 'site';
    const names = site ? SITE : PATIENT;
    for (const [k, check] of [['when', condition(names)], ['then', action(site, names)]] as const)
      if (r?.[k] !== undefined) r[k] = check(r[k], [...p, k], o);
    return r;
  };

  try {
    const value = obj(
      {
        id: text,
        version: (v, p, o) => (SEMVER.test(typeof v == 'string' ? v : '') ? v : fail(o, p, 'Must be a semantic version such as 1.0.0.')),
        description: text,
        thresholds: (v, p, o) => {
          if (!isObj(v)) return fail(o, p, 'Must be an object of named numbers.');
          for (const k of Object.keys(v))
            if (/^[A-Za-z]\w*$/.test(k)) th[k] = num((n) => n >= 0, 'of 0 or more')(v[k], [...p, k], o);
            else fail(o, [...p, k], 'A threshold name is letters and digits.');
          return th;
        },
        rules: raw,
      },
      ['id', 'version', 'thresholds', 'rules'],
      'rule set field',
    )(input, [], out);
    if (value?.rules !== undefined) {
      value.rules = list(rule, 999, 'rules', 1)(value.rules, ['rules'], out);
      if (value.rules) unique(value.rules, ['rules'], out, 'id');
    }
    return out.length ? { ok: false, issues: out } : { ok: true, value };
  } catch {
    return { ok: false, issues: [...out, { path: [], message: 'Could not be read as plain data.' }] };
  }
}
