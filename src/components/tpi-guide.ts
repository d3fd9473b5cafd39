import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import type { Assessment, Guidance } from '../engine/index.js';
import type { Bundle, ExportContext, Provenance } from '../engine/interop/index.js';
import { noBodyMapContext } from '../context/body-map-context.js';
import { bookingContext } from '../context/booking-context.js';
import type { TpiExportDetail } from '../events/tpi-export-event.js';
import type { Strings } from '../i18n/registry.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { AssessmentController } from './internal/controllers/assessment.js';
import { LocaleController } from './internal/controllers/locale.js';
import { Parts } from './internal/controllers/parts.js';
import { AudienceViews } from './internal/controllers/views.js';
import type { Audience } from './internal/controllers/views.js';

/**
 * Clinical decision support about trigger point injections. It supports clinical
 * judgment; it does not diagnose. The element wires its units together: the language
 * (LocaleController), the assessment, the engine and the export (AssessmentController,
 * whose state, with the host's errors, arrives with the engine) and the audience's
 * view, whose parts are fetched on first render (AudienceViews). The parts read what they show through
 * contexts.
 *
 * In an EHR, `prefill(fromFhir(record))` fills the form from the record and marks each
 * value it filled "From the record" with its source, announced with the field, until
 * the clinician edits it.
 *
 * For patients (`audience="patient"`) it explains the procedure and runs a self-check
 * that asks about red flags first: an emergency sends the person to the emergency number
 * (`emergency-number`, default wording "your local emergency number"), an urgent answer
 * to care today, and only a routine result offers the booking button (`tpi-book`).
 *
 * @tag tpi-guide
 *
 * @fires {TpiChangeEvent} tpi-change - After every accepted change to the assessment, by the user or the host. `detail: TpiChangeDetail`, `{ assessment, guidance, provenance }` (`provenance`: the marks still in force, `{}` when none).
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
 * @cssprop --tpi-color-surface - The widget's own background: none in light, a dark surface in dark (default: `--tpi-color-background` if set).
 * @cssprop --tpi-radius - Corner radius of cards.
 * @cssprop --tpi-space - The base spacing unit.
 * @cssprop --tpi-sticky-top - How far below the top of the viewport the sticky summary stops, e.g. the height of a host's fixed header (default 0).
 *
 * @csspart error - The message shown when the host's assessment or rule set is refused.
 * @csspart form - The column with the sites and the patient.
 * @csspart sites - The site editor.
 * @csspart patient-form - Patient factors, symptoms and prior injections.
 * @csspart source-mark - The "From the record" badge beside a value pre-filled from the record (a button that shows its source).
 * @csspart results - The column with the detailed guidance.
 * @csspart summary - The summary card: first in the results column, and kept in view (sticky) on wide layouts.
 * @csspart status-bar - The compact status bar kept in view at the bottom on narrow layouts (phones).
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
 * @csspart body-map - The body map, once a person shows it: the clinician's beside the examined sites, the patient's in the self-check's "What is bothering you?" (hidden by `no-body-map`).
 */
