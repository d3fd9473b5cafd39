// The default rule set: engine-contract.md v1 as data. Every rule has an id, one plain
// sentence and at least one citation (sources in shared/clinical-knowledge.md). Where a
// rule is a design choice of the contract rather than a source, its citation says so.
import type { Action, Condition, Rule, Ruleset, Stage } from '../types.js';

const DELPHI = 'Fernández-de-las-Peñas & Dommerholt, Pain Med 2018;19:142-150';
const LCD = 'Medicare LCD L34211';
const KISHNER = 'Kishner, Medscape 2022';
const AFP02 = 'Alvarez & Rockwell, Am Fam Physician 2002;65:653-660';
const AAFP23 = 'AAFP 2023 (Am Fam Physician 2023;107:159-164)';
const CONTRACT = 'tpi-guide engine contract v1';
const FATIGUE = 'tpi-guide engine contract v1 (alert fatigue: Ancker 2017)';
const ICD = 'ICD-10-CM (M79.1 split 2022-10-01)';
const NSAID = 'NSAID labelling';

// Condition builders: plain data, shared by reference (the rule set is frozen).
const is = (fact: string, value: unknown, op = 'eq'): Condition =>
  ({ fact, op, value }) as Condition;
const all = (...c: Condition[]): Condition => ({ all: c });
const any = (...c: Condition[]): Condition => ({ any: c });
const not = (c: Condition): Condition => ({ not: c });
const th = (threshold: string) => ({ threshold });
const ALWAYS = all();
const TP = is('kind', 'trigger-point');
const ACTIVE = is('activity', 'active');
const INDICATED = is('injection', 'indicated');
const inGroup = (g: string) => is('groups', g, 'has');
const symptom = (s: string) => is('symptoms', s, 'has');
/** Injection is on the table: at least one site is an active trigger point. */
const ON_TABLE: Condition = { count: 'sites', where: ACTIVE, op: 'gte', value: 1 };
const priorCount = (where: Condition, value: unknown): Condition =>
  ({ count: 'priorInjections', where, op: 'gte', value }) as Condition;
const within = (days: string) => is('ageDays', th(days), 'lt');

type Spec = [id: string, description: string, citations: string[], when: Condition, then: Action];
const stage = (name: Stage, scope: 'site' | 'patient', specs: Spec[]): Rule[] =>
  specs.map(([id, description, citations, when, then]) => ({
    id,
    stage: name,
    ...(scope == 'site' && { scope }),
    description,
    citations,
    when,
    then,
  }));
const set = (field: 'kind' | 'activity' | 'injection' | 'eligibility', to: string): Action => ({ set: field, to });
const warn = (id: any, severity: any, message: string): Action => ({ warn: id, severity, message });
const suggest = (id: any, ...icd10: string[]): Action => ({ suggest: id, ...(icd10.length && { icd10 }) });

