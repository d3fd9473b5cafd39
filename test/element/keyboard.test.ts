// Keyboard (and pointer) walk-throughs with real input events, run on their own, one
// page at a time (npm run test:keyboard): keys and clicks sent to a page that is not the
// focused one do not move focus reliably.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Assessment } from '../../src/engine/index.js';
import type { TpiChangeEvent } from '../../src/events/tpi-change-event.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { control, deep, deepAll, focused, guide, part, record, settle, site, visibleText } from './helpers.js';

/** Every key press is counted: a typed text counts one per character. */
function keyboard(el: TpiGuide) {
  const counter = {
    keys: 0,
    async press(key: string) {
      counter.keys++;
      await sendKeys({ press: key });
      await settle(el);
    },
    async type(text: string) {
      counter.keys += [...text].length;
      await sendKeys({ type: text });
      await settle(el);
    },
  };
  return counter;
}

/** Every click is counted; scrolling (the page, or a list) is not a click. */
function pointer(el: TpiGuide) {
  const counter = {
    clicks: 0,
    async click(target: Element) {
      counter.clicks++;
      // Scrolled to the middle, as a person scrolls what they click into plain view.
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await settle(el);
    },
  };
  return counter;
}

/** A button before the widget, focused: where a keyboard user comes from. */
function startBefore(el: Element) {
  const start = document.createElement('button');
  start.textContent = 'start';
  el.before(start);
  start.focus();
  return start;
}

const USUAL = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true };
/** The exam of issue 14: three sites on the right, four findings present on each. */
const THREE_SITES = [
  { id: 's1', muscle: 'upper-trapezius', side: 'right', findings: USUAL },
  { id: 's2', muscle: 'levator-scapulae', side: 'right', findings: USUAL },
  { id: 's3', muscle: 'infraspinatus', side: 'right', findings: USUAL },
];

