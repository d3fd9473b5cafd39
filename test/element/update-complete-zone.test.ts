// `updateComplete` means "rendered, parts included", also on a host that loads zone.js
// first (every Angular app, LHC-Forms pages): zone.js replaces Promise, which changes
// the order in which the nested parts' updates run. This file's page loads zone.js
// before the widget, as such a host does.
import 'zone.js';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import type { Assessment } from '../../src/engine/index.js';
import { deepAll, site } from './helpers.js';

const VISIT: Assessment = {
  patient: { weightKg: 70 },
  sites: ['upper-trapezius', 'levator-scapulae', 'infraspinatus', 'masseter'].map((muscle, i) =>
    site(`s${i + 1}`, muscle as Assessment['sites'][number]['muscle'], { tautBand: true, hypersensitiveSpot: true, painRecognition: true }),
  ),
};

/** A <tpi-guide> appended to the page, with `assessment` set, not yet awaited. */
function mount(assessment?: Assessment): TpiGuide {
  const el = document.createElement('tpi-guide');
  el.today = '2026-11-26';
  if (assessment) el.assessment = assessment;
  document.body.append(el);
  return el;
}

/** Every Lit element in the widget's shadow trees. */
const parts = (el: Element) => deepAll(el, '*').filter((e): e is HTMLElement & { hasUpdated: boolean; isUpdatePending: boolean } => 'updateComplete' in e);

describe('updateComplete with zone.js on the page', () => {
  afterEach(() => document.body.replaceChildren());

  it('zone.js is loaded and has replaced Promise', () => {
    expect((globalThis as { Zone?: unknown }).Zone).to.not.equal(undefined);
    expect(Promise.name).to.equal('ZoneAwarePromise');
  });

  it('resolves once every nested part has rendered the assessment', async () => {
    const el = mount(VISIT);
    await el.updateComplete;
    const all = parts(el);
    expect(all.length).to.be.greaterThan(8);
    expect(all.filter((p) => !p.hasUpdated || p.isUpdatePending).map((p) => p.localName)).to.deep.equal([]);
    const editor = deepAll(el, 'tpi-site-editor')[0]!.shadowRoot!;
    expect(editor.querySelectorAll('.card')).to.have.length(4);
    expect(deepAll(el, 'tpi-site-results')[0]!.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
  });

  it('resolves after a host change only once the parts show it', async () => {
    const el = mount();
    await el.updateComplete;
    el.assessment = VISIT;
    await el.updateComplete;
    expect(deepAll(el, 'tpi-site-editor')[0]!.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    el.audience = 'patient';
    await el.updateComplete;
    const check = deepAll(el, 'tpi-self-check')[0];
    expect(check?.shadowRoot?.querySelectorAll('fieldset').length ?? 0).to.be.greaterThan(3);
  });
});
