// The body map's engine data: where each muscle sits, and which symptom each place a
// patient can point at stands for. Plus the mapping from the engine's guidance to marks.
import { expect } from '@open-wc/testing';
import { MUSCLE_IDS, SYMPTOM_IDS, evaluate } from '../../src/engine/index.js';
import type { MuscleId, SiteExam } from '../../src/engine/index.js';
import { validateAnswers } from '../../src/engine/self-check/index.js';
import {
  BODY_AREAS,
  BODY_REGIONS,
  BODY_VIEWS,
  MUSCLE_PLACES,
  bodyRegion,
  symptomsForRegions,
} from '../../src/engine/catalog/body-map.js';
import type { BodyAreaId, BodyView } from '../../src/engine/catalog/body-map.js';
import { MARK_STATUSES, markStatus, marksFor, statusKey } from '../../src/components/internal/body-map/marks.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';

const place = (muscle: MuscleId, view: BodyView) => MUSCLE_PLACES[muscle].find((p) => p.view === view);
const views = (muscle: MuscleId) => MUSCLE_PLACES[muscle].map((p) => p.view);

describe('body map data: muscles', () => {
  it('places every muscle of the contract table, and nothing else', () => {
    expect(Object.keys(MUSCLE_PLACES).sort()).to.deep.equal([...MUSCLE_IDS].sort());
    for (const id of MUSCLE_IDS) expect(MUSCLE_PLACES[id].length, id).to.be.greaterThan(0);
  });

  it('gives each muscle at most one place per view, within the figure', () => {
    for (const id of MUSCLE_IDS) {
      const seen = views(id);
      expect(new Set(seen).size, id).to.equal(seen.length);
      for (const { view, x, y } of MUSCLE_PLACES[id]) {
        expect(BODY_VIEWS, id).to.include(view);
        // x is the distance from the midline: a hand's breadth beyond the shoulder at most.
        expect(x, `${id} x`).to.be.greaterThan(0).and.below(0.2);
        expect(y, `${id} y`).to.be.greaterThan(0).and.below(1);
      }
    }
  });

  it('shows front muscles on the front and back muscles on the back, upper trapezius on both', () => {
    for (const id of ['pectoralis-major', 'tibialis-anterior', 'sternocleidomastoid', 'serratus-anterior', 'tensor-fasciae-latae'] as const)
      expect(views(id), id).to.deep.equal(['front']);
    for (const id of ['infraspinatus', 'rhomboids', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'hamstrings', 'gastrocnemius', 'suboccipitals'] as const)
      expect(views(id), id).to.deep.equal(['back']);
    expect(views('upper-trapezius')).to.have.members(['front', 'back']);
  });

  it('keeps anatomical order from head to foot', () => {
    const y = (m: MuscleId, v: BodyView) => place(m, v)!.y;
    expect(y('temporalis', 'front')).to.be.below(y('masseter', 'front'));
    expect(y('masseter', 'front')).to.be.below(y('sternocleidomastoid', 'front'));
    expect(y('sternocleidomastoid', 'front')).to.be.below(y('pectoralis-major', 'front'));
    expect(y('suboccipitals', 'back')).to.be.below(y('splenius-capitis', 'back'));
    expect(y('supraspinatus', 'back')).to.be.below(y('infraspinatus', 'back'));
    expect(y('middle-trapezius', 'back')).to.be.below(y('rhomboids', 'back'));
    expect(y('thoracic-paraspinals', 'back')).to.be.below(y('lumbar-paraspinals', 'back'));
    expect(y('gluteus-medius', 'back')).to.be.below(y('piriformis', 'back'));
    expect(y('hamstrings', 'back')).to.be.below(y('gastrocnemius', 'back'));
    expect(y('tensor-fasciae-latae', 'front')).to.be.below(y('vastus-lateralis', 'front'));
    expect(y('vastus-lateralis', 'front')).to.be.below(y('tibialis-anterior', 'front'));
  });

  it('puts the paraspinals beside the spine and the muscles lateral to them further out', () => {
    const x = (m: MuscleId, v: BodyView) => place(m, v)!.x;
    expect(x('lumbar-paraspinals', 'back')).to.be.below(x('quadratus-lumborum', 'back'));
    expect(x('rhomboids', 'back')).to.be.below(x('infraspinatus', 'back'));
    expect(x('sternocleidomastoid', 'front')).to.be.below(x('scalenes', 'front'));
    expect(x('scalenes', 'front')).to.be.below(x('upper-trapezius', 'front'));
    expect(x('piriformis', 'back')).to.be.below(x('gluteus-minimus', 'back'));
    // The forearm hangs beside the hip, outside the trunk.
    expect(x('forearm-extensors', 'back')).to.be.above(x('quadratus-lumborum', 'back') * 2);
  });
});

