import { expect } from '@open-wc/testing';
import { defaultRuleset } from '../../src/engine/index.js';
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

  it('never shows site ids, even ids that look like HTML, and the sites still work', async () => {
    const el = await guide({
      sites: [
        { id: IMG, muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } },
        { id: SCRIPT, muscle: 'temporalis', findings: {} },
      ],
    });
    for (const tag of ['tpi-site-results', 'tpi-site-editor', 'tpi-warning-list', 'tpi-condition-list']) {
      expect(text(el, tag)).to.not.include(IMG).and.not.include(SCRIPT);
    }
    expect(text(el, 'tpi-site-results')).to.include('Masseter').and.include('Temporalis');
    expect(deepAll(el, 'img, script')).to.have.length(0);
    expect(window.__xss).to.equal(undefined);
  });

  it('renders a host rule set’s descriptions and warning messages that look like HTML as text, in "Why?" too', async () => {
    const el = await guide();
    el.ruleset = {
      ...defaultRuleset,
      id: 'host-rules',
      rules: defaultRuleset.rules.map((rule) =>
        rule.id === 'warning.needle-phobia' ? { ...rule, description: IMG, citations: [SCRIPT], then: { ...rule.then, message: IMG } } : rule,
      ),
    };
    el.assessment = { patient: { needlePhobia: true }, sites: [{ id: 's1', muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } }] };
    await settle(el);
    for (const button of deepAll(el, 'tpi-warning-list button[aria-expanded=false], button[aria-expanded=false]')) (button as HTMLButtonElement).click();
    await settle(el);
    expect(text(el, 'tpi-warning-list')).to.include(IMG).and.include(SCRIPT);
    expect(text(el, 'tpi-explanation')).to.include(IMG);
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
