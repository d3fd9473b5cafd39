// The patient audience's elements, by tag, for src/components/elements.ts to register.
import { TpiPatientView } from './patient-view.js';
import { TpiSelfCheck } from './self-check.js';

/** Patient-view elements, by tag. */
export const PATIENT_ELEMENTS: Record<string, CustomElementConstructor> = {
  'tpi-patient-view': TpiPatientView,
  'tpi-self-check': TpiSelfCheck,
};
