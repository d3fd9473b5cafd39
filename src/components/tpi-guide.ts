import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { defaultRuleset, evaluate, validateRuleset } from '../engine/index.js';
import type { Assessment, Guidance, Issue } from '../engine/index.js';
import { EMPTY_DRAFT, assessmentContext } from '../context/assessment-context.js';
import { audienceContext } from '../context/audience-context.js';
import { bookingContext } from '../context/booking-context.js';
import type { Audience } from '../context/audience-context.js';
import { createEditor, editorContext } from '../context/editor-context.js';
import { guidanceContext } from '../context/guidance-context.js';
import { rulesetContext } from '../context/ruleset-context.js';
import type { RulesetInfo } from '../context/ruleset-context.js';
import { stringsContext } from '../context/strings-context.js';
import { TpiChangeEvent } from '../events/tpi-change-event.js';
import { TpiErrorEvent } from '../events/tpi-error-event.js';
import { TpiExportEvent } from '../events/tpi-export-event.js';
import type { TpiExportDetail } from '../events/tpi-export-event.js';
import type { Bundle, ExportContext } from '../engine/interop/index.js';
import type { TpiErrorDetail } from '../events/tpi-error-event.js';
import { en } from '../i18n/en.js';
import { onTranslationChange, stringsFor } from '../i18n/registry.js';
import type { Strings } from '../i18n/registry.js';
import { mergeText, t } from '../i18n/translate.js';
import { sameStrings } from './labels.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';

type Source = TpiErrorDetail['source'];

/**
 * Clinical decision support about trigger point injections. It supports clinical
 * judgment; it does not diagnose. The element owns the state, asks the rules engine for
 * every clinical answer, and shares the results with its parts through contexts.
 *
 * For patients (`audience="patient"`) it explains the procedure and runs a self-check
 * that asks about red flags first: an emergency sends the person to the emergency number
 * (`emergency-number`, default wording "your local emergency number"), an urgent answer
 * to care today, and only a routine result offers the booking button (`tpi-book`).
 *
 * @tag tpi-guide
 *
 * @fires {TpiChangeEvent} tpi-change - After every accepted change to the assessment, by the user or the host. `detail: TpiChangeDetail`, `{ assessment, guidance }`.
 * @fires {TpiErrorEvent} tpi-error - A host-set `assessment` or `ruleset` is invalid; the last valid state is kept. `detail: TpiErrorDetail`, `{ source, issues }`.
 * @fires {TpiExportEvent} tpi-export - The clinician asks to export the latest result. `detail: TpiExportDetail`, `{ format: 'fhir' | 'cds-hooks', data }`.
 * @fires {TpiBookEvent} tpi-book - The person asks to book a routine visit the patient self-check suggested (never for an emergency or urgent result). `detail: TpiBookDetail`, `{ service, level: 'routine', answers, reasons }`.
 *
 * @cssprop --tpi-font - Font family.
 * @cssprop --tpi-color-text - Body text color.
 * @cssprop --tpi-color-muted - Secondary text color.
 * @cssprop --tpi-color-background - Card and control background.
 * @cssprop --tpi-color-panel - Tint behind chosen answers.
 * @cssprop --tpi-color-border - Borders of cards and controls.
 * @cssprop --tpi-color-accent - Buttons and chosen answers.
 * @cssprop --tpi-color-on-accent - Text on accent-colored buttons.
 * @cssprop --tpi-color-ok - "May be appropriate" and "available".
 * @cssprop --tpi-color-warning - "Caution" and warnings.
 * @cssprop --tpi-color-critical - Contraindications, critical warnings and errors.
 * @cssprop --tpi-color-focus - The focus ring.
 * @cssprop --tpi-radius - Corner radius of cards.
 * @cssprop --tpi-space - The base spacing unit.
 *
 * @csspart error - The message shown when the host's assessment or rule set is refused.
 * @csspart form - The column with the sites and the patient.
 * @csspart sites - The site editor.
 * @csspart patient-form - Patient factors, symptoms and prior injections.
 * @csspart results - The column with the detailed guidance.
 * @csspart summary - The summary card shown first.
 * @csspart site-results - The classification of each site.
 * @csspart warnings - The warnings.
 * @csspart conditions - The candidate conditions.
 * @csspart options - The injection options and the alternatives.
 * @csspart explanation - The "Why?" disclosure with the fired rules.
 * @csspart export - The export actions (FHIR R4, CDS Hooks) under the results.
 * @csspart patient - The patient view (audience "patient").
 * @csspart education - The patient view's plain-language sections.
 * @csspart self-check - The patient view's self-check (e.g. `tpi-guide::part(self-check) { order: -1 }` puts it first on a narrow page).
 * @csspart jump - The patient view's "Go to the short self-check" button, shown on narrow pages (hide it when the self-check comes first).
 */