export class TpiGuide extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      /* The clinician view's layout comes with its chunk (clinician/index.ts). */
      :host {
        container-type: inline-size;
      }
      .alert:not(:empty) {
        border: 2px solid var(--_crit);
        border-radius: var(--_radius);
        padding: calc(var(--_sp) * 0.75);
        margin-bottom: var(--_sp);
      }
      /* Reserves the view's space while its parts load: at least the screen's height, so
         what follows the widget is below the fold before and after they arrive. */
      .placeholder {
        min-height: 100vh;
        color: var(--_muted);
      }
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
    selfCheckFirst: { attribute: 'self-check-first', type: Boolean, reflect: true },
    noBodyMap: { attribute: 'no-body-map', type: Boolean, reflect: true },
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

  /**
   * Puts the patient view's self-check before its reading, in the document (so screen
   * readers and the Tab key meet it first) as well as on screen: for a booking page,
   * where the self-check is what the person came for.
   */
  declare selfCheckFirst: boolean;

  /**
   * Hides the body map in both audiences (the button that shows it, and the map); the
   * lists stay, so nothing is lost. A page that never shows the map never downloads it.
   */
  declare noBodyMap: boolean;

  /** References (subject, encounter, performer) and dates the Export action puts in the FHIR Bundle. */
  declare exportContext: ExportContext | undefined;

  private readonly _locale = new LocaleController(this);
  private readonly _assessment = new AssessmentController(this, () => this._locale.strings, {
    audience: () => this.audience,
    focusHome: () => (this.renderRoot.querySelector('[data-home]') as { focusHome?(): void } | null)?.focusHome?.(),
  });
  private readonly _views = new AudienceViews(this, this._assessment, () => this._locale.strings);
  private readonly _parts = new Parts(this);
  private readonly _booking = new ContextProvider(this, { context: bookingContext, initialValue: {} });
  private readonly _noBodyMap = new ContextProvider(this, { context: noBodyMapContext, initialValue: false });

  constructor() {
    super();
    this.audience = 'clinician';
    this.selfCheckFirst = false;
    this.hideBooking = false;
    this.noBodyMap = false;
  }

  /**
   * The current (last accepted) assessment; set it to load one, e.g. from the EHR.
   * Checked by the engine chunk: on the page's first render that may still be on its
   * way, and then the value is checked (tpi-change or tpi-error) once it arrives.
   * Accepted, it clears every "From the record" mark (`prefill()` sets it with its marks).
   */
  get assessment(): Assessment {
    return this._assessment.assessment;
  }
  set assessment(input: Assessment) {
    this._assessment.setAssessment(input);
  }

  /**
   * Where pre-filled values came from, by field path (`patient.weightKg`,
   * `priorInjections.2`): fromFhir's `provenance` shape. Each field it names shows a
   * "From the record" mark with its source until the clinician edits it. Set, it is
   * checked and copied: malformed entries and fields the assessment leaves empty are
   * left out, never thrown; it applies to the assessment in force (after any set just
   * before it) and fires no event. Reads the marks left (frozen). Setting `assessment`
   * clears them all: use `prefill()` to set both.
   */
  get provenance(): Provenance {
    return this._assessment.provenance;
  }
  set provenance(input: Provenance) {
    this._assessment.setProvenance(input);
  }

  /**
   * Pre-fills the form from the record: takes fromFhir's result, sets its `assessment`,
   * then marks each field its `provenance` names. A refused assessment raises tpi-error
   * and marks nothing; the assessment and marks in force stay.
   */
  prefill(result: { assessment: Assessment; provenance?: Provenance }): void {
    let assessment: unknown, provenance: unknown;
    try {
      ({ assessment, provenance } = result);
    } catch {
      // Unreadable: refused as an assessment below, with tpi-error.
    }
    this._assessment.setAssessment(assessment, provenance);
  }

  /** The latest guidance: exactly what the engine's `evaluate` returned; null until the engine has run. */
  get guidance(): Guidance | null {
    return this._assessment.guidance;
  }

  /**
   * The rule set in use; set one to replace the default (null or undefined restores it).
   * A set rule set is checked by the engine chunk (at once if it is loaded, else when it
   * arrives): invalid, it raises tpi-error and the rules in force stay.
   */
  get ruleset(): unknown {
    return this._assessment.ruleset;
  }
  set ruleset(input: unknown) {
    this._assessment.setRuleset(input);
  }

  /**
   * The latest result (the last accepted assessment and its guidance) as a FHIR R4
   * `collection` Bundle. The exporter is loaded on first use, so pages that never export
   * do not download it. Rejects with a TypeError for a malformed `context`.
   */
  exportFhir(context: ExportContext | undefined = this.exportContext): Promise<Bundle> {
    return this._assessment.exports().then((actions) => actions.fhir(context));
  }

  /** The latest guidance as CDS Hooks 2.0 cards (one summary card, one more for critical findings). */
  exportCdsHooks(): Promise<TpiExportDetail & { format: 'cds-hooks' }> {
    return this._assessment.exports().then((actions) => actions.cdsHooks());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((['bookLabel', 'hideBooking', 'emergencyNumber', 'selfCheckFirst'] as const).some((key) => changed.has(key)))
      this._booking.setValue({
        label: this.bookLabel,
        hidden: this.hideBooking,
        emergencyNumber: this.emergencyNumber,
        selfCheckFirst: this.selfCheckFirst,
      });
    if (changed.has('noBodyMap')) this._noBodyMap.setValue(this.noBodyMap === true);
  }

  /**
   * Resolves when the widget has rendered, its parts included: the chunks and engine
   * work it waits for, then every part's pending update, also parts created meanwhile.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    for (;;) {
      const waits = [this._views.pending, this._assessment.pending, ...this._parts.pending()].filter(Boolean);
      if (!waits.length && !this.isUpdatePending) return true;
      await Promise.all(waits);
      await super.getUpdateComplete();
    }
  }

  override render() {
    // The alert is there from the first render, empty, so what is added to it is announced.
    return html`<div part="error" class="alert" role="alert">${this._assessment.renderErrors()}</div>${this._views.render(this.audience, () => this._assessment.renderExport())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-guide': TpiGuide;
  }
}
