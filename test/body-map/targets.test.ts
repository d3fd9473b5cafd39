// <tpi-body-map> by touch (WCAG 2.5.8): every region at least 24 by 24 px around its middle, on a phone and a desktop.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { targetsFor } from '../../src/components/internal/body-map/body-map.js';
import { map, reset, tapMisses, target } from './helpers.js';

afterEach(reset);

describe('body map touch targets', () => {
  for (const width of [390, 1280]) {
    it(`gives every region a touch target of at least 24 by 24 px around its middle, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      for (const mode of ['clinician', 'patient'] as const) {
        const el = await map(mode);
        const small = targetsFor(mode)
          .map((t) => [t.key, target(el, t.key).getBoundingClientRect()] as const)
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([key, r]) => `${key} ${Math.round(r.width)}x${Math.round(r.height)}`);
        expect(small, mode).to.deep.equal([]);
        expect(tapMisses(el), mode).to.deep.equal([]);
      }
    });
  }
});
