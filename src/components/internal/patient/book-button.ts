// The booking call-to-action, and the emergency number the patient view names. The host
// decides what booking means: the button only dispatches `tpi-book`. The host may
// replace its text (`book-label`) or hide it, and name its emergency number.
import { html, nothing } from 'lit';
import type { Booking } from '../../../context/booking-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';

/** The button, with the host's label if it gave one; nothing when the host hid it. */
export function bookButton(booking: Booking, fallback: string, onClick: () => void) {
  return booking.hidden ? nothing : html`<button type="button" class="primary book" @click=${onClick}>${booking.label || fallback}</button>`;
}

/** How the text names the emergency number: the host's number ("911"), else "your local emergency number". */
export function emergencyNumber(s: Strings, booking: Booking): string {
  const number = booking.emergencyNumber?.trim();
  return number ? t(s, 'patient.emergency.numbered', { number }) : t(s, 'patient.emergency.number');
}
