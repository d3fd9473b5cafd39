import { createContext } from '@lit/context';

/** Whether the root's `no-body-map` hides the body map in both audiences. Private key. */
export const noBodyMapContext = createContext<boolean>(Symbol('tpi-guide/no-body-map'));
