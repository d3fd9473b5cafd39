import { createContext } from '@lit/context';

/** Who the widget talks to. */
export type Audience = 'clinician' | 'patient';

/** The audience chosen on the root element. */
export const audienceContext = createContext<Audience>('tpi-audience');
