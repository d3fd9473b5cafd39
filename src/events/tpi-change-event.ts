import type { Assessment, Guidance } from '../engine/index.js';
import type { Provenance } from '../engine/interop/from-fhir/types.js';
import { TpiEvent } from './tpi-event.js';

/** What a `tpi-change` carries: the accepted assessment, the engine's guidance for it, and which of its values came from the record. */
export interface TpiChangeDetail {
  readonly assessment: Assessment;
  readonly guidance: Guidance;
  /**
   * The marks in force: where each value still as the record gave it came from, by field
   * path (`{}` when none). The element always sets it; optional only so that details
   * built elsewhere keep their type.
   */
  readonly provenance?: Provenance;
}

/** Fired after every accepted change to the assessment, by the user or the host. */
export class TpiChangeEvent extends TpiEvent<TpiChangeDetail> {
  constructor(detail: TpiChangeDetail) {
    super('tpi-change', detail);
  }
}
