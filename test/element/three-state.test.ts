import { expect } from '@open-wc/testing';
import type { TpiChangeEvent } from '../../src/events/tpi-change-event.js';
import { control, deep, deepAll, findingRadios, guide, record, settle, site } from './helpers.js';

describe('three-state findings', () => {
  it('gives every finding a fieldset with a legend and three native radios', async () => {
    const el = await guide({ sites: [site('s1', 'masseter')] });
    const sets = deepAll(el, 'fieldset.tri.row3');
    expect(sets).to.have.length(7);
    for (const set of sets) {
      expect(set.querySelector('legend')!.textContent!.trim()).to.not.equal('');
      const labels = [...set.querySelectorAll('label')].map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['Present', 'Absent', 'Not examined']);
      expect(set.querySelectorAll('input[type=radio]')).to.have.length(3);
    }
  });

  it('marks present, absent and not examined by shape and icon, not by color alone', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', { tautBand: true, referredPain: false })] });
    const mark = (legend: string) => {
      const label = findingRadios(el, legend).find((r) => r.checked)!.closest('label')!;
      const before = getComputedStyle(label, '::before');
      return { icon: before.content, border: before.borderStyle, radius: before.borderRadius, fill: before.backgroundColor };
    };
    const present = mark('Taut band');
    const absent = mark('Referred pain');
    const unexamined = mark('Hypersensitive spot');
    expect(present.icon).to.include('✓');
    expect(absent.icon).to.include('✕');
    expect(unexamined.icon).to.include('–');
    // Not examined is a dashed outline, never filled like present; absent is square.
    expect(unexamined.border).to.equal('dashed');
    expect(unexamined.fill).to.not.equal(present.fill);
    expect(present.border).to.equal('solid');
    expect(absent.radius).to.not.equal(present.radius);
    // An unchosen answer shows no icon at all.
    const unchosen = getComputedStyle(findingRadios(el, 'Taut band')[2]!.closest('label')!, '::before');
    expect(unchosen.content).to.not.match(/[✓✕–]/);
  });

  it('keeps each finding on one row beside its three answers at a card width of 360 px', async () => {
    const el = await guide({ sites: [site('s1', 'masseter')] });
    el.style.display = 'block';
    el.style.width = '360px'; // one column: the card is as wide
    await settle(el);
    const card = deep(el, '.site');
    expect(Math.round(card.getBoundingClientRect().width)).to.be.within(355, 365);
    for (const set of deepAll(el, 'fieldset.tri.row3')) {
      const legend = set.querySelector('legend')!.getBoundingClientRect();
      const answers = [...set.querySelectorAll('label')].map((l) => l.getBoundingClientRect());
      for (const answer of answers) {
        expect(answer.left, set.textContent!).to.be.greaterThan(legend.right - 1);
        expect(Math.abs(answer.top - answers[0]!.top)).to.be.lessThan(1);
        // The answers sit within the legend's lines, not under them.
        expect(answer.top).to.be.lessThan(legend.bottom);
      }
    }
  });

  it('shows present, absent and not examined as given by the host', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', { tautBand: true, referredPain: false })] });
    const checked = (legend: string) => findingRadios(el, legend).map((r) => r.checked);
    expect(checked('Taut band')).to.deep.equal([true, false, false]);
    expect(checked('Referred pain')).to.deep.equal([false, true, false]);
    expect(checked('Hypersensitive spot')).to.deep.equal([false, false, true]);
  });

  it('records present as true, absent as false, and not examined by leaving the key out', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', { tautBand: true })] });
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    findingRadios(el, 'Referred pain')[0]!.click();
    findingRadios(el, 'Hypersensitive spot')[1]!.click();
    await settle(el);
    findingRadios(el, 'Taut band')[2]!.click();
    await settle(el);
    expect(changes).to.have.length(3);
    const findings = changes.at(-1)!.detail.assessment.sites[0]!.findings;
    expect(findings).to.deep.equal({ referredPain: true, hypersensitiveSpot: false });
    expect('tautBand' in findings).to.equal(false);
    expect(findingRadios(el, 'Taut band').map((r) => r.checked)).to.deep.equal([false, false, true]);
  });

  it('keeps "not recorded" apart from "no" for conservative care', async () => {
    const el = await guide({ conservativeCareTried: true, sites: [site('s1', 'masseter', { tautBand: true, hypersensitiveSpot: true, painRecognition: true })] });
    const no = control(el, 'No');
    const unset = control(el, 'Not recorded');
    no.click();
    await settle(el);
    expect(el.assessment.conservativeCareTried).to.equal(false);
    expect(el.guidance!.warnings.map((w) => w.id)).to.include('conservative-care-first');
    unset.click();
    await settle(el);
    expect('conservativeCareTried' in el.assessment).to.equal(false);
    expect(el.guidance!.warnings.map((w) => w.id)).to.not.include('conservative-care-first');
  });

  it('flags local infection and acute trauma per site, and unflags by leaving the key out', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', { tautBand: true, hypersensitiveSpot: true, painRecognition: true })] });
    const infection = control(el, 'Local infection');
    infection.click();
    await settle(el);
    expect(el.assessment.sites[0]!.localInfection).to.equal(true);
    expect(el.guidance!.sites[0]!.injection).to.equal('contraindicated');
    infection.click();
    await settle(el);
    expect('localInfection' in el.assessment.sites[0]!).to.equal(false);
    control(el, 'Acute trauma').click();
    await settle(el);
    expect(el.assessment.sites[0]!.acuteTrauma).to.equal(true);
  });
});
