/* global document, location, customElements, URLSearchParams */
// The booking page's side of the widget: `tpi-book` opens the page's own booking form
// with the suggested visit chosen and focus on it. Nothing is sent anywhere.
const dialog = document.getElementById('booking');
const form = document.getElementById('booking-form');
const service = document.getElementById('service');
const suggested = document.getElementById('suggested');
const thanks = document.getElementById('thanks');

/** Opens the form; with a suggested visit, chooses it and says so. */
function openForm(suggestion) {
  form.hidden = false;
  thanks.hidden = true;
  suggested.hidden = !suggestion;
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
document.querySelector('tpi-guide').addEventListener('tpi-book', (event) => openForm(event.detail.service));

// Arriving from the clinic's page with a suggested visit: open the form with it chosen.
const fromLink = new URLSearchParams(location.search).get('service');
if (fromLink && [...service.options].some((o) => o.value === fromLink)) openForm(fromLink);
