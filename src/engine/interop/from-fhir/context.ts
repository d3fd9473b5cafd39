// What every reader shares: the resource being read, the date, and the collectors for
// the values found and the things left unused.
import type { PatientFlag, PriorInjection } from '../../types.js';
import { quote, type FhirDate, type Obj } from './read.js';
import type { FieldSource, Unmapped, UnmappedReason } from './types.js';

/** One input resource. */
export interface Src {
  index: number;
  resource: Obj;
  resourceType: string;
  /** 'Type/id', else the entry's fullUrl. */
  reference?: string;
  /** The Bundle entry's fullUrl, when it came in a Bundle. */
  fullUrl?: string;
}

/** A value the record gives for a field, with where it came from. */
export interface Claim<T> {
  value: T;
  src: Src;
  /** The sentence for the clinician. */
  text: string;
  date?: FhirDate;
}

/** Everything the readers found, before fromFhir chooses among it. */
export interface Found {
  ages: Claim<number>[];
  weights: Claim<number>[];
  pregnancyStatus: Claim<boolean>[];
  pregnancyConditions: Claim<true>[];
  /** Flags the record can only set to true (a medicine, an allergy, a condition). */
  flags: Map<PatientFlag, Claim<true>[]>;
  procedures: Claim<PriorInjection>[];
}

export interface Ctx {
  today: string;
  unmapped: Unmapped[];
  found: Found;
  /** Resources by 'Type/id' and by fullUrl, to resolve references (e.g. a Medication). */
  byReference: Map<string, Src>;
  /** Resources used through a reference from another used resource. */
  usedByReference: Set<Src>;
}

/** Adds an unmapped entry for a resource (or one of its values, with `path`). */
export function report(ctx: Ctx, src: Src, reason: UnmappedReason, text: string, path?: string): void {
  ctx.unmapped.push({
    index: src.index,
    ...(src.reference && { reference: src.reference }),
    resourceType: src.resourceType,
    ...(path && { path }),
    reason,
    text,
  });
}

/** A FieldSource for a claim. */
export function sourceOf(claim: Claim<unknown>): Omit<FieldSource, 'also'> {
  return {
    ...(claim.src.reference && { reference: claim.src.reference }),
    resourceType: claim.src.resourceType,
    text: claim.text,
    ...(claim.date && { date: claim.date.text }),
  };
}

/** " on 2026-10-02" for a sentence, or nothing. */
export const onDate = (date: FhirDate | undefined): string => (date ? ` on ${quote(date.text)}` : '');

/** Adds a true-only flag claim. */
export function claimFlag(ctx: Ctx, flag: PatientFlag, claim: Claim<true>): void {
  const list = ctx.found.flags.get(flag);
  if (list) list.push(claim);
  else ctx.found.flags.set(flag, [claim]);
}
