import { createContext } from '@lit/context';
import type { Guidance } from '../engine/index.js';

/** The engine's latest guidance for the accepted assessment (null before the first). Private key. */
export const guidanceContext = createContext<Guidance | null>(Symbol('tpi-guide/guidance'));
