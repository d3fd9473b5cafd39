// Validates a host rule set before use and refuses a bad one whole: unknown facts,
// operators, actions, thresholds or ids; values a fact can never take; missing
// citations; bad semver; duplicate rule ids. Returns a clean copy of a valid one.
import { CONDITIONS } from './catalog/conditions.js';
import { COLLECTION_FACTS, PATIENT_FACTS, SITE_FACTS, type Fact, type FactTable } from './facts.js';
import { fail, hint, isObj, list, noDuplicates, num, obj, oneOf, quote, text, type Check, type Path } from './schema.js';
import {
  ALTERNATIVE_IDS,
  COLLECTIONS,
  CONDITION_IDS,
  ELIGIBILITY_STATUSES,
  OPERATORS,
  OPTION_IDS,
  SEVERITIES,
  STAGES,
  WARNING_IDS,
  type Issue,
  type Ruleset,
  type ValidationResult,
} from './types.js';

type Th = Record<string, number>;
const raw: Check = (v) => v;
const N = '(0|[1-9]\\d*)';
const PRE = '(0|[1-9]\\d*|\\d*[A-Za-z-][\\dA-Za-z-]*)';
const SEMVER = new RegExp(`^${N}\\.${N}\\.${N}(-${PRE}(\\.${PRE})*)?(\\+[\\dA-Za-z-]+(\\.[\\dA-Za-z-]+)*)?$`);
const NUMERIC = ['lt', 'lte', 'gt', 'gte'];
const TYPES = { b: 'boolean', n: 'number', s: 'string' };

/** A `{ threshold: name }` reference to a known threshold. */
const ref = (v: unknown, p: Path, out: Issue[], th: Th) => {
  const r = obj({ threshold: raw }, ['threshold'], 'key')(v, p, out);
  if (r && !Object.hasOwn(r, 'threshold')) return;
  return r && (Object.hasOwn(th, r.threshold as string) ? r : fail(out, [...p, 'threshold'], `Unknown threshold ${quote(r.threshold)}${typeof r.threshold == 'string' ? hint(r.threshold, Object.keys(th)) : ''}.`));
};

/** A number of 0 or more, or a threshold reference. */
const amount = (th: Th): Check => (v, p, out) => (isObj(v) ? ref(v, p, out, th) : num((n) => n >= 0, 'of 0 or more, or { "threshold": name }')(v, p, out));

const factIn = (scopes: FactTable[], name: unknown): Fact | undefined =>
  typeof name == 'string' ? scopes.find((t) => Object.hasOwn(t, name))?.[name] : undefined;

const factName =
  (scopes: FactTable[]): Check =>
  (v, p, out) =>
    factIn(scopes, v) ? v : fail(out, p, `Unknown fact ${quote(v)}${typeof v == 'string' ? hint(v, scopes.flatMap(Object.keys)) : ''} here.`);

/** Whether a literal is a value the fact can take. */
const fits = (f: Fact, x: unknown) =>
  typeof f.domain == 'string' ? typeof x == TYPES[f.domain] && (typeof x != 'number' || Number.isFinite(x)) : f.domain.includes(x as string);

/** The value of `{ fact, op, value }`, checked against the fact's domain and the operator. */
function factValue(f: Fact, op: string, v: unknown, p: Path, out: Issue[], th: Th) {
  const numeric = NUMERIC.includes(op);
  if (isObj(v)) return f.domain == 'n' && !f.list && op != 'in' && op != 'has' ? ref(v, p, out, th) : fail(out, p, 'A threshold only compares with a number.');
  const ok =
    op == 'has'
      ? f.list && fits(f, v)
      : !f.list &&
        (op == 'in'
          ? Array.isArray(v) && v.length > 0 && v.every((x) => fits(f, x))
          : numeric
            ? f.domain == 'n' && fits(f, v)
            : v === null || fits(f, v));
  const expect = typeof f.domain == 'string' ? TYPES[f.domain] : f.domain.join(', ');
  return ok ? v : fail(out, p, `Does not fit operator '${op}' on this fact (${f.list ? "a list: use 'has'" : ''}${expect}).`);
}

const FORMS: Record<string, string[]> = {
  all: ['all'],
  any: ['any'],
  not: ['not'],
  fact: ['fact', 'op', 'value'],
  count: ['count', 'op', 'value'],
};

/** A condition, checked recursively; `scopes` are the fact tables visible here, innermost first. */
function condition(v: unknown, p: Path, out: Issue[], scopes: FactTable[], th: Th, depth: number): any {
  if (depth > 20) return fail(out, p, 'Conditions are nested too deeply.');
  const form = isObj(v) ? Object.keys(v).find((k) => Object.hasOwn(FORMS, k)) : undefined;
  if (!form) return fail(out, p, 'Must be a condition: { all | any | not | fact | count … }.');
  const sub: Check = (x, q, o) => condition(x, q, o, scopes, th, depth + 1);
  const op = oneOf(OPERATORS, 'operator');
  const r = obj(
    form == 'not'
      ? { not: sub }
      : form == 'fact'
        ? { fact: factName(scopes), op, value: raw }
        : form == 'count'
          ? { count: oneOf(COLLECTIONS, 'collection'), where: raw, distinct: raw, op, value: amount(th) }
          : { [form]: list(sub, 100, 'conditions') },
    FORMS[form]!,
    'key in a condition',
  )(v, p, out);
  if (r.count) {
    const inner = [COLLECTION_FACTS[r.count as keyof typeof COLLECTION_FACTS][0], ...scopes];
    if (r.where !== undefined) r.where = condition(r.where, [...p, 'where'], out, inner, th, depth + 1);
    if (r.distinct !== undefined) r.distinct = factName([inner[0]!])(r.distinct, [...p, 'distinct'], out);
    if (r.op && !NUMERIC.includes(r.op) && r.op != 'eq' && r.op != 'ne') fail(out, [...p, 'op'], 'A count compares with eq, ne, lt, lte, gt or gte.');
  }
  const f = factIn(scopes, r.fact);
  if (f && r.op && Object.hasOwn(r, 'value')) r.value = factValue(f, r.op, r.value, [...p, 'value'], out, th);
  return r;
}

