// The map is a chunk of its own: nothing of it is fetched until a view asks for it.
// This file imports only the widget's chunk table (lazy.ts), as the standalone entry
// does, so the page holds exactly what a widget page holds before it shows a map.
import { expect } from '@open-wc/testing';
import { bodyMapChunk } from '../../src/components/internal/lazy.js';

/** Scripts this page has fetched from the map's folder, by file name. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.includes('/components/internal/body-map/'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1))
    .sort();

describe('body map loading', () => {
  it('fetches nothing of the map before its chunk is asked for, and the map when it is', async () => {
    expect(fetched()).to.deep.equal([]);
    expect(customElements.get('tpi-body-map')).to.equal(undefined);
    const first = bodyMapChunk.load();
    const chunk = await first;
    expect(customElements.get('tpi-body-map')).to.equal(chunk.TpiBodyMap);
    expect(fetched()).to.include.members(['index.ts', 'body-map.ts', 'geometry.ts', 'styles.ts']);
    // A second call shares the first load.
    expect(bodyMapChunk.load()).to.equal(first);
  });
});