const rules: Rule[] = [
  ...stage('classify', 'site', [
    ['kind.trigger-point', 'At least two of the three essential criteria are present.', [DELPHI],
      is('criteriaMet', th('criteriaMin'), 'gte'), set('kind', 'trigger-point')],
    ['kind.indeterminate', 'Otherwise, unexamined criteria could still make it a trigger point.', [DELPHI, CONTRACT],
      is('criteriaPossible', th('criteriaMin'), 'gte'), set('kind', 'indeterminate')],
    ['kind.tender-spot', 'Otherwise, a tender spot: it hurts where pressed, with no referral.', [LCD, 'Atlas of Primary Care Procedures'],
      any(is('hypersensitiveSpot', true), is('localTenderness', true)), set('kind', 'tender-spot')],
    ['kind.none', 'Otherwise, no trigger point and no tender spot.', [DELPHI], ALWAYS, set('kind', 'none')],
    ['activity.active', 'A trigger point whose pain the patient recognises is active.', [DELPHI],
      all(TP, is('painRecognition', true)), set('activity', 'active')],
    ['activity.latent', 'A trigger point whose pain the patient does not recognise is latent.', [DELPHI],
      all(TP, is('painRecognition', false)), set('activity', 'latent')],
    ['activity.unknown', 'Activity is unknown while pain recognition is unexamined.', [DELPHI],
      all(TP, is('painRecognition', null)), set('activity', 'unknown')],
  ]),
  ...stage('injection', 'site', [
    ['injection.contraindicated', 'No injection through infected skin, into acute trauma, or with systemic infection.', [AFP02, CONTRACT],
      all(ACTIVE, any(is('localInfection', true), is('acuteTrauma', true), is('systemicInfection', true))),
      set('injection', 'contraindicated')],
    ['injection.indicated', 'Otherwise, an active trigger point may be injected.', [AFP02, KISHNER], ACTIVE, set('injection', 'indicated')],
    ['injection.not-indicated', 'Latent points, tender spots and unclear sites are not injected.', [KISHNER, LCD],
      ALWAYS, set('injection', 'not-indicated')],
  ]),
  ...stage('warnings', 'patient', [
    ['warning.systemic-infection', 'Systemic infection rules out injection.', [AFP02, FATIGUE],
      all(is('systemicInfection', true), ON_TABLE),
      warn('systemic-infection', 'critical', 'The patient has a systemic infection: do not inject until it has resolved.')],
  ]),
  ...stage('warnings', 'site', [
    ['warning.local-infection', 'Infection over an active trigger point rules out injecting it.', [AFP02],
      all(ACTIVE, is('localInfection', true)),
      warn('local-infection', 'critical', 'The skin over this trigger point is infected: do not inject through it.')],
    ['warning.acute-trauma', 'Acute muscle trauma at an active trigger point rules out injecting it.', [AFP02],
      all(ACTIVE, is('acuteTrauma', true)),
      warn('acute-trauma', 'critical', 'This muscle has an acute injury: do not inject it.')],
  ]),
  ...stage('warnings', 'patient', [
    ['warning.anticoagulation', 'Anticoagulation is a relative contraindication.', [AFP02, FATIGUE],
      all(is('anticoagulated', true), ON_TABLE),
      warn('anticoagulation', 'warning', 'The patient takes an anticoagulant: weigh the bleeding risk and press firmly afterwards.')],
    ['warning.bleeding-disorder', 'A bleeding disorder is a relative contraindication.', [AFP02, FATIGUE],
      all(is('bleedingDisorder', true), ON_TABLE),
      warn('bleeding-disorder', 'warning', 'The patient has a bleeding disorder: weigh the bleeding risk before injecting.')],
    ['warning.anesthetic-allergy', 'Allergy to local anaesthetic rules out lidocaine.', [AFP02, FATIGUE],
      all(is('localAnestheticAllergy', true), ON_TABLE),
      warn('anesthetic-allergy', 'warning', 'The patient is allergic to local anaesthetics: do not use lidocaine.')],
    ['warning.pregnancy', 'Pregnancy calls for caution.', [AFP02, FATIGUE],
      all(is('pregnant', true), ON_TABLE),
      warn('pregnancy', 'warning', 'The patient is pregnant: weigh the need for injection and the choice of medicine with care.')],
    ['warning.needle-phobia', 'Fear of needles is a relative issue.', [AFP02, FATIGUE],
      all(is('needlePhobia', true), ON_TABLE),
      warn('needle-phobia', 'info', 'The patient fears needles: explain each step and offer to lie down.')],
    ['warning.session-limit', 'At most 3 injection sessions (distinct dates, not dry needling) in 365 days.', [LCD, 'Medicare LCD L36859'],
      all(ON_TABLE, {
        count: 'priorInjections',
        where: all(is('kind', ['lidocaine', 'corticosteroid', 'other'], 'in'), within('lookbackDays')),
        distinct: 'date',
        op: 'gte',
        value: th('sessionLimit'),
      }),
      warn('session-limit', 'warning', 'The patient has had 3 or more injection sessions in the last 12 months.')],
  ]),
  ...stage('warnings', 'site', [
    ['warning.pneumothorax-risk', 'Needling a chest-wall muscle can reach the lung.', ['Climenhage 2023; Scholten 2017 (pneumothorax case reports)'],
      all(INDICATED, inGroup('thoracic-wall')),
      warn('pneumothorax-risk', 'warning', 'This muscle lies over the lung: keep the needle shallow and tell the patient to seek urgent care for chest pain or breathlessness.')],
    ['warning.repeat-too-soon', 'At least 42 days between injections of the same muscle (any kind).', ['Medicare proposed LCD DL39662', CONTRACT],
      all(INDICATED, priorCount(all(is('sameMuscle', true), within('repeatIntervalDays')), 1)),
      warn('repeat-too-soon', 'warning', 'This muscle was needled less than 6 weeks ago.')],
    ['warning.corticosteroid-limit', 'At most 3 corticosteroid injections a year in one muscle.', ['Corticosteroid injection convention: 3-4 a year per site', CONTRACT],
      all(INDICATED, priorCount(all(is('sameMuscle', true), is('kind', 'corticosteroid'), within('lookbackDays')), th('corticosteroidLimit'))),
      warn('corticosteroid-limit', 'warning', 'This muscle has had 3 or more corticosteroid injections in the last 12 months.')],
  ]),
  ...stage('warnings', 'patient', [
    ['warning.conservative-care-first', 'Stretching, massage and physical therapy come before injection.', [AAFP23, 'BCBSMA policy 604'],
      all(is('conservativeCareTried', false), { count: 'sites', where: INDICATED, op: 'gte', value: 1 }),
      warn('conservative-care-first', 'warning', 'Stretching, massage or physical therapy has not been tried yet: these come first.')],
  ]),
  ...stage('warnings', 'site', [
    ['warning.driving', 'A numb leg after injection may make driving unsafe.', ['tpi-guide seed text', FATIGUE],
      all(INDICATED, inGroup('lower-limb')),
      warn('driving', 'info', 'The leg may be numb for a few hours: the patient should not drive until it has worn off.')],
    ['warning.activity-unknown', 'Whether a trigger point is active depends on pain recognition.', [DELPHI],
      all(TP, is('activity', 'unknown')),
      warn('activity-unknown', 'info', 'Ask whether pressing this trigger point reproduces the familiar pain: only active ones are injected.')],
  ]),
  ...stage('warnings', 'patient', [
    ['warning.fibromyalgia', 'Fibromyalgia tender points are not trigger points.', ['Wolfe et al., Arthritis Rheum 1990;33:160-172', LCD],
      is('fibromyalgia', true),
      warn('fibromyalgia', 'info', 'The patient has fibromyalgia: its tender points are not trigger points, and injections do not treat it.')],
  ]),
  ...stage('eligibility', 'patient', [
    ['eligibility.not-indicated', 'No active trigger point and nothing left to examine.', [KISHNER],
      all(not(ON_TABLE), { count: 'sites', where: any(is('kind', 'indeterminate'), is('activity', 'unknown')), op: 'eq', value: 0 }),
      set('eligibility', 'not-indicated')],
    ['eligibility.incomplete', 'Otherwise, with no active trigger point, examine further.', [DELPHI, CONTRACT],
      not(ON_TABLE), set('eligibility', 'incomplete')],
    ['eligibility.contraindicated', 'Every active trigger point is contraindicated.', [AFP02, CONTRACT],
      { count: 'sites', where: all(ACTIVE, is('injection', 'contraindicated', 'ne')), op: 'eq', value: 0 },
      set('eligibility', 'contraindicated')],
    ['eligibility.caution', 'Otherwise, any warning or critical alert calls for caution.', [CONTRACT],
      { count: 'warnings', where: is('severity', ['warning', 'critical'], 'in'), op: 'gte', value: 1 },
      set('eligibility', 'caution')],
    ['eligibility.appropriate', 'Otherwise, injection is appropriate.', [CONTRACT], ALWAYS, set('eligibility', 'appropriate')],
  ]),
  ...stage('options', 'patient', [
    ['option.eligibility', 'No option unless eligibility is appropriate or caution.', [AAFP23, CONTRACT],
      not(is('eligibility', ['appropriate', 'caution'], 'in')),
      { block: ['wet-needling-lidocaine', 'wet-needling-corticosteroid', 'dry-needling'], reason: { fact: 'eligibility' } }],
    ['option.anesthetic-allergy', 'No lidocaine with a local anaesthetic allergy.', ['Xylocaine label'],
      is('warnings', 'anesthetic-allergy', 'has'), { block: ['wet-needling-lidocaine'], reason: 'anesthetic-allergy' }],
    ['option.corticosteroid-limit', 'No corticosteroid when any indicated site has reached its limit.', [CONTRACT],
      is('warnings', 'corticosteroid-limit', 'has'), { block: ['wet-needling-corticosteroid'], reason: 'corticosteroid-limit' }],
    ['option.lidocaine-dose', 'Plain lidocaine: at most 4.5 mg/kg and 300 mg in total.', ['Xylocaine label'],
      is('weightKg', null, 'ne'),
      { dose: 'wet-needling-lidocaine', mgPerKg: th('lidocaineMgPerKg'), maxMg: th('lidocaineMaxMg') }],
  ]),
  ...stage('alternatives', 'patient', [
    ['alternative.nsaids-anticoagulation', 'NSAIDs add bleeding risk to anticoagulants.', [NSAID],
      is('anticoagulated', true), { caution: 'anticoagulation', on: 'nsaids' }],
    ['alternative.nsaids-bleeding-disorder', 'NSAIDs add bleeding risk in a bleeding disorder.', [NSAID],
      is('bleedingDisorder', true), { caution: 'bleeding-disorder', on: 'nsaids' }],
    ['alternative.nsaids-pregnancy', 'NSAIDs are avoided in pregnancy.', [NSAID],
      is('pregnant', true), { caution: 'pregnancy', on: 'nsaids' }],
  ]),
  ...stage('conditions', 'site', [
    ['condition.mps-mastication', 'Active trigger point in a muscle of mastication.', [AFP02, ICD],
      all(ACTIVE, inGroup('mastication')), suggest('myofascial-pain-syndrome', 'M79.11')],
    ['condition.mps-head-neck', 'Active trigger point in another head or neck muscle.', [AFP02, ICD],
      all(ACTIVE, inGroup('head-neck'), not(inGroup('mastication'))), suggest('myofascial-pain-syndrome', 'M79.12')],
    ['condition.mps-other', 'Active trigger point elsewhere.', [AFP02, ICD],
      all(ACTIVE, not(inGroup('head-neck'))), suggest('myofascial-pain-syndrome', 'M79.18')],
    ['condition.tension-type-headache', 'Headache with an active trigger point in the head or neck.', [AFP02, ICD],
      all(symptom('headache'), ACTIVE, inGroup('head-neck')), suggest('tension-type-headache', 'G44.209')],
    ['condition.tinnitus', 'Tinnitus with an active trigger point in a related muscle.', [AFP02, ICD],
      all(symptom('tinnitus'), ACTIVE, inGroup('tinnitus-related')), suggest('tinnitus', 'H93.19')],
    ['condition.low-back-pain', 'Low back pain with an active lumbopelvic trigger point.', [AFP02, ICD],
      all(symptom('low-back-pain'), ACTIVE, inGroup('lumbopelvic')), suggest('low-back-pain', 'M54.50')],
    ['condition.joint-pain', 'Joint pain with an active trigger point.', [AFP02, ICD],
      all(symptom('joint-pain'), ACTIVE), suggest('joint-pain', 'M25.50')],
    ['condition.rom-stretch', 'A trigger point that limits stretch.', [AFP02],
      all(TP, is('painfulStretchLimit', true)), suggest('reduced-range-of-motion')],
    ['condition.rom-symptom', 'Reduced range of motion with a trigger point.', [AFP02],
      all(symptom('reduced-range-of-motion'), TP), suggest('reduced-range-of-motion')],
    ['condition.chronic-muscle-pain', 'Muscle pain for 12 weeks or more with an active trigger point.', [AFP02, CONTRACT],
      all(symptom('muscle-pain'), is('painDurationWeeks', th('chronicPainWeeks'), 'gte'), ACTIVE), suggest('chronic-muscle-pain')],
  ]),
];

/** Deep-freeze plain data so no caller can change the default rules. */
const freeze = <T>(o: T): T => {
  if (o && typeof o == 'object' && !Object.isFrozen(o)) Object.values(Object.freeze(o)).forEach(freeze);
  return o;
};

/** The engine contract v1 as a rule set. */
export const defaultRuleset: Ruleset = freeze({
  id: 'tpi-guide-default',
  version: '1.0.0',
  description: 'Engine contract v1: classification, injection, warnings, eligibility, options, alternatives, conditions.',
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
