// tpi-guide/interop: the engine's results in health-IT formats (FHIR R4 and CDS Hooks
// 2.0). DOM-free and pure; a separate entry so the engine bundle stays small.
export { toFhirBundle } from './fhir.js';
export type { ExportContext, ReferenceInput } from './fhir.js';
export { toCdsHooksCards, worstSeverity, SUMMARY_MAX } from './cds-hooks.js';
export type { CdsCard, CardOptions } from './cds-hooks.js';
export { TPI_FHIR_BASE, SYSTEMS, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, ICD10CM } from './terminology.js';
export type * from './fhir-types.js';
export { fromFhir, MAX_RESOURCES } from './from-fhir/index.js';
export { UNMAPPED_REASONS } from './from-fhir/types.js';
export type { FromFhirOptions, FromFhirResult, FieldSource, Provenance, Unmapped, UnmappedReason } from './from-fhir/types.js';
export { fromOrders, hasOrdersToCheck, ORDER_CPT_CODES } from './from-fhir/orders.js';
export type { FromOrdersOptions, FromOrdersResult, OrderRead, OrderSkipped } from './from-fhir/orders.js';
