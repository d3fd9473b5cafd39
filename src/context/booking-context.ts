import { createContext } from '@lit/context';

/** The root's patient-view settings: the booking button's text or its absence, and the emergency number. */
export interface Booking {
  readonly label?: string | undefined;
  readonly hidden?: boolean;
  /** The number the patient view tells people to call in an emergency (e.g. "911"); unset: "your local emergency number". */
  readonly emergencyNumber?: string | undefined;
  /** The self-check before the reading, in the document as on screen (a booking page, where the self-check is the point). */
  readonly selfCheckFirst?: boolean;
}

/** The patient-view settings from the root's `book-label`, `hide-booking`, `emergency-number` and `self-check-first`. Private key. */
export const bookingContext = createContext<Booking>(Symbol('tpi-guide/booking'));
