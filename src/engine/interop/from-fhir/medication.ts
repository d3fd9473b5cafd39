// MedicationRequest and MedicationStatement: an active anticoagulant or antiplatelet
// medicine, by WHO ATC group or by generic or brand name. Only status `active`; a
// request marked doNotPerform or a statement whose period has ended is not a medicine
// the patient takes.
import type { PatientFlag } from '../../types.js';
import {
  ANTICOAGULANT_NAMES,
  ANTIPLATELET_NAMES,
  ATC,
  ATC_ANTICOAGULANT,
  ATC_ANTIPLATELET,
  nameMatcher,
} from './codes.js';
import { claimFlag, onDate, report, type Ctx, type Src } from './context.js';
import { arr, codingsOf, conceptLabel, isObj, quote, str, wordsOf, type Obj } from './read.js';
import { normalizeReference } from './references.js';
import { dateAt, firstDate, notFuture, statusAllows } from './status.js';

const anticoagulantName = nameMatcher(ANTICOAGULANT_NAMES);
const antiplateletName = nameMatcher(ANTIPLATELET_NAMES);

/** The medicine a request or statement names: its concept, or the Medication it refers to. */
function medicineOf(ctx: Ctx, src: Src): { concept?: unknown; words: string[] } {
  const r = src.resource;
  if (r.medicationCodeableConcept !== undefined) return { concept: r.medicationCodeableConcept, words: wordsOf(r.medicationCodeableConcept) };
  const ref = r.medicationReference;
  if (!isObj(ref)) return { words: [] };
  const display = str(ref.display);
  const target = str(ref.reference);
  let medication: Obj | undefined;
  if (target?.startsWith('#')) {
    medication = arr(r.contained, 100).filter(isObj).find((c) => c.resourceType === 'Medication' && c.id === target.slice(1));
  } else if (target) {
    const found = ctx.byReference.get(normalizeReference(target));
    if (found?.resourceType === 'Medication') {
      ctx.usedByReference.add(found);
      medication = found.resource;
    }
  }
  const concept = medication?.code;
  return { concept, words: [...wordsOf(concept), ...(display ? [display] : [])] };
}

/** Which flags a medicine sets, each with what matched (an ATC code or a name). */
function classify(concept: unknown, words: readonly string[]): Partial<Record<PatientFlag, string>> {
  const found: Partial<Record<PatientFlag, string>> = {};
  for (const c of codingsOf(concept)) {
    if (c.system !== ATC || !c.code) continue;
    if (ATC_ANTICOAGULANT.some((group) => c.code!.startsWith(group))) found.anticoagulated ??= `ATC ${c.code}`;
    if (ATC_ANTIPLATELET.some((group) => c.code!.startsWith(group))) found.antiplatelet ??= `ATC ${c.code}`;
  }
  for (const word of words) {
    const anticoagulant = anticoagulantName(word);
    const antiplatelet = antiplateletName(word);
    if (anticoagulant) found.anticoagulated ??= anticoagulant;
    if (antiplatelet) found.antiplatelet ??= antiplatelet;
  }
  return found;
}

export function readMedication(ctx: Ctx, src: Src): void {
  const r = src.resource;
  const request = src.resourceType === 'MedicationRequest';
  const kind = request ? 'Medication request' : 'Medication statement';
  const { concept, words } = medicineOf(ctx, src);
  const name = conceptLabel(concept) ?? (words[0] && quote(words[0])) ?? 'an unnamed medicine';
  const found = classify(concept, words);
  if (!found.anticoagulated && !found.antiplatelet) {
    report(ctx, src, 'not-relevant', `${kind} for ${name}: not an anticoagulant or antiplatelet medicine fromFhir recognizes.`);
    return;
  }
  if (!statusAllows(ctx, src, ['active'], 'not-active', `${kind} for ${name}`)) return;
  if (request && r.doNotPerform === true) {
    report(ctx, src, 'do-not-perform', `${kind} for ${name} says not to give it.`);
    return;
  }
  const date = request
    ? firstDate(ctx, src, [['authoredOn', r.authoredOn]])
    : firstDate(ctx, src, [['effectiveDateTime', r.effectiveDateTime], ['effectivePeriod', r.effectivePeriod], ['dateAsserted', r.dateAsserted]]);
  if (date === false || !notFuture(ctx, src, date, `${kind} for ${name}`)) return;
  if (!request && isObj(r.effectivePeriod)) {
    const end = dateAt(ctx, src, 'effectivePeriod.end', r.effectivePeriod.end);
    if (end === false) return;
    if (end && end.last < ctx.today) {
      report(ctx, src, 'not-active', `${kind} for ${name} ended on ${quote(end.text)}.`);
      return;
    }
  }
  const label = request ? 'active medication request' : 'active medication statement';
  for (const flag of ['anticoagulated', 'antiplatelet'] as const) {
    const match = found[flag];
    if (!match) continue;
    const what = flag === 'anticoagulated' ? 'anticoagulant' : 'antiplatelet';
    claimFlag(ctx, flag, { value: true, src, ...(date && { date }), text: `${name} (${what}: ${match}), ${label}${onDate(date)}` });
  }
}
