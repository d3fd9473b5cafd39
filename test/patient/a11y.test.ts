// axe-core on the patient view, before and after the self-check, and the live outcome.
import { expect } from '@open-wc/testing';
import { check, choose, outcome, patientGuide, settle } from './helpers.js';

describe('patient view accessibility', () => {
  it('is axe clean before any answer', async () => {
    const el = await patientGuide();
    await expect(el).to.be.accessible();
  });

  it('is axe clean with the self-check completed, reasons and sources open', async () => {
    const el = await patientGuide();
    await choose(el, 'Shoulder pain');
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    await choose(el, 'Very afraid of needles');
    check(el).querySelector('details')!.open = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is axe clean with a host label and with the button hidden', async () => {
    await expect(await patientGuide({ label: 'Request an appointment' })).to.be.accessible();
    await expect(await patientGuide({ hidden: true })).to.be.accessible();
  });

  it('puts every question in a fieldset with a legend, and every option in a label', async () => {
    const root = check(await patientGuide());
    const sets = [...root.querySelectorAll('fieldset')];
    expect(sets).to.have.length(4);
    for (const set of sets) expect(set.querySelector('legend')!.textContent!.trim()).to.not.equal('');
    for (const input of root.querySelectorAll('input')) expect(input.closest('label')).to.not.equal(null);
  });

  it('announces the outcome politely in one status region that changes with the answers', async () => {
    const el = await patientGuide();
    const live = check(el).querySelectorAll('[role=status]');
    expect(live).to.have.length(1);
    expect(outcome(el)).to.equal('Answer any question to see a suggestion.');
    await choose(el, 'No', 'Have you');
    expect(outcome(el)).to.equal('A visit that could suit you: physical therapy.');
    await choose(el, 'A fever, or feeling sick all over');
    expect(outcome(el)).to.equal('A visit that could suit you: a consultation with a clinician.');
    // The same node, so assistive technology hears the change.
    expect(check(el).querySelector('[role=status]')).to.equal(live[0]);
  });
});