const VERBS = ['set', 'warn', 'block', 'dose', 'caution', 'suggest'];
const REASONS = [...WARNING_IDS, ...ELIGIBILITY_STATUSES];

/** What a rule does; `site` tells which fields `set` may target. */
function action(v: unknown, p: Path, out: Issue[], site: boolean, th: Th, scopes: FactTable[]): any {
  const verb = isObj(v) ? Object.keys(v).find((k) => VERBS.includes(k)) : undefined;
  if (!verb) return fail(out, p, `Must be an action: { ${VERBS.join(' | ')} … }.`);
  const option = oneOf(OPTION_IDS, 'option');
  const shapes: Record<string, Record<string, Check>> = {
    set: { set: oneOf(site ? ['kind', 'activity', 'injection'] : ['eligibility'], 'field to set'), to: raw },
    warn: { warn: oneOf(WARNING_IDS, 'warning'), severity: oneOf(SEVERITIES, 'severity'), message: text },
    block: { block: list(option, 3, 'options', 1), reason: raw },
    dose: { dose: option, mgPerKg: amount(th), maxMg: amount(th) },
    caution: { caution: oneOf(WARNING_IDS, 'warning'), on: oneOf(ALTERNATIVE_IDS, 'alternative') },
    suggest: { suggest: oneOf(CONDITION_IDS, 'condition'), icd10: list(raw, 10, 'codes') },
  };
  const shape = shapes[verb]!;
  const r = obj(shape, verb == 'suggest' ? [verb] : Object.keys(shape), 'key in a ' + verb + ' action')(v, p, out);
  const at = (k: string) => [...p, k];
  if (r.set && r.to !== undefined) r.to = oneOf((site ? SITE_FACTS : PATIENT_FACTS)[r.set]!.domain as string[], 'value')(r.to, at('to'), out);
  if (r.reason !== undefined)
    r.reason = isObj(r.reason) ? obj({ fact: factName(scopes) }, ['fact'], 'key')(r.reason, at('reason'), out) : oneOf(REASONS, 'reason')(r.reason, at('reason'), out);
  if (r.suggest && Array.isArray(r.icd10)) {
    const codes = CONDITIONS.find((c) => c.id == r.suggest)!.icd10;
    r.icd10 = r.icd10.map((c: unknown, i: number) => oneOf(codes, `ICD-10-CM code for ${r.suggest}`)(c, [...at('icd10'), i], out));
  }
  return r;
}

/** Check a rule set; never throws. `value` is a clean copy of a valid one. */
export function validateRuleset(input: unknown): ValidationResult<Ruleset> {
  const out: Issue[] = [];
  try {
    const th: Th = Object.create(null);
    const rs = obj(
      {
        id: text,
        version: (v, p, o) => (typeof v == 'string' && SEMVER.test(v) ? v : fail(o, p, 'Must be a semantic version such as 1.0.0.')),
        description: text,
        thresholds: (v, p, o) => {
          if (!isObj(v)) return fail(o, p, 'Must be a group of named numbers.');
          for (const k of Object.keys(v))
            if (!/^[A-Za-z]\w*$/.test(k)) fail(o, [...p, k], `Threshold names are letters and digits, not ${quote(k)}.`);
            else if (num((n) => n >= 0, 'of 0 or more')(v[k], [...p, k], o) !== undefined) th[k] = v[k] as number;
          return th;
        },
        rules: raw,
      },
      ['id', 'version', 'thresholds', 'rules'],
      'rule set field',
      'a rule set object',
    )(input, [], out);
    if (rs && rs.rules !== undefined) {
      rs.rules = list(
        (v, p, o) => {
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
            'a rule object',
          )(v, p, o);
          if (!r) return;
          const site = r.scope == 'site';
          const scopes = site ? [SITE_FACTS, PATIENT_FACTS] : [PATIENT_FACTS];
          if (r.when !== undefined) r.when = condition(r.when, [...p, 'when'], o, scopes, th, 0);
          if (r.then !== undefined) r.then = action(r.then, [...p, 'then'], o, site, th, scopes);
          return r;
        },
        1000,
        'rules',
        1,
      )(rs.rules, ['rules'], out);
      if (Array.isArray(rs.rules)) noDuplicates(rs.rules, ['rules'], out, 'Rule id', 'id');
    }
    return out.length ? { ok: false, issues: out } : { ok: true, value: rs };
  } catch {
    return { ok: false, issues: [...out, { path: [], message: 'The rule set could not be read as plain data.' }] };
  }
}
