import type { Issue } from '../engine/index.js';

/** What a `tpi-error` carries: which host input was refused and the engine's issues. */
export interface TpiErrorDetail {
  /** The refused host input (`exportContext`: a malformed context for the FHIR export). */
  readonly source: 'assessment' | 'ruleset' | 'exportContext';
  readonly issues: readonly Issue[];
}

/** Fired when a host-set `assessment` or `ruleset` is invalid; the last valid state is kept. */
export class TpiErrorEvent extends Event {
  readonly detail: TpiErrorDetail;
  constructor(detail: TpiErrorDetail) {
    super('tpi-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tpi-error': TpiErrorEvent;
  }
}
