import { expect } from '@open-wc/testing';
import { deep, deepAll, guide, part, site } from './helpers.js';
import { en } from '../../src/i18n/en.js';

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
const NAMES = ['Masseter', 'Temporalis', 'Scalenes', 'Rhomboids', 'Supraspinatus', 'Hamstrings'];

describe('classification of each site', () => {
  it('renders every classification the engine gives, with the injection status', async () => {
    const el = await guide({ sites: SITES });
    expect(el.guidance!.sites.map((s) => [s.id, s.kind, s.activity])).to.deep.equal(EXPECTED.map(([id, kind, activity]) => [id, kind, activity]));
    const shown = cards(el);
    expect(shown).to.have.length(6);
    EXPECTED.forEach(([id, , , label, injection], i) => {
      expect(shown[i]).to.include(NAMES[i]).and.include(`${label} · ${injection}`).and.not.include(`ID ${id}`);
    });
  });

  it('shows the result on the site being edited too, in the line that collapses the card', async () => {
    const el = await guide({ sites: SITES });
    const lines = deepAll(el, '.toggle .result').map((p) => p.textContent!.trim());
    expect(lines).to.deep.equal(EXPECTED.map(([, , , label, injection]) => `${label} · ${injection}`));
  });

  it('says on each card why it reads so: what made it active, latent, unknown, a tender spot …', async () => {
    const el = await guide({ sites: SITES });
    const because = deepAll(el, '.because').map((p) => p.textContent!.trim());
    expect(because).to.have.length(6);
    expect(because[0]).to.equal('Active: the patient recognizes the pain as their familiar pain.');
    expect(because[1]).to.equal('Latent: the patient does not recognize the pain.');
    expect(because[2]).to.match(/^Activity unknown: whether the patient recognizes the pain was not examined/);
    expect(because[3]).to.match(/^Tender spot: /);
    expect(because[4]).to.match(/^Indeterminate: /);
    expect(because[5]).to.match(/^No trigger point: /);
  });

  it('adds to the reason why injection is ruled out at a site', async () => {
    const el = await guide({ sites: [{ ...SITES[0]!, localInfection: true }] });
    expect(deep(el, '.because').textContent).to.include('Active: the patient recognizes').and.include('Injection contraindicated here');
  });

  it('marks a site with an injection ordered, and says the order is what makes it a candidate or why it is still ruled out', async () => {
    const el = await guide({ sites: [{ ...SITES[1]!, ordered: true }, { ...SITES[5]!, ordered: true, acuteTrauma: true }, SITES[0]!] });
    expect(el.guidance!.sites.map((s) => s.injection)).to.deep.equal(['indicated', 'contraindicated', 'indicated']);
    const tags = deepAll(el, '.card.site').map((card) => card.querySelector('.tag')?.textContent?.trim() ?? null);
    expect(tags).to.deep.equal(['Injection ordered', 'Injection ordered', null]);
    const because = deepAll(el, '.because').map((p) => p.textContent!.trim());
    expect(because[0]).to.equal(`${en['rule.tpi-guide-default.activity.latent']} ${en['rule.tpi-guide-default.injection.ordered']}`);
    expect(because[1]).to.match(/^No trigger point: /).and.include(en['rule.tpi-guide-default.injection.ordered-contraindicated']!);
    // An active trigger point is a candidate on its own: its reason is the activity alone.
    expect(because[2]).to.equal(en['rule.tpi-guide-default.activity.active']);
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
