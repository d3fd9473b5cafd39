import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import type { Assessment, Guidance, Issue, Ruleset, ValidationResult } from '../../../engine/index.js';
import { EMPTY_DRAFT, assessmentContext } from '../../../context/assessment-context.js';
import { createEditor, editorContext } from '../../../context/editor-context.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import type { RulesetInfo } from '../../../context/ruleset-context.js';
import { TpiChangeEvent } from '../../../events/tpi-change-event.js';
import { engineChunk, rulesetChecker } from '../lazy.js';
import type { Engine } from '../lazy.js';
import type { HostErrors } from './host-errors.js';
import type { ProvenanceController } from './provenance.js';

/** The element that holds the assessment: its `today` is the date the rules count from. */
export interface AssessmentHost extends ReactiveControllerHost, HTMLElement {
  today: string | undefined;
}

/** Who handed the engine an assessment: the host (a refusal is its error) or the user (a draft). */
type Origin = 'host' | 'user';

/**
 * The assessment's state, validation and evaluation, shared with the parts through
 * contexts. Each host input is checked where it comes in: `today` and the rule set when
 * set, an assessment when handed over, so a refusal is routed by which input it was.
 * Accepted: the assessment and its guidance update and tpi-change fires. Refused: a host
 * value raises tpi-error (through `errors`) and the last valid state stays; a user
 * draft keeps its text and shows the engine's issues at the fields.
 *
 * The marks of values from the record (`marks`) follow the assessment: an accepted host
 * assessment replaces them with its own provenance (none when set directly), a host's
 * provenance alone waits behind the inputs before it, and a user's edit takes away the
 * marks of what it touched as it is made, accepted or not (the value shown is the user's).
 *
 * The engine is a chunk of its own. Until it has arrived (the first render of a
 * clinician view, or a host setting `assessment` or `ruleset`, fetches it) host inputs
 * wait in order, `guidance` is null, and `pending` is the wait. The rule-set validator
 * is another chunk, fetched the first time a host sets a rule set: a host rule set
 * waits for both.
 */
export class AssessmentController implements ReactiveController {
  private readonly draft: ContextProvider<typeof assessmentContext, AssessmentHost>;
  private readonly result: ContextProvider<typeof guidanceContext, AssessmentHost>;
  private readonly rules: ContextProvider<typeof rulesetContext, AssessmentHost>;
  private valid: Assessment = { sites: [] };
  private hostRuleset: Ruleset | undefined;
  private today: { ok: true; value: string | undefined } | { ok: false; issues: readonly Issue[] } | undefined;
  private seenToday: string | undefined;
  private readonly waiting: ((engine: Engine) => void)[] = [];
  private loading: Promise<void> | undefined;
  /** Some waiting input is a host rule set: the wait includes the validator. */
  private needsChecker = false;
  /** The engine could not be fetched (the page serves no chunks/ beside the bundle). */
  failed = false;

  constructor(
    private readonly host: AssessmentHost,
    private readonly errors: HostErrors,
    private readonly marks: ProvenanceController,
  ) {
    host.addController(this);
    this.draft = new ContextProvider(host, { context: assessmentContext, initialValue: EMPTY_DRAFT });
    this.result = new ContextProvider(host, { context: guidanceContext, initialValue: null });
    this.rules = new ContextProvider(host, { context: rulesetContext, initialValue: undefined });
    const editor = createEditor(
      () => this.draft.value.assessment,
      (next) => {
        marks.edited(this.draft.value.assessment, next);
        this.whenEngine((engine) => this.run(engine, next, 'user', true));
      },
    );
    new ContextProvider(host, { context: editorContext, initialValue: editor });
  }

  /** The last accepted assessment. */
  get assessment(): Assessment {
    return this.valid;
  }

  /** The guidance for it: exactly what `evaluate` returned; null until the engine has run. */
  get guidance(): Guidance | null {
    return this.result.value;
  }

  /** The rule set in use: the host's, else the default (undefined until the engine has arrived). */
  get ruleset(): Ruleset | undefined {
    return this.hostRuleset ?? engineChunk.value?.defaultRuleset;
  }

  /** Whether the first evaluation has run, so the parts have something to show. */
  get ready(): boolean {
    return this.today !== undefined;
  }

  /** The wait for the engine and the inputs held for it; undefined when nothing waits. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** A host's assessment: accepted (with `provenance` as its marks; none when undefined), or refused with tpi-error. */
  setAssessment(input: unknown, provenance?: unknown): void {
    this.whenEngine((engine) => this.run(engine, input, 'host', true, provenance));
  }

  /** A host's marks for the assessment in force, applied after the inputs that wait before them. */
  setProvenance(input: unknown): void {
    // Before the engine, nothing has been accepted: nothing is filled, so nothing can be marked.
    if (engineChunk.value || this.waiting.length) this.whenEngine(() => this.marks.replace(input, this.valid));
  }

