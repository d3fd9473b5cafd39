// Assessments the benches run on. Plain data, no Node or DOM API, so the browser
// bench page imports this same module. All dates count back from TODAY.

export const TODAY = '2026-11-26';

const DAY_MS = 86_400_000;
const TODAY_MS = Date.parse(`${TODAY}T00:00:00Z`);
/** The 'YYYY-MM-DD' date `days` before TODAY. */
export const daysAgo = (days) => new Date(TODAY_MS - days * DAY_MS).toISOString().slice(0, 10);

// Finding profiles a clinician records in practice, so every classification branch and
// most rules fire: active (full and two-criteria), latent, activity not examined,
// indeterminate, tender spot, nothing found.
const T = true;
const F = false;
const PROFILES = {
  activeFull: { tautBand: T, hypersensitiveSpot: T, referredPain: T, painRecognition: T, localTwitchResponse: T },
  activeTwo: { tautBand: T, hypersensitiveSpot: T, referredPain: F, painRecognition: T, painfulStretchLimit: T, localTenderness: T },
  latent: { tautBand: T, hypersensitiveSpot: F, referredPain: T, painRecognition: F },
  activityUnknown: { tautBand: T, hypersensitiveSpot: T },
  indeterminate: { tautBand: F, hypersensitiveSpot: T },
  tenderSpot: { tautBand: F, hypersensitiveSpot: T, referredPain: F, localTenderness: T },
  nothing: { tautBand: F, hypersensitiveSpot: F, referredPain: F },
};
const PROFILE_CYCLE = [
  'activeFull', 'activeTwo', 'latent', 'activeFull', 'activityUnknown',
  'activeTwo', 'indeterminate', 'activeFull', 'tenderSpot', 'activeTwo',
  'activeFull', 'nothing', 'latent', 'activeTwo', 'activeFull',
  'activityUnknown', 'activeFull', 'activeTwo', 'indeterminate', 'tenderSpot',
];

// A neck, shoulder and low-back patient: the 20 sites examined in one visit.
const VISIT_SITES = [
  ['upper-trapezius', 'right'], ['upper-trapezius', 'left'], ['levator-scapulae', 'right'],
  ['levator-scapulae', 'left'], ['sternocleidomastoid', 'right'], ['splenius-capitis', 'left'],
  ['suboccipitals', undefined], ['scalenes', 'right'], ['infraspinatus', 'right'],
  ['infraspinatus', 'left'], ['rhomboids', 'left'], ['middle-trapezius', 'right'],
  ['supraspinatus', 'right'], ['quadratus-lumborum', 'left'], ['quadratus-lumborum', 'right'],
  ['lumbar-paraspinals', 'right'], ['gluteus-medius', 'left'], ['gluteus-medius', 'right'],
  ['piriformis', 'right'], ['masseter', 'left'],
];

/** Every muscle id of the engine contract, for the sites past the first 20. */
export const MUSCLE_IDS = [
  'temporalis', 'masseter', 'sternocleidomastoid', 'upper-trapezius', 'levator-scapulae',
  'splenius-capitis', 'suboccipitals', 'scalenes', 'supraspinatus', 'infraspinatus',
  'rhomboids', 'middle-trapezius', 'serratus-anterior', 'pectoralis-major',
  'thoracic-paraspinals', 'lumbar-paraspinals', 'quadratus-lumborum', 'gluteus-medius',
  'gluteus-minimus', 'piriformis', 'tensor-fasciae-latae', 'vastus-lateralis', 'hamstrings',
  'gastrocnemius', 'tibialis-anterior', 'forearm-extensors',
];

function site(i) {
  const [muscle, side] =
    i < VISIT_SITES.length
      ? VISIT_SITES[i]
      : [MUSCLE_IDS[i % MUSCLE_IDS.length], (i / MUSCLE_IDS.length) & 1 ? 'left' : 'right'];
  const s = { id: `s${i + 1}`, muscle, findings: { ...PROFILES[PROFILE_CYCLE[i % PROFILE_CYCLE.length]] } };
  if (side) s.side = side;
  return s;
}

/**
 * The realistic assessment of the benches with `n` sites (20 is one full visit):
 * history, symptoms and prior injections that make session, interval, driving,
 * pneumothorax and activity warnings fire, so the trace is full.
 */
