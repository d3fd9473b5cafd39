// What the SMART app reads from the EHR and how it writes the exam back, apart from the
// page (no DOM, no fhirclient) so the Node tests run exactly this code against a real
// FHIR server. See docs/interop.md, "The SMART on FHIR app".

/** LOINC codes of the Observations fromFhir reads: body weight (two codes) and pregnancy status. */
const OBSERVATION_CODES = ['29463-7', '3141-9', '82810-3'].map((code) => `http://loinc.org|${code}`).join(',');

/** Most resources asked for per search page; further pages are followed by `next` links. */
export const PAGE_SIZE = 200;

/**
 * The patient's record as REST reads, relative to the FHIR base: the Patient, then one
 * search per resource type fromFhir reads. Searches by `patient=Patient/<id>`, which
 * every R4 server accepts for these types.
 */
export function recordSearches(patientId) {
  const patient = encodeURIComponent(`Patient/${patientId}`);
  const page = `_count=${PAGE_SIZE}`;
  return [
    `Patient/${encodeURIComponent(patientId)}`,
    `Observation?patient=${patient}&code=${encodeURIComponent(OBSERVATION_CODES)}&${page}`,
    `MedicationRequest?patient=${patient}&${page}`,
    `MedicationStatement?patient=${patient}&${page}`,
    `AllergyIntolerance?patient=${patient}&${page}`,
    `Condition?patient=${patient}&${page}`,
    `Procedure?patient=${patient}&${page}`,
  ];
}

/**
 * The exported `collection` Bundle as a `transaction` that stores the exam on the
 * server: the QuestionnaireResponse, the site Observations and the candidate Conditions,
 * each a POST (create). Their urn:uuid fullUrls stay, so the server rewrites the
 * references between them (Observation.derivedFrom, Condition.evidence) to the ids it
 * assigns. The Questionnaire is left out: it is the exam's definition, the same for
 * every patient, not patient data (the response names it by its canonical URL), and a
 * patient-scoped SMART app is usually not allowed to write one.
 */
export function toTransaction(bundle) {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: bundle.entry
      .filter((e) => e.resource.resourceType !== 'Questionnaire')
      .map((e) => ({ fullUrl: e.fullUrl, resource: e.resource, request: { method: 'POST', url: e.resource.resourceType } })),
  };
}

/** 'Type/id' of each resource a transaction-response created, from the `location` of each entry. */
export function createdReferences(response) {
  return (response?.entry ?? [])
    .map((e) => /([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]+)(?:\/_history\/.*)?$/.exec(e.response?.location ?? '')?.[1])
    .filter(Boolean);
}

/** Today as YYYY-MM-DD in local time: the date the exam and fromFhir count from. */
export function localDate(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
