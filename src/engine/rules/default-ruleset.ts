// The default rule set: engine-contract.md v1 as data. Every rule has an id, a plain
// description and at least one citation (sources: shared/clinical-knowledge.md). Where
// a rule is the contract's design choice rather than a source, its citation says so.
// The helpers below only build plain JSON-like data; `defaultRuleset` is that data, frozen.
import type { Action, Condition, Rule, Ruleset, Stage, WarningId } from '../types.js';

const DELPHI = 'Delphi consensus, Pain Med 2018;19:142-150';
const LCD = 'Medicare LCD L34211';
const KISHNER = 'Kishner, Medscape 2022';
const AFP02 = 'Alvarez & Rockwell, Am Fam Physician 2002;65:653';
const AAFP23 = 'AAFP, Am Fam Physician 2023;107:159';
const CONTRACT = 'tpi-guide engine contract v1';
const FATIGUE = CONTRACT + ' (alert fatigue: Ancker 2017)';
const ICD = 'ICD-10-CM';
const NSAID = 'NSAID labelling';
const XYLO = 'Xylocaine label';

// Condition builders.
const is = (fact: string, value: unknown = true, op = 'eq') => ({ fact, op, value }) as Condition;
const all = (...c: Condition[]): Condition => ({ all: c });
const any = (...c: Condition[]): Condition => ({ any: c });
const not = (c: Condition): Condition => ({ not: c });
const th = (threshold: string) => ({ threshold });
const ALWAYS = all();
const TP = is('kind', 'trigger-point');
const ACTIVE = is('activity', 'active');
const INDICATED = is('injection', 'indicated');
const group = (g: string) => is('groups', g, 'has');
const symptom = (s: string) => is('symptoms', s, 'has');
/** Injection is on the table: at least one site is an active trigger point. */
const ON_TABLE = is('activeSites', 1, 'gte');
const NONE_ACTIVE = is('activeSites', 0);
/** A prior-injection fact within a window of days, at least `value`. */
const within = (f: string, days: string, value: unknown) => ({ fact: f, within: th(days), op: 'gte', value }) as Condition;

// Actions. A rule's id defaults from its action: `set` → 'field.value', `warn` → 'warning.id';
// a warning rule's description is its message.
const set = (field: string, to: string) => ({ set: field, to }) as Action;
const warn = (id: WarningId, severity: string, message: string) => ({ warn: id, severity, message }) as Action;
const suggest = (id: string, ...icd10: string[]) => ({ suggest: id, ...(icd10[0] && { icd10 }) }) as Action;
const block = (reason: unknown, ...options: string[]) => ({ block: options, reason }) as Action;
const caution = (id: string) => ({ caution: id, on: 'nsaids' }) as Action;

type Spec = [when: Condition, then: Action, citations: string[], description?: string, id?: string];
const stage = (name: Stage, scope: 'site' | 'patient' | 0, specs: Spec[]): Rule[] =>
  specs.map(([when, then, citations, description, id]) => {
    const t = then as Record<string, string>;
    return {
      id: id ?? (t.warn ? 'warning.' + t.warn : t.set ? t.set + '.' + t.to : 'condition.' + t.suggest),
      stage: name,
      ...(scope && { scope }),
      description: description ?? t.message!,
      citations,
      when,
      then,
    };
  });