export function assessmentWithSites(n = 20) {
  return {
    patient: { ageYears: 47, weightKg: 68, needlePhobia: true, anticoagulated: false, pregnant: false },
    symptoms: ['neck-pain', 'headache', 'shoulder-pain', 'low-back-pain', 'reduced-range-of-motion', 'muscle-pain'],
    painDurationWeeks: 20,
    conservativeCareTried: true,
    sites: Array.from({ length: n }, (_, i) => site(i)),
    priorInjections: [
      { muscle: 'upper-trapezius', side: 'right', date: daysAgo(30), kind: 'lidocaine' },
      { muscle: 'upper-trapezius', side: 'right', date: daysAgo(120), kind: 'corticosteroid' },
      { muscle: 'quadratus-lumborum', side: 'left', date: daysAgo(200), kind: 'corticosteroid' },
      { muscle: 'gluteus-medius', side: 'left', date: daysAgo(20), kind: 'dry-needling' },
      { muscle: 'infraspinatus', side: 'right', date: daysAgo(300), kind: 'lidocaine' },
      { muscle: 'levator-scapulae', date: daysAgo(400), kind: 'other' },
    ],
  };
}

/** A copy of `assessment` with one finding of one site flipped (absent <-> present). */
export function withFindingToggled(assessment, siteIndex, key) {
  const sites = assessment.sites.slice();
  const s = sites[siteIndex];
  sites[siteIndex] = { ...s, findings: { ...s.findings, [key]: !s.findings[key] } };
  return { ...assessment, sites };
}

// The engine contract's worked examples (1-5 v1, 6-8 v2), as assessments.
export const WORKED_EXAMPLES = [
  {
    symptoms: ['neck-pain', 'headache'],
    conservativeCareTried: true,
    sites: [{ id: 's1', muscle: 'levator-scapulae', findings: { tautBand: T, hypersensitiveSpot: T, referredPain: F, painRecognition: T } }],
  },
  { sites: [{ id: 's1', muscle: 'supraspinatus', findings: { hypersensitiveSpot: T, tautBand: F } }] },
  {
    patient: { anticoagulated: true, weightKg: 80 },
    sites: [{ id: 's1', muscle: 'pectoralis-major', findings: { tautBand: T, hypersensitiveSpot: T, referredPain: T, painRecognition: T } }],
  },
  {
    sites: [{ id: 's1', muscle: 'infraspinatus', side: 'right', findings: { tautBand: T, hypersensitiveSpot: T, referredPain: T, painRecognition: T } }],
    priorInjections: [{ muscle: 'infraspinatus', side: 'right', date: daysAgo(10), kind: 'dry-needling' }],
  },
  {
    sites: [
      {
        id: 's1',
        muscle: 'splenius-capitis',
        findings: { tautBand: T, referredPain: T, hypersensitiveSpot: F, painRecognition: F, painfulStretchLimit: T },
      },
    ],
  },
  { sites: [{ id: 's1', muscle: 'infraspinatus', findings: { tautBand: F, hypersensitiveSpot: F, referredPain: T, localTenderness: T } }] },
  {
    patient: { ageYears: 71, weightKg: 60, antiplatelet: true },
    sites: [{ id: 's1', muscle: 'rhomboids', findings: { tautBand: T, hypersensitiveSpot: T, referredPain: T, painRecognition: T } }],
  },
  {
    conservativeCareTried: true,
    sites: [{ id: 's1', muscle: 'gluteus-medius', side: 'left', findings: { tautBand: T, hypersensitiveSpot: T, referredPain: T, painRecognition: T } }],
    priorInjections: [{ muscle: 'gluteus-medius', side: 'left', date: '2026-09-01', kind: 'lidocaine', reliefPercent: 30, reliefWeeks: 3 }],
  },
];

// mulberry32: a tiny seeded generator, so the random vignettes are the same every run.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYMPTOMS = ['headache', 'tinnitus', 'jaw-pain', 'neck-pain', 'shoulder-pain', 'low-back-pain', 'joint-pain', 'muscle-pain', 'reduced-range-of-motion'];
const FLAGS = ['pregnant', 'anticoagulated', 'antiplatelet', 'bleedingDisorder', 'localAnestheticAllergy', 'systemicInfection', 'needlePhobia', 'fibromyalgia'];
const FINDINGS = ['tautBand', 'hypersensitiveSpot', 'referredPain', 'painRecognition', 'localTwitchResponse', 'painfulStretchLimit', 'localTenderness'];
const KINDS = ['lidocaine', 'corticosteroid', 'dry-needling', 'other'];

