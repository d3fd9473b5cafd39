// axe-core on the patient view before the self-check, at each level of its result, and
// the two live regions: a polite one for the suggestion, an assertive one for red flags.
import { expect } from '@open-wc/testing';
import { alertRegion, alertText, check, choose, outcome, patientGuide, settle } from './helpers.js';

describe('patient view accessibility', () => {
  it('is axe clean before any answer', async () => {
    const el = await patientGuide();
    await expect(el).to.be.accessible();
  });

  it('is axe clean with the self-check completed, reasons and sources open', async () => {
    const el = await patientGuide();
    await choose(el, 'Shoulder pain');
    await choose(el, '6 to 12 weeks');
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    await choose(el, 'Very afraid of needles');
    check(el).querySelector('details')!.open = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is axe clean with an emergency result and with an urgent one, sources open', async () => {
    const el = await patientGuide({ emergency: '911' });
    await choose(el, 'Swelling of the face, lips or tongue, or trouble breathing');
    check(el).querySelector('details')!.open = true;
    await settle(el);
    await expect(el).to.be.accessible();
    await choose(el, 'Swelling of the face, lips or tongue, or trouble breathing');
    await choose(el, 'The pain began with a fall, accident or injury in the last few days');
    await expect(el).to.be.accessible();
  });

  it('is axe clean with a host label and with the button hidden', async () => {
    await expect(await patientGuide({ label: 'Request an appointment' })).to.be.accessible();
    await expect(await patientGuide({ hidden: true })).to.be.accessible();
  });

  it('puts every question in a fieldset with a legend, and every option in a label', async () => {
    const root = check(await patientGuide());
    const sets = [...root.querySelectorAll('fieldset')];
    expect(sets).to.have.length(6);
    for (const set of sets) expect(set.querySelector('legend')!.textContent!.trim()).to.not.equal('');
    for (const input of root.querySelectorAll('input')) expect(input.closest('label')).to.not.equal(null);
  });

  it('announces the routine suggestion politely in one status region that changes with the answers', async () => {
    const el = await patientGuide();
    const live = check(el).querySelectorAll('[role=status]');
    expect(live).to.have.length(1);
    expect(outcome(el)).to.match(/^With no answers yet, the suggestion is a consultation/);
    await choose(el, 'No', 'Have you');
    expect(outcome(el)).to.equal('A visit that could suit you: physical therapy.');
    await choose(el, 'Pregnant, or could be pregnant');
    expect(outcome(el)).to.equal('A visit that could suit you: a consultation with a clinician.');
    // The same node, so assistive technology hears the change.
    expect(check(el).querySelector('[role=status]')).to.equal(live[0]);
  });

  it('announces red flags assertively in one alert region, separate from the polite one', async () => {
    const el = await patientGuide();
    const alerts = check(el).querySelectorAll('[role=alert], [aria-live=assertive]');
    expect(alerts).to.have.length(1);
    expect(alerts[0]!.getAttribute('role')).to.equal('alert');
    await choose(el, 'A fever or chills, or feeling sick all over, along with the pain');
    expect(alertText(el)).to.match(/^Get care today\./);
    await choose(el, 'A sudden, very bad headache, the worst ever');
    expect(alertText(el)).to.match(/^Call your local emergency number now\./);
    expect(alertRegion(el)).to.equal(alerts[0]);
    // The polite region stays quiet, so the two do not talk over each other.
    expect(outcome(el)).to.equal('');
  });
});
