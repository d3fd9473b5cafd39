import { css, html, nothing } from 'lit';
import { INJECTION_KINDS, MUSCLES } from '../../../engine/index.js';
import type { InjectionKind, MuscleId, PriorInjection, Side } from '../../../engine/index.js';
import { merge } from '../../../context/editor-context.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiFormPart } from './form-part.js';
import { fieldError, issueAt, muscleOptions, numberField, numberText, parseNumber, sideOptions } from './form-helpers.js';
import { SourceMarks, describedBy, sourceMarkStyles } from './source-mark.js';

/** A row being added: it has no date or no kind yet. */
type Draft = Omit<PriorInjection, 'kind'> & { kind?: InjectionKind };

/** Applies a patch to a row (the pending one, or one in the assessment). */
type Edit = (patch: Partial<Draft>) => void;

/** The optional fields that record the response to an injection (how much, how long). */
const RELIEF = ['reliefPercent', 'reliefWeeks'] as const;
/** A row's fields that show their own issue; any other issue shows under the row. */
const OWN_FIELDS: readonly unknown[] = ['date', ...RELIEF];

/**
 * The prior injections: muscle, side, date, kind and the relief it gave, one row each.
 * A new row waits here until it has a date and a kind (asked for explicitly, never
 * assumed) and only then joins the assessment, so an unfinished row does not hold
 * back the user's other edits. A row from the record carries its mark on its legend
 * until any of its fields is edited.
 */
export class TpiPriorInjections extends TpiFormPart {
  static override styles = [
    base,
    clinician,
    sourceMarkStyles,
    css`
      legend { font-weight: 600; }
      .row { clear: left; }
      .row .field input { width: 100%; }
    `,
  ];

  /** The "From the record" marks of the rows the record filled. */
  private readonly marks = new SourceMarks(this, () => this.s);

  /** The row being added, not yet in the assessment (no date or no kind). */
  private pending: Draft | undefined;

  /** The date field being typed in: its changes wait until it is left. */
  private typing: EventTarget | null = null;

  /** What the user typed in each relief field, by row and field, kept as typed. */
  private raw: Record<string, string> = {};

  override render() {
    const rows = this.draft.assessment.priorInjections ?? [];
    // One list, so the pending row keeps its elements (and focus) when it joins.
    const all: Draft[] = this.pending ? [...rows, this.pending] : rows;
    return html`<h3 id="h" tabindex="-1">${this.t('prior')}</h3>
      ${all.length ? all.map((row, i) => this.renderRow(row, i, i === rows.length)) : html`<p class="muted">${this.t('prior.none')}</p>`}
      <button @click=${this.add}>${this.t('prior.add')}</button>`;
  }

  private renderRow(row: Draft, i: number, pending: boolean) {
    const issues = this.draft.issues;
    const edit: Edit = (patch) => (pending ? this.editPending(patch) : this.editor?.updatePrior(i, patch as Partial<PriorInjection>));
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const other = issues?.find((x) => x.path[0] === 'priorInjections' && x.path[1] === i && !OWN_FIELDS.includes(x.path[2]))?.message;
    const name = this.t('prior.n', { n: i + 1 });
    const mark = this.marks.for(`priorInjections.${i}`, name);
    return html`<fieldset class="card" aria-describedby=${describedBy(mark?.id)}>
      <legend>${name}</legend>${mark?.template ?? nothing}
      <div class="row">
        <label class="field"
          >${this.t('muscle')}
          <select id="m${i}" aria-describedby=${describedBy(mark?.id)} @change=${(e: Event) => edit({ muscle: value(e) as MuscleId })}>
            ${muscleOptions(this.s, row.muscle)}
          </select></label
        >
        <label class="field"
          >${this.t('side')}
          <select @change=${(e: Event) => edit({ side: (value(e) || undefined) as Side })}>
            ${sideOptions(this.s, row.side)}
          </select></label
        >
        ${this.renderDate(row, i, edit)}
        <label class="field"
          >${this.t('prior.kind')}
          <select required @change=${(e: Event) => edit({ kind: value(e) as InjectionKind })}>
            ${row.kind ? nothing : html`<option value="" disabled .selected=${true}>${this.t('prior.kind.choose')}</option>`}
            ${INJECTION_KINDS.map((kind) => html`<option value=${kind} .selected=${kind === row.kind}>${this.t(`kind.${kind}`)}</option>`)}
          </select></label
        >
        ${RELIEF.map((key) => this.renderRelief(row, i, key, edit))}
        <button @click=${() => this.removeRow(i)}>${this.t('site.remove')}<span class="vh"> ${name}</span></button>
      </div>
      ${pending ? html`<p class="muted">${this.t('prior.pending')}</p>` : nothing}
      ${fieldError(this.s, `d${i}-err`, this.t('prior.date'), issueAt(issues, 'priorInjections', i, 'date'))}
      ${fieldError(this.s, `p${i}-err`, name, other)}
    </fieldset>`;
  }

