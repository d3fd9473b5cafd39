// Conditions: bleeding disorder (ICD-10-CM D65–D69 except the thrombophilias D68.5,
// D68.6), pregnancy (Z33.1, O00–O9A), fibromyalgia (M79.7, SNOMED CT 203082005).
// Active (or recurrence, relapse), neither refuted nor entered in error.
import type { PatientFlag } from '../../types.js';
import {
  ICD10CM,
  SNOMED,
  SNOMED_FIBROMYALGIA,
  icdKey,
  isBleedingDisorder,
  isFibromyalgiaCode,
  isPregnancyCode,
  isThrombophilia,
} from './codes.js';
import { claimFlag, onDate, report, type Ctx, type Src } from './context.js';
import { codingsOf, conceptLabel, quote, statusCode } from './read.js';
import { firstDate, notFuture } from './status.js';

const ACTIVE = ['active', 'recurrence', 'relapse'];

type Reading = PatientFlag | 'thrombophilia';

function readingsOf(concept: unknown): Map<Reading, string> {
  const found = new Map<Reading, string>();
  for (const c of codingsOf(concept)) {
    if (!c.code) continue;
    if (c.system === ICD10CM) {
      const key = icdKey(c.code);
      const code = `ICD-10-CM ${quote(c.code)}`;
      if (isBleedingDisorder(key) && !found.has('bleedingDisorder')) found.set('bleedingDisorder', code);
      if (isThrombophilia(key) && !found.has('thrombophilia')) found.set('thrombophilia', code);
      if (isPregnancyCode(key) && !found.has('pregnant')) found.set('pregnant', code);
      if (isFibromyalgiaCode(key) && !found.has('fibromyalgia')) found.set('fibromyalgia', code);
    } else if (c.system === SNOMED && c.code === SNOMED_FIBROMYALGIA && !found.has('fibromyalgia')) {
      found.set('fibromyalgia', `SNOMED CT ${SNOMED_FIBROMYALGIA}`);
    }
  }
  return found;
}

const WHAT: Record<string, string> = { bleedingDisorder: 'bleeding disorder', pregnant: 'pregnancy', fibromyalgia: 'fibromyalgia' };

export function readCondition(ctx: Ctx, src: Src): void {
  const r = src.resource;
  const name = conceptLabel(r.code) ?? 'an uncoded condition';
  const readings = readingsOf(r.code);
  const thrombophilia = readings.get('thrombophilia');
  readings.delete('thrombophilia');
  if (!readings.size) {
    const why = thrombophilia ? `${thrombophilia} is a thrombophilia (clotting, not bleeding)` : 'not a code the assessment uses';
    report(ctx, src, 'not-relevant', `Condition ${name}: ${why}.`);
    return;
  }
  const verification = statusCode(r.verificationStatus);
  if (verification === 'entered-in-error') return report(ctx, src, 'entered-in-error', `Condition ${name} was entered in error.`);
  if (verification === 'refuted') return report(ctx, src, 'refuted', `Condition ${name} was refuted.`);
  const clinical = statusCode(r.clinicalStatus);
  if (!clinical || !ACTIVE.includes(clinical)) {
    report(ctx, src, 'not-active', `Condition ${name} is ${clinical ? `"${quote(clinical)}"` : 'without a clinical status'}; only active conditions are read.`);
    return;
  }
  const date = firstDate(ctx, src, [['onsetDateTime', r.onsetDateTime], ['onsetPeriod', r.onsetPeriod], ['recordedDate', r.recordedDate]]);
  if (date === false || !notFuture(ctx, src, date, `Condition ${name}`)) return;
  for (const [flag, code] of readings) {
    const claim = { value: true as const, src, ...(date && { date }), text: `${name} (${WHAT[flag]}: ${code}), ${clinical}${onDate(date)}` };
    if (flag === 'pregnant') ctx.found.pregnancyConditions.push(claim);
    else claimFlag(ctx, flag as PatientFlag, claim);
  }
}
