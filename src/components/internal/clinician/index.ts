// The clinician chunk: loaded on the first render of audience="clinician" (the engine
// chunk with it). Adds the clinician English, registers the form and result parts, and
// gives the root the two-column layout that holds them.
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { enClinician } from '../../../i18n/en-clinician.js';
import { addEnglish } from '../../../i18n/registry.js';
import { defineOnce } from '../../define-once.js';
import { TpiConditionList } from './condition-list.js';
import { TpiExplanation } from './explanation.js';
import type { Jump, Revealer } from './labels.js';
import { TpiOptionList } from './option-list.js';
import { TpiPatientForm } from './patient-form.js';
import { TpiPriorInjections } from './prior-injections.js';
import { TpiResultsSummary } from './results-summary.js';
import { TpiSiteEditor } from './site-editor.js';
import { TpiSiteMap } from './site-map.js';
import { TpiSitePicker } from './site-picker.js';
import { TpiSiteResults } from './site-results.js';
import { TpiStatusBar } from './status-bar.js';
import { TpiWarningList } from './warning-list.js';

addEnglish(enClinician);

/** The clinician parts, by tag. */
export const ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  'tpi-results-summary': TpiResultsSummary,
  'tpi-status-bar': TpiStatusBar,
  'tpi-site-editor': TpiSiteEditor,
  'tpi-site-picker': TpiSitePicker,
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

/** Which part holds the items a jump goes to. */
const TARGETS: Record<Jump['to'], string> = { summary: 'tpi-results-summary', warning: 'tpi-warning-list', site: 'tpi-site-editor' };

/** A summary or status-bar link: the part that holds the item brings it into view and focuses it. */
function onJump(e: CustomEvent<Jump>) {
  const view = e.currentTarget as HTMLElement;
  void (view.querySelector(TARGETS[e.detail.to]) as (Element & Revealer) | null)?.reveal(e.detail.id);
}

/**
 * The layout's styles, added to the root's own (its shadow root's adopted style sheets)
 * when the view first renders there: a patient page does not download them.
 */
const layout = css`
  .grid {
    display: grid;
    gap: var(--_sp);
    grid-template-columns: minmax(0, 1fr);
    /* Keeps a focused control clear of the status bar stuck at the bottom. */
    --_sm-bottom: 4.5rem;
  }
  .form > *,
  .results > * {
    margin-bottom: var(--_sp);
  }
  .bar {
    position: sticky;
    bottom: 0;
    z-index: 2;
  }
  /* Two columns: the form, and the results with the summary kept in view. */
  @container (min-width: 50rem) {
    .grid {
      grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
      --_sm-bottom: 0px;
    }
    .bar {
      display: none;
    }
    .summary {
      position: sticky;
      top: var(--_top);
      z-index: 2;
      max-height: calc(100vh - var(--_top));
      overflow-y: auto;
      border-radius: var(--_radius);
      background: var(--_bg);
      box-shadow: 0 4px 14px rgb(0 0 0 / 0.12);
      --_sm-top: 0px;
    }
    .results {
      --_sm-top: 14rem;
    }
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_sp) / 2);
  }
`;

/** Adds the layout to `root`'s style sheets, once, before the view renders into it. */
function adoptLayout(root: ShadowRoot) {
  const sheet = layout.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The clinician layout: the form (sites, then patient), then the results, the summary
 * first (kept in view beside the form on wide layouts), then the export actions; on
 * narrow layouts a status bar stays in view at the bottom. The summary is the view's
 * start (`data-home`), where focus goes when the last host error is dismissed.
 */
export const renderView = (root: ShadowRoot, exportActions: TemplateResult) => {
  adoptLayout(root);
  return html`<div class="grid" @jump=${onJump}>
    <div class="form" part="form">
      <tpi-site-editor part="sites" exportparts="body-map"></tpi-site-editor>
      <tpi-patient-form part="patient-form" exportparts="source-mark"></tpi-patient-form>
    </div>
    <div class="results" part="results">
      <tpi-results-summary class="summary" part="summary" data-home></tpi-results-summary>
      <tpi-site-results part="site-results"></tpi-site-results>
      <tpi-warning-list part="warnings"></tpi-warning-list>
      <tpi-condition-list part="conditions"></tpi-condition-list>
      <tpi-option-list part="options"></tpi-option-list>
      <tpi-explanation part="explanation"></tpi-explanation>
      ${exportActions}
    </div>
    <tpi-status-bar class="bar" part="status-bar"></tpi-status-bar>
  </div>`;
};
