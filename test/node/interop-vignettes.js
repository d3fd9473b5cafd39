// Clinical vignettes for the export tests, written from the engine contract
// (docs/clinical-rules.md). Between them they cover every site classification, every
// candidate condition, every warning severity, missing weight, prior injections with
// and without the relief they gave, no sites, contraindications, and host contexts
// present and absent. `expect` states what the contract says, so a
// vignette that stops meaning what it was written for fails loudly.

export const TODAY = '2026-11-26';

const ALL_CRITERIA = { tautBand: true, hypersensitiveSpot: true, referredPain: true };
const active = (id, muscle, extra = {}) => ({ id, muscle, findings: { ...ALL_CRITERIA, painRecognition: true }, ...extra });

/** Host contexts: the same vignette is exported with each of them. */
export const CONTEXTS = {
  none: undefined,
  empty: {},
  strings: { subject: 'Patient/p-1', encounter: 'Encounter/e-7', performer: 'Practitioner/dr-3', today: TODAY },
  objects: {
    subject: { reference: 'Patient/p-2', display: 'Alex Example', identifier: { system: 'urn:oid:2.16.840.1.113883.19.5', value: '12345' } },
    encounter: { reference: 'Encounter/e-8' },
    performer: { reference: 'PractitionerRole/r-9', type: 'PractitionerRole', display: 'Dr. Sam Example' },
    timestamp: '2026-11-26T10:30:00+01:00',
  },
  identifierOnly: { subject: { identifier: { system: 'urn:example:mrn', value: 'MRN-1' } }, today: TODAY },
};

