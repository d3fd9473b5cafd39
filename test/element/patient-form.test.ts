import { expect } from '@open-wc/testing';
import { control, guide, settle, site, text } from './helpers.js';

describe('patient form', () => {
  it('records an antiplatelet medicine, and the warning and the NSAID caution follow', async () => {
    const el = await guide({ conservativeCareTried: true, sites: [site('s1', 'infraspinatus', { tautBand: true, hypersensitiveSpot: true, painRecognition: true })] });
    const box = control(el, 'Antiplatelet medicine (aspirin, clopidogrel …)');
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    box.click();
    await settle(el);
    expect(el.assessment.patient).to.deep.equal({ antiplatelet: true });
    expect(el.guidance!.warnings.map((w) => w.id)).to.deep.equal(['antiplatelet']);
    expect(text(el, 'tpi-warning-list')).to.include('On antiplatelet medicine: weigh the bleeding risk.');
    expect(text(el, 'tpi-option-list')).to.include('more bleeding with an antiplatelet medicine');
    box.click();
    await settle(el);
    expect(el.assessment.patient).to.deep.equal({}); // unchecked is "not recorded", not false
  });
});
