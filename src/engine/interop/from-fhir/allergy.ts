// AllergyIntolerance: an allergy to a local anesthetic, active and not refuted.
import { LOCAL_ANESTHETIC_NAMES, nameMatcher } from './codes.js';
import { claimFlag, onDate, report, type Ctx, type Src } from './context.js';
import { arr, conceptLabel, isObj, quote, statusCode, wordsOf } from './read.js';
import { firstDate, notFuture } from './status.js';

const anestheticName = nameMatcher(LOCAL_ANESTHETIC_NAMES);

export function readAllergy(ctx: Ctx, src: Src): void {
  const r = src.resource;
  const words = [
    ...wordsOf(r.code),
    ...arr(r.reaction, 50).flatMap((reaction) => (isObj(reaction) ? wordsOf(reaction.substance) : [])),
  ];
  const name = conceptLabel(r.code) ?? (words[0] && quote(words[0])) ?? 'an unnamed substance';
  const match = words.map(anestheticName).find(Boolean);
  if (!match) {
    report(ctx, src, 'not-relevant', `Allergy to ${name}: not a local anesthetic.`);
    return;
  }
  const verification = statusCode(r.verificationStatus);
  if (verification === 'entered-in-error') return report(ctx, src, 'entered-in-error', `Allergy to ${name} was entered in error.`);
  if (verification === 'refuted') return report(ctx, src, 'refuted', `Allergy to ${name} was refuted.`);
  const clinical = statusCode(r.clinicalStatus);
  if (clinical !== 'active') {
    report(ctx, src, 'not-active', `Allergy to ${name} is ${clinical ? `"${quote(clinical)}"` : 'without a clinical status'}; only active allergies are read.`);
    return;
  }
  const date = firstDate(ctx, src, [['onsetDateTime', r.onsetDateTime], ['recordedDate', r.recordedDate]]);
  if (date === false || !notFuture(ctx, src, date, `Allergy to ${name}`)) return;
  claimFlag(ctx, 'localAnestheticAllergy', {
    value: true,
    src,
    ...(date && { date }),
    text: `Allergy to ${name} (local anesthetic: ${match}), active${verification ? `, ${verification}` : ''}${onDate(date)}`,
  });
}
