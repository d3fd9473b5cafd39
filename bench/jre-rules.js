// The engine contract's rules (v2, docs/clinical-rules.md) written as json-rules-engine
// rules: the baseline of `npm run bench` and the agreement check, nothing else uses it. Same logic as src/engine, expressed the
// way that library is meant to be used: JSON conditions over facts, priorities for
// ordering, events that feed later rules (`set`) or the output.
// Facts the conditions use are defined in jre-port.js.

const ESSENTIAL = ['tautBand', 'hypersensitiveSpot', 'referredPain'];
const DELPHI = ['delphi-2018'];
const AAFP = ['aafp-2023'];
const LCD = ['lcd-l34211'];
const LABEL = ['xylocaine-label'];

// Condition helpers: short names for the JSON below, which stays plain data.
const fact = (name, params, operator, value) => ({ fact: name, params, operator, value });
const some = (params) => fact('sites', params, 'nonEmpty', true);
const none = (params) => fact('sites', params, 'nonEmpty', false);
const flag = (name) => fact('patientFlag', { flag: name }, 'equal', true);
const symptom = (id) => fact('symptom', { id }, 'equal', true);
const set = (name, value) => ({ type: 'set', params: { fact: name, value } });
const ACTIVE = { activity: 'active' };
const ON_TABLE = some(ACTIVE);
const INDICATED = { injection: 'indicated' };
const DECIDING = ['appropriate', 'caution'];

/** One rule: name, citations, priority (higher runs first), conditions, event. */
const rule = (name, citations, priority, conditions, event) => ({ name, citations, priority, conditions, event });

/** Rules run once per site; the site's `kind`, `activity` and `injection` come out. */
export const SITE_RULES = [
  rule('classify-trigger-point', DELPHI, 3, { all: [fact('countFindings', { keys: ESSENTIAL, states: ['present'] }, 'greaterThanInclusive', 2)] }, set('kind', 'trigger-point')),
  rule('classify-indeterminate', DELPHI, 3, {
    all: [
      fact('countFindings', { keys: ESSENTIAL, states: ['present'] }, 'lessThan', 2),
      fact('countFindings', { keys: ESSENTIAL, states: ['present', 'unexamined'] }, 'greaterThanInclusive', 2),
    ],
  }, set('kind', 'indeterminate')),
  // v2: a tender spot's pain stays where it is pressed; with referred pain it is none.
  rule('classify-tender-spot', DELPHI, 3, {
    all: [
      fact('countFindings', { keys: ESSENTIAL, states: ['present', 'unexamined'] }, 'lessThan', 2),
      fact('countFindings', { keys: ['hypersensitiveSpot', 'localTenderness'], states: ['present'] }, 'greaterThanInclusive', 1),
      fact('findingState', { key: 'referredPain' }, 'notEqual', 'present'),
    ],
  }, set('kind', 'tender-spot')),
  rule('classify-none', DELPHI, 3, {
    all: [
      fact('countFindings', { keys: ESSENTIAL, states: ['present', 'unexamined'] }, 'lessThan', 2),
      {
        any: [
          fact('countFindings', { keys: ['hypersensitiveSpot', 'localTenderness'], states: ['present'] }, 'equal', 0),
          fact('findingState', { key: 'referredPain' }, 'equal', 'present'),
        ],
      },
    ],
  }, set('kind', 'none')),
  rule('activity-active', DELPHI, 2, { all: [fact('kind', undefined, 'equal', 'trigger-point'), fact('findingState', { key: 'painRecognition' }, 'equal', 'present')] }, set('activity', 'active')),
  rule('activity-latent', DELPHI, 2, { all: [fact('kind', undefined, 'equal', 'trigger-point'), fact('findingState', { key: 'painRecognition' }, 'equal', 'absent')] }, set('activity', 'latent')),
  rule('activity-unknown', DELPHI, 2, { all: [fact('kind', undefined, 'equal', 'trigger-point'), fact('findingState', { key: 'painRecognition' }, 'equal', 'unexamined')] }, set('activity', 'unknown')),
  rule('injection-contraindicated', AAFP, 1, {
    all: [
      fact('activity', undefined, 'equal', 'active'),
      { any: [fact('siteFlag', { key: 'localInfection' }, 'equal', true), fact('siteFlag', { key: 'acuteTrauma' }, 'equal', true), flag('systemicInfection')] },
    ],
  }, set('injection', 'contraindicated')),
  rule('injection-indicated', LCD, 1, {
    all: [
      fact('activity', undefined, 'equal', 'active'),
      fact('siteFlag', { key: 'localInfection' }, 'equal', false),
      fact('siteFlag', { key: 'acuteTrauma' }, 'equal', false),
      fact('patientFlag', { flag: 'systemicInfection' }, 'equal', false),
    ],
  }, set('injection', 'indicated')),
  rule('injection-not-indicated', LCD, 1, { all: [fact('activity', undefined, 'notEqual', 'active')] }, set('injection', 'not-indicated')),
];

