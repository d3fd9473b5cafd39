import type { ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import type { Assessment } from '../../../engine/index.js';
import type { Provenance } from '../../../engine/interop/from-fhir/types.js';
import { NO_PROVENANCE, provenanceContext } from '../../../context/provenance-context.js';
import { engineChunk } from '../lazy.js';

/**
 * The marks of pre-filled values: where each field that came from the record came
 * from, shared with the form through a context. The assessment controller decides when
 * they change (a host's assessment brings its own, or none; a host's `provenance`
 * replaces them; a clinician's edit takes away what it touched); the checks themselves
 * are in the engine chunk, which has arrived whenever anything can be marked.
 */
export class ProvenanceController {
  private readonly marks: ContextProvider<typeof provenanceContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.marks = new ContextProvider(host, { context: provenanceContext, initialValue: NO_PROVENANCE });
  }

  /** The marks in force (frozen). */
  get value(): Provenance {
    return this.marks.value;
  }

  /** The marks for `assessment`, just accepted from the host: `input` checked against it (undefined: none). */
  replace(input: unknown, assessment: Assessment): void {
    const engine = engineChunk.value;
    this.marks.setValue(input === undefined || !engine ? NO_PROVENANCE : engine.checkProvenance(input, assessment));
  }

  /** A clinician's edit turned `before` into `after`: the values it changed are no longer the record's. */
  edited(before: Assessment, after: Assessment): void {
    const engine = engineChunk.value;
    if (engine) this.marks.setValue(engine.afterEdit(this.value, before, after));
  }
}
