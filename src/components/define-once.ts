/**
 * Defines a custom element unless the tag is taken. A second copy of the bundle on one
 * page then warns and keeps the first definition instead of throwing.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`tpi-guide: <${tag}> is already defined (another copy of the bundle is loaded); keeping the first.`);
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}
