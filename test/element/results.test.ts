import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/engine/index.js';
import { SOURCES } from '../../src/engine/index.js';
import { en } from '../../src/i18n/en.js';
import { button, control, findingRadios, focused, guide, part, settle, site, text } from './helpers.js';

const USUAL_ACTIVE = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true };
const active = (id: string, muscle: Assessment['sites'][number]['muscle']) =>
  site(id, muscle, USUAL_ACTIVE);

describe('results', () => {
  it('puts one calm summary first in the results: status, a one-line reading, each item needing attention by name, the disclaimer', async () => {
    const el = await guide({ patient: { anticoagulated: true, needlePhobia: true }, sites: [active('s1', 'pectoralis-major')] });
    expect(el.shadowRoot!.querySelector('.results')!.firstElementChild!.tagName).to.equal('TPI-RESULTS-SUMMARY');
    const attention = el.guidance!.warnings.filter((w) => w.severity !== 'info');
    expect(attention.map((w) => w.id)).to.deep.equal(['anticoagulation', 'pneumothorax-risk']);
    const summary = text(el, 'tpi-results-summary');
    expect(summary).to.include('Injection possible, with caution');
    expect(summary).to.include('Items needing attention: 2');
    const links = [...part(el, 'tpi-results-summary').querySelectorAll('.attention button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(links).to.deep.equal(attention.map((w) => `Warning: ${w.message}`));
    expect(summary).to.include('Supports clinical judgment; it does not diagnose.');
  });

  it('moves focus to the item a summary link names', async () => {
    const el = await guide({ patient: { anticoagulated: true }, sites: [active('s1', 'pectoralis-major')] });
    const links = [...part(el, 'tpi-results-summary').querySelectorAll<HTMLButtonElement>('.attention button')];
    links[1]!.click();
    await settle(el);
    expect(focused()!.textContent).to.include(el.guidance!.warnings.find((w) => w.id === 'pneumothorax-risk')!.message);
    expect(focused()!.getRootNode()).to.equal(part(el, 'tpi-warning-list'));
  });

  it('names the sites to examine further while the examination is incomplete, and a link opens the site', async () => {
    const el = await guide({
      sites: [site('s1', 'masseter', { tautBand: false, hypersensitiveSpot: false, referredPain: false }), site('s2', 'temporalis', { tautBand: true, hypersensitiveSpot: true })],
    });
    expect(el.guidance!.eligibility.status).to.equal('incomplete');
    const summary = part(el, 'tpi-results-summary');
    const links = [...summary.querySelectorAll<HTMLButtonElement>('.attention button')];
    expect(links.map((b) => b.textContent!.trim())).to.deep.equal(['Examine further: Temporalis']);
    // Collapsed, the card opens again when its link is followed.
    button(el, 'Temporalis Trigger point, activity unknown · Injection not indicated').click();
    await settle(el);
    links[0]!.click();
    await settle(el);
    expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
    expect(focused()!.textContent).to.include('Temporalis');
  });

  it('with no site yet invites the first one and gives no verdict, no warnings and no options', async () => {
    const el = await guide({ patient: { pregnant: true, fibromyalgia: true }, sites: [] });
    const summary = text(el, 'tpi-results-summary');
    expect(summary).to.include('No sites recorded yet.').and.include('Add each muscle you examine');
    for (const status of ['appropriate', 'caution', 'contraindicated', 'incomplete', 'not-indicated'] as const) {
      expect(summary).to.not.include(en[`status.${status}`]!);
    }
    expect(summary).to.not.include('Items needing attention');
    for (const tag of ['tpi-site-results', 'tpi-warning-list', 'tpi-condition-list', 'tpi-option-list', 'tpi-explanation', 'tpi-status-bar']) {
      expect(text(el, tag), tag).to.equal('');
    }
    expect(text(el, 'tpi-site-editor')).to.include('No sites yet. Add the first muscle you examined.');
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
    const el = await guide({ patient: { anticoagulated: true, antiplatelet: true, pregnant: true }, sites: [site('s1', 'masseter', { tautBand: false })] });
    const nsaids = [...part(el, 'tpi-option-list').querySelectorAll('li')].find((li) => li.textContent!.includes('NSAIDs'))!;
    expect(nsaids.textContent!.replace(/\s+/g, ' ')).to.include(
      'Caution: more bleeding with an anticoagulant; more bleeding with an antiplatelet medicine; avoid in pregnancy',
    );
    expect(nsaids.textContent).to.not.match(/weigh/i);
    expect(part(el, 'tpi-option-list').querySelectorAll('ul:last-of-type > li')).to.have.length(8);
  });

  it('explains "Why?" under the results with every fired rule in clinician words, by stage, with sites and full sources', async () => {
    const el = await guide({ sites: [active('s1', 'masseter')] });
    const root = part(el, 'tpi-explanation');
    const toggle = root.querySelector('button')!;
    expect(toggle.textContent!.trim()).to.equal('Why?');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector('.why-panel')).to.equal(null);
    toggle.click();
    await settle(el);
    const panel = root.querySelector('.why-panel')!;
    const shown = panel.textContent!.replace(/\s+/g, ' ');
    const trace = el.guidance!.trace;
    expect(panel.querySelectorAll('.rules > li')).to.have.length(trace.length);
    for (const entry of trace) {
      expect(shown).to.include(en[`rule.tpi-guide-default.${entry.rule}`]!);
      // Internal ids never show: not the rule's, not the site's.
      expect(shown).to.not.include(` ${entry.rule} `);
    }
    expect(shown).to.include('Sites: Masseter');
    expect(shown).to.not.include('s1');
    expect([...panel.querySelectorAll('h3')].map((h) => h.textContent)).to.include.members(['Each site’s classification', 'Overall result']);
    // Each published source once, in full, with its link; design choices explained.
    expect(shown).to.include(SOURCES['Fernández-de-las-Peñas & Dommerholt, Pain Med 2018;19:142']!.reference);
    const links = [...panel.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.include('https://doi.org/10.1093/pm/pnx207');
    expect(new Set(links.map((a) => a.href)).size).to.equal(links.length);
    for (const a of links) expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(shown).to.include('A design choice of this tool: any warning (not a note) makes the result');
    expect(shown).to.not.include('tpi-guide design choice');
  });

  it('puts "Why?" beside each warning, option and condition: the rules behind that item and their sources', async () => {
    const el = await guide({ symptoms: ['headache'], patient: { weightKg: 60, anticoagulated: true }, sites: [active('s1', 'levator-scapulae')] });
    const warnings = part(el, 'tpi-warning-list');
    const why = warnings.querySelector<HTMLButtonElement>('li.warning .why')!;
    expect(why.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Why? ${el.guidance!.warnings[0]!.message}`);
    why.click();
    await settle(el);
    expect(why.getAttribute('aria-expanded')).to.equal('true');
    const panel = warnings.querySelector(`#${why.getAttribute('aria-controls')}`)!;
    expect(panel.textContent).to.include(en['rule.tpi-guide-default.warning.anticoagulation']!);
    expect(panel.textContent).to.include(SOURCES['Alvarez & Rockwell, Am Fam Physician 2002;65:653']!.reference);
    expect(panel.querySelector('a')!.href).to.equal('https://www.aafp.org/pubs/afp/issues/2002/0215/p653.html');

    const options = part(el, 'tpi-option-list');
    options.querySelector<HTMLButtonElement>('li .why')!.click();
    await settle(el);
    const lidocaine = options.querySelector('.why-panel')!.textContent!;
    expect(lidocaine).to.include(en['rule.tpi-guide-default.option.lidocaine-dose']!).and.include(en['rule.tpi-guide-default.eligibility.caution']!);
    expect(lidocaine).to.include(SOURCES['Xylocaine (lidocaine) label']!.reference);

    const conditions = part(el, 'tpi-condition-list');
    const buttons = [...conditions.querySelectorAll<HTMLButtonElement>('.why')];
    expect(buttons).to.have.length(el.guidance!.conditions.length);
    buttons[1]!.click();
    await settle(el);
    expect(conditions.querySelector('.why-panel')!.textContent).to.include(en['rule.tpi-guide-default.condition.tension-type-headache']!).and.include('Sites: Levator scapulae');
    buttons[1]!.click();
    await settle(el);
    expect(conditions.querySelector('.why-panel')).to.equal(null);
  });

  it('announces a site’s result politely when it changes, once, and not for edits that leave it as it was', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', { tautBand: true, hypersensitiveSpot: true }), site('s2', 'temporalis', USUAL_ACTIVE)] });
    const live = part(el, 'tpi-site-editor').querySelector('[role=status]')!;
    // Nothing is said for what the host loaded.
    expect(live.textContent).to.equal('');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(live.textContent!));
    observer.observe(live, { subtree: true, childList: true, characterData: true });
    control(el, 'Tinnitus').click();
    findingRadios(el, 'Painful limit to stretch')[0]!.click();
    await settle(el);
    expect(el.assessment.sites[0]!.findings.painfulStretchLimit).to.equal(true);
    expect(said).to.deep.equal([]);
    findingRadios(el, 'Patient recognizes the pain')[0]!.click();
    await settle(el);
    expect(said.at(-1)).to.equal('Masseter: Active trigger point · Candidate for injection');
    said.length = 0;
    // Another site's edit that leaves every result as it was says nothing new.
    findingRadios(el, 'Painful limit to stretch', 1)[0]!.click();
    await settle(el);
    observer.disconnect();
    expect(said).to.deep.equal([]);
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
