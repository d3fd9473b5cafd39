import { ContextProvider } from '@lit/context';
import type { Assessment, Guidance, Issue, Ruleset, ValidationResult } from '../../../engine/types.js';
import { EMPTY_DRAFT, assessmentContext } from '../../../context/assessment-context.js';
import { createEditor, editorContext } from '../../../context/editor-context.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import type { RulesetInfo } from '../../../context/ruleset-context.js';
import { TpiChangeEvent } from '../../../events/tpi-change-event.js';
import type { Strings } from '../../../i18n/registry.js';
import type { Engine } from '../lazy.js';
import type { AssessmentController, AssessmentHost } from './assessment.js';
import { ExportActions } from './export.js';
import { HostErrors } from './host-errors.js';
import type { ErrorsView } from './host-errors.js';
import { ProvenanceController } from './provenance.js';

/** Who handed the engine an assessment: the host (a refusal is its error) or the user (a draft). */
type Origin = 'host' | 'user';

/**
 * The engine-side half of the root's AssessmentController, in the engine chunk: a page
 * that never runs the engine (a patient view) never downloads it. Created once the
 * engine has arrived; it holds the assessment's state, validates and evaluates, and
 * shares the draft, the guidance, the rule set, the editor and the "From the record"
 * marks with the parts through contexts (the clinician parts that read them render only
 * once it exists). The controller hands it each input in order.
 *
 * Accepted: the assessment and its guidance update and tpi-change fires. Refused: a host
 * value raises tpi-error (through `errors`) and the last valid state stays; a user
 * draft keeps its text and shows the engine's issues at the fields. The marks follow
 * the assessment: an accepted host assessment replaces them with its own provenance
 * (none when set directly), and a user's edit takes away the marks of what it touched
 * as it is made, accepted or not (the value shown is the user's).
 */
export class AssessmentState {
  /** The "From the record" marks. */
  readonly marks: ProvenanceController;
  /** The host's problems: each refused input raises tpi-error and is shown in the root's alert. */
  readonly errors: HostErrors;
  /** The export of the latest result and the clinician's Export buttons. */
  readonly exports: ExportActions;
  private readonly draft: ContextProvider<typeof assessmentContext, AssessmentHost>;
  private readonly result: ContextProvider<typeof guidanceContext, AssessmentHost>;
  private readonly rules: ContextProvider<typeof rulesetContext, AssessmentHost>;
  private valid: Assessment = { sites: [] };
  private hostRuleset: Ruleset | undefined;
  private today: { ok: true; value: string | undefined } | { ok: false; issues: readonly Issue[] } | undefined;

  constructor(
    private readonly host: AssessmentHost,
    controller: AssessmentController,
    strings: () => Strings,
    view: ErrorsView,
    private readonly engine: Engine,
  ) {
    this.errors = new HostErrors(host, strings, view);
    this.marks = new ProvenanceController(host);
    this.exports = new ExportActions(host, controller, this.errors, strings);
    this.draft = new ContextProvider(host, { context: assessmentContext, initialValue: EMPTY_DRAFT });
    this.result = new ContextProvider(host, { context: guidanceContext, initialValue: null });
    this.rules = new ContextProvider(host, { context: rulesetContext, initialValue: undefined });
    const editor = createEditor(
      () => this.draft.value.assessment,
      (next) => {
        this.marks.edited(this.draft.value.assessment, next);
        controller.whenEngine((state) => state.run(next, 'user', true));
      },
    );
    new ContextProvider(host, { context: editorContext, initialValue: editor });
  }

  /** The last accepted assessment. */
  get assessment(): Assessment {
    return this.valid;
  }

  /** The guidance for it: exactly what `evaluate` returned; null until the first evaluation. */
  get guidance(): Guidance | null {
    return this.result.value;
  }

  /** The rule set in use: the host's, else the default. */
  get ruleset(): Ruleset {
    return this.hostRuleset ?? this.engine.defaultRuleset;
  }

  /** Whether the first evaluation has run, so the parts have something to show. */
  get ready(): boolean {
    return this.today !== undefined;
  }

  /** Checks the host's `today`; valid, re-runs the user's current entries (announced when `announce`). */
  applyToday(announce: boolean): void {
    const before = this.today;
    this.today = this.engine.checkToday(this.host.today);
    if (!this.today.ok) {
      this.errors.report('assessment', this.today.issues);
      return;
    }
    if (before && !before.ok) this.errors.clear('assessment');
    this.rules.setValue(this.ruleset as RulesetInfo);
    this.run(this.draft.value.assessment, 'user', announce);
  }

  /** A host's rule set, checked: valid, it is used and the user's entries re-run under it; else tpi-error. */
  applyRuleset(check: ValidationResult<Ruleset | undefined>): void {
    if (!check.ok) {
      this.errors.report('ruleset', check.issues);
      return;
    }
    this.hostRuleset = check.value;
    this.rules.setValue(this.ruleset as RulesetInfo);
    this.errors.clear('ruleset');
    // The user's current entries under the new rules (kept as they are if invalid).
    this.run(this.draft.value.assessment, 'user', true);
  }

  /** Validates and evaluates `next`: accepted, it becomes the assessment (announced when `announce`); refused, see the class. */
  run(next: unknown, origin: Origin, announce: boolean, provenance?: unknown): void {
    const refused = this.draft.value.hostRefused;
    if (!this.today?.ok) {
      // No valid date to count from: the host hears why; the user's entries are kept.
      if (origin === 'host') this.refuse(this.today?.issues ?? []);
      else this.draft.setValue({ assessment: next as Assessment, issues: [], hostRefused: refused });
      return;
    }
    const outcome = this.engine.guidanceFor(next, this.today.value, this.hostRuleset);
    if (!outcome.ok) {
      if (origin === 'host') this.refuse(outcome.issues);
      else this.draft.setValue({ assessment: next as Assessment, issues: outcome.issues, hostRefused: refused });
      return;
    }
    const assessment = next as Assessment;
    this.valid = assessment;
    this.result.setValue(outcome.value);
    this.draft.setValue({ assessment, issues: [], ...(origin === 'host' && { fromHost: true }) });
    if (origin === 'host') {
      this.errors.clear('assessment');
      this.marks.replace(provenance, assessment);
    }
    if (announce) this.host.dispatchEvent(new TpiChangeEvent({ assessment, guidance: outcome.value, provenance: this.marks.value }));
  }

  /** A host assessment refused: the host hears why, and the form notes that what it shows is the last valid one. */
  private refuse(issues: readonly Issue[]): void {
    this.errors.report('assessment', issues);
    if (!this.draft.value.hostRefused) this.draft.setValue({ ...this.draft.value, hostRefused: true });
  }

  /** The guidance now, evaluating on demand if none is held. */
  guidanceNow(): Guidance {
    const outcome = this.result.value ? { ok: true as const, value: this.result.value } : this.engine.guidanceFor(this.valid, this.today?.ok ? this.today.value : this.host.today, this.hostRuleset);
    if (!outcome.ok) throw new TypeError(outcome.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    return outcome.value;
  }
}
