// The patient chunk: loaded on the first render of audience="patient". Adds the
// patient English, registers the patient view's elements, and gives the root the
// view's template.
import { html } from 'lit';
import { enPatient } from '../../../i18n/en-patient.js';
import { addEnglish } from '../../../i18n/registry.js';
import { defineOnce } from '../../define-once.js';
import { TpiPatientView } from './patient-view.js';
import { TpiSelfCheck } from './self-check.js';

addEnglish(enPatient);
defineOnce('tpi-patient-view', TpiPatientView);
defineOnce('tpi-self-check', TpiSelfCheck);

/** The patient view, its inner parts exported so a host can reorder them. */
export const renderView = () => html`<tpi-patient-view part="patient" data-home exportparts="education, self-check, jump, body-map"></tpi-patient-view>`;