const warning = (id, severity, citations, conditions, siteParams, priors) =>
  rule(`warning-${id}`, citations, 3, conditions, {
    type: 'warning',
    params: { id, severity, ...(siteParams ? { siteIds: { fact: priors ? 'sitesWithPriors' : 'sites', params: siteParams } } : {}) },
  });
const patientWarning = (id, severity, citations, flagName) => warning(id, severity, citations, { all: [ON_TABLE, flag(flagName)] });
const siteWarning = (id, severity, citations, params) => warning(id, severity, citations, { all: [some(params)] }, params);
const REPEAT = { ...INDICATED, maxAgeDays: 41, minCount: 1 };
const STEROID = { ...INDICATED, kinds: ['corticosteroid'], maxAgeDays: 364, minCount: 3 };

const condition = (id, icd10, citations, conditions, siteParams) =>
  rule(`condition-${id}`, citations, 3, conditions, { type: 'condition', params: { id, icd10, siteIds: { fact: 'sites', params: siteParams } } });
const mpsCode = (code, params) =>
  rule(`condition-myofascial-pain-syndrome-${code}`, DELPHI, 3, { all: [some(params)] }, { type: 'icd', params: { condition: 'myofascial-pain-syndrome', code } });
const blocked = (name, citations, conditions, options, reason) =>
  rule(name, citations, 1, conditions, { type: 'optionBlocked', params: { options, reason } });
const noted = (name, citations, conditions, option, reason) =>
  rule(name, citations, 1, conditions, { type: 'optionNote', params: { option, reason } });
const nsaidCaution = (flagName, caution) =>
  rule(`alternative-nsaids-${caution}`, AAFP, 1, { all: [flag(flagName)] }, { type: 'caution', params: { alternative: 'nsaids', caution } });