const rules: Rule[] = [
  ...stage('classify', 'site', [
    [is('criteriaMet', th('criteriaMin'), 'gte'), set('kind', 'trigger-point'), [DELPHI], '2 of the 3 essential criteria.'],
    [is('criteriaPossible', th('criteriaMin'), 'gte'), set('kind', 'indeterminate'), [DELPHI, CONTRACT], 'Else: unexamined criteria could still make 2.'],
    [any(is('hypersensitiveSpot'), is('localTenderness')), set('kind', 'tender-spot'), [LCD], 'Else: tender, no referral.'],
    [ALWAYS, set('kind', 'none'), [DELPHI], 'Else: none.'],
    [all(TP, is('painRecognition')), set('activity', 'active'), [DELPHI], 'Pain recognised.'],
    [all(TP, is('painRecognition', false)), set('activity', 'latent'), [DELPHI], 'Pain not recognised.'],
    [all(TP, is('painRecognition', null)), set('activity', 'unknown'), [DELPHI], 'Recognition unexamined.'],
  ]),
  ...stage('injection', 'site', [
    [all(ACTIVE, any(is('localInfection'), is('acuteTrauma'), is('systemicInfection'))), set('injection', 'contraindicated'), [AFP02, CONTRACT], 'Active, with infection or acute trauma.'],
    [ACTIVE, set('injection', 'indicated'), [AFP02, KISHNER], 'Else: active.'],
    [ALWAYS, set('injection', 'not-indicated'), [KISHNER], 'Else: not injected.'],
  ]),
  ...stage('warnings', 0, [
    [all(is('systemicInfection'), ON_TABLE), warn('systemic-infection', 'critical', 'Systemic infection: no injection until it clears.'), [AFP02, FATIGUE]],
  ]),
  ...stage('warnings', 'site', [
    [all(ACTIVE, is('localInfection')), warn('local-infection', 'critical', 'Infected skin: do not inject here.'), [AFP02]],
    [all(ACTIVE, is('acuteTrauma')), warn('acute-trauma', 'critical', 'Acute muscle injury: do not inject here.'), [AFP02]],
  ]),
  ...stage('warnings', 0, [
    [all(is('anticoagulated'), ON_TABLE), warn('anticoagulation', 'warning', 'On anticoagulants: weigh the bleeding risk.'), [AFP02, FATIGUE]],
    [all(is('bleedingDisorder'), ON_TABLE), warn('bleeding-disorder', 'warning', 'Bleeding disorder: weigh the bleeding risk.'), [AFP02, FATIGUE]],
    [all(is('localAnestheticAllergy'), ON_TABLE), warn('anesthetic-allergy', 'warning', 'Local anaesthetic allergy: no lidocaine.'), [AFP02, FATIGUE]],
    [all(is('pregnant'), ON_TABLE), warn('pregnancy', 'warning', 'Pregnant: weigh need and medicine with care.'), [AFP02, FATIGUE]],
    [all(is('needlePhobia'), ON_TABLE), warn('needle-phobia', 'info', 'Fears needles: explain each step.'), [AFP02, FATIGUE]],
    [all(ON_TABLE, within('sessions', 'lookbackDays', th('sessionLimit'))), warn('session-limit', 'warning', '3 or more injection sessions in 12 months.'), [LCD]],
  ]),
  ...stage('warnings', 'site', [
    [all(INDICATED, group('thoracic-wall')), warn('pneumothorax-risk', 'warning', 'Over the lung: stay shallow; chest pain or breathlessness after needs urgent care.'), ['Climenhage 2023', 'Scholten 2017']],
    [all(INDICATED, within('sameMuscleInjections', 'repeatIntervalDays', 1)), warn('repeat-too-soon', 'warning', 'Needled here under 6 weeks ago.'), ['Medicare DL39662', CONTRACT]],
    [all(INDICATED, within('sameMuscleCorticosteroids', 'lookbackDays', th('corticosteroidLimit'))), warn('corticosteroid-limit', 'warning', '3 or more corticosteroid injections here in 12 months.'), ['Steroid convention: 3-4 a year per site', CONTRACT]],
  ]),
  ...stage('warnings', 0, [
    [all(is('conservativeCareTried', false), is('indicatedSites', 1, 'gte')), warn('conservative-care-first', 'warning', 'Try stretching, massage or physical therapy first.'), [AAFP23]],
  ]),
  ...stage('warnings', 'site', [
    [all(INDICATED, group('lower-limb')), warn('driving', 'info', 'A numb leg may make driving unsafe for hours.'), ['tpi-guide seed text', FATIGUE]],
    [all(TP, is('activity', 'unknown')), warn('activity-unknown', 'info', 'Ask if pressing reproduces the familiar pain.'), [DELPHI]],
  ]),
  ...stage('warnings', 0, [
    [is('fibromyalgia'), warn('fibromyalgia', 'info', 'Fibromyalgia tender points are not trigger points.'), ['Wolfe, Arthritis Rheum 1990;33:160', LCD]],
  ]),
  ...stage('eligibility', 0, [
    [all(NONE_ACTIVE, is('unclearSites', 0)), set('eligibility', 'not-indicated'), [KISHNER], 'No active point, none to examine.'],
    [NONE_ACTIVE, set('eligibility', 'incomplete'), [DELPHI, CONTRACT], 'Else, no active point: examine further.'],
    [is('indicatedSites', 0), set('eligibility', 'contraindicated'), [AFP02, CONTRACT], 'Else, none indicated: all active points contraindicated.'],
    [any(is('severities', 'warning', 'has'), is('severities', 'critical', 'has')), set('eligibility', 'caution'), [CONTRACT], 'Else: a warning applies.'],
    [ALWAYS, set('eligibility', 'appropriate'), [CONTRACT], 'Else: appropriate.'],
  ]),
  ...stage('options', 0, [
    [not(is('eligibility', ['appropriate', 'caution'], 'in')), block({ fact: 'eligibility' }, 'wet-needling-lidocaine', 'wet-needling-corticosteroid', 'dry-needling'), [AAFP23, CONTRACT], 'Only if appropriate or caution.', 'option.eligibility'],
    [is('warnings', 'anesthetic-allergy', 'has'), block('anesthetic-allergy', 'wet-needling-lidocaine'), [XYLO], 'No lidocaine if allergic.', 'option.anesthetic-allergy'],
    [is('warnings', 'corticosteroid-limit', 'has'), block('corticosteroid-limit', 'wet-needling-corticosteroid'), [CONTRACT], 'No corticosteroid past its limit.', 'option.corticosteroid-limit'],
    [is('weightKg', null, 'ne'), { dose: 'wet-needling-lidocaine', mgPerKg: th('lidocaineMgPerKg'), maxMg: th('lidocaineMaxMg') }, [XYLO], 'Plain lidocaine ceiling.', 'option.lidocaine-dose'],
  ]),
  ...stage('alternatives', 0, [
    [is('anticoagulated'), caution('anticoagulation'), [NSAID], 'NSAIDs add bleeding.', 'nsaids.anticoagulation'],
    [is('bleedingDisorder'), caution('bleeding-disorder'), [NSAID], 'NSAIDs add bleeding.', 'nsaids.bleeding-disorder'],
    [is('pregnant'), caution('pregnancy'), [NSAID], 'No NSAIDs in pregnancy.', 'nsaids.pregnancy'],
  ]),
  ...stage('conditions', 'site', [
    [all(ACTIVE, group('mastication')), suggest('myofascial-pain-syndrome', 'M79.11'), [AFP02, ICD], 'Active point, mastication muscle.', 'mps.mastication'],
    [all(ACTIVE, group('head-neck'), not(group('mastication'))), suggest('myofascial-pain-syndrome', 'M79.12'), [AFP02, ICD], 'Active point, other head-neck muscle.', 'mps.head-neck'],
    [all(ACTIVE, not(group('head-neck'))), suggest('myofascial-pain-syndrome', 'M79.18'), [AFP02, ICD], 'Active point elsewhere.', 'mps.other'],
    [all(symptom('headache'), ACTIVE, group('head-neck')), suggest('tension-type-headache', 'G44.209'), [AFP02, ICD], 'Headache, active head-neck point.'],
    [all(symptom('tinnitus'), ACTIVE, group('tinnitus-related')), suggest('tinnitus', 'H93.19'), [AFP02, ICD], 'Tinnitus, active related point.'],
    [all(symptom('low-back-pain'), ACTIVE, group('lumbopelvic')), suggest('low-back-pain', 'M54.50'), [AFP02, ICD], 'Low back pain, active lumbopelvic point.'],
    [all(symptom('joint-pain'), ACTIVE), suggest('joint-pain', 'M25.50'), [AFP02, ICD], 'Joint pain, active point.'],
    [all(TP, any(is('painfulStretchLimit'), symptom('reduced-range-of-motion'))), suggest('reduced-range-of-motion'), [AFP02], 'A point limits stretch, or motion is reduced.'],
    [all(symptom('muscle-pain'), is('painDurationWeeks', th('chronicPainWeeks'), 'gte'), ACTIVE), suggest('chronic-muscle-pain'), [AFP02, CONTRACT], 'Muscle pain 12+ weeks, active point.'],
  ]),
];

/** Deep-freeze plain data so no caller can change the default rules. */
const freeze = <T>(o: T): T => (Object.values(Object.freeze(o)).forEach((v) => v && typeof v == 'object' && freeze(v)), o);

/** The engine contract v1 as a rule set. */
export const defaultRuleset: Ruleset = freeze({
  id: 'tpi-guide-default',
  version: '1.0.0',
  thresholds: {
    criteriaMin: 2,
    repeatIntervalDays: 42,
    lookbackDays: 365,
    sessionLimit: 3,
    corticosteroidLimit: 3,
    lidocaineMgPerKg: 4.5,
    lidocaineMaxMg: 300,
    chronicPainWeeks: 12,
  },
  rules,
});

/** The contract's warning ids: those the default rules raise, in the order they first raise them. */
export const WARNING_IDS: readonly WarningId[] = [...new Set(rules.map((r) => (r.then as { warn?: WarningId }).warn!).filter(Boolean))];
