import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/engine/index.js';
import { control, deepAll, guide, part, record, settle, site, text, typeInto } from './helpers.js';

const ACTIVE: Assessment = {
  conservativeCareTried: true,
  sites: [site('s1', 'levator-scapulae', { tautBand: true, hypersensitiveSpot: true, painRecognition: true })],
};

/** Picks `kind` in a select the way the browser reports it: value + change event. */
function chooseKind(select: HTMLSelectElement, kind: string) {
  select.value = kind;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The accessible description of a field: the text of the elements its aria-describedby names. */
function description(input: HTMLElement): string {
  const root = input.getRootNode() as ShadowRoot;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
}

describe('invalid entries by the user', () => {
  for (const [label, text] of [
    ['Weight (kg)', '0'],
    ['Weight (kg)', '900'],
    ['Weight (kg)', 'seventy'],
    ['Pain duration (weeks)', '-2'],
  ] as const) {
    it(`keeps "${text}" in ${label}, marks it invalid with a named message, and keeps the last guidance`, async () => {
      const el = await guide(ACTIVE);
      const guidance = el.guidance;
      const changes = record(el, 'tpi-change');
      const input = control(el, label);
      typeInto(input, text);
      await settle(el);
      expect(input.value).to.equal(text);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(description(input)).to.match(new RegExp(`^${label.replace(/[()]/g, '\\$&')}: .+`));
      expect(el.guidance).to.equal(guidance);
      expect(changes).to.have.length(0);
      expect(part(el, 'tpi-results-summary').querySelector('[role=status]')!.textContent).to.include('need correcting');
    });
  }

  it('accepts the field again once corrected, and the lidocaine ceiling follows the weight', async () => {
    const el = await guide(ACTIVE);
    const input = control(el, 'Weight (kg)');
    typeInto(input, '0');
    await settle(el);
    const changes = record(el, 'tpi-change');
    typeInto(input, '60');
    await settle(el);
    expect(changes).to.have.length(1);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.assessment.patient).to.deep.equal({ weightKg: 60 });
    expect(part(el, 'tpi-option-list').textContent).to.include('Up to 270 mg plain lidocaine');
    expect(part(el, 'tpi-results-summary').querySelector('[role=status]')!.textContent!.trim()).to.equal('');
  });

  it('keeps the user text while it still means the same number ("7." stays "7.")', async () => {
    const el = await guide(ACTIVE);
    const input = control(el, 'Weight (kg)');
    typeInto(input, '7.');
    await settle(el);
    expect(input.value).to.equal('7.');
    expect(el.assessment.patient!.weightKg).to.equal(7);
  });

  it('clears the field to mean "not given"', async () => {
    const el = await guide({ ...ACTIVE, patient: { weightKg: 80 } });
    const input = control(el, 'Weight (kg)');
    expect(input.value).to.equal('80');
    typeInto(input, '');
    await settle(el);
    expect(el.assessment.patient).to.deep.equal({});
    expect(el.guidance!.options[0]!.maxDoseMg).to.equal(undefined);
  });

  it('keeps a new prior injection out of the assessment until it has a date and a kind, so other edits still count', async () => {
    const el = await guide(ACTIVE);
    (deepAll(el, 'button').find((b) => b.textContent === 'Add prior injection') as HTMLButtonElement).click();
    await settle(el);
    const date = control(el, 'Date');
    expect(date.getAttribute('aria-invalid')).to.equal('false');
    expect(text(el, 'tpi-prior-injections')).to.include('Counted once it has a date and a kind.');
    const changes = record(el, 'tpi-change');
    typeInto(control(el, 'Weight (kg)'), '72');
    await settle(el);
    expect(changes).to.have.length(1);
    expect(el.assessment.patient).to.deep.equal({ weightKg: 72 });
    expect(el.assessment.priorInjections).to.equal(undefined);
  });

  it('asks for the kind of a new prior injection: nothing is assumed, the row waits until it is chosen', async () => {
    const el = await guide(ACTIVE);
    (deepAll(el, 'button').find((b) => b.textContent === 'Add prior injection') as HTMLButtonElement).click();
    await settle(el);
    const kind = control<HTMLSelectElement>(el, 'Kind');
    expect(kind.value).to.equal('');
    expect(kind.selectedOptions[0]!.textContent).to.equal('Choose the kind');
    expect(kind.required).to.equal(true);
    typeInto(control(el, 'Date'), '2026-10-01');
    await settle(el);
    expect(el.assessment.priorInjections).to.equal(undefined); // a date alone is not enough
    chooseKind(kind, 'corticosteroid');
    await settle(el);
    expect(el.assessment.priorInjections).to.deep.equal([{ muscle: 'levator-scapulae', date: '2026-10-01', kind: 'corticosteroid' }]);
    expect(text(el, 'tpi-prior-injections')).to.not.include('Counted once');
    // Once in the assessment, the kind can change but not go back to "choose".
    expect([...control<HTMLSelectElement>(el, 'Kind').options].map((o) => o.value)).to.deep.equal(['lidocaine', 'corticosteroid', 'dry-needling', 'other']);
  });

  it('records the relief a prior injection gave, and flags an impossible one at its field, keeping the text', async () => {
    const el = await guide({ ...ACTIVE, priorInjections: [{ muscle: 'levator-scapulae', date: '2026-09-01', kind: 'lidocaine' }] });
    const percent = control(el, 'Relief (%)');
    typeInto(percent, '30');
    typeInto(control(el, 'Weeks of relief'), '3');
    await settle(el);
    expect(el.assessment.priorInjections).to.deep.equal([{ muscle: 'levator-scapulae', date: '2026-09-01', kind: 'lidocaine', reliefPercent: 30, reliefWeeks: 3 }]);
    expect(el.guidance!.warnings.map((w) => w.id)).to.include('repeat-without-response');
    const guidance = el.guidance;
    typeInto(percent, '150');
    await settle(el);
    expect(percent.value).to.equal('150');
    expect(percent.getAttribute('aria-invalid')).to.equal('true');
    expect(description(percent)).to.match(/^Relief \(%\): .+/);
    expect(el.guidance).to.equal(guidance);
  });

  it('flags a prior injection dated after today at its date field and keeps the date', async () => {
    const el = await guide(ACTIVE);
    (deepAll(el, 'button').find((b) => b.textContent === 'Add prior injection') as HTMLButtonElement).click();
    await settle(el);
    chooseKind(control<HTMLSelectElement>(el, 'Kind'), 'lidocaine');
    await settle(el);
    const date = control(el, 'Date');
    const guidance = el.guidance;
    typeInto(date, '2027-01-15');
    await settle(el);
    expect(control(el, 'Date')).to.equal(date); // the same field, now part of the assessment
    expect(date.value).to.equal('2027-01-15');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(description(date)).to.match(/^Date: .+/);
    expect(el.guidance).to.equal(guidance);
    typeInto(date, '2026-11-20');
    await settle(el);
    expect(date.getAttribute('aria-invalid')).to.equal('false');
    expect(el.assessment.priorInjections).to.deep.equal([{ muscle: 'levator-scapulae', date: '2026-11-20', kind: 'lidocaine' }]);
    expect(el.guidance!.warnings.map((w) => w.id)).to.include('repeat-too-soon');
  });

});
