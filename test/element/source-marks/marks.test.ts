// "From the record" marks: what prefill() and `provenance` show beside each pre-filled
// field, what a screen reader hears with the field, and how an edit, a removal or a
// host's new assessment takes them away.
import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment } from '../../../src/engine/index.js';
import type { FromFhirResult, Provenance } from '../../../src/engine/interop/index.js';
import type { TpiGuide } from '../../../src/components/tpi-guide.js';
import type { TpiChangeEvent } from '../../../src/events/tpi-change-event.js';
import type { TpiErrorEvent } from '../../../src/events/tpi-error-event.js';
import { TODAY, control, deep, deepAll, guide, record, settle, typeInto } from '../helpers.js';

const WEIGHT = { reference: 'Observation/123', resourceType: 'Observation', text: 'Body weight 154 [lb_av] on 2026-10-02 (69.853 kg)', date: '2026-10-02' };
const WARFARIN = {
  reference: 'MedicationRequest/w1',
  resourceType: 'MedicationRequest',
  text: 'Warfarin Sodium 5 MG Oral Tablet (anticoagulant: warfarin), active medication request on 2026-09-01',
  date: '2026-09-01',
  also: [{ reference: 'MedicationStatement/h2', resourceType: 'MedicationStatement', text: 'Heparin (anticoagulant: heparin), active medication statement' }],
};
const NOT_PREGNANT = { reference: 'Observation/p1', resourceType: 'Observation', text: 'Pregnancy status: Not pregnant on 2026-11-01', date: '2026-11-01' };
const EXAM = { reference: 'QuestionnaireResponse/q1', resourceType: 'QuestionnaireResponse', text: 'Trigger point exam of 2026-11-20', date: '2026-11-20' };
const tpi = (n: number, date: string) => ({ reference: `Procedure/t${n}`, resourceType: 'Procedure', text: `Trigger point injection (CPT 20552) on ${date}`, date });

const RESULT: Pick<FromFhirResult, 'assessment' | 'provenance'> = {
  assessment: {
    patient: { ageYears: 65, weightKg: 69.853, anticoagulated: true, pregnant: false },
    symptoms: ['neck-pain'],
    painDurationWeeks: 14,
    conservativeCareTried: true,
    sites: [],
    priorInjections: [
      { muscle: 'upper-trapezius', side: 'left', date: '2026-02-01', kind: 'other' },
      { muscle: 'levator-scapulae', side: 'right', date: '2026-06-29', kind: 'corticosteroid' },
      { muscle: 'infraspinatus', side: 'left', date: '2026-10-27', kind: 'lidocaine' },
    ],
  },
  provenance: {
    'patient.ageYears': { reference: 'Patient/1', resourceType: 'Patient', text: 'Born 1961-04-12', date: '1961-04-12' },
    'patient.weightKg': WEIGHT,
    'patient.anticoagulated': WARFARIN,
    'patient.pregnant': NOT_PREGNANT,
    symptoms: EXAM,
    painDurationWeeks: EXAM,
    conservativeCareTried: EXAM,
    'priorInjections.0': tpi(0, '2026-02-01'),
    'priorInjections.1': tpi(1, '2026-06-29'),
    'priorInjections.2': tpi(2, '2026-10-27'),
  },
};

/** A clinician widget pre-filled with RESULT. */
async function prefilled(): Promise<TpiGuide> {
  const el = await guide();
  el.prefill(RESULT);
  await settle(el);
  return el;
}

/** The visible badges, each with the accessible name of its button. */
const badges = (el: Element) => deepAll(el, '[part=source-mark]') as HTMLButtonElement[];

/** A badge's visible words. */
const visibleText = (badge: Element) => badge.textContent!.replace(/\s+/g, ' ').trim();

/** What a screen reader hears as `control`'s description: the text of the elements its aria-describedby names. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `(missing #${id})`)
    .join(' ');
}

/** The fieldset of prior injection `n` (1-based), by its legend. */
function priorRow(el: Element, n: number): HTMLFieldSetElement {
  const row = deepAll(el, 'tpi-prior-injections fieldset, fieldset').find((f) => f.querySelector(':scope > legend')?.textContent?.trim() === `Prior injection ${n}`);
  if (!row) throw new Error(`no prior injection ${n}`);
  return row as HTMLFieldSetElement;
}

/** The fieldset whose legend reads `legend`. */
function group(el: Element, legend: string): HTMLFieldSetElement {
  const found = deepAll(el, 'fieldset').find((f) => f.querySelector(':scope > legend')?.textContent?.trim() === legend);
  if (!found) throw new Error(`no fieldset "${legend}"`);
  return found as HTMLFieldSetElement;
}

