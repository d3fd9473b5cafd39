// The default rule set (version 2.1.0) as data. Every rule has an id, a plain
// description and at least one citation: a real source, or "tpi-guide design choice:"
// with the reason when the rule is this project's choice rather than a source's. Each
// rule, what it checks and its sources in full: docs/clinical-rules.md.
// The helpers below only build plain JSON-like data; `defaultRuleset` is that data, frozen.
import type { Action, Condition, Rule, Ruleset, Stage, WarningId } from '../types.js';

// Short citations; the full references are in docs/clinical-rules.md.
const DELPHI = 'Fernández-de-las-Peñas & Dommerholt, Pain Med 2018;19:142';
const LCD = 'Medicare LCD L34211';
const ATLAS = 'Zuber & Mayeaux, Atlas of Primary Care Procedures 2004';
const AFP02 = 'Alvarez & Rockwell, Am Fam Physician 2002;65:653';
const AAFP23 = 'Shipton et al., Am Fam Physician 2023;107:159';
const XYLO = 'Xylocaine (lidocaine) label';
const NSAID = 'NSAID labeling';
const ICD = 'ICD-10-CM';
const FATIGUE = 'Ancker et al., BMC Med Inform Decis Mak 2017;17:36';
const DESIGN = 'tpi-guide design choice: ';
const UNEXAMINED = DESIGN + 'unexamined is not absent';
const ABSOLUTE = DESIGN + 'infection and acute trauma are absolute';
const STATUS = DESIGN + 'a warning asks for caution';
const ONE_CHOICE = DESIGN + 'one session, one choice';
const ORDER = DESIGN + 'an order puts injection on the table';

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
/** An injection is ordered at the site (extension: ordered injections). */
const ORDERED = is('ordered');
/** Infection or acute trauma: injection ruled out at a site. */
const RULED_OUT = any(is('localInfection'), is('acuteTrauma'), is('systemicInfection'));
/** An order that names no site: a candidate site unless a systemic infection rules injection out. */
const SOME_INDICATED = any(is('indicatedSites', 1, 'gte'), all(is('orderedWithoutSite'), is('systemicInfection', true, 'ne')));
const group = (g: string) => is('groups', g, 'has');
const symptom = (s: string) => is('symptoms', s, 'has');
const raised = (id: string) => is('warnings', id, 'has');
/** Injection is on the table: at least one site is an active trigger point, or an injection is ordered. */
const ON_TABLE = any(is('activeSites', 1, 'gte'), is('orderedSites', 1, 'gte'), is('orderedWithoutSite'));
const NONE_ACTIVE = is('activeSites', 0);
/** A prior-injection fact within a window of days, compared with `value` (at least, by default). */
const within = (f: string, days: string, value: unknown, op = 'gte') => ({ fact: f, within: th(days), op, value }) as Condition;

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

// Patient-level warnings speak only while injection is on the table (alert fatigue).
const patientWarning = (flag: string, id: WarningId, severity: string, message: string, ...citations: string[]): Spec => [
  all(is(flag), ON_TABLE),
  warn(id, severity, message),
  [...citations, FATIGUE],
];