/** `count` valid random assessments (seeded), small enough to stress the edge cases. */
export function randomAssessments(count, seed = 7) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  // true / false / not examined, leaning towards present so trigger points are common.
  const tri = () => (r() < 0.5 ? true : r() < 0.6 ? false : undefined);
  const out = [];
  for (let n = 0; n < count; n++) {
    const a = { sites: [] };
    const patient = {};
    for (const flag of FLAGS) if (r() < 0.2) patient[flag] = r() < 0.8;
    if (r() < 0.6) patient.weightKg = 40 + Math.floor(r() * 90);
    if (r() < 0.5) patient.ageYears = 18 + Math.floor(r() * 75);
    if (Object.keys(patient).length) a.patient = patient;
    const symptoms = SYMPTOMS.filter(() => r() < 0.3);
    if (symptoms.length) a.symptoms = symptoms;
    if (r() < 0.5) a.painDurationWeeks = Math.floor(r() * 30);
    if (r() < 0.7) a.conservativeCareTried = r() < 0.5;
    const siteCount = Math.floor(r() * 7);
    const muscles = new Set();
    for (let i = 0; i < siteCount; i++) {
      const s = { id: `r${n}-${i}`, muscle: pick(MUSCLE_IDS), findings: {} };
      if (r() < 0.7) s.side = pick(['left', 'right']);
      for (const key of FINDINGS) {
        const v = tri();
        if (v !== undefined) s.findings[key] = v;
      }
      if (r() < 0.1) s.localInfection = r() < 0.7;
      if (r() < 0.1) s.acuteTrauma = r() < 0.7;
      muscles.add(s.muscle);
      a.sites.push(s);
    }
    const priorCount = Math.floor(r() * 6);
    if (priorCount) {
      a.priorInjections = [];
      for (let i = 0; i < priorCount; i++) {
        // Mostly on the examined muscles, so the interval and count rules are exercised.
        const muscle = muscles.size && r() < 0.8 ? pick([...muscles]) : pick(MUSCLE_IDS);
        const p = { muscle, date: daysAgo(Math.floor(r() * 420)), kind: pick(KINDS) };
        if (r() < 0.6) p.side = pick(['left', 'right']);
        // The relief it gave, sometimes recorded (around the 50 % and 6-week lines).
        if (r() < 0.4) p.reliefPercent = Math.floor(r() * 101);
        if (r() < 0.4) p.reliefWeeks = Math.floor(r() * 13);
        a.priorInjections.push(p);
      }
    }
    out.push(a);
  }
  return out;
}