  /** A host's rule set (null or undefined: the default), checked, then the entries re-run under it. */
  setRuleset(input: unknown): void {
    if (input == null) {
      this.whenEngine((engine) => this.applyRuleset(engine, { ok: true, value: undefined }));
      return;
    }
    this.whenEngine((engine) => {
      const checker = rulesetChecker.value;
      if (checker) this.applyRuleset(engine, checker.checkRuleset(input));
      else this.errors.report('ruleset', [{ path: [], message: 'The rule-set validator could not be loaded from beside the bundle; the previous rules are kept.' }]);
    }, true);
  }

  /**
   * Fetches the engine if needed, runs the first evaluation and whatever waited for it;
   * resolves when done, also when the fetch failed (then `failed` is set; never rejects).
   */
  start(): Promise<void> {
    if (engineChunk.value && !this.waiting.length) {
      this.first(engineChunk.value);
      return Promise.resolve();
    }
    this.loading ??= this.fetch();
    return this.loading;
  }

  /** The engine, and the validator while a host rule set waits for it; then the waiting inputs, in order. */
  private async fetch(): Promise<void> {
    let engine: Engine;
    try {
      engine = await engineChunk.load();
    } catch (error) {
      this.loading = undefined;
      this.failed = true;
      console.error('tpi-guide: the rules engine could not be loaded from beside the bundle.', error);
      this.host.requestUpdate();
      return;
    }
    // A rule set that arrived while the engine was on its way needs the validator too.
    while (this.needsChecker && !rulesetChecker.value) {
      try {
        await rulesetChecker.load();
      } catch (error) {
        console.error('tpi-guide: the rule-set validator could not be loaded from beside the bundle.', error);
        break;
      }
    }
    this.loading = undefined;
    this.needsChecker = false;
    this.failed = false;
    this.first(engine);
    for (const action of this.waiting.splice(0)) action(engine);
  }

  hostUpdate(): void {
    // A new `today` re-runs the user's current entries; the first run is not announced.
    if (this.seenToday === this.host.today && this.ready) return;
    this.seenToday = this.host.today;
    const engine = engineChunk.value;
    if (engine && !this.loading) this.applyToday(engine, this.ready);
  }

  private first(engine: Engine): void {
    if (!this.ready) this.applyToday(engine, false);
  }

  /** Runs `action` now if the engine (and the validator, if it needs it) is here and nothing waits before it, else after them. */
  private whenEngine(action: (engine: Engine) => void, needsChecker = false): void {
    const engine = engineChunk.value;
    if (engine && !this.loading && (!needsChecker || rulesetChecker.value)) {
      this.first(engine);
      action(engine);
      return;
    }
    this.needsChecker ||= needsChecker;
    this.waiting.push(action);
    void this.start();
  }

  private applyToday(engine: Engine, announce: boolean): void {
    const before = this.today;
    this.today = engine.checkToday(this.host.today);
    if (!this.today.ok) {
      this.errors.report('assessment', this.today.issues);
      return;
    }
    if (before && !before.ok) this.errors.clear('assessment');
    this.rules.setValue(this.ruleset as RulesetInfo | undefined);
    this.run(engine, this.draft.value.assessment, 'user', announce);
  }

  private applyRuleset(engine: Engine, check: ValidationResult<Ruleset | undefined>): void {
    if (!check.ok) {
      this.errors.report('ruleset', check.issues);
      return;
    }
    this.hostRuleset = check.value;
    this.rules.setValue(this.ruleset as RulesetInfo);
    this.errors.clear('ruleset');
    // The user's current entries under the new rules (kept as they are if invalid).
    this.run(engine, this.draft.value.assessment, 'user', true);
  }

  private run(engine: Engine, next: unknown, origin: Origin, announce: boolean, provenance?: unknown): void {
    const refused = this.draft.value.hostRefused;
    if (!this.today?.ok) {
      // No valid date to count from: the host hears why; the user's entries are kept.
      if (origin === 'host') this.refuse(this.today?.issues ?? []);
      else this.draft.setValue({ assessment: next as Assessment, issues: [], hostRefused: refused });
      return;
    }
    const outcome = engine.guidanceFor(next, this.today.value, this.hostRuleset);
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

  /** The guidance now, evaluating on demand if none is held (the engine must have arrived). */
  guidanceNow(engine: Engine): Guidance {
    const outcome = this.result.value ? { ok: true as const, value: this.result.value } : engine.guidanceFor(this.valid, this.today?.ok ? this.today.value : this.host.today, this.hostRuleset);
    if (!outcome.ok) throw new TypeError(outcome.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    return outcome.value;
  }
}
