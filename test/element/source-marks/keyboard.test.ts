// The "From the record" badge by keyboard alone: reached with Tab beside its field,
// opened with Enter or Space, closed with Escape, focus kept. Runs with the other
// keyboard walk-throughs (npm run test:keyboard), one page at a time.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, focused, guide, settle } from '../helpers.js';

const press = (key: string) => sendKeys({ press: key });

describe('keyboard only: the source of a pre-filled value', () => {
  it('opens and closes the source beside the weight without a mouse', async () => {
    const el = await guide();
    el.prefill({
      assessment: { patient: { weightKg: 80 }, sites: [] },
      provenance: { 'patient.weightKg': { reference: 'Observation/9', resourceType: 'Observation', text: 'Body weight 80 kg on 2026-11-01', date: '2026-11-01' } },
    });
    await settle(el);
    const weight = control(el, 'Weight (kg)');
    weight.focus();

    // Shift+Tab: the badge comes just before the field it marks.
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    const badge = focused() as HTMLButtonElement;
    expect(badge.getAttribute('part')).to.equal('source-mark');
    const panel = (badge.getRootNode() as ShadowRoot).getElementById(badge.getAttribute('aria-controls')!)!;
    await press('Enter');
    await settle(el);
    expect(badge.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.include('Source: Observation/9, dated 2026-11-01');

    await press('Escape');
    await settle(el);
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(focused()).to.equal(badge);

    await press('Space');
    await settle(el);
    expect(badge.getAttribute('aria-expanded')).to.equal('true');
    await press('Tab'); // on to the field itself; the source stays open beside it
    expect(focused()).to.equal(weight);
    expect(panel.hidden).to.equal(false);
  });
});
