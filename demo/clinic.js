/* global document, location, customElements, URLSearchParams */
// The clinic's side of the widget: a booking request (routine suggestions only: the
// widget itself sends emergency and urgent results to care) goes to the clinic's own
// booking page, with the suggested visit chosen there.
await customElements.whenDefined('tpi-guide');
document.querySelector('tpi-guide').addEventListener('tpi-book', (event) => {
  const query = new URLSearchParams({ service: event.detail.service });
  location.assign(`/demo/booking.html?${query}`);
});
