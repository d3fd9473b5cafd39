// Patient: age in whole years at `today`, from birthDate. A birth date without a day
// gives an age only when every day it can mean gives the same age.
import { report, type Ctx, type Src } from './context.js';
import { fhirDate, quote, yearsBetween } from './read.js';

export function readPatient(ctx: Ctx, src: Src): void {
  const raw = src.resource.birthDate;
  if (raw === undefined) return report(ctx, src, 'missing-date', 'Patient has no birth date, so the age is not filled.', 'birthDate');
  const birth = fhirDate(raw);
  if (!birth || birth.text.length > 10) return report(ctx, src, 'invalid-value', 'Patient birthDate is not a FHIR date.', 'birthDate');
  if (birth.first > ctx.today) return report(ctx, src, 'future-dated', `Patient birth date ${quote(birth.text)} is after ${ctx.today}.`, 'birthDate');
  const oldest = yearsBetween(birth.first, ctx.today);
  const youngest = yearsBetween(birth.last > ctx.today ? ctx.today : birth.last, ctx.today);
  if (oldest !== youngest) {
    return report(ctx, src, 'partial-date', `Patient birth date ${quote(birth.text)} gives an age of ${youngest} or ${oldest} on ${ctx.today}.`, 'birthDate');
  }
  if (oldest > 130) return report(ctx, src, 'invalid-value', `Patient birth date ${quote(birth.text)} gives an age above 130.`, 'birthDate');
  ctx.found.ages.push({ value: oldest, src, date: birth, text: `Born ${quote(birth.text)}: ${oldest} years old on ${ctx.today}` });
}
