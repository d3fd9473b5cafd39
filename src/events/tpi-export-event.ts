import type { Bundle, CdsCard } from '../engine/interop/index.js';
import { TpiEvent } from './tpi-event.js';

/** What a `tpi-export` carries: a FHIR R4 Bundle, or a CDS Hooks 2.0 response's cards. */
export type TpiExportDetail =
  | { readonly format: 'fhir'; readonly data: Bundle }
  | { readonly format: 'cds-hooks'; readonly data: { readonly cards: CdsCard[] } };

/** Fired when the clinician asks to export the latest result; the host stores or sends it. */
export class TpiExportEvent extends TpiEvent<TpiExportDetail> {
  constructor(detail: TpiExportDetail) {
    super('tpi-export', detail);
  }
}
