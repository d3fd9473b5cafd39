import { createContext } from '@lit/context';

/** How the host wants the patient view's booking button: its own text, or hidden. */
export interface Booking {
  readonly label?: string | undefined;
  readonly hidden?: boolean;
}

/** The booking button settings from the root's `book-label` and `hide-booking`. */
export const bookingContext = createContext<Booking>('tpi-booking');
