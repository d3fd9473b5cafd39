import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Assessment } from '../../src/engine/index.js';
import { control, deep, deepAll, guide, settle, site, typeInto } from './helpers.js';

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

/** Opens every disclosure ("Why?" panels included) so axe checks what a person can reveal too. */
async function openAll(el: Element) {
  for (const d of deepAll(el, 'details')) (d as HTMLDetailsElement).open = true;
  for (const b of deepAll(el, 'button[aria-expanded=false]:not(.toggle)')) (b as HTMLButtonElement).click();
  await settle(el);
}

/** The luminance of an `rgb(…)` color (0 black, 1 white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('accessibility (axe)', () => {
  it('is accessible when empty', async () => {
    const el = await guide();
    await expect(el).to.be.accessible();
  });

  it('is accessible when filled, with every disclosure open', async () => {
    const el = await guide(FILLED);
    await openAll(el);
    expect(deepAll(el, '.why-panel').length).to.be.greaterThan(8);
    await expect(el).to.be.accessible();
  });

  it('is accessible with sites collapsed and a removal waiting to be undone', async () => {
    const el = await guide(FILLED);
    (deep(el, '.toggle') as HTMLButtonElement).click();
    (deepAll(el, '.head button.small')[1] as HTMLButtonElement).click();
    await settle(el);
    expect(deep(el, '.undo').textContent).to.include('removed');
    await expect(el).to.be.accessible();
  });

  describe('dark', () => {
    afterEach(async () => {
      await emulateMedia({ colorScheme: 'light' });
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      document.body.style.color = '';
    });

    it('follows prefers-color-scheme with its own dark colors, and stays accessible, contrast included', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await guide(FILLED);
      await openAll(el);
      expect(luminance(getComputedStyle(el).backgroundColor)).to.be.below(0.05);
      expect(luminance(getComputedStyle(el).color)).to.be.above(0.7);
      await expect(el).to.be.accessible();
    });

    it('is readable on a dark host page that sets no --tpi-* value, contrast included', async () => {
      document.documentElement.style.colorScheme = 'dark';
      document.body.style.background = '#121212';
      document.body.style.color = '#eeeeee';
      const el = await guide(FILLED);
      await openAll(el);
      expect(luminance(getComputedStyle(el).color)).to.be.above(0.7);
      await expect(el).to.be.accessible();
      // An unticked box is an empty box; a ticked one is filled and marked.
      const boxes = deepAll(el, 'input[type=checkbox]') as HTMLInputElement[];
      const [ticked, unticked] = [boxes.find((b) => b.checked)!, boxes.find((b) => !b.checked)!];
      expect(getComputedStyle(unticked, '::before').content).to.equal('none');
      expect(getComputedStyle(ticked, '::before').content).to.not.equal('none');
      expect(luminance(getComputedStyle(unticked).backgroundColor)).to.be.below(0.05);
      expect(getComputedStyle(ticked).backgroundColor).to.not.equal(getComputedStyle(unticked).backgroundColor);
    });

    it('lets the host’s --tpi-* values win over its dark colors', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await guide(FILLED);
      el.style.setProperty('--tpi-color-text', 'rgb(1, 2, 3)');
      el.style.setProperty('--tpi-color-background', 'rgb(250, 250, 250)');
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      // With a background of its own, the host's surface is that background: its text stays readable.
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 250, 250)');
    });
  });

  it('is accessible while showing a host error and an invalid field', async () => {
    const el = await guide(FILLED);
    el.assessment = { sites: [{ id: '', muscle: 'masseter', findings: {} }] } as Assessment;
    await openAll(el);
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
