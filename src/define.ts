// Registers <tpi-guide> and its inner elements. Guarded: a second copy of the bundle on
// one page warns once and leaves the first copy's definitions in place instead of
// throwing.
import { defineOnce } from './components/define-once.js';
import { ELEMENTS, TpiGuide } from './components/elements.js';

export { defineOnce };

if (defineOnce('tpi-guide', TpiGuide)) {
  for (const [tag, ctor] of Object.entries(ELEMENTS)) defineOnce(tag, ctor);
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-guide': TpiGuide;
  }
}
