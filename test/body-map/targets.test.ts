// <tpi-body-map> by touch (WCAG 2.5.8): every region at least 24 by 24 px around its middle, on a phone and a desktop.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { targetsFor } from '../../src/components/internal/body-map/body-map.js';
import { map, onScreen, reset, svgOf, target } from './helpers.js';

afterEach(reset);

describe('body map touch targets', () => {
  for (const width of [390, 1280]) {
    it(`gives every region a touch target of at least 24 by 24 px around its middle, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      for (const mode of ['clinician', 'patient'] as const) {
        const el = await map(mode);
        const small: string[] = [];
        const missed: string[] = [];
        for (const t of targetsFor(mode)) {
          const g = target(el, t.key);
          g.scrollIntoView({ block: 'center' });
          const r = g.getBoundingClientRect();
          if (r.width < 24 || r.height < 24) small.push(`${t.key} ${Math.round(r.width)}x${Math.round(r.height)}`);
          // A tap at the middle, and 11.5 px to each side of it (a 24 px cross), lands on the region.
          const p = onScreen(svgOf(el, t.view), t.x, t.y);
          const probes = [[0, 0], [-11.5, 0], [11.5, 0], [0, -11.5], [0, 11.5]];
          const off = probes.filter(([dx, dy]) => el.shadowRoot!.elementFromPoint(p.x + dx!, p.y + dy!)?.closest('[data-k]') !== g);
          if (off.length) missed.push(`${t.key} ${off.map((o) => o.join(',')).join(' ')}`);
        }
        expect(small, mode).to.deep.equal([]);
        expect(missed, mode).to.deep.equal([]);
      }
    });
  }
});
