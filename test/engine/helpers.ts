// Builders for engine tests: readable assessments with only the fields that matter.
import { evaluate, type Assessment, type Findings, type Guidance, type PriorInjection, type SiteExam } from '../../src/engine/index.js';

export const TODAY = '2026-11-26';

/** All three essential criteria present, pain recognized: an active trigger point. */
export const ACTIVE: Findings = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true };
/** A trigger point whose pain the patient does not recognize. */
export const LATENT: Findings = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: false };
/** A trigger point whose pain recognition was not examined. */
export const UNKNOWN: Findings = { tautBand: true, hypersensitiveSpot: true, referredPain: true };

export const site = (id: string, muscle: SiteExam['muscle'], findings: Findings, extra: Partial<SiteExam> = {}): SiteExam => ({
  id,
  muscle,
  findings,
  ...extra,
});

/** A date `days` before TODAY. */
export function daysAgo(days: number, from = TODAY): string {
  const t = new Date(`${from}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
}

export const prior = (muscle: PriorInjection['muscle'], days: number, kind: PriorInjection['kind'], side?: PriorInjection['side']): PriorInjection => ({
  muscle,
  date: daysAgo(days),
  kind,
  ...(side && { side }),
});

/** Evaluate with today fixed. */
export const run = (a: Assessment, options: Parameters<typeof evaluate>[1] = {}): Guidance => evaluate(a, { today: TODAY, ...options });

/** One active trigger point in `muscle`, plus whatever else the assessment says. */
export const oneActive = (muscle: SiteExam['muscle'] = 'infraspinatus', rest: Partial<Assessment> = {}, extra: Partial<SiteExam> = {}): Assessment => ({
  sites: [site('s1', muscle, ACTIVE, extra)],
  ...rest,
});

export const warningIds = (g: Guidance) => g.warnings.map((w) => w.id);
export const warning = (g: Guidance, id: string) => g.warnings.find((w) => w.id === id);
export const option = (g: Guidance, id: string) => g.options.find((o) => o.id === id)!;
export const condition = (g: Guidance, id: string) => g.conditions.find((c) => c.id === id);
export const fired = (g: Guidance) => g.trace.map((t) => t.rule);

/** The issues evaluate() throws for an assessment (fails the test if it does not throw). */
export function issuesOf(input: unknown, options: Record<string, unknown> = { today: TODAY }): { name: string; issues: { path: (string | number)[]; message: string }[] } {
  try {
    evaluate(input, options);
  } catch (e) {
    return e as { name: string; issues: { path: (string | number)[]; message: string }[] };
  }
  throw new Error('expected evaluate() to throw');
}
