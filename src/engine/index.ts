// tpi-guide/engine: the DOM-free rules engine. Public contract: docs/clinical-rules.md;
// rule-set format: README.md in this folder. The data comes first, then the functions:
// the bundle (dist/engine.js) keeps this order, which gzip compresses best.
export * from './types.js';
export { CONDITIONS, type ConditionInfo } from './catalog/conditions.js';
// The patient self-check (self-check contract v2): red flags first, then a suggested visit.
export * from './self-check/index.js';
export { MUSCLES, MUSCLE_GROUPS, MUSCLE_IDS, REGIONS, muscleById, inGroup } from './catalog/muscles.js';
export type { Muscle, Region } from './catalog/muscles.js';
export { SYMPTOMS, type Symptom } from './catalog/symptoms.js';
export { OPTIONS, type OptionInfo } from './catalog/options.js';
export { ALTERNATIVES, type AlternativeInfo } from './catalog/alternatives.js';
export { defaultRuleset } from './rules/default-ruleset.js';
// Each citation of the default rules in full, with a link where one exists.
export { SOURCES, citation, type Citation, type DesignChoice, type Source } from './sources.js';
export { AssessmentError, RulesetError } from './errors.js';
export { evaluate } from './evaluate.js';
export { validateAssessment } from './validate-assessment.js';
export { validateRuleset } from './validate-ruleset.js';
export { describeRuleset } from './describe.js';
