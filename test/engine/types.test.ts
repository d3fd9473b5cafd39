// The id types are derived from their run-time lists (types.ts, vocab.ts, the muscle
// table): each is a union of exactly those ids, never plain `string`, so an id that is
// not in its list does not compile. `tsc` checks this file (in `npm run build`); the
// `@ts-expect-error` lines fail it if a type ever widens.
import { expect } from '@open-wc/testing';
import { OPERATORS, SEVERITIES, SITE_KINDS, STAGES } from '../../src/engine/vocab.js';
import {
  MUSCLE_GROUPS,
  MUSCLE_IDS,
  SIDES,
  WARNING_IDS,
  type Action,
  type Activity,
  type EligibilityStatus,
  type InjectionStatus,
  type MuscleGroup,
  type MuscleId,
  type Operator,
  type Severity,
  type Side,
  type SiteKind,
  type Stage,
  type Verb,
  type WarningId,
} from '../../src/engine/index.js';

/** True when T is a union of literals, false when it is as wide as `string`. */
type Narrow<T> = string extends T ? false : true;
type All<T extends boolean[]> = T[number] extends true ? true : false;

describe('id types', () => {
  it('each id type is a union of its list, not any string', () => {
    const ids: All<[Narrow<MuscleId>, Narrow<MuscleGroup>, Narrow<WarningId>, Narrow<Side>, Narrow<SiteKind>, Narrow<Activity>]> = true;
    const statuses: All<[Narrow<InjectionStatus>, Narrow<EligibilityStatus>, Narrow<Severity>, Narrow<Stage>, Narrow<Operator>, Narrow<Verb>]> = true;
    expect(ids && statuses).to.equal(true);
  });

  it('every listed id is of its type, and an unlisted one does not compile', () => {
    const lists: [readonly MuscleId[], readonly MuscleGroup[], readonly WarningId[], readonly Side[], readonly SiteKind[], readonly Severity[], readonly Stage[], readonly Operator[]] = [
      MUSCLE_IDS,
      MUSCLE_GROUPS,
      WARNING_IDS,
      SIDES,
      SITE_KINDS,
      SEVERITIES,
      STAGES,
      OPERATORS,
    ];
    // @ts-expect-error not a contract muscle
    const muscle: MuscleId = 'biceps';
    // @ts-expect-error two muscles are not one id
    const words: MuscleId = 'temporalis masseter';
    // @ts-expect-error not a contract warning
    const warning: WarningId = 'fibromyalgia-risk';
    // @ts-expect-error not a stage
    const stage: Stage = 'triage';
    // @ts-expect-error not an operator
    const op: Operator = '>=';
    // @ts-expect-error not a verb of the rule-set format
    const action: Action = { alert: 'x' };
    expect([muscle, words, warning, stage, op, action]).to.have.length(6);
    expect(lists.every((list) => list.length > 0)).to.equal(true);
  });
});
