// The clinician view fetches nothing of the body map until the clinician shows it. (A
// file of its own: modules stay loaded for the rest of a test page.)
import { expect } from '@open-wc/testing';
import { deepAll, guide, settle } from '../helpers.js';
import { fetchedFromMap } from '../../body-map/fetched.js';

describe('clinician body map loading', () => {
  it('fetches nothing of the map before it is shown, and the map when it is', async () => {
    const el = await guide();
    expect(fetchedFromMap()).to.deep.equal(['shown.ts']);
    (deepAll(el, 'button.map-toggle')[0] as HTMLButtonElement).click();
    await settle(el);
    expect(fetchedFromMap()).to.include.members(['index.ts', 'body-map.ts', 'geometry.ts', 'styles.ts', 'marks.ts']);
    expect(deepAll(el, 'tpi-body-map')).to.have.length(1);
  });
});
