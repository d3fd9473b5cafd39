// Observations: body weight (LOINC 29463-7, 3141-9) and pregnancy status (LOINC 82810-3).
// Only final, amended or corrected results, dated and not after today.
import { SYSTEMS } from '../terminology.js';
import { KG_PER_UNIT, LOINC, PREGNANCY_ANSWERS, PREGNANCY_STATUS, PREGNANCY_WORDS, UCUM, WEIGHT_CODES } from './codes.js';
import { onDate, report, type Ctx, type Src } from './context.js';
import { codingsOf, conceptLabel, hasCode, isObj, num, quote, str, wordsOf, type FhirDate } from './read.js';
import { firstDate, notFuture, statusAllows } from './status.js';

const FINAL = ['final', 'amended', 'corrected'];

export function readObservation(ctx: Ctx, src: Src): void {
  const r = src.resource;
  // The export's own Observations (site exams, patient factors, responses to prior
  // injections) repeat what its exam answers hold; the answers are read instead.
  if (codingsOf(r.code).some((c) => c.system === SYSTEMS.exam)) {
    report(ctx, src, 'derived', 'A tpi-guide exam Observation: the same facts are read from the exam answers (QuestionnaireResponse).');
    return;
  }
  const weight = WEIGHT_CODES.some((code) => hasCode(r.code, LOINC, code));
  const pregnancy = hasCode(r.code, LOINC, PREGNANCY_STATUS);
  if (!weight && !pregnancy) {
    report(ctx, src, 'not-relevant', `Observation "${conceptLabel(r.code) ?? 'without a code'}" is not one the assessment uses.`);
    return;
  }
  const what = weight ? 'Body weight' : 'Pregnancy status';
  if (!statusAllows(ctx, src, FINAL, 'not-final', what)) return;
  const date = firstDate(ctx, src, [
    ['effectiveDateTime', r.effectiveDateTime],
    ['effectiveInstant', r.effectiveInstant],
    ['effectivePeriod', r.effectivePeriod],
    ['issued', r.issued],
  ]);
  if (date === false) return;
  if (!date) {
    report(ctx, src, 'missing-date', `${what} has no date, so it cannot be placed among the others.`);
    return;
  }
  if (!notFuture(ctx, src, date, what)) return;
  if (weight) readWeight(ctx, src, date);
  else readPregnancy(ctx, src, date);
}

function readWeight(ctx: Ctx, src: Src, date: FhirDate): void {
  const q = src.resource.valueQuantity;
  const value = isObj(q) ? num(q.value) : undefined;
  if (!isObj(q) || value === undefined) {
    report(ctx, src, 'invalid-value', 'Body weight has no numeric valueQuantity.', 'valueQuantity');
    return;
  }
  const system = str(q.system);
  const unit = str(q.code) ?? (system === undefined ? str(q.unit) : undefined);
  const factor = unit !== undefined && (system === undefined || system === UCUM) ? KG_PER_UNIT[unit] : undefined;
  if (factor === undefined) {
    const said = str(q.code) ?? str(q.unit);
    report(ctx, src, 'unknown-unit', `Body weight unit ${said ? `"${quote(said)}"` : '(none)'} is not a UCUM kg, g or [lb_av].`, 'valueQuantity');
    return;
  }
  // Pounds become kilograms rounded down to the gram: the dose ceiling never rises by rounding.
  const kg = unit === 'kg' ? value : unit === 'g' ? value / 1000 : Math.floor(value * factor * 1000) / 1000;
  if (!(kg > 0 && kg <= 500)) {
    report(ctx, src, 'invalid-value', `Body weight ${value} ${unit} is outside 0–500 kg.`, 'valueQuantity');
    return;
  }
  const converted = unit === 'kg' ? '' : ` (${kg} kg)`;
  ctx.found.weights.push({ value: kg, src, date, text: `Body weight ${value} ${unit}${onDate(date)}${converted}` });
}

function readPregnancy(ctx: Ctx, src: Src, date: FhirDate): void {
  const v = src.resource.valueCodeableConcept;
  const said = new Set<boolean>();
  for (const c of codingsOf(v)) {
    const answer = PREGNANCY_ANSWERS.find((a) => a.system === c.system && a.code === c.code);
    if (answer) said.add(answer.pregnant);
  }
  if (!said.size) {
    for (const word of wordsOf(v)) {
      const answer = PREGNANCY_WORDS[word.toLowerCase()];
      if (answer !== undefined) said.add(answer);
    }
  }
  const label = conceptLabel(v);
  if (said.size !== 1) {
    report(
      ctx,
      src,
      'unknown-value',
      label ? `Pregnancy status "${label}" is not read as pregnant or not pregnant.` : 'Pregnancy status has no coded value.',
      'valueCodeableConcept',
    );
    return;
  }
  const pregnant = [...said][0]!;
  ctx.found.pregnancyStatus.push({ value: pregnant, src, date, text: `Pregnancy status: ${pregnant ? 'pregnant' : 'not pregnant'}${onDate(date)}` });
}
