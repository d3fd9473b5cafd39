/* global document, customElements, FHIR */
// The SMART app after launch: read the patient's record with fhirclient, turn it into
// an assessment with fromFhir, pre-fill <tpi-guide> with prefill() (each value it fills
// shows "From the record" and its source in the form), list every source and
// everything left unused beside it, and on Save write the exam back as one FHIR
// transaction.
import { fromFhir } from '/dist/interop.js';
import { createdReferences, localDate, recordSearches, toTransaction } from './record.js';

const status = document.getElementById('status');
const saveButton = document.getElementById('save');
const say = (text) => (status.textContent = text);

// The field paths of fromFhir's provenance, in words.
const FIELDS = {
  'patient.ageYears': 'Age',
  'patient.weightKg': 'Weight',
  'patient.pregnant': 'Pregnant',
  'patient.anticoagulated': 'Anticoagulant',
  'patient.antiplatelet': 'Antiplatelet medicine',
  'patient.bleedingDisorder': 'Bleeding disorder',
  'patient.localAnestheticAllergy': 'Local anesthetic allergy',
  'patient.systemicInfection': 'Systemic infection',
  'patient.needlePhobia': 'Fear of needles',
  'patient.fibromyalgia': 'Fibromyalgia',
  symptoms: 'Symptoms',
  painDurationWeeks: 'Pain duration',
  conservativeCareTried: 'Conservative care tried',
};
function fieldName(path) {
  const [list, n] = path.split('.');
  if (list === 'priorInjections') return `Prior injection ${Number(n) + 1}`;
  if (list === 'sites') return `Site ${Number(n) + 1}`;
  return FIELDS[path] ?? path;
}
const reasonName = (reason) => reason[0].toUpperCase() + reason.slice(1).replace(/-/g, ' ');

function listItem(strong, text) {
  const li = document.createElement('li');
  const b = document.createElement('strong');
  b.textContent = strong;
  li.append(b, ` ${text}`);
  return li;
}

/**
 * Whether the value at `path` is still the record's: its path is among the widget's
 * marks, or, for a prior injection (whose number moves up when one before it is
 * removed), its source is.
 */
function stillFromRecord(path, source, kept) {
  if (!path.startsWith('priorInjections.')) return path in kept;
  return Object.entries(kept).some(([p, s]) => p.startsWith('priorInjections.') && s.reference === source.reference && s.text === source.text);
}

/**
 * Shows where each pre-filled field came from, and what was not used. `kept` is the
 * widget's provenance now (tpi-change carries it): a value the clinician has changed
 * since is no longer the record's, and the list says so.
 */
function showSources(result, kept = result.provenance) {
  const sources = document.getElementById('sources');
  const unused = document.getElementById('unused');
  sources.replaceChildren(
    ...Object.entries(result.provenance).map(([path, source]) => {
      const changed = !stillFromRecord(path, source, kept);
      const item = listItem(`${fieldName(path)}:`, `${source.text} (${source.reference ?? source.resourceType})${changed ? ' — changed in this exam' : ''}`);
      if (changed) item.classList.add('smart-changed');
      return item;
    }),
  );
  if (!sources.children.length) sources.append(listItem('Nothing', 'in the record pre-fills this assessment.'));
  unused.replaceChildren(...result.unmapped.map((u) => listItem(`${reasonName(u.reason)}:`, `${u.text}${u.reference ? ` (${u.reference})` : ''}`)));
}

async function main() {
  const client = await FHIR.oauth2.ready();
  const patientId = client.getPatientId();
  if (!patientId) throw new Error('The launch gave no patient.');
  const today = localDate();

  // Each search, every page (pageLimit 0), as a flat list of resources.
  const pages = await Promise.all(recordSearches(patientId).map((url) => client.request(url, { pageLimit: 0, flat: true })));
  const resources = pages.flat();
  const result = fromFhir(resources, { today, patient: `Patient/${patientId}` });

  const patient = resources.find((r) => r.resourceType === 'Patient');
  const name = patient?.name?.[0];
  document.getElementById('patient').textContent = [name?.given?.join(' '), name?.family].filter(Boolean).join(' ') || `Patient/${patientId}`;

  await customElements.whenDefined('tpi-guide');
  const guide = document.querySelector('tpi-guide');
  guide.today = today;
  // The assessment, then a "From the record" mark with its source on each value it fills.
  guide.prefill(result);
  showSources(result);
  guide.addEventListener('tpi-change', (e) => showSources(result, e.detail.provenance ?? {}));
  const filled = Object.keys(result.provenance).length;
  say(`Pre-filled ${filled} field${filled === 1 ? '' : 's'} from ${resources.length} record entr${resources.length === 1 ? 'y' : 'ies'}; ${result.unmapped.length} not used.`);

  saveButton.disabled = false;
  saveButton.addEventListener('click', async () => {
    saveButton.disabled = true;
    say('Saving…');
    try {
      const user = client.getFhirUser();
      const bundle = await guide.exportFhir({
        subject: `Patient/${patientId}`,
        ...(client.getEncounterId() && { encounter: `Encounter/${client.getEncounterId()}` }),
        ...(user && /^(Practitioner|PractitionerRole)\//.test(user) && { performer: user }),
        timestamp: new Date().toISOString(),
      });
      const response = await client.request({
        url: client.state.serverUrl,
        method: 'POST',
        body: JSON.stringify(toTransaction(bundle)),
        headers: { 'content-type': 'application/fhir+json' },
      });
      const created = createdReferences(response);
      say(`Saved to the record: ${created.join(', ')}.`);
    } catch (error) {
      say(`Not saved: ${error?.message ?? error}. Nothing you entered is lost; try again.`);
    } finally {
      saveButton.disabled = false;
    }
  });
}

main().catch((error) => say(`The record could not be read: ${error?.message ?? error}`));
