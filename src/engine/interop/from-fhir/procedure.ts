// Procedures: completed trigger point injections (CPT 20552, 20553) and needle insertions
// without injection (20560, 20561) become prior injections: one per muscle the body
// sites name, with the side where the record gives one. A body site that names no muscle
// of the catalog is reported, never mapped to the nearest one.
import type { InjectionKind, MuscleId, Side } from '../../types.js';
import { readBodySite } from './body-site.js';
import {
  CORTICOSTEROID_NAMES,
  CPT,
  CPT_DRY_NEEDLING,
  CPT_INJECTION,
  LIDOCAINE_NAMES,
  nameMatcher,
} from './codes.js';
import { report, type Ctx, type Src } from './context.js';
import { arr, codingsOf, isObj, quote, str, wordsOf } from './read.js';
import { firstDate, notFuture, statusAllows } from './status.js';
import { siteLabel } from '../labels.js';

const steroidName = nameMatcher(CORTICOSTEROID_NAMES);
const lidocaineName = nameMatcher(LIDOCAINE_NAMES);

/** Kind of injection: dry needling by code; else what the record names as used, else `other`. */
function kindOf(src: Src, dryNeedling: boolean): { kind: InjectionKind; because?: string } {
  if (dryNeedling) return { kind: 'dry-needling' };
  const r = src.resource;
  const words = [
    ...arr(r.usedCode, 20).flatMap(wordsOf),
    ...arr(r.usedReference, 20).flatMap((ref) => (isObj(ref) && str(ref.display) ? [str(ref.display)!] : [])),
  ];
  const steroid = words.map(steroidName).find(Boolean);
  if (steroid) return { kind: 'corticosteroid', because: steroid };
  const lidocaine = words.map(lidocaineName).find(Boolean);
  if (lidocaine) return { kind: 'lidocaine', because: lidocaine };
  return { kind: 'other' };
}

export function readProcedure(ctx: Ctx, src: Src): void {
  const r = src.resource;
  const cpt = codingsOf(r.code).find((c) => c.system === CPT && c.code && [...CPT_INJECTION, ...CPT_DRY_NEEDLING].includes(c.code));
  if (!cpt) {
    const label = wordsOf(r.code)[0] ?? codingsOf(r.code).find((c) => c.code)?.code;
    report(ctx, src, 'not-relevant', `Procedure ${label ? `"${quote(label)}"` : 'without a code'}: not a trigger point injection or dry needling (CPT 20552, 20553, 20560, 20561).`);
    return;
  }
  const what = `Procedure CPT ${cpt.code}`;
  if (!statusAllows(ctx, src, ['completed'], 'not-completed', what)) return;
  const date = firstDate(ctx, src, [['performedDateTime', r.performedDateTime], ['performedPeriod', r.performedPeriod]]);
  if (date === false) return;
  if (!date) return report(ctx, src, 'missing-date', `${what} has no date performed.`);
  if (!date.day) return report(ctx, src, 'partial-date', `${what} is dated ${quote(date.text)}, without a day.`);
  if (!notFuture(ctx, src, date, what)) return;

  const sites = arr(r.bodySite, 50).map((site, i) => ({ site: readBodySite(site), i }));
  if (!sites.length) return report(ctx, src, 'missing-body-site', `${what} on ${date.day} names no body site, so the muscle is unknown.`);
  // A body site that says only "left" or "right" (a laterality qualifier) applies to the others.
  const sharedSides = new Set<Side>();
  for (const { site } of sites) if (site?.lateralityOnly) for (const s of site.sides) sharedSides.add(s);

  const { kind, because } = kindOf(src, CPT_DRY_NEEDLING.includes(cpt.code!));
  const seen = new Set<string>();
  let unknown = 0;
  for (const { site, i } of sites) {
    if (site?.lateralityOnly) continue;
    if (!site?.muscle) {
      const said = site?.text ? `"${quote(site.text)}"` : 'without a name';
      report(ctx, src, 'unknown-body-site', `${what} on ${date.day}: body site ${said} is not a muscle fromFhir can name.`, `bodySite[${i}]`);
      unknown++;
      continue;
    }
    const sides = site.sides.size ? site.sides : sharedSides;
    const side = sides.size === 1 ? [...sides][0] : undefined;
    const key = `${site.muscle}|${side ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const muscle: MuscleId = site.muscle;
    const where = `${siteLabel(muscle, side)}${sides.size === 2 ? ' (both sides)' : ''}`;
    const name = kind === 'dry-needling' ? 'Dry needling' : 'Trigger point injection';
    ctx.found.procedures.push({
      value: { muscle, ...(side && { side }), date: date.day, kind },
      src,
      date,
      text: `${name} (CPT ${cpt.code}) on ${date.day}: ${where}${because ? `, ${because}` : ''}`,
    });
  }
  if (!seen.size && !unknown) report(ctx, src, 'missing-body-site', `${what} on ${date.day} gives a side but no muscle.`);
}