export const VIGNETTES = [
  {
    name: 'levator scapulae, active, with headache (engine example 1)',
    assessment: {
      symptoms: ['neck-pain', 'headache'],
      conservativeCareTried: true,
      sites: [{ id: 's1', muscle: 'levator-scapulae', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: false, painRecognition: true } }],
    },
    expect: { kinds: ['trigger-point'], conditions: ['myofascial-pain-syndrome', 'tension-type-headache'], eligibility: 'appropriate' },
  },
  {
    name: 'supraspinatus half examined (engine example 2)',
    assessment: { sites: [{ id: 's1', muscle: 'supraspinatus', findings: { hypersensitiveSpot: true, tautBand: false } }] },
    expect: { kinds: ['indeterminate'], conditions: [], eligibility: 'incomplete' },
  },
  {
    name: 'pectoralis major, anticoagulated, 80 kg (engine example 3)',
    assessment: {
      patient: { anticoagulated: true, weightKg: 80, ageYears: 54 },
      conservativeCareTried: true,
      sites: [active('s1', 'pectoralis-major')],
    },
    expect: { kinds: ['trigger-point'], worst: 'warning', eligibility: 'caution' },
  },
  {
    name: 'infraspinatus needled ten days ago (engine example 4)',
    assessment: {
      conservativeCareTried: true,
      sites: [active('s1', 'infraspinatus', { side: 'right' })],
      priorInjections: [{ muscle: 'infraspinatus', side: 'right', date: '2026-11-16', kind: 'dry-needling' }],
    },
    expect: { kinds: ['trigger-point'], warnings: ['repeat-too-soon'] },
  },
  {
    name: 'latent splenius capitis with a painful stretch limit (engine example 5)',
    assessment: {
      sites: [
        {
          id: 's1',
          muscle: 'splenius-capitis',
          findings: { tautBand: true, referredPain: true, hypersensitiveSpot: false, painRecognition: false, painfulStretchLimit: true },
        },
      ],
    },
    expect: { kinds: ['trigger-point'], activities: ['latent'], conditions: ['reduced-range-of-motion'], eligibility: 'not-indicated' },
  },
  {
    name: 'head, neck, back and hip: every coded condition, three myofascial codes',
    assessment: {
      patient: { ageYears: 41 },
      symptoms: ['headache', 'tinnitus', 'low-back-pain', 'joint-pain', 'muscle-pain', 'jaw-pain'],
      painDurationWeeks: 16,
      conservativeCareTried: true,
      sites: [
        active('jaw', 'masseter', { side: 'left' }),
        active('neck', 'sternocleidomastoid', { side: 'right' }),
        active('hip', 'gluteus-medius', { side: 'left' }),
        active('back', 'quadratus-lumborum'),
      ],
    },
    expect: {
      conditions: ['myofascial-pain-syndrome', 'tension-type-headache', 'tinnitus', 'low-back-pain', 'joint-pain', 'chronic-muscle-pain'],
      icd10: ['M79.11', 'M79.12', 'M79.18', 'G44.209', 'H93.19', 'M54.50', 'M25.50'],
    },
  },
  {
    name: 'tender spot only, and a site with nothing found',
    assessment: {
      conservativeCareTried: false,
      sites: [
        { id: 'tender', muscle: 'forearm-extensors', side: 'right', findings: { hypersensitiveSpot: true, localTenderness: true, tautBand: false, referredPain: false } },
        { id: 'nothing', muscle: 'hamstrings', findings: { tautBand: false, hypersensitiveSpot: false, referredPain: false, localTenderness: false } },
      ],
    },
    expect: { kinds: ['tender-spot', 'none'], conditions: [], eligibility: 'not-indicated' },
  },
  {
    name: 'infected and injured sites beside a clean one (critical, site level)',
    assessment: {
      conservativeCareTried: true,
      symptoms: ['muscle-pain'],
      sites: [
        active('infected', 'upper-trapezius', { side: 'left', localInfection: true }),
        active('bruised', 'vastus-lateralis', { side: 'right', acuteTrauma: true }),
        active('clean', 'gastrocnemius', { side: 'left', localInfection: false, acuteTrauma: false }),
      ],
    },
    expect: { worst: 'critical', warnings: ['local-infection', 'acute-trauma', 'driving'], eligibility: 'caution' },
  },
  {
    name: 'systemic infection: every active point contraindicated',
    assessment: {
      patient: { systemicInfection: true, weightKg: 62 },
      symptoms: ['low-back-pain'],
      sites: [active('s1', 'lumbar-paraspinals'), active('s2', 'piriformis', { side: 'right' })],
    },
    expect: { worst: 'critical', eligibility: 'contraindicated', conditions: ['myofascial-pain-syndrome', 'low-back-pain'] },
  },
  {
    name: 'no sites examined yet, history only, weight missing',
    assessment: {
      patient: { ageYears: 30, pregnant: false, needlePhobia: true },
      symptoms: ['shoulder-pain'],
      painDurationWeeks: 3,
      sites: [],
    },
    expect: { kinds: [], conditions: [], eligibility: 'not-indicated' },
  },
  {
    name: 'nothing at all: empty assessment',
    assessment: { sites: [] },
    expect: { kinds: [], conditions: [] },
  },
  {
    name: 'trigger point whose pain recognition was not examined',
    assessment: {
      sites: [{ id: 'x', muscle: 'tibialis-anterior', side: 'left', findings: { tautBand: true, referredPain: true, localTwitchResponse: true } }],
    },
    expect: { kinds: ['trigger-point'], activities: ['unknown'], warnings: ['activity-unknown'], eligibility: 'incomplete' },
  },
  {
    name: 'many relative contraindications and a heavy injection history',
    assessment: {
      patient: {
        ageYears: 67,
        weightKg: 95.5,
        pregnant: true,
        bleedingDisorder: true,
        localAnestheticAllergy: true,
        needlePhobia: true,
        fibromyalgia: true,
        systemicInfection: false,
      },
      symptoms: ['reduced-range-of-motion', 'muscle-pain'],
      painDurationWeeks: 8,
      conservativeCareTried: false,
      sites: [active('tfl', 'tensor-fasciae-latae', { side: 'right' }), active('serratus', 'serratus-anterior', { side: 'left' })],
      priorInjections: [
        { muscle: 'tensor-fasciae-latae', side: 'right', date: '2026-02-01', kind: 'corticosteroid' },
        { muscle: 'tensor-fasciae-latae', side: 'right', date: '2026-05-01', kind: 'corticosteroid' },
        { muscle: 'tensor-fasciae-latae', date: '2026-08-01', kind: 'corticosteroid' },
        { muscle: 'serratus-anterior', side: 'left', date: '2026-11-01', kind: 'lidocaine' },
        { muscle: 'hamstrings', date: '2024-01-01', kind: 'other' },
      ],
    },
    expect: {
      worst: 'warning',
      warnings: ['bleeding-disorder', 'anesthetic-allergy', 'pregnancy', 'needle-phobia', 'session-limit', 'pneumothorax-risk', 'repeat-too-soon', 'corticosteroid-limit', 'conservative-care-first', 'driving', 'fibromyalgia'],
      conditions: ['myofascial-pain-syndrome', 'reduced-range-of-motion'],
    },
  },
  {
    name: 'referred pain without a trigger point is not a tender spot (engine example 6)',
    assessment: { sites: [{ id: 's1', muscle: 'infraspinatus', findings: { tautBand: false, hypersensitiveSpot: false, referredPain: true, localTenderness: true } }] },
    expect: { kinds: ['none'], conditions: [], eligibility: 'not-indicated', warnings: [] },
  },
  {
    name: 'older adult on aspirin, care not recorded (engine example 7)',
    assessment: { patient: { ageYears: 71, weightKg: 60, antiplatelet: true }, sites: [active('s1', 'rhomboids')] },
    expect: {
      kinds: ['trigger-point'],
      worst: 'warning',
      warnings: ['antiplatelet', 'pneumothorax-risk', 'conservative-care-unknown', 'older-adult-dose'],
      eligibility: 'caution',
    },
  },
  {
    name: 'a poor response last time (engine example 8)',
    assessment: {
      conservativeCareTried: true,
      sites: [active('s1', 'gluteus-medius', { side: 'left' })],
      priorInjections: [{ muscle: 'gluteus-medius', side: 'left', date: '2026-09-01', kind: 'lidocaine', reliefPercent: 30, reliefWeeks: 3 }],
    },
    expect: { warnings: ['repeat-without-response', 'driving'], eligibility: 'caution' },
  },
  {
    name: 'allergic to anesthetics, relief recorded in part: corticosteroid without an anesthetic',
    assessment: {
      patient: { localAnestheticAllergy: true, antiplatelet: false, ageYears: 58, weightKg: 74.5 },
      conservativeCareTried: true,
      sites: [active('q', 'quadratus-lumborum', { side: 'right' })],
      priorInjections: [
        { muscle: 'quadratus-lumborum', side: 'right', date: '2026-06-15', kind: 'corticosteroid', reliefPercent: 72.5 },
        { muscle: 'quadratus-lumborum', side: 'right', date: '2026-01-10', kind: 'other', reliefWeeks: 10 },
        { muscle: 'piriformis', date: '2025-12-01', kind: 'dry-needling', reliefPercent: 0, reliefWeeks: 0 },
      ],
    },
    expect: { warnings: ['anesthetic-allergy'], eligibility: 'caution' },
  },
  {
    name: 'temporalis and masseter both sides: mastication only',
    assessment: {
      symptoms: ['jaw-pain', 'headache', 'tinnitus'],
      sites: [
        active('tl', 'temporalis', { side: 'left' }),
        active('tr', 'temporalis', { side: 'right' }),
        { id: 'ml', muscle: 'masseter', side: 'left', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true, localTenderness: true } },
      ],
    },
    expect: { conditions: ['myofascial-pain-syndrome', 'tension-type-headache', 'tinnitus'], icd10: ['M79.11', 'G44.209', 'H93.19'] },
  },
];

