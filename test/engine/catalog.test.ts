// The catalogs against the contract, and the helpers built on them.
import { expect } from '@open-wc/testing';
import { ALTERNATIVES, CONDITIONS, MUSCLES, OPTIONS, SYMPTOMS, inGroup, muscleById, type MuscleGroup } from '../../src/engine/index.js';

// The engine contract's muscle group table (docs/clinical-rules.md, "Muscles and groups"), copied verbatim.
const CONTRACT_TABLE: Record<MuscleGroup, string> = {
  'head-neck': 'temporalis, masseter, sternocleidomastoid, upper-trapezius, levator-scapulae, splenius-capitis, suboccipitals, scalenes',
  mastication: 'temporalis, masseter',
  'shoulder-upper-back': 'supraspinatus, infraspinatus, rhomboids, middle-trapezius, serratus-anterior, pectoralis-major',
  trunk: 'thoracic-paraspinals, lumbar-paraspinals, quadratus-lumborum',
  lumbopelvic: 'lumbar-paraspinals, quadratus-lumborum, gluteus-medius, gluteus-minimus, piriformis',
  'lower-limb': 'gluteus-medius, gluteus-minimus, piriformis, tensor-fasciae-latae, vastus-lateralis, hamstrings, gastrocnemius, tibialis-anterior',
  'upper-limb': 'forearm-extensors',
  'thoracic-wall': 'upper-trapezius, middle-trapezius, scalenes, rhomboids, serratus-anterior, pectoralis-major, thoracic-paraspinals',
  'tinnitus-related': 'sternocleidomastoid, masseter, temporalis, splenius-capitis, upper-trapezius',
};

describe('catalogs', () => {
  it('muscle groups match the contract table exactly', () => {
    for (const [group, list] of Object.entries(CONTRACT_TABLE) as [MuscleGroup, string][])
      expect(MUSCLES.filter((m) => m.groups.includes(group)).map((m) => m.id).sort(), group).to.deep.equal(list.split(', ').sort());
    expect(MUSCLES).to.have.length(26);
  });

  it('each muscle has a label, and a region that is one of its groups', () => {
    for (const m of MUSCLES) {
      expect(m.label).to.match(/^[A-Z][a-z]+( [a-z]+)*$/);
      expect(m.groups).to.include(m.region);
    }
    expect(muscleById('levator-scapulae')!.label).to.equal('Levator scapulae');
    expect(muscleById('quadratus-lumborum')!.region).to.equal('trunk');
    expect(muscleById('piriformis')!.region).to.equal('lumbopelvic');
    expect(muscleById('biceps')).to.equal(undefined);
    expect(inGroup('scalenes', 'thoracic-wall')).to.equal(true);
    expect(inGroup('masseter', 'thoracic-wall')).to.equal(false);
  });

  it('conditions carry their ICD-10-CM codes; symptoms, options and alternatives their labels', () => {
    expect(CONDITIONS.map((c) => [c.id, c.icd10])).to.deep.equal([
      ['myofascial-pain-syndrome', ['M79.11', 'M79.12', 'M79.18']],
      ['tension-type-headache', ['G44.209']],
      ['tinnitus', ['H93.19']],
      ['low-back-pain', ['M54.50']],
      ['joint-pain', ['M25.50']],
      ['reduced-range-of-motion', []],
      ['chronic-muscle-pain', []],
    ]);
    expect(SYMPTOMS.find((s) => s.id === 'low-back-pain')!.label).to.equal('Low back pain');
    expect(CONDITIONS[1]!.label).to.equal('Tension-type headache');
    expect(OPTIONS.map((o) => o.label)).to.deep.equal(['Injection with lidocaine', 'Injection with a corticosteroid', 'Dry needling']);
    expect(ALTERNATIVES.filter((a) => a.firstLine).map((a) => a.id)).to.deep.equal(['stretching', 'massage-therapy', 'physical-therapy']);
    expect(ALTERNATIVES.find((a) => a.id === 'nsaids')!.label).to.equal('NSAIDs');
  });
});
