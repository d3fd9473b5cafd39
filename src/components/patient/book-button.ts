// The booking call-to-action. The host decides what booking means: the button only
// dispatches `tpi-book`. The host may replace its text (`book-label`) or hide it.
import { html, nothing } from 'lit';
import type { Booking } from '../../context/booking-context.js';

/** The button, with the host's label if it gave one; nothing when the host hid it. */
export function bookButton(booking: Booking, fallback: string, onClick: () => void) {
  return booking.hidden ? nothing : html`<button type="button" class="primary book" @click=${onClick}>${booking.label || fallback}</button>`;
}