/** The badge shown with a control or group, if any: the one its description points beside. */
function badgeFor(target: Element): HTMLButtonElement | undefined {
  const id = (target.getAttribute('aria-describedby') ?? '').split(' ').find((x) => x.startsWith('src-'));
  return id ? ((target.getRootNode() as ShadowRoot).querySelector<HTMLButtonElement>(`[aria-controls="${id}-p"]`) ?? undefined) : undefined;
}

describe('"From the record" marks', () => {
  it('marks each pre-filled field with a visible "From the record" badge', async () => {
    const el = await prefilled();
    expect(el.assessment).to.equal(RESULT.assessment);
    // Age and weight, two patient flags (anticoagulant; pregnancy, recorded as "no"),
    // symptoms, pain duration, conservative care and three prior injections.
    const all = badges(el);
    expect(all.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'From the record: Age (years)',
      'From the record: Weight (kg)',
      'From the record: Pregnant',
      'From the record: Anticoagulated',
      'From the record: Symptoms',
      'From the record: Pain duration (weeks)',
      'From the record: Stretching, massage or physical therapy tried without enough relief',
      'From the record: Prior injection 1',
      'From the record: Prior injection 2',
      'From the record: Prior injection 3',
    ]);
    for (const badge of all) {
      // The words are visible (not color alone); the field's name is for screen readers,
      // who may meet several of them.
      expect(visibleText(badge)).to.equal('From the record');
      expect(badge.getBoundingClientRect().width).to.be.greaterThan(40);
    }
    // Unmarked fields have none.
    expect(badgeFor(control(el, 'Antiplatelet medicine (aspirin, clopidogrel …)'))).to.equal(undefined);
  });

  it('tells a screen reader where each value came from, with the field (aria-describedby)', async () => {
    const el = await prefilled();
    expect(description(control(el, 'Weight (kg)'))).to.equal('From the record: Body weight 154 [lb_av] on 2026-10-02 (69.853 kg) (Observation/123)');
    expect(description(control(el, 'Anticoagulated'))).to.equal(`From the record: ${WARFARIN.text} (MedicationRequest/w1)`);
    expect(description(control(el, 'Pregnant'))).to.equal(`From the record: ${NOT_PREGNANT.text} (Observation/p1)`);
    expect(control(el, 'Pregnant').checked).to.equal(false); // "not pregnant" is marked too
    expect(description(control(el, 'Pain duration (weeks)'))).to.equal(`From the record: ${EXAM.text} (QuestionnaireResponse/q1)`);
    expect(description(group(el, 'Symptoms'))).to.equal(`From the record: ${EXAM.text} (QuestionnaireResponse/q1)`);
    expect(description(group(el, 'Stretching, massage or physical therapy tried without enough relief'))).to.include('From the record: Trigger point exam');
    // A prior injection: the row (its group) and its first control, where focus lands.
    const row = priorRow(el, 2);
    expect(description(row)).to.equal('From the record: Trigger point injection (CPT 20552) on 2026-06-29 (Procedure/t1)');
    expect(description(row.querySelector('select')!)).to.equal(description(row));
    // The description is not read twice in browse mode: it is hidden, reachable only by reference.
    const id = control(el, 'Weight (kg)').getAttribute('aria-describedby')!;
    expect((control(el, 'Weight (kg)').getRootNode() as ShadowRoot).getElementById(id)!.hidden).to.equal(true);
  });

  it('shows the source, its date and its reference when the badge is pressed, and hides it again', async () => {
    const el = await prefilled();
    const badge = badgeFor(control(el, 'Anticoagulated'))!;
    const panel = (badge.getRootNode() as ShadowRoot).getElementById(badge.getAttribute('aria-controls')!)!;
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    badge.click();
    await settle(el);
    expect(badge.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    const shown = panel.textContent!.replace(/\s+/g, ' ').trim();
    expect(shown).to.include(WARFARIN.text);
    expect(shown).to.include('Source: MedicationRequest/w1, dated 2026-09-01');
    expect(shown).to.include('The record also says: Heparin (anticoagulant: heparin), active medication statement (MedicationStatement/h2)');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    badge.click();
    await settle(el);
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
  });

  it('removes the mark of a value the clinician edits, and only that one', async () => {
    const el = await prefilled();
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    const weight = control(el, 'Weight (kg)');
    typeInto(weight, '71.5');
    await settle(el);
    expect(el.assessment.patient?.weightKg).to.equal(71.5);
    expect(badgeFor(weight)).to.equal(undefined);
    expect(weight.hasAttribute('aria-describedby')).to.equal(false);
    expect(Object.keys(el.provenance)).to.not.include('patient.weightKg');
    expect(el.provenance['patient.anticoagulated']).to.deep.equal(WARFARIN);
    // The host hears which values are still the record's.
    expect(changes.at(-1)!.detail.provenance).to.equal(el.provenance);
    expect(Object.keys(changes.at(-1)!.detail.provenance!)).to.have.length(9);

    control(el, 'Anticoagulated').click(); // unchecked: no longer what the record says
    group(el, 'Symptoms').querySelector('input')!.click();
    await settle(el);
    expect(badges(el).map((b) => b.getAttribute('aria-label')!.replace('From the record: ', ''))).to.deep.equal([
      'Age (years)',
      'Pregnant',
      'Pain duration (weeks)',
      'Stretching, massage or physical therapy tried without enough relief',
      'Prior injection 1',
      'Prior injection 2',
      'Prior injection 3',
    ]);
  });

  it('removes a mark even when the edit is refused: the value shown is the clinician\'s', async () => {
    const el = await prefilled();
    typeInto(control(el, 'Pain duration (weeks)'), '-3');
    await settle(el);
    expect(el.assessment.painDurationWeeks).to.equal(14); // refused: the last valid value stays in force
    expect(badgeFor(control(el, 'Pain duration (weeks)'))).to.equal(undefined);
    expect(el.provenance.painDurationWeeks).to.equal(undefined);
  });

  it('editing any field of a prior injection removes that row\'s mark', async () => {
    const el = await prefilled();
    const row = priorRow(el, 2);
    const kind = row.querySelectorAll('select')[2] as HTMLSelectElement;
    kind.value = 'lidocaine';
    kind.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.assessment.priorInjections![1]!.kind).to.equal('lidocaine');
    expect(badgeFor(priorRow(el, 2))).to.equal(undefined);
    expect(badgeFor(priorRow(el, 1))).to.not.equal(undefined);
    expect(badgeFor(priorRow(el, 3))).to.not.equal(undefined);
    expect(Object.keys(el.provenance).filter((k) => k.startsWith('prior'))).to.deep.equal(['priorInjections.0', 'priorInjections.2']);
  });

  it('removing a prior injection takes its mark and moves the later rows\' marks up with them', async () => {
    const el = await prefilled();
    const remove = [...priorRow(el, 1).querySelectorAll('button')].find((b) => b.textContent!.startsWith('Remove'))!;
    remove.click();
    await settle(el);
    expect(el.assessment.priorInjections!.map((p) => p.muscle)).to.deep.equal(['levator-scapulae', 'infraspinatus']);
    expect(el.provenance['priorInjections.0']).to.deep.equal(tpi(1, '2026-06-29'));
    expect(el.provenance['priorInjections.1']).to.deep.equal(tpi(2, '2026-10-27'));
    expect(el.provenance['priorInjections.2']).to.equal(undefined);
    expect(description(priorRow(el, 1))).to.include('on 2026-06-29 (Procedure/t1)');
    expect(description(priorRow(el, 2))).to.include('on 2026-10-27 (Procedure/t2)');
  });

  it('an open source stays open on its row when the row moves up', async () => {
    const el = await prefilled();
    badgeFor(priorRow(el, 3))!.click();
    await settle(el);
    [...priorRow(el, 1).querySelectorAll('button')].find((b) => b.textContent!.startsWith('Remove'))!.click();
    await settle(el);
    expect(badgeFor(priorRow(el, 2))!.getAttribute('aria-expanded')).to.equal('true');
    expect(badgeFor(priorRow(el, 1))!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a host that sets `assessment` directly clears every mark', async () => {
    const el = await prefilled();
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    el.assessment = RESULT.assessment as Assessment;
    await settle(el);
    expect(badges(el)).to.have.length(0);
    expect(el.provenance).to.deep.equal({});
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.provenance).to.deep.equal({});
  });

  it('tpi-change after prefill carries the provenance; setting `provenance` alone fires nothing', async () => {
    const el = await guide();
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    el.prefill(RESULT);
    await settle(el);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.provenance).to.deep.equal(RESULT.provenance);
    el.provenance = { 'patient.weightKg': WEIGHT };
    await settle(el);
    expect(changes).to.have.length(1);
    expect(badges(el)).to.have.length(1);
  });

  it('a refused prefill raises tpi-error and marks nothing; what was in force stays', async () => {
    const el = await prefilled();
    const errors = record<TpiErrorEvent>(el, 'tpi-error');
    const before = el.assessment;
    el.prefill({ assessment: { sites: 'none' } as unknown as Assessment, provenance: { sites: EXAM } });
    await settle(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('assessment');
    expect(el.assessment).to.equal(before);
    expect(el.provenance).to.deep.equal(RESULT.provenance);

    const fresh = await guide();
    const refused = record<TpiErrorEvent>(fresh, 'tpi-error');
    fresh.prefill(null as unknown as FromFhirResult);
    await settle(fresh);
    expect(refused).to.have.length(1);
    expect(badges(fresh)).to.have.length(0);
  });

  it('ignores invalid provenance entries without throwing, and keeps the valid ones', async () => {
    const el = await guide(RESULT.assessment as Assessment);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    el.provenance = {
      'patient.weightKg': WEIGHT, // valid
      'patient.anticoagulated': { reference: 'MedicationRequest/1', text: 'no resourceType' },
      'patient.pregnant': { resourceType: 'Observation', text: 42 },
      symptoms: { resourceType: 'QuestionnaireResponse', text: 'x', reference: 7 },
      painDurationWeeks: null,
      conservativeCareTried: hostile,
      'priorInjections.0': { ...tpi(0, '2026-02-01'), also: [null, 'x', { text: 'half' }, tpi(9, '2025-01-01')] },
      'priorInjections.7': tpi(7, '2026-01-01'), // no such row
      'patient.needlePhobia': WEIGHT, // not filled
      'patient.__proto__': WEIGHT,
      'sites.0': EXAM, // no sites
    } as unknown as Provenance;
    await settle(el);
    expect(Object.keys(el.provenance)).to.deep.equal(['patient.weightKg', 'priorInjections.0']);
    expect(el.provenance['priorInjections.0']!.also).to.deep.equal([tpi(9, '2025-01-01')]);
    expect(badges(el)).to.have.length(2);
    // Wholly unusable input: no marks, no exception.
    for (const bad of [null, 'x', 42, [], hostile, Proxy.revocable({}, {}).proxy]) {
      el.provenance = bad as unknown as Provenance;
      await settle(el);
      expect(el.provenance).to.deep.equal({});
    }
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    el.provenance = revoked.proxy as Provenance;
    expect(el.provenance).to.deep.equal({});
  });

  it('shows the record\'s words as text, never as markup', async () => {
    const el = await guide(RESULT.assessment as Assessment);
    const text = '<img src=x onerror="window.__pwned=1">Body weight';
    el.provenance = { 'patient.weightKg': { ...WEIGHT, text, reference: '<b>Observation/1</b>' } };
    await settle(el);
    const badge = badges(el)[0]!;
    badge.click();
    await settle(el);
    const root = badge.getRootNode() as ShadowRoot;
    expect(root.querySelector('img, b')).to.equal(null);
    expect(root.getElementById(badge.getAttribute('aria-controls')!)!.textContent).to.include(text);
    expect(description(control(el, 'Weight (kg)'))).to.equal(`From the record: ${text} (<b>Observation/1</b>)`);
  });

  it('copies what it is given: changing the host\'s object later changes no mark', async () => {
    const el = await guide(RESULT.assessment as Assessment);
    const mine = { 'patient.weightKg': { ...WEIGHT } };
    el.provenance = mine;
    mine['patient.weightKg'].text = 'changed';
    await settle(el);
    expect(el.provenance['patient.weightKg']!.text).to.equal(WEIGHT.text);
    expect(Object.isFrozen(el.provenance) && Object.isFrozen(el.provenance['patient.weightKg'])).to.equal(true);
  });

  it('applies a prefill made before the engine has arrived, in order with the other inputs', async () => {
    const el = await fixture<TpiGuide>(html`<tpi-guide today=${TODAY}></tpi-guide>`);
    el.prefill(RESULT);
    el.provenance = { ...RESULT.provenance, symptoms: undefined } as unknown as Provenance; // waits behind the prefill
    await settle(el);
    expect(el.assessment).to.equal(RESULT.assessment);
    expect(Object.keys(el.provenance)).to.have.length(9);
    expect(badges(el)).to.have.length(9);
  });

  it('speaks Spanish with lang="es"', async () => {
    await import('../../../src/i18n/es.js');
    const el = await prefilled();
    el.lang = 'es';
    await settle(el);
    expect(visibleText(badges(el)[0]!)).to.equal('Del expediente');
    expect(badges(el).slice(0, 2).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Del expediente: Edad (años)', 'Del expediente: Peso (kg)']);
    expect(description(deep(el, 'input#weightKg'))).to.equal('Del expediente: Body weight 154 [lb_av] on 2026-10-02 (69.853 kg) (Observation/123)');
  });

  it('is accessible with every source shown (axe)', async () => {
    const el = await prefilled();
    for (const badge of badges(el)) badge.click();
    await settle(el);
    expect(badges(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
