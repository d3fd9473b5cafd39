// Registers <tpi-guide>. Its parts register with the chunk that brings them (the
// clinician or the patient view), on the first render that needs them. Guarded: a
// second copy of the bundle on one page warns once and leaves the first copy's
// definitions in place instead of throwing.
import { defineOnce } from './components/define-once.js';
import { TpiGuide } from './components/tpi-guide.js';

export { defineOnce };

defineOnce('tpi-guide', TpiGuide);
