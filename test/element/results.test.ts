import { expect } from '@open-wc/testing';
import { defaultRuleset } from '../../src/engine/index.js';
import type { Assessment } from '../../src/engine/index.js';
import { control, findingRadios, guide, part, settle, site, text } from './helpers.js';

const active = (id: string, muscle: Assessment['sites'][number]['muscle']) =>
  site(id, muscle, { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true });

describe('results', () => {
  it('puts one calm summary first: status, a one-line reading, the count needing attention, the disclaimer', async () => {
    const el = await guide({ patient: { anticoagulated: true, needlePhobia: true }, sites: [active('s1', 'pectoralis-major')] });
    expect(el.shadowRoot!.querySelector('.grid')!.firstElementChild!.tagName).to.equal('TPI-RESULTS-SUMMARY');
    const attention = el.guidance!.warnings.filter((w) => w.severity !== 'info').length;
    expect(attention).to.equal(2); // anticoagulation, pneumothorax-risk
    const summary = text(el, 'tpi-results-summary');
    expect(summary).to.include('Injection possible, with caution');
    expect(summary).to.include(`Items needing attention: ${attention}`);
    expect(summary).to.include('Supports clinical judgment; it does not diagnose.');
  });

  it('shows warnings critical first, those needing attention always, information notes on demand', async () => {
    const el = await guide({
      patient: { systemicInfection: true, anticoagulated: true, needlePhobia: true },
      sites: [active('s1', 'masseter')],
    });
    const root = part(el, 'tpi-warning-list');
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.className)).to.deep.equal(['critical', 'warning', 'info']);
    expect(items[0]!.closest('details')).to.equal(null);
    expect(items[1]!.closest('details')).to.equal(null);
    expect(items[2]!.closest('details')).to.not.equal(null);
    expect(root.querySelector('summary')!.textContent).to.equal('Notes (1)');
    expect(root.querySelector('details')!.open).to.equal(false);
    expect(items[0]!.textContent).to.include(el.guidance!.warnings.find((w) => w.id === 'systemic-infection')!.message);
  });

  it('names the sites a warning is about', async () => {
    const el = await guide({ sites: [{ ...active('s1', 'serratus-anterior'), side: 'left' }] });
    expect(text(el, 'tpi-warning-list')).to.include('Sites: Serratus anterior, left');
  });

  it('lists candidate conditions with their ICD-10-CM codes, as candidates', async () => {
    const el = await guide({ symptoms: ['headache'], sites: [active('s1', 'levator-scapulae')] });
    const conditions = text(el, 'tpi-condition-list');
    expect(conditions).to.include('not a diagnosis');
    expect(conditions).to.include('Myofascial pain syndrome ICD-10-CM M79.12');
    expect(conditions).to.include('Tension-type headache ICD-10-CM G44.209');
  });

  it('shows the three options, the lidocaine ceiling for the weight, and why one is unavailable', async () => {
    const el = await guide({ patient: { weightKg: 60, localAnestheticAllergy: true }, sites: [active('s1', 'masseter')] });
    const items = [...part(el, 'tpi-option-list').querySelectorAll('ul:first-of-type > li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items).to.have.length(3);
    const allergy = el.guidance!.warnings.find((w) => w.id === 'anesthetic-allergy')!.message;
    expect(items[0]).to.include('Wet needling with lidocaine').and.include(`Not available: ${allergy.replace(/\.$/, '')}`).and.include('Up to 270 mg plain lidocaine');
    // With the allergy the corticosteroid stays available, without an anesthetic mixed in.
    expect(items[1]).to.include('Wet needling with a corticosteroid').and.include('Available: inject it without a local anesthetic mixed in');
    expect(items[2]).to.include('Dry needling').and.include('Available');
    expect(items[2]).to.not.include('Available:', 'no caveat on dry needling');
  });

  it('says the lidocaine ceiling is the total for the session, all sites together', async () => {
    const el = await guide({ patient: { weightKg: 60 }, sites: [active('s1', 'masseter'), active('s2', 'temporalis')] });
    const lidocaine = part(el, 'tpi-option-list').querySelector('li')!.textContent!.replace(/\s+/g, ' ');
    expect(lidocaine).to.include('Up to 270 mg plain lidocaine in total for the session, all sites together');
  });

  it('reads an indicated site as a candidate for injection, and an appropriate one as "may be appropriate"', async () => {
    const el = await guide({ conservativeCareTried: true, sites: [active('s1', 'masseter')] });
    expect(text(el, 'tpi-site-results')).to.include('Candidate for injection').and.not.include('Injection indicated');
    expect(text(el, 'tpi-results-summary')).to.include('Injection may be appropriate');
  });

  it('gives the eligibility status as the reason when nothing can be offered yet', async () => {
    const el = await guide({ sites: [site('s1', 'supraspinatus', { hypersensitiveSpot: true, tautBand: false })] });
    const options = text(el, 'tpi-option-list');
    expect(options.match(/Not available: Examination incomplete/g)).to.have.length(3);
    expect(text(el, 'tpi-results-summary')).to.include('Examination incomplete');
  });

  it('lists the alternatives with what each caution means: NSAIDs are avoided in pregnancy, and add bleeding', async () => {
    const el = await guide({ patient: { anticoagulated: true, antiplatelet: true, pregnant: true }, sites: [] });
    const nsaids = [...part(el, 'tpi-option-list').querySelectorAll('li')].find((li) => li.textContent!.includes('NSAIDs'))!;
    expect(nsaids.textContent!.replace(/\s+/g, ' ')).to.include(
      'Caution: more bleeding with an anticoagulant; more bleeding with an antiplatelet medicine; avoid in pregnancy',
    );
    expect(nsaids.textContent).to.not.match(/weigh/i);
    expect(part(el, 'tpi-option-list').querySelectorAll('ul:last-of-type > li')).to.have.length(8);
  });

  it('explains "Why?" with each fired rule: description, sites and citations', async () => {
    const el = await guide({ sites: [active('s1', 'masseter')] });
    const root = part(el, 'tpi-explanation');
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Why?');
    expect(details.open).to.equal(false);
    const rules = [...details.querySelectorAll(':scope > ol > li')];
    const trace = el.guidance!.trace;
    expect(rules).to.have.length(trace.length);
    trace.forEach((entry, i) => {
      const rule = defaultRuleset.rules.find((r) => r.id === entry.rule)!;
      expect(rules[i]!.textContent).to.include(rule.description);
      for (const citation of entry.citations) expect(rules[i]!.textContent).to.include(citation);
    });
    expect(rules[0]!.textContent).to.include('Sites: Masseter');
  });

  it('announces the summary politely, and only when it changes', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', { tautBand: true, hypersensitiveSpot: true })] });
    const live = part(el, 'tpi-results-summary').querySelector('[aria-live=polite]')!;
    expect(live.textContent).to.include('Examination incomplete');
    let mutations = 0;
    const observer = new MutationObserver((list) => (mutations += list.length));
    observer.observe(live, { subtree: true, childList: true, characterData: true });
    control(el, 'Tinnitus').click(); // no bearing on the summary
    await settle(el);
    expect(el.assessment.symptoms).to.deep.equal(['tinnitus']);
    expect(mutations).to.equal(0);
    findingRadios(el, 'Patient recognizes the pain')[0]!.click();
    await settle(el);
    observer.disconnect();
    expect(mutations).to.be.greaterThan(0);
    expect(live.textContent).to.include('Injection may be appropriate');
  });
});
