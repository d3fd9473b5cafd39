// Runtime lists of the engine's own enums (internal: for validation and the run).
import type { Activity, EligibilityStatus, InjectionStatus, Operator, Severity, SiteKind, Stage } from './types.js';

export const SITE_KINDS: readonly SiteKind[] = ['trigger-point', 'tender-spot', 'indeterminate', 'none'];
export const ACTIVITIES: readonly Activity[] = ['active', 'latent', 'unknown'];
export const INJECTION_STATUSES: readonly InjectionStatus[] = ['indicated', 'not-indicated', 'contraindicated'];
export const ELIGIBILITY_STATUSES: readonly EligibilityStatus[] = ['appropriate', 'caution', 'contraindicated', 'incomplete', 'not-indicated'];
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'critical'];
export const STAGES: readonly Stage[] = ['classify', 'injection', 'warnings', 'eligibility', 'options', 'alternatives', 'conditions'];
/** The first six compare numbers too; `in` tests membership of a list; `has` tests a list fact. */
export const OPERATORS: readonly Operator[] = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'has'];
