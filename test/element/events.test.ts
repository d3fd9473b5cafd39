import { expect, oneEvent } from '@open-wc/testing';
import { defaultRuleset, evaluate, validateAssessment } from '../../src/engine/index.js';
import type { Assessment } from '../../src/engine/index.js';
import { TpiChangeEvent } from '../../src/events/tpi-change-event.js';
import { TpiErrorEvent } from '../../src/events/tpi-error-event.js';
import { TpiBookEvent } from '../../src/events/tpi-book-event.js';
import { TODAY, control, findingRadios, guide, part, record, settle, site, typeInto, typeOnly } from './helpers.js';

const ACTIVE: Assessment = { sites: [site('s1', 'levator-scapulae', { tautBand: true, hypersensitiveSpot: true, painRecognition: true })] };

describe('events', () => {
  it('fires a bubbling, composed tpi-change with the accepted assessment and its guidance after a user edit', async () => {
    const el = await guide(ACTIVE);
    const heard = record<TpiChangeEvent>(document, 'tpi-change');
    findingRadios(el, 'Referred pain')[0]!.click();
    const [event] = heard;
    expect(event).to.be.instanceOf(TpiChangeEvent);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail.assessment.sites[0]!.findings.referredPain).to.equal(true);
    expect(event!.detail.assessment).to.equal(el.assessment);
    expect(event!.detail.guidance).to.equal(el.guidance);
    expect(event!.detail.guidance).to.deep.equal(evaluate(event!.detail.assessment, { today: TODAY }));
  });

  it('fires tpi-change when the host sets an assessment, and `guidance` is what evaluate returns', async () => {
    const el = await guide();
    const next: Assessment = { ...ACTIVE, patient: { weightKg: 70 } };
    const changed = oneEvent(el, 'tpi-change');
    el.assessment = next;
    const { detail } = await changed;
    expect(detail.assessment).to.deep.equal(next);
    expect(el.guidance).to.deep.equal(evaluate(next, { today: TODAY }));
    expect(detail.guidance).to.equal(el.guidance);
  });

  it('does not mutate the host object', async () => {
    const input: Assessment = { sites: [site('s1', 'masseter', { tautBand: true })] };
    const copy = structuredClone(input);
    const el = await guide(input);
    findingRadios(el, 'Referred pain')[0]!.click();
    await settle(el);
    expect(input).to.deep.equal(copy);
  });

  it('refuses an invalid host assessment with tpi-error, keeps the last valid state and the user entries, and says why', async () => {
    const el = await guide(ACTIVE);
    const weight = control(el, 'Weight (kg)');
    typeInto(weight, '900'); // the user's own (invalid) entry
    await settle(el);
    const before = { assessment: el.assessment, guidance: el.guidance };
    const bad = { sites: [{ id: 's1', muscle: 'masseter', findings: { tautband: true } }] } as unknown as Assessment;
    const changes = record(el, 'tpi-change');
    const refused = oneEvent(el, 'tpi-error');
    el.assessment = bad;
    const event = (await refused) as TpiErrorEvent;
    expect(event).to.be.instanceOf(TpiErrorEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.source).to.equal('assessment');
    const check = validateAssessment(bad);
    expect(check.ok).to.equal(false);
    expect(event.detail.issues).to.deep.equal(!check.ok && check.issues);
    await settle(el);
    expect(changes).to.have.length(0);
    expect(el.assessment).to.equal(before.assessment);
    expect(el.guidance).to.equal(before.guidance);
    expect(weight.value).to.equal('900');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('not accepted');
    expect(alert.textContent).to.include('sites.0.findings.tautband');
    expect(alert.textContent).to.include(event.detail.issues[0]!.message);
  });

  it('fires tpi-change for a typed number once, when it is committed, not on every keystroke', async () => {
    const el = await guide(ACTIVE);
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    const weeks = control(el, 'Pain duration (weeks)');
    for (const text of ['7', '70', '700']) typeOnly(weeks, text);
    await settle(el);
    expect(changes).to.have.length(0);
    expect(weeks.value).to.equal('700');
    weeks.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(changes.map((e) => e.detail.assessment.painDurationWeeks)).to.deep.equal([700]);
    // The filter of the site picker is not an edit.
    typeOnly(control(el, 'Find a muscle'), 'trap');
    await settle(el);
    expect(changes).to.have.length(1);
  });

  it('tells people what went wrong in a plain sentence, with the technical detail on demand for clinicians', async () => {
    const el = await guide(ACTIVE);
    el.assessment = { sites: [{ id: 's1', muscle: 'masseter', findings: { tautband: true } }] } as unknown as Assessment;
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.querySelector('p')!.textContent).to.equal('The assessment from the host system was not accepted; the last valid one is kept.');
    const details = alert.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Technical details');
    expect(details.textContent).to.include('sites.0.findings.tautband');
  });

  it('never shows a patient the technical detail of a host error', async () => {
    const el = await guide();
    el.audience = 'patient';
    el.assessment = { sites: [{ id: 's1', muscle: 'masseter', findings: { tautband: true } }] } as unknown as Assessment;
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('could not be used');
    expect(alert.textContent).to.not.include('sites.0').and.not.include('tautband').and.not.include('host system');
    expect(alert.querySelector('details, code')).to.equal(null);
  });

  it('notes in the summary that the guidance shown is for the last valid assessment, until a valid one arrives', async () => {
    const el = await guide(ACTIVE);
    const note = () => part(el, 'tpi-results-summary').querySelector('[role=status]')!.textContent!.trim();
    expect(note()).to.equal('');
    el.assessment = { sites: 'none' } as unknown as Assessment;
    await settle(el);
    expect(note()).to.include('last valid assessment');
    // Dismissing the alert does not make the guidance current: the note stays.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.alert button')!.click();
    await settle(el);
    expect(note()).to.include('last valid assessment');
    findingRadios(el, 'Referred pain')[0]!.click(); // a valid edit by the user
    await settle(el);
    expect(note()).to.equal('');
  });

  it('clears the host error when the host sends a valid assessment again', async () => {
    const el = await guide(ACTIVE);
    el.assessment = { sites: 'none' } as unknown as Assessment;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('sites');
    el.assessment = ACTIVE;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
  });

  it('refuses an invalid rule set with tpi-error and keeps the rules in force', async () => {
    const el = await guide(ACTIVE);
    const before = el.guidance;
    const refused = oneEvent(el, 'tpi-error');
    el.ruleset = { id: 'broken', version: 'one', rules: [{ id: 'x' }] };
    const { detail } = (await refused) as TpiErrorEvent;
    expect(detail.source).to.equal('ruleset');
    expect(detail.issues.length).to.be.greaterThan(0);
    await settle(el);
    expect(el.guidance).to.equal(before);
    expect(el.ruleset).to.equal(defaultRuleset);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('rule set');
  });

  it('re-evaluates with a valid host rule set and announces it with tpi-change', async () => {
    const el = await guide(ACTIVE);
    const custom = { ...defaultRuleset, version: '9.9.9' };
    const changed = oneEvent(el, 'tpi-change');
    el.ruleset = custom;
    const { detail } = await changed;
    expect(detail.guidance.rulesetVersion).to.equal('9.9.9');
    expect(el.guidance).to.deep.equal(evaluate(el.assessment, { today: TODAY, ruleset: custom }));
    el.ruleset = undefined;
    expect(el.guidance!.rulesetVersion).to.equal(defaultRuleset.version);
  });

  it('reports an invalid today as an assessment error naming the option', async () => {
    const el = await guide(ACTIVE);
    const refused = oneEvent(el, 'tpi-error');
    el.setAttribute('today', '2026-02-30');
    const { detail } = (await refused) as TpiErrorEvent;
    expect(detail.issues[0]!.path).to.deep.equal(['options', 'today']);
  });

  it('types tpi-book for the patient view: service, level, answers and reasons, bubbling and composed', () => {
    const event = new TpiBookEvent({ service: 'physical-therapy', level: 'routine', answers: { triedCare: 'no' }, reasons: ['care-first'] });
    expect(event.type).to.equal('tpi-book');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ service: 'physical-therapy', level: 'routine', answers: { triedCare: 'no' }, reasons: ['care-first'] });
  });
});
