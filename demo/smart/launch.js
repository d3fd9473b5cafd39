/* global document, window, FHIR, URLSearchParams */
// SMART on FHIR launch (fhirclient's FHIR.oauth2.authorize), then app.html:
// - EHR launch: the EHR opens launch.html?iss=…&launch=…;
// - standalone launch: launch.html?iss=… (or the form below), the user picks a patient
//   at the server's sign-in;
// - open server (development and the tests): launch.html?fhirServiceUrl=…&patientId=…,
//   fhirclient's launch without OAuth.
// Scopes: read what fromFhir reads, write what Save stores (docs/interop.md).
const READ = ['Patient', 'Observation', 'MedicationRequest', 'MedicationStatement', 'AllergyIntolerance', 'Condition', 'Procedure'];
const WRITE = ['QuestionnaireResponse', 'Observation', 'Condition'];

const params = new URLSearchParams(window.location.search);
const status = document.getElementById('status');
const form = document.getElementById('standalone');

const launchScope = params.has('launch') ? 'launch' : 'launch/patient';
const scope = [launchScope, 'openid', 'fhirUser', ...READ.map((t) => `patient/${t}.read`), ...WRITE.map((t) => `patient/${t}.write`)].join(' ');

if (params.has('iss') || params.has('fhirServiceUrl')) {
  FHIR.oauth2
    .authorize({ clientId: params.get('clientId') || 'tpi-guide-demo', scope, redirectUri: 'app.html' })
    .catch((error) => {
      status.textContent = `The launch failed: ${error?.message ?? error}`;
    });
} else {
  status.textContent = 'No EHR launch parameters.';
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ iss: form.iss.value.trim(), clientId: form.clientId.value.trim() || 'tpi-guide-demo' });
    window.location.search = `?${next}`;
  });
}
