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

/** Every text node in `el`'s shadow tree and the nested ones, visually hidden text included (a screen reader reads it). */
function allText(el: Element): string {
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.localName !== 'style') out.push(node.textContent!);
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
  };
  walk(el.shadowRoot!);
  return out.join(' ');
}

describe('internal ids', () => {
  it('are never shown, with every card, note and "Why?" open: no site id, no rule id, no rule-set id', async () => {
    const el = await guide({
      patient: { weightKg: 70, anticoagulated: true, localAnestheticAllergy: true, needlePhobia: true },
      symptoms: ['headache'],
      conservativeCareTried: false,
      sites: [
        { id: 'exam-1', muscle: 'upper-trapezius', side: 'right', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true } },
        { id: 'exam-2', muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true } },
        { id: 'exam-3', muscle: 'rhomboids', findings: { tautBand: false, hypersensitiveSpot: true }, ordered: true },
      ],
    });
    for (const d of deepAll(el, 'details')) (d as HTMLDetailsElement).open = true;
    for (const b of deepAll(el, 'button[aria-expanded=false]')) (b as HTMLButtonElement).click();
    await settle(el);
    expect(deepAll(el, '.why-panel').length).to.be.greaterThan(8);
    const shown = allText(el);
    expect(shown).to.include('Upper trapezius, right').and.include('A design choice of this tool');
    expect(shown).to.not.match(/exam-\d/);
    const fired = new Set(el.guidance!.trace.map((entry) => entry.rule));
    expect(fired.size).to.be.greaterThan(10);
    for (const id of fired) expect(shown, id).to.not.include(id);
    expect(shown).to.not.include(defaultRuleset.id).and.not.include('tpi-guide design choice');
  });
});
