// The body map is fetched when a person first shows it, never before: a patient page
// that never opens it downloads none of it. (A file of its own: modules stay loaded for
// the rest of a test page.)
import { expect } from '@open-wc/testing';
import { check, patientGuide, settle } from './helpers.js';
import { fetchedFromMap } from '../body-map/fetched.js';

describe('patient body map loading', () => {
  it('fetches nothing of the map before it is shown, and the map when it is', async () => {
    const el = await patientGuide();
    // Only the show/hide button's module, which the bundle's entry holds.
    expect(fetchedFromMap()).to.deep.equal(['shown.ts']);
    expect(customElements.get('tpi-body-map')).to.equal(undefined);
    check(el).querySelector<HTMLButtonElement>('button.map-toggle')!.click();
    await settle(el);
    expect(fetchedFromMap()).to.include.members(['index.ts', 'body-map.ts', 'geometry.ts', 'styles.ts']);
    expect(customElements.get('tpi-body-map')).to.not.equal(undefined);
  });
});
