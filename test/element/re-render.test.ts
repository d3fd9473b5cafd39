// Each part subscribes only to what it reads, so an edit re-renders only the parts that
// show something it changed.
import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/engine/index.js';
import { control, deep, guide, settle, site, typeInto } from './helpers.js';

const ACTIVE: Assessment = { sites: [site('s1', 'levator-scapulae', { tautBand: true, hypersensitiveSpot: true, painRecognition: true })] };

/** Counts the renders of part `tag` in `el` from now on. */
function renders(el: Element, tag: string): { count: number } {
  const target = deep(el, tag) as unknown as { render(): unknown };
  const counter = { count: 0 };
  const render = target.render.bind(target);
  target.render = () => {
    counter.count++;
    return render();
  };
  return counter;
}

describe('re-rendering', () => {
  it('an entry the engine refuses re-renders the form and the summary, not the results that did not change', async () => {
    const el = await guide(ACTIVE);
    const results = ['tpi-site-results', 'tpi-warning-list', 'tpi-condition-list', 'tpi-option-list', 'tpi-explanation'].map((tag) => [tag, renders(el, tag)] as const);
    const summary = renders(el, 'tpi-results-summary');
    const form = renders(el, 'tpi-patient-form');
    typeInto(control(el, 'Weight (kg)'), '900'); // refused: the draft changes, the guidance does not
    await settle(el);
    expect(form.count).to.equal(1);
    expect(summary.count).to.equal(1); // it says the entries need correcting
    expect(Object.fromEntries(results.map(([tag, n]) => [tag, n.count]))).to.deep.equal(Object.fromEntries(results.map(([tag]) => [tag, 0])));
  });

  it('a new language re-renders every part once; an equal strings table none', async () => {
    const el = await guide(ACTIVE);
    const warnings = renders(el, 'tpi-warning-list');
    el.strings = { summary: 'Overview' };
    await settle(el);
    expect(warnings.count).to.equal(1);
    el.strings = { summary: 'Overview' };
    await settle(el);
    expect(warnings.count).to.equal(1);
  });
});
