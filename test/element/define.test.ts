import { expect, fixture, html } from '@open-wc/testing';
import { TpiGuide, defineOnce } from '../../src/index.js';
import { clinicianChunk, patientChunk } from '../../src/components/internal/lazy.js';
import { settle } from './helpers.js';

describe('registration', () => {
  it('registers <tpi-guide>, and each audience chunk its inner elements when it loads', async () => {
    expect(customElements.get('tpi-guide')).to.equal(TpiGuide);
    const { ELEMENTS } = await clinicianChunk.load();
    for (const [tag, ctor] of Object.entries(ELEMENTS)) expect(customElements.get(tag), tag).to.equal(ctor);
    await patientChunk.load();
    for (const tag of ['tpi-patient-view', 'tpi-self-check']) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('warns and keeps the first definition when a second copy defines the same tag', () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class SecondCopy extends HTMLElement {}
      expect(() => defineOnce('tpi-guide', SecondCopy)).to.not.throw();
      expect(defineOnce('tpi-guide', SecondCopy)).to.equal(false);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]![0])).to.include('already defined');
    expect(customElements.get('tpi-guide')).to.equal(TpiGuide);
  });

  it('defines silently when the same class is registered again', () => {
    const warn = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      expect(defineOnce('tpi-guide', TpiGuide)).to.equal(false);
    } finally {
      console.warn = warn;
    }
    expect(warned).to.equal(false);
  });

  it('switches to the patient view for audience="patient", reflected', async () => {
    const el = await fixture<TpiGuide>(html`<tpi-guide></tpi-guide>`);
    expect(el.getAttribute('audience')).to.equal('clinician');
    el.audience = 'patient';
    await settle(el);
    expect(el.getAttribute('audience')).to.equal('patient');
    expect(el.shadowRoot!.querySelector('tpi-patient-view')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('tpi-site-editor')).to.equal(null);
  });
});