  /**
   * A row's date. It is committed when the field is left (or Enter), as a number is:
   * Chromium reports every typed segment as a change ("0002-10-01", "0020-10-01" …). A
   * change while the field does not have focus (set by script) commits at once. (Focus
   * is followed by its events: while Chromium moves between a date's segments the shadow
   * root's activeElement is briefly not the field.) A partly typed date reads as '' with
   * badInput: ignored, so the parts typed so far stay.
   */
  private renderDate(row: Draft, i: number, edit: Edit) {
    const problem = issueAt(this.draft.issues, 'priorInjections', i, 'date');
    const commitDate = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (!input.validity.badInput && input.value !== (row.date ?? '')) edit({ date: input.value });
    };
    return html`<label class="field"
      >${this.t('prior.date')}
      <input
        type="date"
        .value=${row.date}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `d${i}-err` : nothing}
        @focus=${(e: Event) => (this.typing = e.target)}
        @change=${(e: Event) => this.typing === e.target || commitDate(e)}
        @blur=${(e: Event) => {
          this.typing = null;
          commitDate(e);
        }}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && commitDate(e)}
    /></label>`;
  }

  /** One of a row's relief fields (percent, weeks), committed as a typed number is. */
  private renderRelief(row: Draft, i: number, key: (typeof RELIEF)[number], edit: Edit) {
    const id = `${key}${i}`;
    return numberField(this.s, id, this.t(`prior.${key}`), numberText(this.raw[id], row[key]), issueAt(this.draft.issues, 'priorInjections', i, key), (text) => {
      if (text === this.raw[id] && Object.is(parseNumber(text), row[key])) return;
      this.raw[id] = text;
      edit({ [key]: parseNumber(text) });
    });
  }

  /** Edits the pending row; once it has a date and a kind it is handed to the assessment. */
  private editPending(patch: Partial<Draft>) {
    const row = merge(this.pending, patch);
    const done = row.date && row.kind;
    this.pending = done ? undefined : row;
    if (done) this.editor?.addPrior(row as PriorInjection);
    this.requestUpdate();
  }

  private add = async () => {
    const rows = this.draft.assessment.priorInjections?.length ?? 0;
    // The date and the kind start empty rather than guessed; the first site's muscle is likeliest.
    this.pending ??= { muscle: this.draft.assessment.sites[0]?.muscle ?? MUSCLES[0].id, date: '' };
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#m${rows}`)?.focus();
  };

  private async removeRow(index: number) {
    if (index === (this.draft.assessment.priorInjections?.length ?? 0)) this.pending = undefined;
    else this.editor?.removePrior(index);
    // The typed relief texts are kept by row number, which the removal shifts.
    this.raw = {};
    this.requestUpdate();
    await this.updateComplete;
    const left = (this.draft.assessment.priorInjections?.length ?? 0) + (this.pending ? 1 : 0);
    this.renderRoot.querySelector<HTMLElement>(left ? `#m${Math.min(index, left - 1)}` : '#h')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-prior-injections': TpiPriorInjections;
  }
}
