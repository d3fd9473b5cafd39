import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/engine/index.js';
import { control, deepAll, guide, settle, site, typeInto } from './helpers.js';

const FILLED: Assessment = {
  patient: { weightKg: 70, anticoagulated: true, needlePhobia: true, systemicInfection: true },
  symptoms: ['neck-pain', 'headache'],
  painDurationWeeks: 14,
  conservativeCareTried: false,
  sites: [
    { ...site('s1', 'upper-trapezius', { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true }), side: 'right' },
    site('s2', 'levator-scapulae', { tautBand: true, hypersensitiveSpot: true }),
    site('s3', 'infraspinatus', { localTenderness: true, tautBand: false, referredPain: false }),
  ],
  priorInjections: [{ muscle: 'upper-trapezius', side: 'right', date: '2026-10-01', kind: 'lidocaine' }],
};

/** Opens every disclosure so axe checks what a person can reveal too. */
function openAll(el: Element) {
  for (const d of deepAll(el, 'details')) (d as HTMLDetailsElement).open = true;
}

describe('accessibility (axe)', () => {
  it('is accessible when empty', async () => {
    const el = await guide();
    await expect(el).to.be.accessible();
  });

  it('is accessible when filled, with every disclosure open', async () => {
    const el = await guide(FILLED);
    openAll(el);
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible while showing a host error and an invalid field', async () => {
    const el = await guide(FILLED);
    el.assessment = { sites: [{ id: '', muscle: 'masseter', findings: {} }] } as Assessment;
    typeInto(control(el, 'Weight (kg)'), '0');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('sites.0.id');
    await expect(el).to.be.accessible();
  });

  it('labels every control', async () => {
    const el = await guide(FILLED);
    const controls = deepAll(el, 'input, select, button') as (HTMLInputElement | HTMLSelectElement | HTMLButtonElement)[];
    expect(controls.length).to.be.greaterThan(50);
    for (const c of controls) {
      const name = c instanceof HTMLButtonElement ? c.textContent : [...(c.labels ?? [])].map((l) => l.textContent).join(' ');
      expect(name?.trim(), c.outerHTML).to.not.equal('');
    }
  });
});
