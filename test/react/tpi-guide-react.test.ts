// tpi-guide/react in a real React 19 tree: props reach the element as properties, and
// the typed event props receive the element's events.
import { expect } from '@open-wc/testing';
// Default imports: React ships CommonJS, which the test server turns into a default export.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { TpiGuide } from '../../src/react/index.js';
import type { TpiBookDetail, TpiBookEvent, TpiChangeEvent, TpiErrorEvent } from '../../src/react/index.js';
import type { Assessment } from '../../src/engine/index.js';
import type { TpiGuide as TpiGuideElement } from '../../src/components/tpi-guide.js';

const ACTIVE_INFRASPINATUS: Assessment = {
  sites: [
    {
      id: 's1',
      muscle: 'infraspinatus',
      findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true },
    },
  ],
  conservativeCareTried: true,
};

describe('tpi-guide/react', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  type Props = React.ComponentProps<typeof TpiGuide>;
  const render = (props: Props) => ReactDOM.flushSync(() => root.render(React.createElement(TpiGuide, props)));
  const element = () => container.querySelector('tpi-guide') as TpiGuideElement;

  it('renders <tpi-guide> with React props set as element properties', async () => {
    render({ today: '2026-11-26', audience: 'clinician' });
    const el = element();
    expect(el).to.be.instanceOf(customElements.get('tpi-guide')!);
    await el.updateComplete;
    expect(el.today).to.equal('2026-11-26');
    expect(el.shadowRoot?.querySelector('tpi-results-summary')).to.be.instanceOf(HTMLElement);
  });

  it('calls onTpiChange with the typed detail when the assessment prop changes', async () => {
    const changes: TpiChangeEvent[] = [];
    const onTpiChange = (e: TpiChangeEvent) => changes.push(e);
    render({ today: '2026-11-26', onTpiChange });
    await element().updateComplete;
    render({ today: '2026-11-26', onTpiChange, assessment: ACTIVE_INFRASPINATUS });
    expect(changes).to.have.length(1);
    const { detail } = changes[0]!;
    expect(detail.assessment.sites[0]!.muscle).to.equal('infraspinatus');
    expect(detail.guidance.sites[0]!.kind).to.equal('trigger-point');
    expect(detail.guidance.eligibility.status).to.equal('appropriate');
    expect(element().guidance).to.equal(detail.guidance);
  });

  it('calls onTpiChange when the user edits inside the element', async () => {
    const changes: TpiChangeEvent[] = [];
    render({ today: '2026-11-26', onTpiChange: (e) => changes.push(e) });
    const el = element();
    await el.updateComplete;
    // "Add site", in the site editor's muscle-and-side picker.
    const picker = el.shadowRoot!.querySelector('tpi-site-editor')!.shadowRoot!.querySelector('tpi-site-picker')!;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.assessment.sites).to.have.length(1);
  });

  it('calls onTpiError, not onTpiChange, for an invalid assessment prop', async () => {
    const changes: TpiChangeEvent[] = [];
    const errors: TpiErrorEvent[] = [];
    const handlers = { onTpiChange: (e: TpiChangeEvent) => changes.push(e), onTpiError: (e: TpiErrorEvent) => errors.push(e) };
    render({ today: '2026-11-26', ...handlers });
    await element().updateComplete;
    render({ today: '2026-11-26', ...handlers, assessment: { sites: [{ id: 's1', muscle: 'biceps' }] } as unknown as Assessment });
    expect(changes).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('assessment');
    expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
  });

  it('sets emergencyNumber and calls onTpiBook with the typed routine detail', async () => {
    const books: TpiBookEvent[] = [];
    render({ audience: 'patient', emergencyNumber: '911', onTpiBook: (e) => books.push(e) });
    const el = element();
    await el.updateComplete;
    expect(el.getAttribute('emergency-number')).to.equal('911');
    const view = el.shadowRoot!.querySelector('tpi-patient-view')!;
    await view.updateComplete;
    const check = view.shadowRoot!.querySelector('tpi-self-check')!;
    await check.updateComplete;
    check.shadowRoot!.querySelector<HTMLButtonElement>('button.book')!.click();
    expect(books).to.have.length(1);
    const detail: TpiBookDetail = books[0]!.detail;
    expect(detail).to.deep.equal({ service: 'consultation', level: 'routine', answers: {}, reasons: [] });
  });

  it('stops calling a handler once React removes it', async () => {
    const changes: TpiChangeEvent[] = [];
    render({ today: '2026-11-26', onTpiChange: (e) => changes.push(e) });
    await element().updateComplete;
    render({ today: '2026-11-26' });
    element().assessment = ACTIVE_INFRASPINATUS;
    expect(changes).to.have.length(0);
  });
});
