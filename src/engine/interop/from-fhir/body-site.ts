// A body site as one of the contract's muscles, by the project's own muscle code or by
// name. Names are compared as sets of words, so word order, case, punctuation, plurals
// and filler words ("structure of", "muscle", "fibers") do not matter; anything else
// must match a known name exactly. "Trapezius" alone (upper? middle?) matches nothing:
// an unrecognized site is reported, never mapped to the nearest muscle.
import { MUSCLES } from '../../catalog/muscles.js';
import type { MuscleId, Side } from '../../types.js';
import { SYSTEMS } from '../terminology.js';
import { LATERALITY, SNOMED } from './codes.js';
import { codingsOf, isObj, str, wordsOf } from './read.js';

/** Other names of a muscle, beyond its catalog label. Each is that muscle or one of its parts. */
const SYNONYMS: Partial<Record<MuscleId, string[]>> = {
  sternocleidomastoid: ['sternomastoid'],
  'upper-trapezius': ['descending trapezius'],
  'middle-trapezius': ['transverse trapezius'],
  scalenes: ['scalenus', 'anterior scalene', 'middle scalene', 'posterior scalene', 'scalenus anterior', 'scalenus medius', 'scalenus posterior'],
  rhomboids: ['rhomboid major', 'rhomboid minor'],
  'thoracic-paraspinals': ['thoracic erector spinae'],
  'lumbar-paraspinals': ['lumbar erector spinae'],
  'tensor-fasciae-latae': ['tensor fascia lata', 'tensor fasciae lata'],
  hamstrings: ['biceps femoris', 'semitendinosus', 'semimembranosus'],
  'forearm-extensors': ['wrist extensors'],
};

// Words that say nothing about which muscle: anatomy filler and laterality (read apart).
const FILLER = new Set([
  'structure', 'of', 'the', 'entire', 'muscle', 'muscles', 'fiber', 'fibers', 'fibre', 'fibres', 'portion', 'part',
  'region', 'left', 'right', 'bilateral', 'both', 'side', 'sides', 'and',
]);

/** A name as a key: lower case words, filler and a SNOMED "(body structure)" tag removed, plurals folded, sorted. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !/(us|is|ss)$/.test(word) ? word.slice(0, -1) : word))
    .sort()
    .join(' ');
}

const BY_NAME = new Map<string, MuscleId>();
for (const muscle of MUSCLES) {
  for (const name of [muscle.label, muscle.id, ...(SYNONYMS[muscle.id] ?? [])]) BY_NAME.set(key(name), muscle.id);
}
const MUSCLE_IDS = new Set<string>(MUSCLES.map((m) => m.id));

/** The muscle a name means, or undefined. */
export const muscleByName = (name: string): MuscleId | undefined => (name.length > 200 ? undefined : BY_NAME.get(key(name)));

/** The sides a text names as words. */
function sidesInText(text: string): Set<Side> {
  const sides = new Set<Side>();
  const words = text.toLowerCase().split(/[^a-z]+/);
  if (words.includes('left')) sides.add('left');
  if (words.includes('right')) sides.add('right');
  if (words.includes('bilateral') || words.includes('both')) sides.add('left').add('right');
  return sides;
}

export interface ReadSite {
  muscle?: MuscleId;
  /** Sides the site names (codes or words): none, one, or both (bilateral). */
  sides: Set<Side>;
  /** What the site says, for sentences. */
  text: string;
  /** True when the site only says a side (a laterality qualifier on its own). */
  lateralityOnly: boolean;
}

/** One bodySite CodeableConcept: its muscle (local code, else name), its sides and its words. */
export function readBodySite(concept: unknown): ReadSite | undefined {
  if (!isObj(concept)) return undefined;
  const codings = codingsOf(concept);
  const sides = new Set<Side>();
  let muscle: MuscleId | undefined;
  let named = false;
  for (const c of codings) {
    if (c.system === SNOMED && c.code && LATERALITY[c.code]) sides.add(LATERALITY[c.code]!);
    else if (c.system === SYSTEMS.muscle && c.code && MUSCLE_IDS.has(c.code)) muscle = c.code as MuscleId;
    else named ||= !!(c.code || c.display);
  }
  const words = wordsOf(concept).filter((w) => !codings.some((c) => c.display === w && c.system === SNOMED && c.code && LATERALITY[c.code]));
  for (const w of words) for (const s of sidesInText(w)) sides.add(s);
  if (!muscle) {
    for (const w of words) {
      muscle = muscleByName(w);
      if (muscle) break;
    }
  }
  const text = str(concept.text) ?? words[0] ?? codings.map((c) => c.display ?? c.code).filter(Boolean).join(', ');
  const sideWordsOnly = words.every((w) => key(w) === '');
  const lateralityOnly = !muscle && sides.size > 0 && sideWordsOnly && !named;
  return { ...(muscle && { muscle }), sides, text, lateralityOnly };
}
