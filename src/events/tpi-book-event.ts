import type { Guidance } from '../engine/index.js';

/** The services a person can ask to book from the patient view. */
export type BookableService = 'trigger-point-injection' | 'physical-therapy' | 'consultation';

/** What a `tpi-book` carries: the service asked for and the guidance at that moment. */
export interface TpiBookDetail {
  readonly service: BookableService;
  readonly guidance: Guidance;
}

/** Fired when the person asks to book (patient audience); the host does the booking. */
export class TpiBookEvent extends Event {
  readonly detail: TpiBookDetail;
  constructor(detail: TpiBookDetail) {
    super('tpi-book', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tpi-book': TpiBookEvent;
  }
}
