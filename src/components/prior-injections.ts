import { css, html, nothing } from 'lit';
import { INJECTION_KINDS, MUSCLES } from '../engine/index.js';
import type { InjectionKind, MuscleId, PriorInjection, Side } from '../engine/index.js';
import { base } from '../styles/base.js';
import { fieldError, issueAt, muscleOptions, sideOptions } from './form-helpers.js';
import { TpiElement } from './tpi-element.js';

/** The prior injections: muscle, side, date and kind, one row each. */
export class TpiPriorInjections extends TpiElement {
  static override styles = [
    base,
    css`
      legend { font-weight: 600; }
    `,
  ];


  override render() {
    const rows = this.draft.assessment.priorInjections ?? [];
    return html`<h3 id="h" tabindex="-1">${this.t('prior')}</h3>
      ${rows.length ? rows.map((row, i) => this.renderRow(row, i)) : html`<p class="muted">${this.t('prior.none')}</p>`}
      <button @click=${this.add}>${this.t('prior.add')}</button>`;
  }

  private renderRow(row: PriorInjection, i: number) {
    const issues = this.draft.issues;
    const edit = (patch: Partial<PriorInjection>) => this.editor?.updatePrior(i, patch);
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const dateLabel = this.t('prior.date');
    const dateProblem = issueAt(issues, 'priorInjections', i, 'date');
    const other = dateProblem ? undefined : issueAt(issues, 'priorInjections', i);
    // A partly typed date reads as '' with badInput: ignore it until complete, so a
    // re-render does not wipe the parts typed so far.
    return html`<fieldset class="card">
      <legend>${this.t('prior.n', { n: i + 1 })}</legend>
      <div class="row">
        <label class="field"
          >${this.t('muscle')}
          <select id="m${i}" @change=${(e: Event) => edit({ muscle: value(e) as MuscleId })}>
            ${muscleOptions(this.s, row.muscle)}
          </select></label
        >
        <label class="field"
          >${this.t('side')}
          <select @change=${(e: Event) => edit({ side: (value(e) || undefined) as Side })}>
            ${sideOptions(this.s, row.side)}
          </select></label
        >
        <label class="field"
          >${dateLabel}
          <input
            type="date"
            .value=${row.date}
            aria-invalid=${dateProblem ? 'true' : 'false'}
            aria-describedby=${dateProblem ? `d${i}-err` : nothing}
            @input=${(e: Event) => (e.target as HTMLInputElement).validity.badInput || edit({ date: value(e) })}
        /></label>
        <label class="field"
          >${this.t('prior.kind')}
          <select @change=${(e: Event) => edit({ kind: value(e) as InjectionKind })}>
            ${INJECTION_KINDS.map((kind) => html`<option value=${kind} .selected=${kind === row.kind}>${this.t(`kind.${kind}`)}</option>`)}
          </select></label
        >
        <button @click=${() => this.removeRow(i)}>${this.t('site.remove')}<span class="vh"> ${this.t('prior.n', { n: i + 1 })}</span></button>
      </div>
      ${fieldError(this.s, `d${i}-err`, dateLabel, dateProblem)}
      ${fieldError(this.s, `p${i}-err`, this.t('prior.n', { n: i + 1 }), other)}
    </fieldset>`;
  }

  private add = async () => {
    const count = this.draft.assessment.priorInjections?.length ?? 0;
    // The date starts empty (and is flagged until given) rather than guessed.
    this.editor?.addPrior({ muscle: this.draft.assessment.sites[0]?.muscle ?? MUSCLES[0].id, date: '', kind: INJECTION_KINDS[0] });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#m${count}`)?.focus();
  };

  private async removeRow(index: number) {
    this.editor?.removePrior(index);
    await this.updateComplete;
    const left = this.draft.assessment.priorInjections?.length ?? 0;
    this.renderRoot.querySelector<HTMLElement>(left ? `#m${Math.min(index, left - 1)}` : '#h')?.focus();
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'tpi-prior-injections': TpiPriorInjections;
  }
}
