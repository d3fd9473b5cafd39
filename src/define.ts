// Registers <tpi-guide>. Guarded: a second copy of the bundle on one page warns and
// leaves the first definition in place instead of throwing.
import { TpiGuide } from './components/tpi-guide.js';

export function defineOnce(tag: string, ctor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`tpi-guide: <${tag}> is already defined (another copy of the bundle is loaded); keeping the first.`);
    }
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}

defineOnce('tpi-guide', TpiGuide);

declare global {
  interface HTMLElementTagNameMap {
    'tpi-guide': TpiGuide;
  }
}
