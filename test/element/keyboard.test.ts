import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deep, focused, guide, part, settle, site } from './helpers.js';

const press = (key: string) => sendKeys({ press: key });

describe('keyboard only', () => {
  it('adds a site, records its findings and reads the result without a mouse', async () => {
    // (A Lit root for the fixture: a plain <div> would make fixture() wait for an
    // animation frame, which a background test page may never get.)
    const el = await guide();
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    start.focus();

    await press('Tab');
    expect(focused()!.getAttribute('type')).to.equal('search');
    await sendKeys({ type: 'levator' });
    await press('Tab');
    const muscle = focused() as HTMLSelectElement;
    expect(muscle.tagName).to.equal('SELECT');
    expect(muscle.value).to.equal('levator-scapulae');
    await press('Tab');
    await press('ArrowDown');
    expect((focused() as HTMLSelectElement).value).to.equal('left');
    await press('Tab');
    expect(focused()!.textContent).to.equal('Add site');
    await press('Enter');
    await settle(el);

    // Focus moves to the new site, named for a screen reader.
    expect(focused()!.tagName).to.equal('H3');
    expect(focused()!.textContent).to.include('Levator scapulae, left');
    expect(el.assessment.sites).to.deep.equal([{ id: 's1', muscle: 'levator-scapulae', side: 'left', findings: {} }]);

    // Remove, muscle, side, then the first finding's radio group.
    for (let i = 0; i < 4; i++) await press('Tab');
    expect((focused() as HTMLInputElement).name).to.equal('f0-tautBand');
    await press('ArrowRight'); // wraps from "Not examined" to "Present"
    await press('Tab');
    expect((focused() as HTMLInputElement).name).to.equal('f0-hypersensitiveSpot');
    await press('ArrowRight');
    await press('Tab');
    await press('Tab');
    expect((focused() as HTMLInputElement).name).to.equal('f0-painRecognition');
    await press('ArrowRight');
    await settle(el);

    expect(el.assessment.sites[0]!.findings).to.deep.equal({ tautBand: true, hypersensitiveSpot: true, painRecognition: true });
    expect(deep(el, '.result').textContent).to.equal('Active trigger point · Candidate for injection');
    const live = part(el, 'tpi-results-summary').querySelector('[aria-live=polite]')!;
    expect(live.textContent).to.include('Injection may be appropriate');
  });

  it('keeps focus in the list when a site is removed', async () => {
    const el = await guide({ sites: [site('s1', 'masseter'), site('s2', 'temporalis')] });
    const editor = part(el, 'tpi-site-editor');
    const removeFirst = editor.querySelectorAll<HTMLButtonElement>('.head button')[0]!;
    removeFirst.focus();
    await press('Enter');
    await settle(el);
    expect(el.assessment.sites.map((s) => s.id)).to.deep.equal(['s2']);
    expect(focused()!.tagName).to.equal('H3');
    expect(focused()!.textContent).to.include('Temporalis');

    editor.querySelector<HTMLButtonElement>('.head button')!.focus();
    await press('Enter');
    await settle(el);
    expect(el.assessment.sites).to.deep.equal([]);
    expect(focused()!.textContent).to.equal('Examined sites');
    expect(focused()!.getRootNode()).to.equal(editor);
  });

  it('keeps focus in the list when a prior injection is removed', async () => {
    const el = await guide({
      sites: [],
      priorInjections: [
        { muscle: 'masseter', date: '2026-01-10', kind: 'lidocaine' },
        { muscle: 'temporalis', date: '2026-02-10', kind: 'other' },
      ],
    });
    const rows = part(el, 'tpi-prior-injections');
    rows.querySelectorAll<HTMLButtonElement>('fieldset button')[0]!.focus();
    await press('Enter');
    await settle(el);
    expect(el.assessment.priorInjections!.map((p) => p.muscle)).to.deep.equal(['temporalis']);
    expect((focused() as HTMLSelectElement).value).to.equal('temporalis');
    rows.querySelector<HTMLButtonElement>('fieldset button')!.focus();
    await press('Enter');
    await settle(el);
    expect(focused()!.textContent).to.equal('Prior injections');
  });

  it('adds the first muscle that matches the filter when Enter is pressed in it', async () => {
    const el = await guide();
    const filter = deep<HTMLInputElement>(el, 'input[type=search]');
    filter.focus();
    await sendKeys({ type: 'piri' });
    await press('Enter');
    await settle(el);
    expect(el.assessment.sites.map((s) => s.muscle)).to.deep.equal(['piriformis']);
    expect(filter.value).to.equal('');
  });
});
