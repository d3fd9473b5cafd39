// Synthetic FHIR R4 record builders for the FHIR-in tests, the local FHIR server's seed
// and the SMART app test. Every resource is made up here; no real patient data. Each
// builder takes the few values a test varies and fills the rest as an EHR would.

export const TODAY = '2026-11-26';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const ATC = 'http://www.whocc.no/atc';
export const CPT = 'http://www.ama-assn.org/go/cpt';
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const HL7 = 'http://terminology.hl7.org/CodeSystem/';

/** A date `days` before `from` (TODAY by default), YYYY-MM-DD. */
export function daysAgo(days, from = TODAY) {
  const t = new Date(`${from}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
}

const ref = (subject) => ({ reference: subject });
const concept = (system, code, display, text) => ({ coding: [{ system, code, ...(display && { display }) }], ...(text && { text }) });
const status = (system, code) => ({ coding: [{ system: `${HL7}${system}`, code }] });

export const patient = (id, birthDate, extra = {}) => ({
  resourceType: 'Patient',
  ...(id && { id }),
  name: [{ family: 'Example', given: ['Synthetic'] }],
  ...(birthDate !== undefined && { birthDate }),
  ...extra,
});

/** A body weight Observation. `unit` is a UCUM code ('kg', 'g', '[lb_av]') unless `quantity` overrides it. */
export function weight(subject, value, unit, date, { id, status: s = 'final', code = '29463-7', quantity } = {}) {
  return {
    resourceType: 'Observation',
    ...(id && { id }),
    status: s,
    category: [concept(`${HL7}observation-category`, 'vital-signs', 'Vital Signs')],
    code: concept(LOINC, code, code === '29463-7' ? 'Body weight' : 'Body weight Measured'),
    subject: ref(subject),
    ...(date && { effectiveDateTime: date }),
    valueQuantity: quantity ?? { value, unit: unit === '[lb_av]' ? 'lb' : unit, system: UCUM, code: unit },
  };
}

const PREGNANCY = {
  pregnant: [LOINC, 'LA15173-0', 'Pregnant'],
  'not pregnant': [LOINC, 'LA26683-5', 'Not pregnant'],
  unknown: [LOINC, 'LA4489-6', 'Unknown'],
};

/** A pregnancy status Observation (LOINC 82810-3); `answer` one of pregnant, not pregnant, unknown, or a CodeableConcept. */
export function pregnancyStatus(subject, answer, date, { id, status: s = 'final' } = {}) {
  const value = typeof answer === 'string' ? concept(...PREGNANCY[answer]) : answer;
  return {
    resourceType: 'Observation',
    ...(id && { id }),
    status: s,
    code: concept(LOINC, '82810-3', 'Pregnancy status'),
    subject: ref(subject),
    effectiveDateTime: date,
    valueCodeableConcept: value,
  };
}

/** A medicine as a CodeableConcept: RxNorm-like text, with an ATC coding when `atc` is given. */
export const medicine = (text, atc) => ({ ...(atc && { coding: [{ system: ATC, code: atc }] }), text });

export function medicationRequest(subject, medication, { id, status: s = 'active', authoredOn = daysAgo(90), ...extra } = {}) {
  return {
    resourceType: 'MedicationRequest',
    ...(id && { id }),
    status: s,
    intent: 'order',
    ...(medication && { medicationCodeableConcept: medication }),
    subject: ref(subject),
    authoredOn,
    ...extra,
  };
}

export function medicationStatement(subject, medication, { id, status: s = 'active', ...extra } = {}) {
  return {
    resourceType: 'MedicationStatement',
    ...(id && { id }),
    status: s,
    ...(medication && { medicationCodeableConcept: medication }),
    subject: ref(subject),
    ...extra,
  };
}

export function allergy(subject, substance, { id, clinical = 'active', verification = 'confirmed', ...extra } = {}) {
  return {
    resourceType: 'AllergyIntolerance',
    ...(id && { id }),
    ...(clinical && { clinicalStatus: status('allergyintolerance-clinical', clinical) }),
    ...(verification && { verificationStatus: status('allergyintolerance-verification', verification) }),
    code: { text: substance },
    patient: ref(subject),
    ...extra,
  };
}

/** A Condition coded in ICD-10-CM (`code` like 'D68.0'), or with the concept given. */
export function condition(subject, code, { id, clinical = 'active', verification = 'confirmed', display, ...extra } = {}) {
  return {
    resourceType: 'Condition',
    ...(id && { id }),
    ...(clinical && { clinicalStatus: status('condition-clinical', clinical) }),
    ...(verification && { verificationStatus: status('condition-ver-status', verification) }),
    code: typeof code === 'string' ? concept(ICD10CM, code, display) : code,
    subject: ref(subject),
    ...extra,
  };
}

/** A body site: text, an optional coding, an optional SNOMED CT laterality coding in the same concept. */
export const bodySite = (text, { coding, laterality } = {}) => ({
  ...((coding || laterality) && {
    coding: [...(coding ? [coding] : []), ...(laterality ? [{ system: SNOMED, code: laterality === 'left' ? '7771000' : '24028007', display: laterality === 'left' ? 'Left' : 'Right' }] : [])],
  }),
  ...(text && { text }),
});

/** A laterality qualifier on its own, as a separate bodySite entry. */
export const lateralityOnly = (side) => ({ coding: [{ system: SNOMED, code: side === 'left' ? '7771000' : '24028007', display: side === 'left' ? 'Left' : 'Right' }] });

/** A Procedure coded in CPT, performed on `date`, on the body sites given. */
export function procedure(subject, cpt, date, sites, { id, status: s = 'completed', ...extra } = {}) {
  return {
    resourceType: 'Procedure',
    ...(id && { id }),
    status: s,
    code: concept(CPT, cpt, cpt === '20552' || cpt === '20553' ? 'Trigger point injection' : 'Needle insertion without injection'),
    subject: ref(subject),
    ...(date && { performedDateTime: date }),
    ...(sites && { bodySite: sites }),
    ...extra,
  };
}

/**
 * The synthetic patients the issue names, each as { patient, resources(subject, today) }:
 * the resources are built once the server has given the Patient its id; their dates
 * count back from `today` (TODAY unless a test runs on the real clock).
 */
export const SCENARIOS = {
  /** A warfarin user weighed in pounds, with an older kilogram weight and an entered-in-error one. */
  warfarin: {
    patient: patient(undefined, '1961-04-12'),
    resources: (subject, today = TODAY) => [
      weight(subject, 154, '[lb_av]', daysAgo(20, today)),
      weight(subject, 72, 'kg', daysAgo(200, today)),
      weight(subject, 45, 'kg', daysAgo(2, today), { status: 'entered-in-error' }),
      medicationRequest(subject, medicine('Warfarin Sodium 5 MG Oral Tablet'), { authoredOn: daysAgo(90, today) }),
      medicationRequest(subject, medicine('Metformin hydrochloride 500 MG Oral Tablet'), { authoredOn: daysAgo(400, today) }),
      allergy(subject, 'Lidocaine'),
    ],
  },
  /** A pregnant patient: pregnancy status observation and an active Z33.1. */
  pregnant: {
    patient: patient(undefined, '1994-09-30'),
    resources: (subject, today = TODAY) => [
      pregnancyStatus(subject, 'pregnant', daysAgo(10, today)),
      condition(subject, 'Z33.1', { display: 'Pregnant state, incidental' }),
      weight(subject, 68000, 'g', daysAgo(10, today)),
    ],
  },
  /** Three trigger point injections in the past year with body sites, and one at a body site no muscle matches. */
  repeatInjections: {
    patient: patient(undefined, '1979-01-15'),
    resources: (subject, today = TODAY) => [
      procedure(subject, '20552', daysAgo(300, today), [bodySite('Upper trapezius', { laterality: 'left' })]),
      procedure(subject, '20553', daysAgo(150, today), [bodySite('Upper trapezius'), bodySite('Levator scapulae'), bodySite('Rhomboid major'), lateralityOnly('right')], {
        usedCode: [{ text: 'Triamcinolone acetonide 40 MG/ML injection' }],
      }),
      procedure(subject, '20552', daysAgo(30, today), [bodySite('Left infraspinatus')]),
      procedure(subject, '20552', daysAgo(60, today), [bodySite('Left shoulder area')]),
      condition(subject, 'D68.0', { display: 'Von Willebrand disease' }),
    ],
  },
};
