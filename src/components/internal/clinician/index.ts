// The clinician chunk: loaded on the first render of audience="clinician" (the engine
// chunk with it). Adds the clinician English, registers the form and result parts, and
// gives the root the two-column layout that holds them.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { enClinician } from '../../../i18n/en-clinician.js';
import { addEnglish } from '../../../i18n/registry.js';
import { defineOnce } from '../../define-once.js';
import { TpiConditionList } from './condition-list.js';
import { TpiExplanation } from './explanation.js';
import { TpiOptionList } from './option-list.js';
import { TpiPatientForm } from './patient-form.js';
import { TpiPriorInjections } from './prior-injections.js';
import { TpiResultsSummary } from './results-summary.js';
import { TpiSiteEditor } from './site-editor.js';
import { TpiSiteMap } from './site-map.js';
import { TpiSiteResults } from './site-results.js';
import { TpiWarningList } from './warning-list.js';

addEnglish(enClinician);

/** The clinician parts, by tag. */
export const ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  'tpi-results-summary': TpiResultsSummary,
  'tpi-site-editor': TpiSiteEditor,
  'tpi-site-map': TpiSiteMap,
  'tpi-patient-form': TpiPatientForm,
  'tpi-prior-injections': TpiPriorInjections,
  'tpi-site-results': TpiSiteResults,
  'tpi-warning-list': TpiWarningList,
  'tpi-condition-list': TpiConditionList,
  'tpi-option-list': TpiOptionList,
  'tpi-explanation': TpiExplanation,
};
for (const [tag, ctor] of Object.entries(ELEMENTS)) defineOnce(tag, ctor);

/** The clinician layout: the summary first, the form, then the results and the export actions. */
export const renderView = (exportActions: TemplateResult) =>
  html`<div class="grid">
    <tpi-results-summary class="summary" part="summary"></tpi-results-summary>
    <div class="form" part="form">
      <tpi-site-editor part="sites" exportparts="body-map"></tpi-site-editor>
      <tpi-patient-form part="patient-form" exportparts="source-mark"></tpi-patient-form>
    </div>
    <div class="results" part="results">
      <tpi-site-results part="site-results"></tpi-site-results>
      <tpi-warning-list part="warnings"></tpi-warning-list>
      <tpi-condition-list part="conditions"></tpi-condition-list>
      <tpi-option-list part="options"></tpi-option-list>
      <tpi-explanation part="explanation"></tpi-explanation>
      ${exportActions}
    </div>
  </div>`;
