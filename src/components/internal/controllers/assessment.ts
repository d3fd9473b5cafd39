import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Assessment, Guidance, Ruleset } from '../../../engine/index.js';
import type { ExportContext, Provenance } from '../../../engine/interop/index.js';
import { NO_PROVENANCE } from '../../../context/provenance-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { engineChunk, rulesetChecker } from '../lazy.js';
import type { Engine } from '../lazy.js';
import type { AssessmentState } from './assessment-state.js';
import type { ExportActions } from './export.js';
import type { ErrorsView } from './host-errors.js';

/** The element that holds the assessment: its `today` is the date the rules count from. */
export interface AssessmentHost extends ReactiveControllerHost, HTMLElement {
  today: string | undefined;
  exportContext: ExportContext | undefined;
}

/**
 * The assessment as the root's API sees it, and the order its inputs are handled in.
 * Each host input is checked where it comes in: `today` and the rule set when set, an
 * assessment when handed over, so a refusal is routed by which input it was.
 *
 * This half is in the bundle; the state itself (validation, evaluation, the contexts
 * the parts read, the "From the record" marks, the export) is AssessmentState, in the
 * engine chunk, created when the engine has arrived (with the host's errors, which only
 * a checked input or an export can raise): a page that never runs the engine
 * (a patient view) never downloads it. Until then (the first render of a clinician view,
 * or a host setting `assessment` or `ruleset`, fetches it) host inputs wait in order,
 * `assessment` is empty, `guidance` null, and `pending` is the wait. The rule-set
 * validator is another chunk, fetched the first time a host sets a rule set: a host rule
 * set waits for both.
 */
export class AssessmentController implements ReactiveController {
  private state: AssessmentState | undefined;
  private readonly empty: Assessment = { sites: [] };
  private seenToday: string | undefined;
  private readonly waiting: ((state: AssessmentState) => void)[] = [];
  private loading: Promise<void> | undefined;
  /** Some waiting input is a host rule set: the wait includes the validator. */
  private needsChecker = false;
  /** The engine could not be fetched (the page serves no chunks/ beside the bundle). */
  failed = false;

  constructor(
    private readonly host: AssessmentHost,
    private readonly strings: () => Strings,
    private readonly view: ErrorsView,
  ) {
    host.addController(this);
  }

  /** The last accepted assessment. */
  get assessment(): Assessment {
    return this.state?.assessment ?? this.empty;
  }

  /** The guidance for it: exactly what `evaluate` returned; null until the engine has run. */
  get guidance(): Guidance | null {
    return this.state?.guidance ?? null;
  }

  /** The rule set in use: the host's, else the default (undefined until the engine has arrived). */
  get ruleset(): Ruleset | undefined {
    return this.state ? this.state.ruleset : engineChunk.value?.defaultRuleset;
  }

  /** The "From the record" marks in force (frozen). */
  get provenance(): Provenance {
    return this.state?.marks.value ?? NO_PROVENANCE;
  }

  /** Whether the first evaluation has run, so the parts have something to show. */
  get ready(): boolean {
    return !!this.state?.ready;
  }

  /** The wait for the engine and the inputs held for it; undefined when nothing waits. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** A host's assessment: accepted (with `provenance` as its marks; none when undefined), or refused with tpi-error. */
  setAssessment(input: unknown, provenance?: unknown): void {
    this.whenEngine((state) => state.run(input, 'host', true, provenance));
  }

  /** A host's marks for the assessment in force, applied after the inputs that wait before them. */
  setProvenance(input: unknown): void {
    // Before the engine, nothing has been accepted: nothing is filled, so nothing can be marked.
    if (engineChunk.value || this.waiting.length) this.whenEngine((state) => state.marks.replace(input, state.assessment));
  }

  /** A host's rule set (null or undefined: the default), checked, then the entries re-run under it. */
  setRuleset(input: unknown): void {
    if (input == null) {
      this.whenEngine((state) => state.applyRuleset({ ok: true, value: undefined }));
      return;
    }
    this.whenEngine((state) => {
      const checker = rulesetChecker.value;
      if (checker) state.applyRuleset(checker.checkRuleset(input));
      else state.errors.report('ruleset', [{ path: [], message: 'The rule-set validator could not be loaded from beside the bundle; the previous rules are kept.' }]);
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

  /** The export, once the engine has arrived and every input waiting for it has been handled. */
  async exports(): Promise<ExportActions> {
    await this.start();
    return this.first(await engineChunk.load()).exports;
  }

  /** The host's problems shown in the root's alert: none before the engine has checked anything. */
  renderErrors() {
    return this.state?.errors.render() ?? nothing;
  }

  /** The Export buttons (the clinician view renders only once the state exists). */
  renderExport(): TemplateResult {
    return this.state!.exports.render();
  }

  /** The guidance now, evaluating on demand if none is held. */
  guidanceNow(engine: Engine): Guidance {
    return this.first(engine).guidanceNow();
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
    const state = this.first(engine);
    for (const action of this.waiting.splice(0)) action(state);
  }

  hostUpdate(): void {
    // A new `today` re-runs the user's current entries; the first run is not announced.
    if (this.seenToday === this.host.today && this.ready) return;
    this.seenToday = this.host.today;
    const engine = engineChunk.value;
    if (engine && !this.loading) {
      const ready = this.ready;
      this.stateFor(engine).applyToday(ready);
    }
  }

  private stateFor(engine: Engine): AssessmentState {
    return (this.state ??= new engine.AssessmentState(this.host, this, this.strings, this.view, engine));
  }

  /** The state, with its first evaluation run. */
  private first(engine: Engine): AssessmentState {
    const state = this.stateFor(engine);
    if (!state.ready) state.applyToday(false);
    return state;
  }

  /** Runs `action` now if the engine (and the validator, if it needs it) is here and nothing waits before it, else after them. */
  whenEngine(action: (state: AssessmentState) => void, needsChecker = false): void {
    const engine = engineChunk.value;
    if (engine && !this.loading && (!needsChecker || rulesetChecker.value)) {
      action(this.first(engine));
      return;
    }
    this.needsChecker ||= needsChecker;
    this.waiting.push(action);
    void this.start();
  }
}
