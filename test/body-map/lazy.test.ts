// The map is a chunk of its own: nothing of it is fetched until a view asks for it.
// This file imports only the widget's chunk table (lazy.ts), as the standalone entry
// does, so the page holds exactly what a widget page holds before it shows a map.
import { expect } from '@open-wc/testing';
import { bodyMapChunk } from '../../src/components/internal/lazy.js';
import { fetchedFromMap } from './fetched.js';

describe('body map loading', () => {
  it('fetches nothing of the map before its chunk is asked for, and the map when it is', async () => {
    expect(fetchedFromMap()).to.deep.equal([]);
    expect(customElements.get('tpi-body-map')).to.equal(undefined);
    const first = bodyMapChunk.load();
    const chunk = await first;
    expect(customElements.get('tpi-body-map')).to.equal(chunk.TpiBodyMap);
    expect(fetchedFromMap()).to.include.members(['index.ts', 'body-map.ts', 'geometry.ts', 'styles.ts']);
    // A second call shares the first load.
    expect(bodyMapChunk.load()).to.equal(first);
  });
});
