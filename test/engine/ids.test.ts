// The id lists say exactly what the contract says, in its order: those derived at load
// from the muscle table, and the warning ids the default rules must raise.
import { expect } from '@open-wc/testing';
import { MUSCLE_GROUPS, MUSCLE_IDS, REGIONS, WARNING_IDS, defaultRuleset } from '../../src/engine/index.js';

describe('derived id lists', () => {
  it('MUSCLE_IDS and MUSCLE_GROUPS are the contract muscles and groups, in table order', () => {
    expect(MUSCLE_GROUPS).to.deep.equal(['head-neck', 'mastication', 'shoulder-upper-back', 'trunk', 'lumbopelvic', 'lower-limb', 'upper-limb', 'thoracic-wall', 'tinnitus-related']);
    expect(MUSCLE_IDS).to.deep.equal([
      'temporalis',
      'masseter',
      'sternocleidomastoid',
      'upper-trapezius',
      'levator-scapulae',
      'splenius-capitis',
      'suboccipitals',
      'scalenes',
      'supraspinatus',
      'infraspinatus',
      'rhomboids',
      'middle-trapezius',
      'serratus-anterior',
      'pectoralis-major',
      'thoracic-paraspinals',
      'lumbar-paraspinals',
      'quadratus-lumborum',
      'gluteus-medius',
      'gluteus-minimus',
      'piriformis',
      'tensor-fasciae-latae',
      'vastus-lateralis',
      'hamstrings',
      'gastrocnemius',
      'tibialis-anterior',
      'forearm-extensors',
    ]);
    expect(REGIONS).to.deep.equal(['head-neck', 'shoulder-upper-back', 'trunk', 'lumbopelvic', 'lower-limb', 'upper-limb']);
  });

  it('WARNING_IDS is the contract warning list, in its order, each once', () => {
    // The contract's list, as it reads there.
    const contract = `systemic-infection local-infection acute-trauma anticoagulation antiplatelet bleeding-disorder
      anesthetic-allergy pregnancy needle-phobia session-limit pneumothorax-risk repeat-too-soon corticosteroid-limit
      conservative-care-first conservative-care-unknown repeat-without-response older-adult-dose driving activity-unknown fibromyalgia`;
    expect(WARNING_IDS).to.deep.equal(contract.split(/\s+/));
  });

  it('the default rules raise exactly the WARNING_IDS, in the order they first raise them', () => {
    const raised = defaultRuleset.rules.flatMap((r) => ('warn' in r.then ? [r.then.warn] : []));
    expect([...new Set(raised)]).to.deep.equal([...WARNING_IDS]);
  });
});
