import type { TpiBookEvent } from './tpi-book-event.js';
import type { TpiChangeEvent } from './tpi-change-event.js';
import type { TpiErrorEvent } from './tpi-error-event.js';
import type { TpiExportEvent } from './tpi-export-event.js';

/**
 * What every event of the widget is: a `tpi-` name, bubbling out of the shadow root to
 * the host page, with a readonly typed `detail`.
 */
export abstract class TpiEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: `tpi-${string}`, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

// The events by name, so a host's `addEventListener('tpi-…')` gets the typed event.
declare global {
  interface GlobalEventHandlersEventMap {
    'tpi-book': TpiBookEvent;
    'tpi-change': TpiChangeEvent;
    'tpi-error': TpiErrorEvent;
    'tpi-export': TpiExportEvent;
  }
}