/**
 * A stress case: 52 sites (every muscle, both sides) with long host ids full of
 * Markdown and HTML, mixed findings, critical findings on some.
 */
export function crowdedVignette(muscles) {
  const sides = ['left', 'right'];
  const sites = muscles.flatMap((muscle, m) =>
    sides.map((side, s) => {
      const n = m * 2 + s;
      const findings = [
        { ...ALL_CRITERIA, painRecognition: true, localTwitchResponse: true },
        { tautBand: true, hypersensitiveSpot: true, painRecognition: false, painfulStretchLimit: true },
        { hypersensitiveSpot: true },
        { tautBand: false, hypersensitiveSpot: false, referredPain: false },
      ][n % 4];
      return {
        id: `site ${n} [click](javascript:alert(${n})) <img src=x onerror=alert(1)> **${'very long host id '.repeat(12)}**`,
        muscle,
        side,
        findings,
        ...(n % 9 === 0 && { localInfection: true }),
        ...(n % 11 === 0 && { acuteTrauma: true }),
      };
    }),
  );
  return {
    name: 'crowded: 52 sites with hostile ids',
    assessment: {
      patient: { anticoagulated: true, pregnant: true, fibromyalgia: true, weightKg: 70 },
      symptoms: ['headache', 'tinnitus', 'low-back-pain', 'joint-pain', 'muscle-pain', 'reduced-range-of-motion'],
      painDurationWeeks: 52,
      conservativeCareTried: false,
      sites,
    },
    expect: { worst: 'critical' },
  };
}