/** Rules run once per assessment, over the site results. */
export const ASSESSMENT_RULES = [
  patientWarning('systemic-infection', 'critical', AAFP, 'systemicInfection'),
  siteWarning('local-infection', 'critical', AAFP, { ...ACTIVE, siteFlag: 'localInfection' }),
  siteWarning('acute-trauma', 'critical', AAFP, { ...ACTIVE, siteFlag: 'acuteTrauma' }),
  patientWarning('anticoagulation', 'warning', AAFP, 'anticoagulated'),
  patientWarning('antiplatelet', 'warning', AAFP, 'antiplatelet'),
  patientWarning('bleeding-disorder', 'warning', AAFP, 'bleedingDisorder'),
  patientWarning('anesthetic-allergy', 'warning', LABEL, 'localAnestheticAllergy'),
  patientWarning('pregnancy', 'warning', AAFP, 'pregnant'),
  patientWarning('needle-phobia', 'info', AAFP, 'needlePhobia'),
  warning('session-limit', 'warning', LCD, {
    all: [ON_TABLE, fact('sessionDates', { kinds: ['lidocaine', 'corticosteroid', 'other'], maxAgeDays: 364 }, 'greaterThanInclusive', 3)],
  }),
  siteWarning('pneumothorax-risk', 'warning', AAFP, { ...INDICATED, group: 'thoracic-wall' }),
  warning('repeat-too-soon', 'warning', LCD, { all: [fact('sitesWithPriors', REPEAT, 'nonEmpty', true)] }, REPEAT, true),
  warning('corticosteroid-limit', 'warning', AAFP, { all: [fact('sitesWithPriors', STEROID, 'nonEmpty', true)] }, STEROID, true),
  warning('conservative-care-first', 'warning', AAFP, {
    all: [fact('assessmentValue', { key: 'conservativeCareTried' }, 'equal', false), some(INDICATED)],
  }),
  warning('conservative-care-unknown', 'info', AAFP, {
    all: [fact('recorded', { key: 'conservativeCareTried' }, 'equal', false), some(INDICATED)],
  }),
  warning('repeat-without-response', 'warning', LCD, {
    all: [ON_TABLE, fact('latestSessionRelief', { maxAgeDays: 364, minPercent: 50, minWeeks: 6 }, 'equal', 'poor')],
  }),
  // Indicated implies on the table, so the allergy flag is the anesthetic-allergy warning.
  warning('older-adult-dose', 'info', LABEL, {
    all: [fact('patientValue', { key: 'ageYears' }, 'greaterThanInclusive', 65), some(INDICATED), fact('patientFlag', { flag: 'localAnestheticAllergy' }, 'equal', false)],
  }),
  siteWarning('driving', 'info', AAFP, { ...INDICATED, group: 'lower-limb' }),
  siteWarning('activity-unknown', 'info', DELPHI, { kind: 'trigger-point', activity: 'unknown' }),
  warning('fibromyalgia', 'info', ['acr-1990'], { all: [flag('fibromyalgia')] }),

  condition('myofascial-pain-syndrome', [], DELPHI, { all: [ON_TABLE] }, ACTIVE),
  mpsCode('M79.11', { ...ACTIVE, group: 'mastication' }),
  mpsCode('M79.12', { ...ACTIVE, group: 'head-neck', notGroup: 'mastication' }),
  mpsCode('M79.18', { ...ACTIVE, notGroup: 'head-neck' }),
  condition('tension-type-headache', ['G44.209'], DELPHI, { all: [symptom('headache'), some({ ...ACTIVE, group: 'head-neck' })] }, { ...ACTIVE, group: 'head-neck' }),
  condition('tinnitus', ['H93.19'], DELPHI, { all: [symptom('tinnitus'), some({ ...ACTIVE, group: 'tinnitus-related' })] }, { ...ACTIVE, group: 'tinnitus-related' }),
  condition('low-back-pain', ['M54.50'], DELPHI, { all: [symptom('low-back-pain'), some({ ...ACTIVE, group: 'lumbopelvic' })] }, { ...ACTIVE, group: 'lumbopelvic' }),
  condition('joint-pain', ['M25.50'], DELPHI, { all: [symptom('joint-pain'), ON_TABLE] }, ACTIVE),
  condition('reduced-range-of-motion', [], DELPHI, {
    any: [some({ kind: 'trigger-point', finding: 'painfulStretchLimit' }), { all: [symptom('reduced-range-of-motion'), some({ kind: 'trigger-point' })] }],
  }, { kind: 'trigger-point', stretchLimitOrSymptom: 'reduced-range-of-motion' }),
  condition('chronic-muscle-pain', [], DELPHI, {
    all: [symptom('muscle-pain'), fact('assessmentValue', { key: 'painDurationWeeks' }, 'greaterThanInclusive', 12), ON_TABLE],
  }, ACTIVE),

  rule('eligibility-not-indicated', LCD, 2, {
    all: [none(ACTIVE), none({ kind: 'indeterminate' }), none({ kind: 'trigger-point', activity: 'unknown' })],
  }, set('eligibility', 'not-indicated')),
  rule('eligibility-incomplete', DELPHI, 2, {
    all: [none(ACTIVE), { any: [some({ kind: 'indeterminate' }), some({ kind: 'trigger-point', activity: 'unknown' })] }],
  }, set('eligibility', 'incomplete')),
  rule('eligibility-contraindicated', AAFP, 2, { all: [ON_TABLE, none(INDICATED)] }, set('eligibility', 'contraindicated')),
  rule('eligibility-caution', AAFP, 2, {
    all: [some(INDICATED), fact('warningCount', { severities: ['warning', 'critical'] }, 'greaterThan', 0)],
  }, set('eligibility', 'caution')),
  rule('eligibility-appropriate', LCD, 2, {
    all: [some(INDICATED), fact('warningCount', { severities: ['warning', 'critical'] }, 'equal', 0)],
  }, set('eligibility', 'appropriate')),

  blocked('options-need-eligibility', LCD, { all: [fact('eligibility', undefined, 'notIn', DECIDING)] },
    ['wet-needling-lidocaine', 'wet-needling-corticosteroid', 'dry-needling'], { fact: 'eligibility' }),
  blocked('option-lidocaine-allergy', LABEL, {
    all: [fact('warningIds', undefined, 'contains', 'anesthetic-allergy')],
  }, ['wet-needling-lidocaine'], 'anesthetic-allergy'),
  blocked('option-corticosteroid-limit', AAFP, {
    all: [fact('warningIds', undefined, 'contains', 'corticosteroid-limit')],
  }, ['wet-needling-corticosteroid'], 'corticosteroid-limit'),
  noted('option-corticosteroid-without-anesthetic', LABEL, {
    all: [fact('warningIds', undefined, 'contains', 'anesthetic-allergy')],
  }, 'wet-needling-corticosteroid', 'anesthetic-allergy'),
  rule('option-lidocaine-dose', LABEL, 1, { all: [fact('weightKg', undefined, 'greaterThan', 0)] }, {
    type: 'lidocaineDose',
    params: { mgPerKg: 4.5, capMg: 300, weightKg: { fact: 'weightKg' } },
  }),
  nsaidCaution('anticoagulated', 'anticoagulation'),
  nsaidCaution('antiplatelet', 'antiplatelet'),
  nsaidCaution('bleedingDisorder', 'bleeding-disorder'),
  nsaidCaution('pregnant', 'pregnancy'),
];
