import type { Assessment, Guidance } from '../engine/index.js';
import { TpiEvent } from './tpi-event.js';

/** What a `tpi-change` carries: the accepted assessment and the engine's guidance for it. */
export interface TpiChangeDetail {
  readonly assessment: Assessment;
  readonly guidance: Guidance;
}

/** Fired after every accepted change to the assessment, by the user or the host. */
export class TpiChangeEvent extends TpiEvent<TpiChangeDetail> {
  constructor(detail: TpiChangeDetail) {
    super('tpi-change', detail);
  }
}
