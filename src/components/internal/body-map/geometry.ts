// The drawing of the body map, this project's own: a neutral standing figure (arms a
// little away from the body, palms forward) and, on it, one patch per muscle and view
// and one per patient area. Drawing units: the figure is STATURE units tall, feet at the
// bottom, midline at x = 0. Every shape is given for one side only, as "x y" pairs with
// x = distance from the midline; the map mirrors it for the other side. Muscle patches
// are smoothed through their points; areas are polygons clipped to the outline. From
// each patch's anchor (the engine's place for a muscle) the patch reaches 6 units up,
// down, left and right: a 24 px cross once a view is 21rem wide, as it is from a 390 px
// screen up (test/body-map/targets.test.ts checks by tapping).
import type { BodyAreaId, BodyView } from '../../../engine/catalog/body-map.js';
import type { MuscleId } from '../../../engine/types.js';

/** The figure's height in drawing units; engine places (fractions of height) scale by it. */
export const STATURE = 400;

/** x y pairs from a string of numbers. */
export const pairs = (s: string): [number, number][] => {
  const n = s.split(' ').map(Number);
  return n.filter((_, i) => !(i % 2)).map((x, i) => [x, n[2 * i + 1]!]);
};

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A closed path through the points, smoothed (Catmull-Rom as cubic Béziers; `k` sets the tension). */
export function smooth(p: [number, number][], k = 1 / 6): string {
  const at = (i: number) => p[(i + p.length) % p.length]!;
  return (
    p.reduce((d, [x, y], i) => {
      const [x0, y0] = at(i - 1), [x2, y2] = at(i + 1), [x3, y3] = at(i + 2);
      return `${d}C${r1(x + (x2 - x0) * k)} ${r1(y + (y2 - y0) * k)} ${r1(x2 - (x3 - x) * k)} ${r1(y2 - (y3 - y) * k)} ${x2} ${y2}`;
    }, `M${p[0]![0]} ${p[0]![1]}`) + 'Z'
  );
}

/** A closed polygon through the points. */
export const polygon = (s: string): string => `M${s.replace(/(\S+ \S+) /g, '$1L')}Z`;

// The right half of the outline, from the top of the head down the side, round the arm
// and hand, down the leg and back up its inner side to the crotch.
const HALF =
  '0 0 12 2 19 9 21 19 23 23 23.5 31 20.5 36 18 43 14 50 14 56 14.5 62 21 66 34 70 46 73 54 78 58 87 59 100 62 146 67 172 71 196 73 206 77 216 ' +
  '79 232 75 246 70 249 66 243 63 230 61 214 60 206 55 178 50 150 46 124 45 110 42 101 39 110 34 156 35 170 39 186 40 202 35 252 31 280 30 292 ' +
  '31 312 28 342 20 372 18 384 22 393 20 400 6 400 5 392 7 382 9 340 7 312 7 292 4 240 1 216 0 214';

const half = pairs(HALF);
/** The whole outline: the right half, then its mirror back up to the top. */
export const OUTLINE = smooth([...half, ...half.slice(1, -1).reverse().map(([x, y]): [number, number] => [-x, y])]);

/** Muscle patches per view (points, smoothed). Which muscles each view shows is engine data (MUSCLE_PLACES). */
export const MUSCLE_SHAPES: Record<BodyView, Partial<Record<MuscleId, string>>> = {
  front: {
    temporalis: '7 8 17 7 21 18 20 28 9 27',
    masseter: '7 33 20 32 20 47 9 50',
    sternocleidomastoid: '1 55 12 51 15.5 60 11.5 78 1 78',
    scalenes: '16 65 27 68.5 29 80 13 82',
    'upper-trapezius': '30 68.5 47 73 47 86 31 83.5',
    'pectoralis-major': '3 88 38 86.5 46 93 40 106 24 122 3 124',
    'serratus-anterior': '24 128 37.5 112 37 146 26 152',
    'tensor-fasciae-latae': '26 180 38 178 40 200 33 214 27 200',
    'vastus-lateralis': '23 224 38 221 34.5 268 28 282 21 252',
    'tibialis-anterior': '16 298 30 296 27 350 19 362 15 330',
  },
  back: {
    suboccipitals: '1.5 38 16 37 15 51 1.5 51',
    'splenius-capitis': '1.5 53 14 53 15 68 1.5 68',
    'levator-scapulae': '15 63 28 70 29.5 86 18 88 15 74',
    'upper-trapezius': '30 69 47 74 46 86 31 84',
    supraspinatus: '29 90 46 88 44 102 24 106',
    'middle-trapezius': '1.5 91 18 91 19 106 1.5 106',
    rhomboids: '1.5 109 18 109 20 129 1.5 129',
    infraspinatus: '24 110 38 104 37.5 120 29 133 23 127',
    'thoracic-paraspinals': '1.5 132 15 132 15 161 1.5 161',
    'lumbar-paraspinals': '1.5 164 15 164 15 192 1.5 192',
    'quadratus-lumborum': '16.5 160 30 158 32 178 16.5 182',
    'gluteus-medius': '16 186 33 181 38 192 36 199 17 198',
    'gluteus-minimus': '26 202 39 200 39 215 26 215',
    piriformis: '3 202 24 202 24 215 3 215',
    hamstrings: '6 230 32 228 28 276 10 280',
    gastrocnemius: '7 296 28 292 26 336 16 344 7 334',
    'forearm-extensors': '51 152 63 150 70 180 58 184',
  },
};

/**
 * Patient areas per view: `anchor|polygon`. The polygon is clipped to the outline; the
 * anchor is the middle of what remains (where the tick goes and a tap surely lands).
 * Midline areas (head, neck) span both sides and are given whole; paired ones are given
 * for one side.
 */
// Arms and legs look the same from both sides.
const LIMBS: Partial<Record<BodyAreaId, string>> = {
  'upper-arm': '53 121|42 100 68 100 68 142 42 142',
  elbow: '56.5 151|42 142 72 142 72 160 42 160',
  forearm: '61.5 180|45 160 78 160 78 200 45 200',
  hand: '70 226|50 200 86 200 86 254 50 254',
  knee: '20 287|0 274 40 274 40 300 0 300',
  'lower-leg': '18 337|0 300 36 300 36 374 0 374',
  'ankle-foot': '13 390|0 374 30 374 30 404 0 404',
};

export const AREA_SHAPES: Record<BodyView, Partial<Record<BodyAreaId, string>>> = {
  front: {
    head: '0 14|-26 -4 26 -4 26 21 10 21 10 37 -10 37 -10 21 -26 21',
    ear: '16.7 29|10 21 28 21 28 37 10 37',
    jaw: '9 45|0 37 28 37 28 54 0 54',
    neck: '0 61|-15 54 15 54 15 68 -15 68',
    shoulder: '50 88|15 54 40 64 62 76 66 100 42 100 40 82 15 68',
    hip: '28 195|12 176 44 174 44 216 12 216',
    thigh: '22 245|0 216 44 216 44 274 0 274',
    ...LIMBS,
  },
  back: {
    head: '0 24|-26 -4 26 -4 26 52 -26 52',
    neck: '0 60|-15 52 15 52 15 68 -15 68',
    shoulder: '50 88|15 52 40 64 62 76 66 100 42 100 40 82 15 68',
    'upper-back': '21 104|0 68 15 68 40 82 42 100 40 140 0 140',
    'low-back': '20 160|0 140 40 140 40 178 0 180',
    buttock: '22 203|0 180 40 178 44 226 0 226',
    thigh: '22 250|0 226 44 226 44 274 0 274',
    ...LIMBS,
  },
};
