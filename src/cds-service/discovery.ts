// The services this CDS server offers, as discovery (GET /cds-services) lists them, and
// the prefetch templates: what the check reads from the record, and what each key
// lets it check (named in the info card when a key could not be had).
import { ORDER_CPT_CODES } from '../engine/interop/from-fhir/orders.js';

export type HookName = 'order-select' | 'order-sign';

export interface ServiceDescription {
  hook: HookName;
  title: string;
  description: string;
  id: string;
  prefetch: Record<string, string>;
  usageRequirements: string;
}

const LOINC = 'http://loinc.org';
const CPT = 'http://www.ama-assn.org/go/cpt';
const P = '{{context.patientId}}';

/**
 * Prefetch templates (CDS Hooks 2.0: reads and type-level searches, token equality,
 * `_sort`, `_count` only). A template cannot name a date relative to today, so past
 * injections are asked for by code; when the service fetches them itself it adds
 * `date=ge` one year back. The engine looks back a year at most either way.
 */
export const PREFETCH: Readonly<Record<string, string>> = Object.freeze({
  patient: `Patient/${P}`,
  weight: `Observation?patient=${P}&code=${LOINC}|29463-7,${LOINC}|3141-9&_sort=-date&_count=10`,
  pregnancy: `Observation?patient=${P}&code=${LOINC}|82810-3&_sort=-date&_count=10`,
  medicationRequests: `MedicationRequest?patient=${P}&status=active`,
  medicationStatements: `MedicationStatement?patient=${P}&status=active`,
  allergies: `AllergyIntolerance?patient=${P}&clinical-status=active`,
  conditions: `Condition?patient=${P}&clinical-status=active,recurrence,relapse`,
  procedures: `Procedure?patient=${P}&status=completed&code=${ORDER_CPT_CODES.map((c) => `${CPT}|${c}`).join(',')}`,
});

/** What each prefetch key lets the check see, for the sentence "Not checked: …". */
export const PREFETCH_COVERS: Readonly<Record<string, string>> = Object.freeze({
  patient: 'age (the older-adult dose)',
  weight: 'body weight (the lidocaine ceiling)',
  pregnancy: 'pregnancy status',
  medicationRequests: 'active medicines (blood thinners, antiplatelets)',
  medicationStatements: 'medicines the patient reports (blood thinners, antiplatelets)',
  allergies: 'allergies (local anesthetic)',
  conditions: 'conditions (pregnancy, bleeding disorders, fibromyalgia)',
  procedures: 'past trigger point injections and dry needling (sessions in 12 months, 6 weeks at the same muscle, corticosteroid limit)',
});

const USAGE =
  'Reads the prefetch keys listed, or fetches a missing one from fhirServer when fhirAuthorization is given ' +
  '(2 s in all); a key it cannot have is named in an information card, never guessed. Every call needs a JWT ' +
  'signed by a trusted EHR (CDS Hooks 2.0, Trusting CDS Clients).';

const WHAT =
  'When the draft orders hold a trigger point injection or dry needling (CPT 20552, 20553, 20560, 20561 on a ' +
  'ServiceRequest or Procedure), checks the record against the tpi-guide rules: injection sessions in the past ' +
  '12 months, the same muscle within 6 weeks, the corticosteroid limit, blood thinners and antiplatelets, ' +
  'local anesthetic allergy, pregnancy, a muscle over the lung, first-line care. Supports the decision; does not make it.';

export const SERVICES: readonly ServiceDescription[] = Object.freeze([
  {
    hook: 'order-select',
    title: 'tpi-guide: trigger point injection safety check (order selected)',
    description: `${WHAT} Checks the orders just selected.`,
    id: 'tpi-guide-order-select',
    prefetch: { ...PREFETCH },
    usageRequirements: USAGE,
  },
  {
    hook: 'order-sign',
    title: 'tpi-guide: trigger point injection safety check (order signed)',
    description: `${WHAT} Checks every draft order at signing.`,
    id: 'tpi-guide-order-sign',
    prefetch: { ...PREFETCH },
    usageRequirements: USAGE,
  },
]);

export const serviceById = (id: string): ServiceDescription | undefined => SERVICES.find((s) => s.id === id);
