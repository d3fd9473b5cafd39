// tpi-guide/cds-service: a CDS Hooks 2.0 service (Node 20+, no DOM) that checks an
// ordered trigger point injection or dry needling against the tpi-guide rules.
// docs/cds-service.md: requests, cards, security, feedback, running it.
export { createCdsService, type CdsService } from './service.js';
export { startCdsServer, type RunningCdsServer, type StartOptions } from './server.js';
export type { CdsServiceOptions, Settings, TrustedIssuer, Jwk } from './options.js';
export { DEFAULT_SMART_LAUNCH_URL } from './options.js';
export { SERVICES, PREFETCH, PREFETCH_COVERS, type ServiceDescription, type HookName } from './discovery.js';
export { OVERRIDE_REASONS, CARD_TOPIC_SYSTEM, OVERRIDE_REASON_SYSTEM, SUMMARY_MAX, type Card, type Coding } from './cards.js';
export { readFeedback, type FeedbackRecord, type FeedbackProblem } from './feedback.js';
export { ALGORITHMS } from './auth.js';