describe('keyboard only', () => {
  it('records the usual three-site exam from empty in 35 keys or fewer', async () => {
    // (A Lit root for the fixture: a plain <div> would make fixture() wait for an
    // animation frame, which a background test page may never get.)
    const el = await guide();
    const keys = keyboard(el);
    startBefore(el);

    await keys.press('Tab');
    expect(focused()!.getAttribute('role')).to.equal('combobox');
    for (const [query, name] of [
      ['up r', 'Upper trapezius, right'],
      ['lev r', 'Levator scapulae, right'],
      ['inf r', 'Infraspinatus, right'],
    ]) {
      await keys.type(query!);
      // The active entry is the one Enter will add, and a screen reader hears it.
      const input = focused() as HTMLInputElement;
      const active = (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-activedescendant')!)!;
      expect(active.textContent).to.equal(name);
      await keys.press('Enter');
      // Focus goes to the new card's "All present", the usual next step.
      expect(visibleText(focused()!)).to.equal('All present');
      expect(focused()!.closest('[role=group]')!.textContent).to.include(name);
      await keys.press('Enter');
      await keys.press('Tab');
      expect(visibleText(focused()!)).to.equal('Done');
      await keys.press('Enter');
      // The card shrinks to its one line, and the picker has focus for the next site.
      expect(focused()!.getAttribute('role')).to.equal('combobox');
    }

    expect(el.assessment.sites).to.deep.equal(THREE_SITES);
    expect(el.guidance!.sites.map((s) => [s.kind, s.activity, s.injection])).to.deep.equal(Array(3).fill(['trigger-point', 'active', 'indicated']));
    expect(keys.keys).to.be.at.most(35);
    console.log(`keys for the three-site exam: ${keys.keys}`);
    // Each finished card is one line: its name and result.
    const toggles = deepAll(el, '.toggle');
    expect(toggles.map((t) => [t.getAttribute('aria-expanded'), visibleText(t)])).to.deep.equal(
      ['Upper trapezius, right', 'Levator scapulae, right', 'Infraspinatus, right'].map((name) => ['false', `${name} Active trigger point · Candidate for injection`]),
    );
    // The last result was announced, politely, once.
    const live = part(el, 'tpi-site-editor').querySelector('[role=status]')!;
    expect(live.textContent).to.equal('Infraspinatus, right: Active trigger point · Candidate for injection');
    // Upper trapezius lies over the lung: a warning, so the result is "with caution".
    expect(part(el, 'tpi-results-summary').querySelector('[aria-live=polite]')!.textContent).to.include('Injection possible, with caution');
  });

  it('opens a collapsed card again with Enter on its line', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', USUAL)] });
    const keys = keyboard(el);
    const toggle = deep(el, '.toggle');
    toggle.focus();
    await keys.press('Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepAll(el, 'fieldset.tri.row3')).to.have.length(0);
    await keys.press('Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deepAll(el, 'fieldset.tri.row3')).to.have.length(7);
  });

  it('sets a finding with the arrow keys: "not examined" wraps round to "present"', async () => {
    const el = await guide();
    const keys = keyboard(el);
    deep(el, '[role=combobox]').focus();
    await keys.type('levator l');
    await keys.press('Enter');
    // All present, Done, then the first finding's radio group.
    await keys.press('Tab');
    await keys.press('Tab');
    expect((focused() as HTMLInputElement).name).to.equal('f0-tautBand');
    await keys.press('ArrowRight');
    expect(el.assessment.sites[0]).to.deep.equal({ id: 's1', muscle: 'levator-scapulae', side: 'left', findings: { tautBand: true } });
  });

  it('undoes a removal: focus on Undo, then back on the restored card, findings and place kept', async () => {
    const before: Assessment = { sites: [site('s1', 'masseter', USUAL), { ...site('s2', 'temporalis', { tautBand: true }), side: 'left' }, site('s3', 'scalenes')] };
    const el = await guide(before);
    const keys = keyboard(el);
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    const remove = deepAll(el, '.head button.small')[1] as HTMLButtonElement;
    expect(visibleText(remove)).to.equal('Remove');
    remove.focus();
    await keys.press('Enter');
    expect(el.assessment.sites.map((s) => s.id)).to.deep.equal(['s1', 's3']);
    expect(changes).to.have.length(1);
    expect(visibleText(focused()!)).to.equal('Undo');
    expect(focused()!.textContent).to.include('Temporalis, left');
    expect(part(el, 'tpi-site-editor').textContent).to.include('Temporalis, left removed.');
    await keys.press('Enter');
    expect(el.assessment).to.deep.equal(before);
    expect(focused()!.classList.contains('toggle')).to.equal(true);
    expect(focused()!.textContent).to.include('Temporalis, left');
  });

  it('keeps focus in the list when a prior injection is removed', async () => {
    const el = await guide({
      sites: [],
      priorInjections: [
        { muscle: 'masseter', date: '2026-01-10', kind: 'lidocaine' },
        { muscle: 'temporalis', date: '2026-02-10', kind: 'other' },
      ],
    });
    const keys = keyboard(el);
    const rows = part(el, 'tpi-prior-injections');
    rows.querySelectorAll<HTMLButtonElement>('fieldset button')[0]!.focus();
    await keys.press('Enter');
    expect(el.assessment.priorInjections!.map((p) => p.muscle)).to.deep.equal(['temporalis']);
    expect((focused() as HTMLSelectElement).value).to.equal('temporalis');
    rows.querySelector<HTMLButtonElement>('fieldset button')!.focus();
    await keys.press('Enter');
    expect(focused()!.textContent).to.equal('Prior injections');
  });

  it('adds the first entry that matches the typed words when Enter is pressed, and empties the field', async () => {
    const el = await guide();
    const keys = keyboard(el);
    const input = deep<HTMLInputElement>(el, '[role=combobox]');
    input.focus();
    await keys.type('piri');
    await keys.press('Enter');
    expect(el.assessment.sites.map((s) => [s.muscle, s.side])).to.deep.equal([['piriformis', undefined]]);
    expect(input.value).to.equal('');
    // Unspecified, left, right; then the side picked last comes first.
    input.focus();
    await keys.type('glut me');
    await keys.press('ArrowDown');
    await keys.press('Enter');
    expect(el.assessment.sites[1]).to.deep.include({ muscle: 'gluteus-medius', side: 'left' });
    input.focus();
    await keys.type('glut me');
    await keys.press('Enter');
    expect(el.assessment.sites[2]).to.deep.include({ muscle: 'gluteus-medius', side: 'left' });
  });

  it('closes the list with Escape, then empties the field with a second Escape', async () => {
    const el = await guide();
    const keys = keyboard(el);
    const input = deep<HTMLInputElement>(el, '[role=combobox]');
    input.focus();
    await keys.type('tem');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await keys.press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('tem');
    await keys.press('Escape');
    expect(input.value).to.equal('');
    expect(el.assessment.sites).to.deep.equal([]);
  });

  it('commits a typed number when the field is left: typing 700 sends one tpi-change', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', USUAL)] });
    const keys = keyboard(el);
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    control(el, 'Pain duration (weeks)').focus();
    await keys.type('700');
    expect(changes).to.have.length(0);
    await keys.press('Tab');
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.assessment.painDurationWeeks).to.equal(700);
    // Enter commits too, once.
    control(el, 'Age (years)').focus();
    await keys.type('70');
    await keys.press('Enter');
    await keys.press('Tab');
    expect(changes).to.have.length(2);
    expect(el.assessment.patient).to.deep.equal({ ageYears: 70 });
  });

  it('commits a typed date when the field is left: one tpi-change with the whole date, none for its segments', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', USUAL)], priorInjections: [{ muscle: 'masseter', date: '2026-09-01', kind: 'lidocaine' }] });
    const keys = keyboard(el);
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    const date = control(el, 'Date');
    date.focus();
    // Month, day, year in Chromium's en-US: each segment typed is a change of the field's value.
    await keys.type('10012026');
    expect(date.value).to.equal('2026-10-01');
    expect(changes).to.have.length(0);
    // Tab walks the field's own parts (the calendar button) before it leaves the field.
    for (let i = 0; i < 3 && focused() === date; i++) await keys.press('Tab');
    expect(focused()).to.not.equal(date);
    expect(changes.map((e) => e.detail.assessment.priorInjections![0]!.date)).to.deep.equal(['2026-10-01']);
    // Enter commits too.
    date.focus();
    await keys.type('09');
    await keys.press('Enter');
    expect(changes.map((e) => e.detail.assessment.priorInjections![0]!.date)).to.deep.equal(['2026-10-01', '2026-09-01']);
  });

  it('keeps focus in the widget when a host error is dismissed', async () => {
    const el = await guide({ sites: [site('s1', 'masseter', USUAL)] });
    const keys = keyboard(el);
    el.assessment = { sites: 'none' } as unknown as Assessment;
    await settle(el);
    const dismiss = el.shadowRoot!.querySelector<HTMLButtonElement>('.alert button')!;
    dismiss.focus();
    await keys.press('Enter');
    expect(el.shadowRoot!.querySelector('.alert')!.textContent!.trim()).to.equal('');
    expect(focused()!.textContent).to.equal('Summary');
    expect(focused()!.getRootNode()).to.equal(part(el, 'tpi-results-summary'));
  });
});

describe('pointer only', () => {
  it('records the usual three-site exam from empty in 10 clicks or fewer', async () => {
    const el = await guide();
    const mouse = pointer(el);
    const option = (name: string) => deepAll(el, '[role=option]').find((o) => o.textContent === name)!;
    for (const name of ['Upper trapezius, right', 'Levator scapulae, right', 'Infraspinatus, right']) {
      await mouse.click(deep(el, '[role=combobox]'));
      await mouse.click(option(name));
      const cards = deepAll(el, '.site');
      const preset = [...cards.at(-1)!.querySelectorAll('button')].find((b) => visibleText(b) === 'All present')!;
      await mouse.click(preset);
    }
    expect(el.assessment.sites).to.deep.equal(THREE_SITES);
    expect(mouse.clicks).to.be.at.most(10);
    console.log(`clicks for the three-site exam: ${mouse.clicks}`);
  });
});
