// The map is a chunk of its own: nothing of it is fetched until loadBodyMap() is called.
// This file imports only the loader, so the page holds exactly what a host page holds
// before it shows a map.
import { expect } from '@open-wc/testing';
import { loadBodyMap } from '../../src/components/body-map/load.js';

/** Scripts this page has fetched from the map's folder, by file name. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.includes('/components/body-map/'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1).replace(/\?.*$/, ''))
    .sort();

describe('body map loading', () => {
  it('fetches nothing of the map before the loader is called, and the map when it is', async () => {
    expect(fetched()).to.deep.equal(['load.ts']);
    expect(customElements.get('tpi-body-map')).to.equal(undefined);
    const first = loadBodyMap();
    const ctor = await first;
    expect(customElements.get('tpi-body-map')).to.equal(ctor);
    expect(fetched()).to.include.members(['body-map.ts', 'geometry.ts', 'styles.ts']);
    // A second call shares the first load.
    expect(loadBodyMap()).to.equal(first);
  });
});
