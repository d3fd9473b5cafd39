import { css, html, nothing } from 'lit';
import { SYMPTOM_IDS } from '../../../engine/index.js';
import { DURATIONS, RED_FLAG_IDS, REPLIES, SELF_CHECK_FLAGS, suggestBooking } from '../../../engine/self-check/index.js';
import type { SelfCheckAnswers, Suggestion } from '../../../engine/self-check/index.js';
import { bookingContext } from '../../../context/booking-context.js';
import { TpiBookEvent } from '../../../events/tpi-book-event.js';
import type { SelfCheckOptionKey, SelfCheckOptions, TextKey } from '../../../i18n/keys.js';
import { tData } from '../../../i18n/translate.js';
import { base } from '../../../styles/base.js';
import type { TpiMapPickEvent } from '../body-map/pick-event.js';
import { BodyMapShown } from '../body-map/shown.js';
import { TpiPart, consume } from '../part.js';
import { bookButton, emergencyNumber } from './book-button.js';

type ListKey = 'redFlags' | 'areas' | 'flags';

/** One question: its answer key, the input type, the option names' key, and the options. */
type Question = { [L in keyof SelfCheckOptions]: readonly [key: keyof SelfCheckAnswers, type: 'checkbox' | 'radio', labels: L, ids: readonly SelfCheckOptions[L][]] }[keyof SelfCheckOptions];

/** The questions, red flags first. */
const QUESTIONS: readonly Question[] = [
  ['redFlags', 'checkbox', 'redFlag', RED_FLAG_IDS],
  ['areas', 'checkbox', 'area', SYMPTOM_IDS],
  ['duration', 'radio', 'duration', DURATIONS],
  ['spreads', 'radio', 'reply', REPLIES],
  ['triedCare', 'radio', 'reply', REPLIES],
  ['flags', 'checkbox', 'flag', SELF_CHECK_FLAGS],
];

/** The legend of a question: `patient.<key>` for a single answer, `patient.<labels>` for a list. */
const LEGENDS = {
  redFlags: 'patient.redFlag',
  areas: 'patient.area',
  duration: 'patient.duration',
  spreads: 'patient.spreads',
  triedCare: 'patient.triedCare',
  flags: 'patient.flag',
} as const satisfies Record<keyof SelfCheckAnswers, TextKey>;

/** `patient.<labels>.<id>`: every such key is a SelfCheckOptionKey (keys.ts), so English must define it. */
const optionKey = (labels: keyof SelfCheckOptions, id: string) => `patient.${labels}.${id}` as SelfCheckOptionKey;

/**
 * A short self-check: red flags first, then a few questions, then what to do. It decides
 * nothing itself: the engine's `suggestBooking` gives the level and the visit. An
 * emergency or urgent result is shown at the top, in an assertive live region, with no
 * booking button, for as long as the red flag is ticked; a routine one is a suggested
 * visit with its reasons, its sources on demand and the booking button. The answers stay
 * here: they are patient-reported, so nothing is written into the clinician assessment.
 *
 * "What is bothering you?" can also be answered on a body map, shown on request (not
 * with `no-body-map`). Each place stands for one of the question's answers (engine data,
 * src/engine/catalog/body-map.ts); the map keeps its places and the checkboxes in step
 * (see body-map.ts), and its answer is this question's.
 *
 * @fires tpi-book - The person asks to book the suggested routine visit. `detail: { service, level: 'routine', answers, reasons }`.
 */
export class TpiSelfCheck extends TpiPart {
  static override styles = [
    base,
    css`
      :host {
        background: var(--_panel);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_sp);
      }
      h3 {
        font-size: 1.2rem;
      }
      fieldset {
        margin-bottom: var(--_sp);
      }
      legend {
        font-weight: 600;
        margin-bottom: 0.25em;
      }
      label {
        display: flex;
        align-items: flex-start;
        gap: 0.5em;
        min-height: 2.25rem;
        padding-block: 0.3em;
      }
      input {
        flex: none;
        margin-top: 0.15em;
      }
      .alert:not(:empty) {
        background: var(--_bg);
        border: 3px solid var(--_crit);
        border-radius: var(--_radius);
        padding: calc(var(--_sp) * 0.75);
        margin-bottom: var(--_sp);
      }
      .alert.urgent {
        border-color: var(--_warn);
      }
      .alert .head {
        font-size: 1.25rem;
        font-weight: 700;
        color: var(--_crit);
      }
      .alert.urgent .head {
        color: var(--_warn);
      }
      .result {
        font-weight: 600;
        font-size: 1.05rem;
      }
      .map-toggle {
        margin-bottom: 0.5em;
      }
      tpi-body-map {
        margin-bottom: 0.5em;
      }
      .book {
        font-weight: 600;
        min-height: 3rem;
        padding-inline: 1.5em;
        margin-top: calc(var(--_sp) / 2);
      }
    `,
  ];

