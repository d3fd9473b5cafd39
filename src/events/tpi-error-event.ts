import type { Issue } from '../engine/index.js';
import { TpiEvent } from './tpi-event.js';

/** What a `tpi-error` carries: which host input was refused and the engine's issues. */
export interface TpiErrorDetail {
  /** The refused host input (`exportContext`: a malformed context for the FHIR export). */
  readonly source: 'assessment' | 'ruleset' | 'exportContext';
  readonly issues: readonly Issue[];
}

/** Fired when a host-set `assessment` or `ruleset` is invalid; the last valid state is kept. */
export class TpiErrorEvent extends TpiEvent<TpiErrorDetail> {
  constructor(detail: TpiErrorDetail) {
    super('tpi-error', detail);
  }
}
