// Where things are on a body map: data only, no drawing. Two kinds of entry:
// - MUSCLE_PLACES: for every muscle of the contract's table, the views (front, back) on
//   which it is shown and the point where it sits there. A muscle is on a view where an
//   anatomy atlas shows it at the surface or where clinicians palpate it from that side.
//   These are anatomical locations only: no referral zones (the 2018 Delphi consensus
//   requires no fixed referral map, and none is drawn).
// - BODY_AREAS / BODY_REGIONS: the places a patient can point at ("where does it
//   hurt?"), each mapped to the engine's SymptomId. There is no chest or belly area on
//   purpose: new chest pain is a red flag the self-check asks about first, not a place
//   to tick as muscle pain.
//
// Coordinates are fractions of standing height, so they hold for any drawing with
// ordinary proportions: `y` from the top of the head (0) to the soles (1); `x` from the
// midline (0) toward the side in question. Every place exists on both sides, mirrored.
import { SYMPTOM_IDS } from '../types.js';
import type { MuscleId, Side, SymptomId } from '../types.js';

export const BODY_VIEWS = ['front', 'back'] as const;
/** The two views of the figure: seen from the front, seen from behind. */
export type BodyView = (typeof BODY_VIEWS)[number];

/** A point on one view: `x` from the midline and `y` from the top of the head, as fractions of standing height. */
export interface BodyPlace {
  readonly view: BodyView;
  readonly x: number;
  readonly y: number;
}

const at = (view: BodyView, x: number, y: number): BodyPlace => ({ view, x, y });

/** Where each muscle sits, per view. Landmarks in the comments; heights follow common anthropometric proportions. */
export const MUSCLE_PLACES: Readonly<Record<MuscleId, readonly BodyPlace[]>> = {
  // Temple, above the zygomatic arch and in front of the ear.
  temporalis: [at('front', 0.035, 0.044)],
  // Angle of the jaw, over the ramus of the mandible.
  masseter: [at('front', 0.034, 0.102)],
  // Front of the neck, from behind the ear down to the sternoclavicular joint.
  sternocleidomastoid: [at('front', 0.021, 0.161)],
  // Top of the shoulder between the neck and the acromion; seen from both sides.
  'upper-trapezius': [at('front', 0.096, 0.194), at('back', 0.096, 0.195)],
  // Side of the neck down to the superior angle of the scapula, under the trapezius.
  'levator-scapulae': [at('back', 0.056, 0.189)],
  // Back of the upper neck, beside the spine.
  'splenius-capitis': [at('back', 0.021, 0.151)],
  // Just below the back of the skull, either side of the midline.
  suboccipitals: [at('back', 0.022, 0.11)],
  // Side of the lower neck above the collarbone, behind the sternocleidomastoid.
  scalenes: [at('front', 0.053, 0.185)],
  // Above the spine of the scapula.
  supraspinatus: [at('back', 0.087, 0.242)],
  // Below the spine of the scapula, on the shoulder blade.
  infraspinatus: [at('back', 0.076, 0.296)],
  // Between the spine and the lower medial border of the scapula.
  rhomboids: [at('back', 0.027, 0.297)],
  // Between the spine and the scapula, at the level of the scapular spine.
  'middle-trapezius': [at('back', 0.026, 0.246)],
  // Side of the chest wall below the armpit, over the ribs.
  'serratus-anterior': [at('front', 0.077, 0.33)],
  // Upper chest, from the collarbone and breastbone to the front of the armpit.
  'pectoralis-major': [at('front', 0.061, 0.263)],
  // Beside the thoracic spine, below the shoulder blades.
  'thoracic-paraspinals': [at('back', 0.021, 0.366)],
  // Beside the lumbar spine, above the sacrum.
  'lumbar-paraspinals': [at('back', 0.021, 0.445)],
  // Between the lowest rib and the iliac crest, beside the lumbar paraspinals.
  'quadratus-lumborum': [at('back', 0.061, 0.425)],
  // Upper outer buttock, just below the iliac crest.
  'gluteus-medius': [at('back', 0.068, 0.475)],
  // Outer hip above the greater trochanter, under the gluteus medius.
  'gluteus-minimus': [at('back', 0.081, 0.519)],
  // Mid-buttock, from the sacrum across to the greater trochanter.
  piriformis: [at('back', 0.034, 0.521)],
  // Front of the outer hip, below the anterior superior iliac spine.
  'tensor-fasciae-latae': [at('front', 0.083, 0.49)],
  // Outer front of the thigh.
  'vastus-lateralis': [at('front', 0.074, 0.629)],
  // Back of the thigh.
  hamstrings: [at('back', 0.048, 0.635)],
  // Upper calf.
  gastrocnemius: [at('back', 0.044, 0.795)],
  // Front of the lower leg, just outside the shin bone.
  'tibialis-anterior': [at('front', 0.056, 0.823)],
  // Back of the forearm below the elbow (palms facing forward, as in the anatomical position).
  'forearm-extensors': [at('back', 0.151, 0.417)],
};

