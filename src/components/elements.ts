// Every tag the widget renders, with its class. src/define.ts registers them all once
// <tpi-guide> itself is registered. (Registering here rather than in each component
// file keeps the registrations: bundlers drop side-effect-only imports of files that
// package.json does not list under "sideEffects".)
import { TpiConditionList } from './condition-list.js';
import { TpiExplanation } from './explanation.js';
import { TpiOptionList } from './option-list.js';
import { PATIENT_ELEMENTS } from './patient/index.js';
import { TpiPatientForm } from './patient-form.js';
import { TpiPriorInjections } from './prior-injections.js';
import { TpiResultsSummary } from './results-summary.js';
import { TpiSiteEditor } from './site-editor.js';
import { TpiSiteResults } from './site-results.js';
import { TpiGuide } from './tpi-guide.js';
import { TpiWarningList } from './warning-list.js';

/** Inner elements, by tag. */
export const ELEMENTS: Record<string, CustomElementConstructor> = {
  'tpi-results-summary': TpiResultsSummary,
  'tpi-site-editor': TpiSiteEditor,
  'tpi-patient-form': TpiPatientForm,
  'tpi-prior-injections': TpiPriorInjections,
  'tpi-site-results': TpiSiteResults,
  'tpi-warning-list': TpiWarningList,
  'tpi-condition-list': TpiConditionList,
  'tpi-option-list': TpiOptionList,
  'tpi-explanation': TpiExplanation,
  ...PATIENT_ELEMENTS,
};

export { TpiGuide };
