// One rule: an id, its stage and scope, a description, citations, and its condition
// and action, read against the facts of its scope.
import { FACT_NAMES } from '../facts.js';
import { list, obj, oneOf, text, type Check } from '../schema.js';
import { SCOPES, STAGES } from '../vocab.js';
import { action } from './action.js';
import { condition, type ConditionScope } from './condition.js';
import { LIMITS } from './limits.js';

const fields = obj(
  {
    id: text,
    stage: oneOf(STAGES, 'stage'),
    scope: oneOf(SCOPES, 'scope'),
    description: text,
    citations: list(text, LIMITS.citations, 'citations', 1),
    when: (v) => v,
    then: (v) => v,
  },
  ['id', 'stage', 'description', 'citations', 'when', 'then'],
  'rule field',
);

/** A rule of the rule set whose thresholds and condition count `scope` holds. */
export function rule(scope: ConditionScope): Check {
  // The checks of each scope's conditions and actions, made once per rule set.
  const checks = (site: boolean) => {
    const facts = FACT_NAMES[site ? 'site' : 'patient'];
    return { when: condition(scope, facts), then: action({ site, facts, names: scope.names }) };
  };
  const byScope = { site: checks(true), patient: checks(false) };
  return (v, p, out) => {
    const r = fields(v, p, out);
    if (!r) return;
    const { when, then } = byScope[r.scope == 'site' ? 'site' : 'patient'];
    if (r.when !== undefined) r.when = when(r.when, [...p, 'when'], out);
    if (r.then !== undefined) r.then = then(r.then, [...p, 'then'], out);
    return r;
  };
}
