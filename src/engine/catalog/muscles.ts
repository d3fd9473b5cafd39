// The muscle catalog: ids and groups exactly as in the engine contract's table, kept in
// the table's own shape (group → muscles) so it can be checked against it line by line.
// It is the one source of the muscle ids and groups (ids in order of first mention), of
// their types, of each muscle's `region` (its first group, always a region group) and of
// REGIONS. `position` is reserved for a body map (front/back view, x and y as fractions).
import { label } from './label.js';

export type Region = 'head-neck' | 'shoulder-upper-back' | 'trunk' | 'lumbopelvic' | 'lower-limb' | 'upper-limb';

export interface Muscle {
  id: MuscleId;
  /** English name for people; translations key on `id`. */
  label: string;
  region: Region;
  groups: readonly MuscleGroup[];
  position?: { view: 'front' | 'back'; x: number; y: number };
}

/** The contract's group table, in its order. */
const TABLE = {
  'head-neck':
    'temporalis masseter sternocleidomastoid upper-trapezius levator-scapulae splenius-capitis suboccipitals scalenes',
  mastication: 'temporalis masseter',
  'shoulder-upper-back': 'supraspinatus infraspinatus rhomboids middle-trapezius serratus-anterior pectoralis-major',
  trunk: 'thoracic-paraspinals lumbar-paraspinals quadratus-lumborum',
  lumbopelvic: 'lumbar-paraspinals quadratus-lumborum gluteus-medius gluteus-minimus piriformis',
  'lower-limb':
    'gluteus-medius gluteus-minimus piriformis tensor-fasciae-latae vastus-lateralis hamstrings gastrocnemius tibialis-anterior',
  'upper-limb': 'forearm-extensors',
  'thoracic-wall':
    'upper-trapezius middle-trapezius scalenes rhomboids serratus-anterior pectoralis-major thoracic-paraspinals',
  'tinnitus-related': 'sternocleidomastoid masseter temporalis splenius-capitis upper-trapezius',
} as const;

/** The words of a space-separated string literal, as a union. */
type Words<S extends string> = S extends `${infer W} ${infer Rest}` ? W | Words<Rest> : S;
export type MuscleGroup = keyof typeof TABLE;
export type MuscleId = Words<(typeof TABLE)[MuscleGroup]>;

export const MUSCLE_GROUPS = Object.keys(TABLE) as readonly MuscleGroup[];
export const MUSCLE_IDS = [...new Set(Object.values(TABLE).join(' ').split(' '))] as readonly MuscleId[];

export const MUSCLES: readonly Muscle[] = MUSCLE_IDS.map((id) => {
  const groups = MUSCLE_GROUPS.filter((g) => TABLE[g].split(' ').includes(id));
  return { id, label: label(id), region: groups[0] as Region, groups };
});

export const REGIONS: readonly Region[] = [...new Set(MUSCLES.map((m) => m.region))];

const byId = new Map(MUSCLES.map((muscle) => [muscle.id, muscle]));

/** The catalog entry of a muscle id, or undefined for an unknown id. */
export function muscleById(id: string): Muscle | undefined {
  return byId.get(id as MuscleId);
}

/** Whether a muscle belongs to a contract group. */
export function inGroup(id: MuscleId, group: MuscleGroup): boolean {
  return byId.get(id)?.groups.includes(group) ?? false;
}
