import { css, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { SYMPTOM_IDS } from '../../engine/index.js';
import { REPLIES, SELF_CHECK_FLAGS, suggestBooking } from '../../engine/self-check/index.js';
import type { Reply, SelfCheckAnswers } from '../../engine/self-check/index.js';
import { bookingContext } from '../../context/booking-context.js';
import { TpiBookEvent } from '../../events/tpi-book-event.js';
import { base } from '../../styles/base.js';
import { TpiElement } from '../tpi-element.js';
import { bookButton } from './book-button.js';

/**
 * A short self-check that helps a person choose a visit. It decides nothing itself: the
 * engine's self-check rules suggest the visit, and the answers that are assessment
 * fields (symptoms, care tried, flags) go to the root through the editor, so the
 * guidance a booking carries reflects only what the person entered.
 *
 * @fires tpi-book - The person asks to book. `detail: { service, guidance }`.
 */
export class TpiSelfCheck extends TpiElement {
  // Compact CSS and markup: template literals reach the bundle unminified.
  static override styles = [
    base,
    css`
      :host{background:var(--_panel);border:1px solid var(--_border);border-radius:var(--_radius);padding:var(--_sp)}
      h3{font-size:1.2rem}
      input{flex:none}
      fieldset{margin-bottom:var(--_sp)}
      legend{font-weight:600;margin-bottom:.25em}
      label{display:flex;align-items:center;gap:.5em;min-height:2.25rem}
      .result{font-weight:600;font-size:1.05rem}
      .book{font-weight:600;min-height:3rem;padding-inline:1.5em;margin-top:calc(var(--_sp)/2)}
    `,
  ];

  private answers: SelfCheckAnswers = {};
  private _booking = new ContextConsumer(this, { context: bookingContext, subscribe: true });

  override render() {
    const a = this.answers;
    const { service, reasons, trace } = suggestBooking(a);
    const named = this.t(`patient.service.${service}`);
    const answered = Object.keys(a).length > 0;
    const ed = this.editor;
    return html`<h3 tabindex="-1">${this.t('patient.check')}</h3><p>${this.t('patient.check.intro')}</p
      >${this.group('checkbox', 'areas', 'area', SYMPTOM_IDS, (id, on) => ed?.set({ symptoms: this.toggle('areas', SYMPTOM_IDS, id, on) }))}${this.group(
        'radio',
        'spreads',
        'reply',
        REPLIES,
        (r) => this.answer('spreads', r as Reply),
      )}${this.group('radio', 'triedCare', 'reply', REPLIES, (r) => {
        this.answer('triedCare', r as Reply);
        ed?.set({ conservativeCareTried: r == 'unsure' ? undefined : r == 'yes' });
      })}${this.group('checkbox', 'flags', 'flag', SELF_CHECK_FLAGS, (id, on) => {
        this.toggle('flags', SELF_CHECK_FLAGS, id, on);
        ed?.setPatient({ [id]: on || undefined });
      })}<p class="result" role="status">${answered ? this.t('patient.check.result', { service: named }) : this.t('patient.check.empty')}</p
      >${answered
        ? html`<ul>${reasons.map((r) => html`<li>${this.t(`patient.reason.${r}`)}</li>`)}</ul><details><summary>${this.t('patient.check.sources')}</summary><ul class="muted">${[
              ...new Set(trace.flatMap((e) => e.citations)),
            ].map((c) => html`<li>${c}</li>`)}</ul></details>`
        : nothing}${bookButton(this._booking.value ?? {}, this.t('patient.book', { service: named }), () => this.book(service))}`;
  }

  /**
   * One question: a fieldset of native checkboxes or radios. The legend is
   * `patient.<key>` (lists: `patient.<labels>`), each option `patient.<labels>.<id>`.
   */
  private group(type: 'checkbox' | 'radio', key: keyof SelfCheckAnswers, labels: string, ids: readonly string[], pick: (id: string, on: boolean) => void) {
    const chosen = [this.answers[key]].flat();
    return html`<fieldset><legend>${this.t(`patient.${type == 'radio' ? key : labels}`)}</legend>${ids.map(
      (id) =>
        html`<label><input type=${type} name=${key} .checked=${chosen.includes(id as never)} @change=${(e: Event) =>
          pick(id, (e.target as HTMLInputElement).checked)} />${this.t(`patient.${labels}.${id}`)}</label>`,
    )}</fieldset>`;
  }

  /** Adds or removes `id` in a list answer, keeping catalog order; returns the list (undefined when empty). */
  private toggle<K extends 'areas' | 'flags'>(key: K, ids: readonly string[], id: string, on: boolean): SelfCheckAnswers[K] {
    const chosen: readonly string[] = this.answers[key] ?? [];
    const next = ids.filter((x) => (x == id ? on : chosen.includes(x)));
    this.answer(key, (next[0] ? next : undefined) as SelfCheckAnswers[K]);
    return this.answers[key];
  }

  /** Moves focus to the self-check's heading (the patient view's "go to" button). */
  override focus() {
    this.renderRoot.querySelector('h3')?.focus();
  }

  private answer<K extends keyof SelfCheckAnswers>(key: K, value: SelfCheckAnswers[K]) {
    this.answers = { ...this.answers, [key]: value };
    if (value === undefined) delete this.answers[key];
    this.requestUpdate();
  }

  private book(service: ReturnType<typeof suggestBooking>['service']) {
    const guidance = this.guidance;
    if (guidance) this.dispatchEvent(new TpiBookEvent({ service, guidance }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-self-check': TpiSelfCheck;
  }
}
