import { expect } from '@open-wc/testing';
import { deepAll, guide, part, site } from './helpers.js';

// One site per classification the engine can give, each checked as the clinician reads it.
const SITES = [
  site('a', 'masseter', { tautBand: true, hypersensitiveSpot: true, painRecognition: true }),
  site('b', 'temporalis', { tautBand: true, referredPain: true, painRecognition: false }),
  site('c', 'scalenes', { tautBand: true, hypersensitiveSpot: true }),
  site('d', 'rhomboids', { tautBand: false, referredPain: false, hypersensitiveSpot: true }),
  site('e', 'supraspinatus', { hypersensitiveSpot: true, tautBand: false }),
  site('f', 'hamstrings', { tautBand: false, hypersensitiveSpot: false, referredPain: false }),
];

const EXPECTED = [
  ['a', 'trigger-point', 'active', 'Active trigger point', 'Candidate for injection'],
  ['b', 'trigger-point', 'latent', 'Latent trigger point', 'Injection not indicated'],
  ['c', 'trigger-point', 'unknown', 'Trigger point, activity unknown', 'Injection not indicated'],
  ['d', 'tender-spot', undefined, 'Tender spot', 'Injection not indicated'],
  ['e', 'indeterminate', undefined, 'Indeterminate', 'Injection not indicated'],
  ['f', 'none', undefined, 'No trigger point', 'Injection not indicated'],
] as const;

const cards = (el: Element) => [...part(el, 'tpi-site-results').querySelectorAll('.card')].map((c) => c.textContent!.replace(/\s+/g, ' '));

describe('classification of each site', () => {
  it('renders every classification the engine gives, with the injection status', async () => {
    const el = await guide({ sites: SITES });
    expect(el.guidance!.sites.map((s) => [s.id, s.kind, s.activity])).to.deep.equal(EXPECTED.map(([id, kind, activity]) => [id, kind, activity]));
    const shown = cards(el);
    expect(shown).to.have.length(6);
    EXPECTED.forEach(([id, , , label, injection], i) => {
      expect(shown[i]).to.include(`ID ${id}`).and.include(`${label} · ${injection}`);
    });
  });

  it('shows the result on the site being edited too', async () => {
    const el = await guide({ sites: SITES });
    const lines = deepAll(el, '.result').map((p) => p.textContent!.trim());
    expect(lines).to.deep.equal(EXPECTED.map(([, , , label, injection]) => `${label} · ${injection}`));
  });

  it('lists criteria met, absent and still to examine', async () => {
    const el = await guide({ sites: [SITES[4]!] });
    const [card] = cards(el);
    expect(card).to.include('Met: Hypersensitive spot');
    expect(card).to.include('Absent: Taut band');
    expect(card).to.include('Still to examine: Referred pain');
  });

  it('lists confirmatory findings as supporting, without changing the class', async () => {
    const el = await guide({ sites: [site('s1', 'splenius-capitis', { tautBand: true, referredPain: true, hypersensitiveSpot: false, painRecognition: false, painfulStretchLimit: true })] });
    const [card] = cards(el);
    expect(card).to.include('Latent trigger point');
    expect(card).to.include('Supporting: Painful limit to stretch');
  });
});
