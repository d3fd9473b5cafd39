import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/engine/index.js';
import { deepAll, guide, settle, text } from './helpers.js';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '"><script>window.__xss=1</script>';

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('host strings are text', () => {
  afterEach(() => delete window.__xss);

  it('renders site ids that look like HTML as text', async () => {
    const el = await guide({
      sites: [
        { id: IMG, muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } },
        { id: SCRIPT, muscle: 'temporalis', findings: {} },
      ],
    });
    expect(text(el, 'tpi-site-results')).to.include(`ID ${IMG}`).and.include(`ID ${SCRIPT}`);
    expect(text(el, 'tpi-site-editor')).to.include(IMG);
    expect(deepAll(el, 'img, script')).to.have.length(0);
    expect(window.__xss).to.equal(undefined);
  });

  it('renders a refused value echoed in the error message as text', async () => {
    const el = await guide();
    el.assessment = { sites: [{ id: 's1', muscle: IMG, findings: {} }] } as unknown as Assessment;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('sites.0.muscle');
    expect(deepAll(el, 'img, script')).to.have.length(0);
    expect(window.__xss).to.equal(undefined);
  });

  it('renders host-provided strings as text', async () => {
    const el = await guide();
    el.strings = { summary: `<b>${IMG}</b>` };
    await settle(el);
    expect(text(el, 'tpi-results-summary')).to.include(`<b>${IMG}</b>`);
    expect(deepAll(el, 'b, img')).to.have.length(0);
  });
});