describe('body map data: patient regions', () => {
  it('maps every region to a symptom id the self-check knows', () => {
    for (const region of BODY_REGIONS) expect(SYMPTOM_IDS, region.id).to.include(region.symptom);
    const areas = symptomsForRegions(BODY_REGIONS.map((r) => r.id));
    expect(validateAnswers({ areas })).to.deep.include({ ok: true });
  });

  it('lists every area of the type once, each with a known symptom, kind and views', () => {
    // A record, so a new member of the union fails to compile here until it is listed.
    const ALL: Record<BodyAreaId, 0> = {
      head: 0, ear: 0, jaw: 0, neck: 0, shoulder: 0, 'upper-back': 0, 'low-back': 0, buttock: 0, hip: 0,
      'upper-arm': 0, elbow: 0, forearm: 0, hand: 0, thigh: 0, knee: 0, 'lower-leg': 0, 'ankle-foot': 0,
    };
    expect(BODY_AREAS.map((a) => a.id)).to.have.ordered.members(Object.keys(ALL));
    for (const area of BODY_AREAS) {
      expect(SYMPTOM_IDS, area.id).to.include(area.symptom);
      expect(area.views.length, area.id).to.be.greaterThan(0);
      for (const view of area.views) expect(BODY_VIEWS, area.id).to.include(view);
    }
    expect(BODY_AREAS.filter((a) => !a.paired).map((a) => a.id)).to.deep.equal(['head', 'neck']);
  });

  it('has a right and a left region for each paired area and one for each midline area', () => {
    for (const { id: area, paired } of BODY_AREAS) {
      const regions = BODY_REGIONS.filter((r) => r.area === area);
      if (paired) expect(regions.map((r) => [r.id, r.side])).to.deep.equal([[`${area}-right`, 'right'], [`${area}-left`, 'left']]);
      else expect(regions.map((r) => [r.id, r.side])).to.deep.equal([[area, undefined]]);
    }
  });

  it('maps the head to headache, the ear to tinnitus, the jaw to jaw pain and the lower back to low back pain', () => {
    expect(bodyRegion('head')?.symptom).to.equal('headache');
    expect(bodyRegion('ear-left')?.symptom).to.equal('tinnitus');
    expect(bodyRegion('jaw-right')?.symptom).to.equal('jaw-pain');
    expect(bodyRegion('low-back-left')?.symptom).to.equal('low-back-pain');
    expect(bodyRegion('knee-right')?.symptom).to.equal('joint-pain');
  });

  it('offers no chest or belly region: chest pain is asked as a red flag first', () => {
    expect(BODY_AREAS.filter((a) => /chest|belly|abdomen|stomach/.test(a.id))).to.deep.equal([]);
  });

  it('returns each symptom once, in the self-check order, and ignores unknown ids', () => {
    expect(symptomsForRegions(['knee-left', 'head', 'elbow-right', 'nowhere', 'neck'])).to.deep.equal(['headache', 'neck-pain', 'joint-pain']);
    expect(symptomsForRegions([])).to.deep.equal([]);
    expect(bodyRegion('toString')).to.equal(undefined);
  });
});

describe('body map marks from the guidance', () => {
  const all = { tautBand: true, hypersensitiveSpot: true, referredPain: true };
  const sites: SiteExam[] = [
    { id: 'a', muscle: 'masseter', side: 'left', findings: { ...all, painRecognition: true } },
    { id: 'b', muscle: 'infraspinatus', side: 'right', findings: { ...all, painRecognition: false } },
    { id: 'c', muscle: 'rhomboids', findings: all },
    { id: 'd', muscle: 'piriformis', side: 'left', findings: { tautBand: false, referredPain: false, hypersensitiveSpot: true } },
    { id: 'e', muscle: 'hamstrings', side: 'right', findings: { localTenderness: true } },
    { id: 'f', muscle: 'gastrocnemius', side: 'left', findings: { tautBand: false, hypersensitiveSpot: false, referredPain: false } },
  ];

  it('gives each site of the guidance its status, with its muscle and side', () => {
    const { sites: guided } = evaluate({ sites }, { today: '2026-11-26' });
    expect(marksFor(guided)).to.deep.equal([
      { muscle: 'masseter', side: 'left', status: 'active' },
      { muscle: 'infraspinatus', side: 'right', status: 'latent' },
      { muscle: 'rhomboids', status: 'activity-unknown' },
      { muscle: 'piriformis', side: 'left', status: 'tender-spot' },
      { muscle: 'hamstrings', side: 'right', status: 'indeterminate' },
      { muscle: 'gastrocnemius', side: 'left', status: 'none' },
    ]);
  });

  it('names every status with the wording the site cards use, in English and Spanish', () => {
    expect(markStatus({ kind: 'trigger-point' })).to.equal('activity-unknown');
    for (const status of MARK_STATUSES) {
      expect(en, status).to.have.property(statusKey(status));
      expect(es, status).to.have.property(statusKey(status));
    }
  });
});
