// References compared the way a server means them: 'Patient/123',
// 'https://ehr.example/fhir/Patient/123' and 'Patient/123/_history/2' are the same
// patient; a urn:uuid is compared as written.

const RELATIVE = /(?:^|\/)([A-Z][A-Za-z]{1,63})\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** 'Type/id' for a relative or absolute RESTful reference; anything else unchanged. */
export function normalizeReference(reference: string): string {
  if (reference.startsWith('urn:')) return reference;
  const m = RELATIVE.exec(reference);
  return m ? `${m[1]}/${m[2]}` : reference;
}

/** Whether a normalized reference names a Patient ('Patient/…'). */
export const isPatientReference = (reference: string): boolean => reference.startsWith('Patient/');
