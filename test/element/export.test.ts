import { expect, oneEvent } from '@open-wc/testing';
import { evaluate } from '../../src/engine/index.js';
import type { Assessment } from '../../src/engine/index.js';
import { toCdsHooksCards, toFhirBundle } from '../../src/engine/interop/index.js';
import { TpiExportEvent } from '../../src/events/tpi-export-event.js';
import type { TpiErrorEvent } from '../../src/events/tpi-error-event.js';
import { TODAY, deepAll, guide, record, settle, site } from './helpers.js';

const ASSESSMENT: Assessment = {
  patient: { weightKg: 70, anticoagulated: true },
  sites: [
    site('s1', 'upper-trapezius', { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true }),
    site('s2', 'infraspinatus', { hypersensitiveSpot: true, tautBand: false, referredPain: false }),
  ],
};

function exportButton(el: HTMLElement, label: RegExp): HTMLButtonElement {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="export"] button')].find((b) => label.test(b.textContent ?? ''));
  if (!button) throw new Error(`no export button ${label}`);
  return button;
}

describe('export', () => {
  it('dispatches tpi-export with the FHIR R4 Bundle of the current assessment when Export as FHIR is pressed', async () => {
    const el = await guide(ASSESSMENT);
    const exported = oneEvent(el, 'tpi-export');
    exportButton(el, /FHIR/).click();
    const event = (await exported) as TpiExportEvent;
    expect(event).to.be.instanceOf(TpiExportEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.format).to.equal('fhir');
    const guidance = evaluate(ASSESSMENT, { today: TODAY });
    expect(event.detail.data).to.deep.equal(toFhirBundle(ASSESSMENT, guidance));
    const types = (event.detail.data as { entry: { resource: { resourceType: string } }[] }).entry.map((e) => e.resource.resourceType);
    // One per site, and one for the patient factors recorded (anticoagulated).
    expect(types.filter((t) => t === 'Observation')).to.have.length(3);
  });

  it('dispatches tpi-export with CDS Hooks cards when Export as CDS Hooks is pressed', async () => {
    const el = await guide(ASSESSMENT);
    const exported = oneEvent(el, 'tpi-export');
    exportButton(el, /CDS Hooks/).click();
    const { detail } = (await exported) as TpiExportEvent;
    expect(detail.format).to.equal('cds-hooks');
    expect(detail.data).to.deep.equal({ cards: toCdsHooksCards(evaluate(ASSESSMENT, { today: TODAY })) });
  });

  it('exportFhir() puts the host context references into the Bundle', async () => {
    const el = await guide(ASSESSMENT);
    const bundle = await el.exportFhir({ subject: 'Patient/123', encounter: 'Encounter/9' });
    const observation = bundle.entry!.map((e) => e.resource as { resourceType: string; subject?: { reference?: string } }).find((r) => r.resourceType === 'Observation')!;
    expect(observation.subject?.reference).to.equal('Patient/123');
  });

  it('uses the exportContext property for the Export button', async () => {
    const el = await guide(ASSESSMENT);
    el.exportContext = { subject: 'Patient/77' };
    const exported = oneEvent(el, 'tpi-export');
    exportButton(el, /FHIR/).click();
    const { detail } = (await exported) as TpiExportEvent;
    expect(JSON.stringify(detail.data)).to.contain('Patient/77');
  });

  it('reports a malformed export context as tpi-error and shows it, exporting nothing', async () => {
    const el = await guide(ASSESSMENT);
    el.exportContext = { subject: 42 as unknown as string };
    const exports = record(el, 'tpi-export');
    const refused = oneEvent(el, 'tpi-error');
    exportButton(el, /FHIR/).click();
    const { detail } = (await refused) as TpiErrorEvent;
    await settle(el);
    expect(detail.source).to.equal('exportContext');
    expect(detail.issues[0]!.path).to.deep.equal(['exportContext']);
    expect(exports).to.have.length(0);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('export context');
    expect(el.assessment).to.deep.equal(ASSESSMENT);
  });

  it('shows the export actions to clinicians only', async () => {
    const el = await guide(ASSESSMENT);
    expect(deepAll(el, '[part="export"] button')).to.have.length(2);
    el.audience = 'patient';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
  });
});
