import { css, html, nothing } from 'lit';
import { PATIENT_FLAGS, SYMPTOM_IDS } from '../../../engine/index.js';
import type { SymptomId } from '../../../engine/index.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiFormPart } from './form-part.js';
import { issueAt, numberField, numberText, parseNumber, triState } from './form-helpers.js';
import { SourceMarks, sourceMarkStyles } from './source-mark.js';
import type { Mark } from './source-mark.js';

/** The number fields of the patient form, by the label key each uses. */
const NUMBER_LABELS = { ageYears: 'patient.ageYears', weightKg: 'patient.weightKg', painDurationWeeks: 'painDurationWeeks' } as const;

/**
 * Patient factors, symptoms, pain duration, conservative care and prior injections.
 * A value pre-filled from the record carries its mark (source-mark.ts) until edited.
 */
export class TpiPatientForm extends TpiFormPart {
  static override styles = [
    base,
    clinician,
    sourceMarkStyles,
    css`
      .checks { display: flex; flex-wrap: wrap; margin-bottom: calc(var(--_sp) / 2); clear: left; }
      .checks > .line { margin-right: 1em; }
      legend { font-weight: 600; margin-bottom: 0.25em; }
      .tri legend { float: none; width: auto; }
      .field input { width: 9rem; }
      .numbers { align-items: start; }
      .numbers .field { flex: 0 1 auto; }
    `,
  ];

  /** The "From the record" marks of the fields the record filled. */
  private readonly marks = new SourceMarks(this, () => this.s);

  /** What the user typed in each number field, kept so "0." or "900" stays as typed. */
  private raw: Record<string, string> = {};

  override render() {
    const a = this.draft.assessment;
    const patient = a?.patient ?? {};
    const symptoms = a?.symptoms ?? [];
    const symptomsMark = this.marks.for('symptoms', this.t('symptoms'));
    return html`<h2>${this.t('patient')}</h2>
      <div class="row numbers">
        ${this.renderNumber('ageYears', patient.ageYears, ['patient', 'ageYears'], (ageYears) => this.editor?.setPatient({ ageYears }))}
        ${this.renderNumber('weightKg', patient.weightKg, ['patient', 'weightKg'], (weightKg) => this.editor?.setPatient({ weightKg }))}
      </div>
      <fieldset>
        <legend>${this.t('patient.flags')}</legend>
        <div class="checks">
          ${PATIENT_FLAGS.map((flag) => {
            const label = this.t(`flag.${flag}`);
            return this.check(label, patient[flag] === true, (on) => this.editor?.setPatient({ [flag]: on || undefined }), this.marks.for(`patient.${flag}`, label));
          })}
        </div>
      </fieldset>
      <fieldset aria-describedby=${symptomsMark?.id ?? nothing}>
        <legend>${this.t('symptoms')}</legend>${symptomsMark?.template ?? nothing}
        <div class="checks">
          ${SYMPTOM_IDS.map((id) =>
            this.check(this.t(`symptom.${id}`), symptoms.includes(id), (on) =>
              this.editor?.set({ symptoms: on ? [...symptoms, id] : symptoms.filter((x: SymptomId) => x !== id) }),
            ),
          )}
        </div>
      </fieldset>
      ${this.renderNumber('painDurationWeeks', a?.painDurationWeeks, ['painDurationWeeks'], (painDurationWeeks) =>
        this.editor?.set({ painDurationWeeks }),
      )}
      ${triState(
        this.s,
        'care',
        this.t('conservativeCareTried'),
        a?.conservativeCareTried,
        (conservativeCareTried) => this.editor?.set({ conservativeCareTried }),
        'answer',
        false,
        this.marks.for('conservativeCareTried', this.t('conservativeCareTried')),
      )}
      <tpi-prior-injections exportparts="source-mark"></tpi-prior-injections>`;
  }

  private check(label: string, checked: boolean, set: (on: boolean) => void, mark?: Mark) {
    const box = html`<label class="check"
      ><input
        type="checkbox"
        .checked=${checked}
        aria-describedby=${mark?.id ?? nothing}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
      />${label}</label
    >`;
    return mark ? html`<span class="line">${box}${mark.template}</span>` : box;
  }

  private renderNumber(key: keyof typeof NUMBER_LABELS, value: number | undefined, path: string[], set: (value: number | undefined) => void) {
    const label = this.t(NUMBER_LABELS[key]);
    const mark = this.marks.for(path.join('.'), label);
    return numberField(
      this.s,
      key,
      label,
      numberText(this.raw[key], value),
      issueAt(this.draft.issues, ...path),
      (text) => {
        // Enter, then leaving the field, commits the same text once.
        if (text === this.raw[key] && Object.is(parseNumber(text), value)) return;
        this.raw[key] = text;
        set(parseNumber(text));
      },
      mark,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-patient-form': TpiPatientForm;
  }
}