const rules: Rule[] = [
  ...stage('classify', 'site', [
    [is('criteriaMet', th('criteriaMin'), 'gte'), set('kind', 'trigger-point'), [DELPHI], '2 of the 3 essential criteria.'],
    [is('criteriaPossible', th('criteriaMin'), 'gte'), set('kind', 'indeterminate'), [DELPHI, UNEXAMINED], 'Else: unexamined criteria could still make 2.'],
    [
      all(any(is('hypersensitiveSpot'), is('localTenderness')), is('referredPain', true, 'ne')),
      set('kind', 'tender-spot'),
      [ATLAS, LCD],
      'Else: tender where pressed, and the pain does not refer.',
    ],
    [ALWAYS, set('kind', 'none'), [DELPHI, ATLAS], 'Else: none.'],
    [all(TP, is('painRecognition')), set('activity', 'active'), [DELPHI], 'Pain recognized.'],
    [all(TP, is('painRecognition', false)), set('activity', 'latent'), [DELPHI], 'Pain not recognized.'],
    [all(TP, is('painRecognition', null)), set('activity', 'unknown'), [DELPHI, UNEXAMINED], 'Recognition unexamined.'],
  ]),
  ...stage('injection', 'site', [
    [all(ACTIVE, RULED_OUT), set('injection', 'contraindicated'), [AFP02, ABSOLUTE], 'Active, with infection or acute trauma.'],
    [ACTIVE, set('injection', 'indicated'), [AFP02, AAFP23], 'Else: active, a candidate for injection.'],
    [all(ORDERED, RULED_OUT), set('injection', 'contraindicated'), [AFP02, ABSOLUTE, ORDER], 'Else: ordered, with infection or acute trauma.', 'injection.ordered-contraindicated'],
    [ORDERED, set('injection', 'indicated'), [ORDER], 'Else: ordered, a candidate for injection.', 'injection.ordered'],
    [ALWAYS, set('injection', 'not-indicated'), [LCD, ATLAS], 'Else: not injected.'],
  ]),
  ...stage('warnings', 0, [
    patientWarning('systemicInfection', 'systemic-infection', 'critical', 'Systemic infection: no injection until it clears.', AFP02),
  ]),
  ...stage('warnings', 'site', [
    [all(any(ACTIVE, ORDERED), is('localInfection')), warn('local-infection', 'critical', 'Infected skin: do not inject here.'), [AFP02]],
    [all(any(ACTIVE, ORDERED), is('acuteTrauma')), warn('acute-trauma', 'critical', 'Acute muscle injury: do not inject here.'), [AFP02]],
  ]),
  ...stage('warnings', 0, [
    patientWarning('anticoagulated', 'anticoagulation', 'warning', 'On anticoagulants: weigh the bleeding risk.', AFP02),
    patientWarning(
      'antiplatelet',
      'antiplatelet',
      'warning',
      'On antiplatelet medicine: weigh the bleeding risk.',
      AFP02,
      DESIGN + 'a warning, not a block',
    ),
    patientWarning('bleedingDisorder', 'bleeding-disorder', 'warning', 'Bleeding disorder: weigh the bleeding risk.', AFP02),
    patientWarning('localAnestheticAllergy', 'anesthetic-allergy', 'warning', 'Local anesthetic allergy: no lidocaine.', AFP02, XYLO),
    patientWarning('pregnant', 'pregnancy', 'warning', 'Pregnant: weigh need and medicine with care.', DESIGN + 'some sources list pregnancy'),
    patientWarning('needlePhobia', 'needle-phobia', 'info', 'Fears needles: explain each step.', AFP02),
    [all(ON_TABLE, within('sessions', 'lookbackDays', th('sessionLimit'))), warn('session-limit', 'warning', '3 or more injection sessions in 12 months.'), [LCD]],
  ]),
  ...stage('warnings', 'site', [
    [
      all(INDICATED, group('thoracic-wall')),
      warn('pneumothorax-risk', 'warning', 'Over the lung: stay shallow; chest pain or breathlessness after needs urgent care.'),
      ['Climenhage et al. 2023', 'Scholten 2017'],
    ],
    [
      all(INDICATED, within('sameMuscleInjections', 'repeatIntervalDays', 1)),
      warn('repeat-too-soon', 'warning', 'Needled here under 6 weeks ago.'),
      ['Medicare proposed LCD DL39662', DESIGN + 'dry needling counts'],
    ],
    [
      all(INDICATED, within('sameMuscleCorticosteroids', 'lookbackDays', th('corticosteroidLimit'))),
      warn('corticosteroid-limit', 'warning', '3 or more corticosteroid injections here in 12 months.'),
      [DESIGN + '3-4 a year per site, as for joints'],
    ],
  ]),
  ...stage('warnings', 0, [
    [all(is('conservativeCareTried', false), SOME_INDICATED), warn('conservative-care-first', 'warning', 'Try stretching, massage or physical therapy first.'), [AAFP23, LCD]],
    [
      all(is('conservativeCareTried', null), SOME_INDICATED),
      warn('conservative-care-unknown', 'info', 'Ask whether stretching, massage or physical therapy was tried.'),
      [AAFP23, DESIGN + 'ask, never assume'],
    ],
    [
      all(ON_TABLE, any(within('lastSessionReliefPercent', 'lookbackDays', th('repeatReliefPercent'), 'lt'), within('lastSessionReliefWeeks', 'lookbackDays', th('repeatReliefWeeks'), 'lt'))),
      warn('repeat-without-response', 'warning', 'The last injection gave under 50% relief or under 6 weeks of it.'),
      [LCD],
    ],
    [
      all(is('ageYears', th('olderAdultYears'), 'gte'), SOME_INDICATED, not(raised('anesthetic-allergy'))),
      warn('older-adult-dose', 'info', 'Age 65 or over: consider a lidocaine dose below the ceiling.'),
      [XYLO, DESIGN + 'older adult from 65'],
    ],
  ]),
  ...stage('warnings', 'site', [
    [all(INDICATED, group('lower-limb')), warn('driving', 'info', 'A numb leg may make driving unsafe for hours.'), [DESIGN + 'a numb leg; no guideline', FATIGUE]],
    [all(TP, is('activity', 'unknown')), warn('activity-unknown', 'info', 'Ask if pressing reproduces the familiar pain.'), [DELPHI]],
  ]),
  ...stage('warnings', 0, [
    [is('fibromyalgia'), warn('fibromyalgia', 'info', 'Fibromyalgia tender points are not trigger points.'), ['Wolfe et al., Arthritis Rheum 1990;33:160-172', LCD]],
  ]),
  ...stage('eligibility', 0, [
    [all(NONE_ACTIVE, is('unclearSites', 0), not(is('orderedWithoutSite'))), set('eligibility', 'not-indicated'), [LCD, AFP02], 'No active point, none to examine.'],
    [NONE_ACTIVE, set('eligibility', 'incomplete'), [DELPHI, UNEXAMINED], 'Else, no active point: examine further.'],
    [is('indicatedSites', 0), set('eligibility', 'contraindicated'), [AFP02, ABSOLUTE], 'Else, none indicated: all active points contraindicated.'],
    [any(is('severities', 'warning', 'has'), is('severities', 'critical', 'has')), set('eligibility', 'caution'), [STATUS], 'Else: a warning applies.'],
    [ALWAYS, set('eligibility', 'appropriate'), [AAFP23, STATUS], 'Else: injection may be appropriate.'],
  ]),
  ...stage('options', 0, [
    [not(is('eligibility', ['appropriate', 'caution'], 'in')), block({ fact: 'eligibility' }, 'wet-needling-lidocaine', 'wet-needling-corticosteroid', 'dry-needling'), [AAFP23, ONE_CHOICE], 'Only if appropriate or caution.', 'option.eligibility'],
    [raised('anesthetic-allergy'), block('anesthetic-allergy', 'wet-needling-lidocaine'), [XYLO], 'No lidocaine if allergic.', 'option.anesthetic-allergy'],
    [raised('corticosteroid-limit'), block('corticosteroid-limit', 'wet-needling-corticosteroid'), [ONE_CHOICE], 'No corticosteroid past its limit.', 'option.corticosteroid-limit'],
    [
      raised('anesthetic-allergy'),
      { note: 'wet-needling-corticosteroid', reason: 'anesthetic-allergy' },
      [XYLO, DESIGN + 'no anesthetic mixed in'],
      'If allergic: corticosteroid without a local anesthetic mixed in.',
      'option.corticosteroid-without-anesthetic',
    ],
    [is('weightKg', null, 'ne'), { dose: 'wet-needling-lidocaine', mgPerKg: th('lidocaineMgPerKg'), maxMg: th('lidocaineMaxMg') }, [XYLO], 'Plain lidocaine ceiling: the total for the session, all sites together.', 'option.lidocaine-dose'],
  ]),
  ...stage('alternatives', 0, [
    [is('anticoagulated'), caution('anticoagulation'), [NSAID], 'NSAIDs add bleeding.', 'nsaids.anticoagulation'],
    [is('antiplatelet'), caution('antiplatelet'), [NSAID], 'NSAIDs add bleeding.', 'nsaids.antiplatelet'],
    [is('bleedingDisorder'), caution('bleeding-disorder'), [NSAID], 'NSAIDs add bleeding.', 'nsaids.bleeding-disorder'],
    [is('pregnant'), caution('pregnancy'), ['FDA Drug Safety Communication 2020'], 'Avoid NSAIDs in pregnancy.', 'nsaids.pregnancy'],
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
    [
      all(symptom('muscle-pain'), is('painDurationWeeks', th('chronicPainWeeks'), 'gte'), ACTIVE),
      suggest('chronic-muscle-pain'),
      [AFP02, 'Treede et al., Pain 2015;156:1003'],
      'Muscle pain 12+ weeks, active point.',
    ],
  ]),
];

/** Deep-freeze plain data so no caller can change the default rules. */
const freeze = <T>(o: T): T => (Object.values(Object.freeze(o)).forEach((v) => v && typeof v == 'object' && freeze(v)), o);

/** The default rule set: the engine contract v2 as data (docs/clinical-rules.md). */
export const defaultRuleset: Ruleset = freeze({
  id: 'tpi-guide-default',
  version: '2.1.0',
  thresholds: {
    criteriaMin: 2,
    repeatIntervalDays: 42,
    lookbackDays: 365,
    sessionLimit: 3,
    corticosteroidLimit: 3,
    lidocaineMgPerKg: 4.5,
    lidocaineMaxMg: 300,
    chronicPainWeeks: 12,
    repeatReliefPercent: 50,
    repeatReliefWeeks: 6,
    olderAdultYears: 65,
  },
  rules,
});
