import type { SelfCheckAnswers, Service } from '../engine/self-check/index.js';
import { TpiEvent } from './tpi-event.js';

/** The visits a person can ask to book from the patient self-check. */
export type BookableService = Service;

export type { SelfCheckAnswers };

/**
 * What a `tpi-book` carries: the suggested visit, the level (always `routine`: an
 * emergency or urgent result never offers a booking), the self-check answers exactly as
 * the person gave them (patient-reported, for the host to attach to the booking), and
 * the engine's reason ids (`patient.reason.<id>` strings hold their wording).
 */
export interface TpiBookDetail {
  readonly service: BookableService;
  readonly level: 'routine';
  readonly answers: SelfCheckAnswers;
  readonly reasons: readonly string[];
}

/** Fired when the person asks to book a routine visit (patient audience); the host does the booking. */
export class TpiBookEvent extends TpiEvent<TpiBookDetail> {
  constructor(detail: TpiBookDetail) {
    super('tpi-book', detail);
  }
}
