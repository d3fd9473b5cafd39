// The widget's chunks, fetched on first demand from beside the bundle (same origin, as
// the bundle's own relative imports), each once per page. After it has arrived a chunk
// is used synchronously, so only the first widget on a page ever waits for one.

/** A module loaded on first demand; `value` holds it once it has arrived. */
export class Lazy<T> {
  /** The module, once loaded. */
  value: T | undefined;
  private pending: Promise<T> | undefined;

  constructor(private readonly importer: () => Promise<T>) {}

  /** The module, fetched on the first call; a failed fetch is tried again on the next. */
  load(): Promise<T> {
    this.pending ??= this.importer().then(
      (module) => (this.value = module),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}

/** The rules engine as the root uses it (evaluation, validation, the default rules). */
export const engineChunk = new Lazy(() => import('./engine.js'));
/** The rule-set validator, fetched when a host first sets a rule set. */
export const rulesetChecker = new Lazy(() => import('./ruleset-check.js'));
/** The clinician view's parts and layout. */
export const clinicianChunk = new Lazy(() => import('./clinician/index.js'));
/** The patient view and its self-check. */
export const patientChunk = new Lazy(() => import('./patient/index.js'));
/** The body map (<tpi-body-map>, its drawing and English), fetched when a view first shows a map. */
export const bodyMapChunk = new Lazy(() => import('./body-map/index.js'));
/** The FHIR R4 and CDS Hooks exporter, loaded on the first export. */
export const exporterChunk = new Lazy(() => import('../../engine/interop/index.js'));

export type Engine = NonNullable<(typeof engineChunk)['value']>;