/** The places a patient can point at. */
export type BodyAreaId =
  | 'head' | 'ear' | 'jaw' | 'neck' | 'shoulder' | 'upper-back' | 'low-back' | 'buttock' | 'hip'
  | 'upper-arm' | 'elbow' | 'forearm' | 'hand' | 'thigh' | 'knee' | 'lower-leg' | 'ankle-foot';
type MidlineArea = 'head' | 'neck';
type PairedArea = Exclude<BodyAreaId, MidlineArea>;

/** One choosable place: a midline area (`head`) or one side of a paired one (`shoulder-right`). */
export type BodyRegionId = MidlineArea | `${PairedArea}-${Side}`;

export interface BodyArea {
  readonly id: BodyAreaId;
  readonly symptom: SymptomId;
  /** Paired areas have a right and a left region; midline ones one region. */
  readonly paired: boolean;
  readonly views: readonly BodyView[];
}

const FRONT: readonly BodyView[] = ['front'];
const BACK: readonly BodyView[] = ['back'];
const BOTH: readonly BodyView[] = ['front', 'back'];
const area = (id: BodyAreaId, symptom: SymptomId, views: readonly BodyView[], paired = true): BodyArea => ({ id, symptom, paired, views });

/** Places a patient can point at, each with the symptom it stands for, head to foot. */
export const BODY_AREAS: readonly BodyArea[] = [
  area('head', 'headache', BOTH, false),
  area('ear', 'tinnitus', FRONT),
  area('jaw', 'jaw-pain', FRONT),
  area('neck', 'neck-pain', BOTH, false),
  area('shoulder', 'shoulder-pain', BOTH),
  area('upper-back', 'muscle-pain', BACK),
  area('low-back', 'low-back-pain', BACK),
  // The buttock's muscles are in the engine's lumbopelvic group, with the low back.
  area('buttock', 'low-back-pain', BACK),
  area('hip', 'joint-pain', FRONT),
  area('upper-arm', 'muscle-pain', BOTH),
  area('elbow', 'joint-pain', BOTH),
  area('forearm', 'muscle-pain', BOTH),
  area('hand', 'joint-pain', BOTH),
  area('thigh', 'muscle-pain', BOTH),
  area('knee', 'joint-pain', BOTH),
  area('lower-leg', 'muscle-pain', BOTH),
  area('ankle-foot', 'joint-pain', BOTH),
];

export interface BodyRegion {
  readonly id: BodyRegionId;
  readonly area: BodyAreaId;
  /** The patient's side; absent for a midline area. */
  readonly side?: Side;
  readonly symptom: SymptomId;
  readonly views: readonly BodyView[];
}

/** Every region, in the order of BODY_AREAS, right before left. */
export const BODY_REGIONS: readonly BodyRegion[] = BODY_AREAS.flatMap(({ id: area, symptom, paired, views }) => {
  const region = (id: string, side?: Side): BodyRegion => ({ id: id as BodyRegionId, area, ...(side && { side }), symptom, views });
  return paired ? [region(`${area}-right`, 'right'), region(`${area}-left`, 'left')] : [region(area)];
});

const regionById = new Map<string, BodyRegion>(BODY_REGIONS.map((r) => [r.id, r]));

/** The region with this id, or undefined for an unknown one. */
export function bodyRegion(id: string): BodyRegion | undefined {
  return regionById.get(id);
}

/** The symptom ids the chosen regions stand for: each once, in SYMPTOM_IDS order; unknown ids add nothing. */
export function symptomsForRegions(ids: Iterable<string>): SymptomId[] {
  const found = new Set<SymptomId>();
  for (const id of ids) {
    const region = regionById.get(id);
    if (region) found.add(region.symptom);
  }
  return SYMPTOM_IDS.filter((s) => found.has(s));
}
