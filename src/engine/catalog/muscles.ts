// The muscle catalog: ids and groups exactly as in the engine contract's table.
// `region` is the one group a picker files the muscle under; `position` is reserved
// for a body map (front/back view, x and y as fractions of the figure).
import type { MuscleGroup, MuscleId } from '../types.js';

export type Region = 'head-neck' | 'shoulder-upper-back' | 'trunk' | 'lumbopelvic' | 'lower-limb' | 'upper-limb';

export interface Muscle {
  id: MuscleId;
  /** English name for people; translations key on `id`. */
  label: string;
  region: Region;
  groups: readonly MuscleGroup[];
  position?: { view: 'front' | 'back'; x: number; y: number };
}

export const REGIONS: readonly Region[] = [
  'head-neck',
  'shoulder-upper-back',
  'trunk',
  'lumbopelvic',
  'lower-limb',
  'upper-limb',
];

const m = (id: MuscleId, label: string, region: Region, ...groups: MuscleGroup[]): Muscle => ({ id, label, region, groups });

export const MUSCLES: readonly Muscle[] = [
  m('temporalis', 'Temporalis', 'head-neck', 'head-neck', 'mastication', 'tinnitus-related'),
  m('masseter', 'Masseter', 'head-neck', 'head-neck', 'mastication', 'tinnitus-related'),
  m('sternocleidomastoid', 'Sternocleidomastoid', 'head-neck', 'head-neck', 'tinnitus-related'),
  m('upper-trapezius', 'Upper trapezius', 'head-neck', 'head-neck', 'thoracic-wall', 'tinnitus-related'),
  m('levator-scapulae', 'Levator scapulae', 'head-neck', 'head-neck'),
  m('splenius-capitis', 'Splenius capitis', 'head-neck', 'head-neck', 'tinnitus-related'),
  m('suboccipitals', 'Suboccipitals', 'head-neck', 'head-neck'),
  m('scalenes', 'Scalenes', 'head-neck', 'head-neck', 'thoracic-wall'),
  m('supraspinatus', 'Supraspinatus', 'shoulder-upper-back', 'shoulder-upper-back'),
  m('infraspinatus', 'Infraspinatus', 'shoulder-upper-back', 'shoulder-upper-back'),
  m('rhomboids', 'Rhomboids', 'shoulder-upper-back', 'shoulder-upper-back', 'thoracic-wall'),
  m('middle-trapezius', 'Middle trapezius', 'shoulder-upper-back', 'shoulder-upper-back', 'thoracic-wall'),
  m('serratus-anterior', 'Serratus anterior', 'shoulder-upper-back', 'shoulder-upper-back', 'thoracic-wall'),
  m('pectoralis-major', 'Pectoralis major', 'shoulder-upper-back', 'shoulder-upper-back', 'thoracic-wall'),
  m('thoracic-paraspinals', 'Thoracic paraspinals', 'trunk', 'trunk', 'thoracic-wall'),
  m('lumbar-paraspinals', 'Lumbar paraspinals', 'trunk', 'trunk', 'lumbopelvic'),
  m('quadratus-lumborum', 'Quadratus lumborum', 'trunk', 'trunk', 'lumbopelvic'),
  m('gluteus-medius', 'Gluteus medius', 'lumbopelvic', 'lumbopelvic', 'lower-limb'),
  m('gluteus-minimus', 'Gluteus minimus', 'lumbopelvic', 'lumbopelvic', 'lower-limb'),
  m('piriformis', 'Piriformis', 'lumbopelvic', 'lumbopelvic', 'lower-limb'),
  m('tensor-fasciae-latae', 'Tensor fasciae latae', 'lower-limb', 'lower-limb'),
  m('vastus-lateralis', 'Vastus lateralis', 'lower-limb', 'lower-limb'),
  m('hamstrings', 'Hamstrings', 'lower-limb', 'lower-limb'),
  m('gastrocnemius', 'Gastrocnemius', 'lower-limb', 'lower-limb'),
  m('tibialis-anterior', 'Tibialis anterior', 'lower-limb', 'lower-limb'),
  m('forearm-extensors', 'Forearm extensors', 'upper-limb', 'upper-limb'),
];

const byId = new Map(MUSCLES.map((muscle) => [muscle.id, muscle]));

/** The catalog entry of a muscle id, or undefined for an unknown id. */
export function muscleById(id: string): Muscle | undefined {
  return byId.get(id as MuscleId);
}

/** Whether a muscle belongs to a contract group. */
export function inGroup(id: MuscleId, group: MuscleGroup): boolean {
  return byId.get(id)?.groups.includes(group) ?? false;
}
