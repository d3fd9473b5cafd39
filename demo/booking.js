/* global document, location, customElements, URLSearchParams */
// The booking page's side of the widget: `tpi-book` (fired only for a routine
// suggestion; emergency and urgent results never offer a booking) opens the page's own
// booking form with the suggested visit chosen and focus on it, and keeps the person's
// self-check answers with the request. Nothing is sent anywhere.
const dialog = document.getElementById('booking');
const form = document.getElementById('booking-form');
const service = document.getElementById('service');
const suggested = document.getElementById('suggested');
const selfCheck = document.getElementById('self-check');
const thanks = document.getElementById('thanks');

/** Opens the form; with a suggested visit, chooses it and says so; keeps the answers that led to it. */
function openForm(suggestion, answers) {
  form.hidden = false;
  thanks.hidden = true;
  suggested.hidden = !suggestion;
  selfCheck.value = answers ? JSON.stringify(answers) : '';
  if (suggestion) {
    service.value = suggestion;
    const label = service.selectedOptions[0]?.textContent ?? suggestion;
    suggested.textContent = `Suggested by the self-check: ${label}. You can change it.`;
  }
  if (!dialog.open) dialog.showModal();
  service.focus();
}

/** Tomorrow in local time, the earliest day the form offers. */
function tomorrow() {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

document.getElementById('day').min = tomorrow();
document.getElementById('open-form').addEventListener('click', () => openForm());
for (const id of ['close-form', 'cancel-form', 'done']) document.getElementById(id).addEventListener('click', () => dialog.close());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const label = service.selectedOptions[0]?.textContent ?? '';
  document.getElementById('thanks-text').textContent =
    `Thank you. We will call you within one working day to confirm your ${label.split(' · ')[0].toLowerCase()}.`;
  form.hidden = true;
  thanks.hidden = false;
  thanks.querySelector('h2').focus();
});

await customElements.whenDefined('tpi-guide');
// detail: { service, level: 'routine', answers, reasons }; the answers go with the request.
document.querySelector('tpi-guide').addEventListener('tpi-book', (event) => openForm(event.detail.service, event.detail.answers));

// Arriving from the clinic's page with a suggested visit: open the form with it chosen.
const fromLink = new URLSearchParams(location.search).get('service');
if (fromLink && [...service.options].some((o) => o.value === fromLink)) openForm(fromLink);