// Boundaries the random vignettes may miss: 41/42 and 364/365 days, sides, distinct
// session dates, three corticosteroid records, allergy and infection paths; v2: relief
// at 49/50 % and 5/6 weeks, the latest session and its ties, dry needling skipped,
// age 64/65 with and without an allergy, referred pain without a trigger point.
const activeExam = (id, muscle, side, extra = {}) => ({
  id,
  muscle,
  ...(side ? { side } : {}),
  findings: { tautBand: T, hypersensitiveSpot: T, referredPain: T, painRecognition: T },
  ...extra,
});
export const EDGE_CASES = [
  {
    sites: [activeExam('a', 'gastrocnemius', 'left'), activeExam('b', 'hamstrings', 'right'), activeExam('c', 'rhomboids')],
    priorInjections: [
      { muscle: 'gastrocnemius', side: 'left', date: daysAgo(41), kind: 'other' },
      { muscle: 'hamstrings', side: 'right', date: daysAgo(42), kind: 'lidocaine' },
      { muscle: 'rhomboids', side: 'left', date: daysAgo(0), kind: 'dry-needling' },
    ],
  },
  {
    patient: { weightKg: 50, localAnestheticAllergy: true },
    sites: [activeExam('a', 'piriformis', 'right'), activeExam('b', 'piriformis', 'left')],
    priorInjections: [
      { muscle: 'piriformis', side: 'right', date: daysAgo(364), kind: 'corticosteroid' },
      { muscle: 'piriformis', date: daysAgo(100), kind: 'corticosteroid' },
      { muscle: 'piriformis', side: 'right', date: daysAgo(100), kind: 'corticosteroid' },
      { muscle: 'piriformis', side: 'left', date: daysAgo(365), kind: 'corticosteroid' },
    ],
  },
  {
    sites: [activeExam('a', 'temporalis', 'left')],
    priorInjections: [
      { muscle: 'masseter', date: daysAgo(200), kind: 'lidocaine' },
      { muscle: 'masseter', date: daysAgo(200), kind: 'other' },
      { muscle: 'scalenes', date: daysAgo(300), kind: 'corticosteroid' },
      { muscle: 'scalenes', date: daysAgo(364), kind: 'dry-needling' },
    ],
  },
  {
    sites: [activeExam('a', 'temporalis'), activeExam('b', 'masseter'), activeExam('c', 'scalenes'), activeExam('d', 'forearm-extensors')],
    priorInjections: [
      { muscle: 'masseter', date: daysAgo(200), kind: 'lidocaine' },
      { muscle: 'temporalis', date: daysAgo(201), kind: 'other' },
      { muscle: 'scalenes', date: daysAgo(364), kind: 'corticosteroid' },
    ],
    symptoms: ['tinnitus', 'joint-pain', 'headache', 'muscle-pain'],
    painDurationWeeks: 12,
    conservativeCareTried: false,
  },
  {
    patient: { systemicInfection: true, pregnant: true, bleedingDisorder: true, fibromyalgia: true },
    sites: [activeExam('a', 'vastus-lateralis', 'left', { localInfection: true }), activeExam('b', 'tibialis-anterior', 'right', { acuteTrauma: true })],
  },
  {
    sites: [activeExam('a', 'serratus-anterior', 'left', { localInfection: true }), activeExam('b', 'thoracic-paraspinals', 'right')],
    patient: { needlePhobia: true, anticoagulated: true },
  },
  {
    patient: { fibromyalgia: true, pregnant: true, anticoagulated: true },
    symptoms: ['reduced-range-of-motion'],
    sites: [{ id: 'a', muscle: 'hamstrings', findings: { tautBand: T, hypersensitiveSpot: T, localTenderness: T } }, { id: 'b', muscle: 'gastrocnemius', findings: { localTenderness: T } }],
  },
  {
    conservativeCareTried: true,
    sites: [activeExam('a', 'gluteus-medius', 'left')],
    priorInjections: [
      { muscle: 'gluteus-medius', side: 'left', date: daysAgo(60), kind: 'lidocaine', reliefPercent: 50, reliefWeeks: 6 },
      { muscle: 'masseter', date: daysAgo(60), kind: 'other', reliefPercent: 49 },
      { muscle: 'gluteus-medius', date: daysAgo(10), kind: 'dry-needling', reliefPercent: 0, reliefWeeks: 0 },
    ],
  },
  {
    patient: { ageYears: 65, weightKg: 58 },
    sites: [activeExam('a', 'hamstrings', 'right')],
    priorInjections: [
      { muscle: 'hamstrings', side: 'right', date: daysAgo(100), kind: 'corticosteroid', reliefPercent: 90, reliefWeeks: 5 },
      { muscle: 'hamstrings', side: 'right', date: daysAgo(364), kind: 'lidocaine', reliefPercent: 10, reliefWeeks: 1 },
    ],
  },
  {
    patient: { ageYears: 64, antiplatelet: true, localAnestheticAllergy: true },
    conservativeCareTried: true,
    sites: [activeExam('a', 'rhomboids'), { id: 'b', muscle: 'infraspinatus', findings: { tautBand: F, hypersensitiveSpot: F, referredPain: T, localTenderness: T } }],
    priorInjections: [
      { muscle: 'rhomboids', date: daysAgo(200), kind: 'lidocaine', reliefPercent: 80, reliefWeeks: 12 },
      { muscle: 'rhomboids', date: daysAgo(365), kind: 'lidocaine', reliefPercent: 5, reliefWeeks: 1 },
    ],
  },
  {
    patient: { ageYears: 90, localAnestheticAllergy: true, systemicInfection: true },
    sites: [activeExam('a', 'piriformis')],
    priorInjections: [{ muscle: 'piriformis', date: daysAgo(30), kind: 'other', reliefWeeks: 2 }],
  },
  {
    patient: { ageYears: 80, localAnestheticAllergy: true },
    sites: [activeExam('a', 'infraspinatus')],
    priorInjections: [1, 2, 3].map((m) => ({ muscle: 'infraspinatus', date: daysAgo(m * 50), kind: 'corticosteroid' })),
  },
];