  private answers: SelfCheckAnswers = {};
  private readonly _booking = consume(this, bookingContext);
  private readonly _map = new BodyMapShown(this);

  override render() {
    const suggestion = suggestBooking(this.answers);
    const routine = suggestion.level == 'routine';
    const named = this.t(`patient.service.${suggestion.service ?? 'consultation'}`);
    const booking = this._booking.value ?? {};
    return html`<h3 tabindex="-1">${this.t('patient.check')}</h3>
      <div class="alert ${suggestion.level}" role="alert">${routine ? nothing : this.renderAlert(suggestion, emergencyNumber(this.s, booking))}</div>
      <p>${this.t('patient.check.intro')}</p>
      ${QUESTIONS.map((question) => this.renderQuestion(question))}
      <p class="result" role="status">
        ${routine ? this.t(Object.keys(this.answers).length ? 'patient.check.result' : 'patient.check.empty', { service: named }) : nothing}
      </p>
      ${routine ? html`<ul>${this.reasonItems(suggestion.reasons)}</ul>` : html`<p class="result">${this.t('patient.check.seeTop')}</p>`}
      ${this.renderSources(suggestion)}
      ${routine ? bookButton(booking, this.t('patient.book', { service: named }), () => this.book(suggestion)) : nothing}`;
  }

  /** What to do now (emergency: call the number; urgent: care today), and why. */
  private renderAlert({ level, reasons }: Suggestion, number: string) {
    const emergency = level == 'emergency';
    return html`<p class="head">${this.t(emergency ? 'patient.emergency.call' : 'patient.today', { number })}</p>
      <p>${this.t(emergency ? 'patient.emergency.more' : 'patient.today.more', { number })}</p>
      <ul>
        ${this.reasonItems(reasons)}
      </ul>`;
  }

  /** The engine's reasons, by the reason ids its rules carry. */
  private reasonItems(reasons: readonly string[]) {
    return reasons.map((r) => html`<li>${tData(this.s, `patient.reason.${r}`)}</li>`);
  }

  /** The rules' citations, once each, behind a disclosure. */
  private renderSources({ trace }: Suggestion) {
    if (!trace.length) return nothing;
    const citations = [...new Set(trace.flatMap((e) => e.citations))];
    return html`<details>
      <summary>${this.t('patient.check.sources')}</summary>
      <ul class="muted">
        ${citations.map((c) => html`<li>${c}</li>`)}
      </ul>
    </details>`;
  }

  /** One question: a fieldset of native checkboxes or radios, each labelled by its option's text. */
  private renderQuestion([key, type, labels, ids]: Question) {
    const chosen: unknown[] = [this.answers[key]].flat();
    const pick = (id: string, on: boolean) =>
      type == 'radio' ? this.answer(key, id as never) : this.answer(key, this.toggled(key as ListKey, ids, id, on) as never);
    return html`<fieldset class=${key}>
      <legend>${this.t(LEGENDS[key])}</legend>
      ${key == 'areas' ? this.renderMap() : nothing}
      ${ids.map(
        (id) =>
          html`<label
            ><input type=${type} name=${key} .checked=${chosen.includes(id)} @change=${(e: Event) => pick(id, (e.target as HTMLInputElement).checked)} />${this.t(
              optionKey(labels, id),
            )}</label
          >`,
      )}
    </fieldset>`;
  }

  /** The map's button and, once asked for, the map: a second way to answer "What is bothering you?". */
  private renderMap() {
    return this._map.render(
      this.t('patient.map'),
      this.t('loading.failed'),
      () =>
        html`<tpi-body-map
          part="body-map"
          mode="patient"
          .strings=${this.s}
          .areas=${this.answers.areas ?? []}
          @tpi-map-pick=${({ detail }: TpiMapPickEvent) => 'areas' in detail && this.answer('areas', detail.areas[0] ? [...detail.areas] : undefined)}
        ></tpi-body-map>`,
    );
  }

  /** The list answer with `id` added or removed, in the order the options are shown; undefined when empty. */
  private toggled(key: ListKey, ids: readonly string[], id: string, on: boolean): string[] | undefined {
    const chosen: readonly string[] = this.answers[key] ?? [];
    const next = ids.filter((x) => (x == id ? on : chosen.includes(x)));
    return next[0] ? next : undefined;
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

  /** Only a routine suggestion renders the button; the host gets a copy of the answers as given. */
  private book({ service, reasons }: Suggestion) {
    if (service) this.dispatchEvent(new TpiBookEvent({ service, level: 'routine', answers: structuredClone(this.answers), reasons: [...reasons] }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-self-check': TpiSelfCheck;
  }
}