export class TpiGuide extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host { container-type: inline-size; }
      .grid { display: grid; gap: var(--_sp); grid-template-areas: 'summary' 'form' 'results'; }
      .summary { grid-area: summary; }
      .form { grid-area: form; }
      .results { grid-area: results; }
      .form > *, .results > * { margin-bottom: var(--_sp); }
      @container (min-width: 50rem) {
        .grid { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); grid-template-rows: auto 1fr; grid-template-areas: 'form summary' 'form results'; }
        .results { align-self: start; }
      }
      .export { display: flex; flex-wrap: wrap; gap: calc(var(--_sp) / 2); }
      .alert:not(:empty) { border: 2px solid var(--_crit); border-radius: var(--_radius); padding: calc(var(--_sp) * 0.75); margin-bottom: var(--_sp); }
    `,
  ];

  // Reactive properties declared statically, not with decorators: the down-levelled
  // decorator code cost more than a kilobyte of the standalone bundle.
  static override properties = {
    audience: { reflect: true },
    today: {},
    strings: { attribute: false },
    bookLabel: { attribute: 'book-label', reflect: true },
    hideBooking: { attribute: 'hide-booking', type: Boolean, reflect: true },
    emergencyNumber: { attribute: 'emergency-number', reflect: true },
    assessment: { attribute: false },
    ruleset: { attribute: false },
    exportContext: { attribute: false },
  };

  /** Who the widget talks to: `clinician` (the default) or `patient`. */
  declare audience: Audience;

  /** The date interval rules count from, `YYYY-MM-DD` (default: the current local date). */
  declare today: string | undefined;

  /** Strings that override the resolved language, key by key. */
  declare strings: Strings | undefined;

  /** Text of the patient view's booking button, instead of "Book" and the suggested visit. */
  declare bookLabel: string | undefined;

  /** Hides the patient view's booking button, for a host that books some other way. */
  declare hideBooking: boolean;

  /**
   * The emergency number the patient view tells people to call, as text (e.g. "911"
   * gives "Call 911 now."); unset, it says "Call your local emergency number now."
   */
  declare emergencyNumber: string | undefined;

  /** References (subject, encounter, performer) and dates the Export action puts in the FHIR Bundle. */
  declare exportContext: ExportContext | undefined;

  // Strings a host may provide through the strings context above this element.
  private _hostStrings = new ContextConsumer(this, { context: stringsContext, subscribe: true });
  // What the parts share: providers rather than decorators keep the bundle small.
  private _strings = new ContextProvider(this, { context: stringsContext, initialValue: en });
  private _guidance = new ContextProvider(this, { context: guidanceContext, initialValue: null });
  private _draft = new ContextProvider(this, { context: assessmentContext, initialValue: EMPTY_DRAFT });
  private _ruleset = new ContextProvider(this, { context: rulesetContext, initialValue: defaultRuleset as RulesetInfo });
  private _audience = new ContextProvider(this, { context: audienceContext, initialValue: 'clinician' as Audience });
  private _booking = new ContextProvider(this, { context: bookingContext, initialValue: {} });
  protected _editor = new ContextProvider(this, {
    context: editorContext,
    initialValue: createEditor(
      () => this._draft.value.assessment,
      (next) => this.accept(next, false),
    ),
  });

  /** The host's problems, by source, until it sends a valid value again (or is dismissed). */
  private _errors: Partial<Record<Source, readonly Issue[]>> = {};

  private _valid: Assessment = { sites: [] };
  private _hostRuleset: unknown;
  private _unsubscribe?: () => void;
  // Made on connection, not construction, so the class can be built where there is no DOM (SSR).
  private _langObserver?: MutationObserver;

  constructor() {
    super();
    this.audience = 'clinician';
    this.hideBooking = false;
  }

  /** The current (last accepted) assessment; set it to load one, e.g. from the EHR. */
  get assessment(): Assessment {
    return this._valid;
  }
  set assessment(input: Assessment) {
    this.accept(input, true);
  }

  /** The latest guidance: exactly what the engine's `evaluate` returned, or null. */
  get guidance(): Guidance | null {
    return this._guidance.value;
  }

  /** The rule set in use; set one to replace the default (null or undefined restores it). */
  get ruleset(): unknown {
    return this._hostRuleset ?? defaultRuleset;
  }
  set ruleset(input: unknown) {
    const result = input == null ? { ok: true as const, value: undefined } : validateRuleset(input);
    if (!result.ok) {
      this.fail('ruleset', result.issues);
      return;
    }
    this._hostRuleset = result.value;
    this._ruleset.setValue((result.value ?? defaultRuleset) as RulesetInfo);
    this.setErrors('ruleset');
    // Re-run the user's current entries under the new rules (kept as they are if invalid).
    this.accept(this._draft.value.assessment, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unsubscribe = onTranslationChange(() => this.requestUpdate());
    this._langObserver ??= new MutationObserver(() => this.requestUpdate());
    for (const el of [this, document.documentElement]) this._langObserver.observe(el, { attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang || 'en';
    // The same entries keep the same table, so the parts re-render only when a text changed.
    this._strings.setValue(sameStrings(mergeText(stringsFor(lang), this._hostStrings.value, this.strings)));
    this._audience.setValue(this.audience);
    if (changed.has('bookLabel') || changed.has('hideBooking') || changed.has('emergencyNumber'))
      this._booking.setValue({ label: this.bookLabel, hidden: this.hideBooking, emergencyNumber: this.emergencyNumber });
    // The first evaluation, and a new `today`, re-run the user's current entries.
    if (!this.hasUpdated || changed.has('today')) this.accept(this._draft.value.assessment, false, this.hasUpdated);
  }

  /**
   * Validates and evaluates `next`. Accepted: it becomes the assessment, the guidance
   * updates and tpi-change fires. Refused: a host value raises tpi-error; a user draft
   * keeps its text and shows the engine's issues at the fields.
   */
  private accept(next: Assessment, host: boolean, announce = true): void {
    let guidance: Guidance;
    try {
      guidance = evaluate(next, { today: this.today || undefined, ruleset: this._hostRuleset });
    } catch (error) {
      // The engine throws only AssessmentError and RulesetError, each with its issues.
      const issues: Issue[] = (error as { issues?: Issue[] }).issues ?? [{ path: [], message: String(error) }];
      if ((error as Error).name === 'RulesetError') this.fail('ruleset', issues);
      // A bad `today` is the host's (path ['options', 'today']), whoever triggered the run.
      else if (host || issues[0]?.path[0] === 'options') this.fail('assessment', issues);
      else this._draft.setValue({ assessment: next, issues });
      return;
    }
    this._valid = next;
    this._guidance.setValue(guidance);
    this._draft.setValue({ assessment: next, issues: [] });
    if (host) this.setErrors('assessment');
    if (announce) this.dispatchEvent(new TpiChangeEvent({ assessment: next, guidance }));
  }

  /** Records (or, without issues, clears) the host's problem with one source. */
  private setErrors(source: Source, issues?: readonly Issue[]): void {
    this._errors = { ...this._errors, [source]: issues };
    this.requestUpdate();
  }

  private fail(source: Source, issues: readonly Issue[]): void {
    this.setErrors(source, issues);
    this.dispatchEvent(new TpiErrorEvent({ source, issues }));
  }

  /**
   * The latest result (the last accepted assessment and its guidance) as a FHIR R4
   * `collection` Bundle. The exporter is loaded on first use, so pages that never export
   * do not download it. Rejects with a TypeError for a malformed `context`.
   */
  async exportFhir(context: ExportContext | undefined = this.exportContext): Promise<Bundle> {
    const { toFhirBundle } = await import('../engine/interop/index.js');
    return toFhirBundle(this._valid, this.guidanceOrEvaluate(), context);
  }

  /** The latest guidance as CDS Hooks 2.0 cards (one summary card, one more for critical findings). */
  async exportCdsHooks(): Promise<TpiExportDetail & { format: 'cds-hooks' }> {
    const { toCdsHooksCards } = await import('../engine/interop/index.js');
    return { format: 'cds-hooks', data: { cards: toCdsHooksCards(this.guidanceOrEvaluate()) } };
  }

  /** Guidance always exists once connected; before the first render, evaluate on demand. */
  private guidanceOrEvaluate(): Guidance {
    return this._guidance.value ?? evaluate(this._valid, { today: this.today || undefined, ruleset: this._hostRuleset });
  }

  /** The Export buttons: dispatch tpi-export, or show why the export failed. */
  private async onExport(format: TpiExportDetail['format']): Promise<void> {
    try {
      this.dispatchEvent(new TpiExportEvent(format === 'fhir' ? { format, data: await this.exportFhir() } : await this.exportCdsHooks()));
    } catch (error) {
      this.fail('exportContext', [{ path: ['exportContext'], message: (error as Error).message }]);
    }
  }

  override render() {
    return html`<div part="error" class="alert" role="alert">${(['assessment', 'ruleset', 'exportContext'] as const).map((source) =>
        this.renderError(source),
      )}</div
      >${this.renderAudience()}`;
  }

  private renderError(source: Source) {
    const issues = this._errors[source];
    const s = this._strings.value;
    return issues
      ? html`<p class="error">${t(s, `hostError.${source}`)}</p>
          <ul>
            ${issues.map((issue) => html`<li><code>${issue.path.join('.')}</code>: ${t(s, 'invalid.message', { message: issue.message })}</li>`)}
          </ul>
          <button @click=${() => this.setErrors(source)}>${t(s, 'dismiss')}</button>`
      : nothing;
  }

  /** The one switch between audiences; the patient view is its own element. */
  private renderAudience() {
    return this.audience === 'patient' ? html`<tpi-patient-view part="patient" exportparts="education, self-check, jump"></tpi-patient-view>` : this.renderClinician();
  }

  private renderExport() {
    const s = this._strings.value;
    return html`<div part="export" class="export" role="group" aria-label=${t(s, 'export')}>
      <button @click=${() => this.onExport('fhir')}>${t(s, 'export.fhir')}</button>
      <button @click=${() => this.onExport('cds-hooks')}>${t(s, 'export.cds-hooks')}</button>
    </div>`;
  }

  private renderClinician() {
    return html`<div class="grid">
      <tpi-results-summary class="summary" part="summary"></tpi-results-summary>
      <div class="form" part="form">
        <tpi-site-editor part="sites"></tpi-site-editor>
        <tpi-patient-form part="patient-form"></tpi-patient-form>
      </div>
      <div class="results" part="results">
        <tpi-site-results part="site-results"></tpi-site-results>
        <tpi-warning-list part="warnings"></tpi-warning-list>
        <tpi-condition-list part="conditions"></tpi-condition-list>
        <tpi-option-list part="options"></tpi-option-list>
        <tpi-explanation part="explanation"></tpi-explanation>
        ${this.renderExport()}
      </div>
    </div>`;
  }
}
