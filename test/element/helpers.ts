// Helpers for the element tests: build a <tpi-guide>, reach into nested shadow roots.
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Assessment } from '../../src/engine/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';

export const TODAY = '2026-11-26';

// Lit's development build (the `npm run test:browser` pass with web-test-runner.dev.config.js)
// warns in the console about real mistakes: an update scheduled after one completed
// (change-in-update), a class field shadowing a reactive property, … Each test fails on
// any such warning. ("dev-mode" only says the build is the development one.) The
// production build issues none, so the check passes there without effect.
const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  const code = /lit\.dev\/msg\/([\w-]+)/.exec(text)?.[1];
  if (code && code !== 'dev-mode') litWarnings.push(text);
  warn(...args);
};
afterEach(() => {
  const seen = litWarnings.splice(0);
  if (seen.length) throw new Error(`Lit warned:\n${seen.join('\n')}`);
});

/** A fresh <tpi-guide today=TODAY>, optionally loaded with `assessment`, rendered. */
export async function guide(assessment?: Assessment, today = TODAY): Promise<TpiGuide> {
  const el = await fixture<TpiGuide>(html`<tpi-guide today=${today}></tpi-guide>`);
  if (assessment) el.assessment = assessment;
  await settle(el);
  return el;
}

type Updating = Element & { updateComplete: Promise<unknown>; isUpdatePending: boolean };
const updating = (e: Element): e is Updating => 'updateComplete' in e;

/**
 * Waits until no element in `el`'s tree (shadow roots included) has an update pending
 * and no inner tag waits for its definition: however many rounds of updates that takes.
 */
export async function settle(el: Element): Promise<void> {
  if (updating(el)) await el.updateComplete;
  for (;;) {
    const all = [el, ...deepAll(el, '*')];
    const pending = all.filter((e) => updating(e) && e.isUpdatePending) as Updating[];
    const undefinedTags = [...new Set(all.filter((e) => e.localName.includes('-') && !customElements.get(e.localName)).map((e) => e.localName))];
    if (!pending.length && !undefinedTags.length) return;
    await Promise.all([...pending.map((e) => e.updateComplete), ...undefinedTags.map((tag) => customElements.whenDefined(tag))]);
  }
}

/** Every element matching `selector` in `root`'s shadow tree and all nested shadow trees, in document order. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (scope: ShadowRoot) => {
    for (const node of scope.querySelectorAll('*')) {
      if (node.matches(selector)) out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  const scope = root instanceof Element ? root.shadowRoot : root;
  if (scope) walk(scope);
  return out;
}

/** The first deep match, or a thrown error naming the selector. */
export function deep<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = deepAll(root, selector)[0];
  if (!found) throw new Error(`no ${selector}`);
  return found as T;
}

/** The shadow root of the inner component `tag`. */
export function part(root: Element, tag: string): ShadowRoot {
  return deep(root, tag).shadowRoot!;
}

/** Visible text of an inner component, whitespace collapsed. */
export function text(root: Element, tag: string): string {
  return (part(root, tag).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element that has focus, followed through shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The button whose text (its visible words, before any visually hidden addition) is `label`, the `index`th. */
export function button(el: Element, label: string, index = 0): HTMLButtonElement {
  const hits = deepAll(el, 'button').filter((b) => visibleText(b) === label);
  if (!hits[index]) throw new Error(`no button "${label}" #${index}`);
  return hits[index] as HTMLButtonElement;
}

/** An element's text without its visually hidden parts (.vh), whitespace collapsed. */
export function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.vh')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A site exam with the three essential criteria and pain recognition as given. */
export function site(id: string, muscle: Assessment['sites'][number]['muscle'], findings: Assessment['sites'][number]['findings'] = {}) {
  return { id, muscle, findings };
}

/** The three radios (present, absent, not examined) of the finding fieldset `legend`, site `index`. */
export function findingRadios(el: Element, legend: string, index = 0): HTMLInputElement[] {
  const sets = deepAll(el, 'fieldset.tri').filter((f) => f.querySelector('legend')?.textContent?.trim() === legend);
  const set = sets[index];
  if (!set) throw new Error(`no fieldset "${legend}" #${index}`);
  return [...set.querySelectorAll<HTMLInputElement>('input[type=radio]')];
}

/**
 * Types `value` into a text/date input and leaves it, the way the browser reports that:
 * the value, an input event, then a change event (the commit).
 */
export function typeInto(input: HTMLInputElement, value: string): void {
  typeOnly(input, value);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types `value` into a text input without leaving it: the value and an input event, no commit. */
export function typeOnly(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * The control labelled `label` anywhere in `el`: the label's own text (beside the
 * control it wraps), else its whole text (a label whose words are in a span).
 */
export function control<T extends HTMLElement = HTMLInputElement>(el: Element, label: string, index = 0): T {
  const hits: HTMLElement[] = [];
  for (const l of deepAll(el, 'label')) {
    const own = [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    if ((own || l.textContent!.trim()) !== label) continue;
    const target = (l as HTMLLabelElement).control;
    if (target) hits.push(target);
  }
  if (!hits[index]) throw new Error(`no control labelled "${label}" #${index}`);
  return hits[index] as T;
}

// Listeners record() adds, removed after each test.
const added: (() => void)[] = [];
afterEach(() => {
  for (const remove of added.splice(0)) remove();
});

/** Collects every `type` event `target` dispatches until the end of the test (the listener is then removed). */
export function record<E extends Event>(target: EventTarget, type: string): E[] {
  const events: E[] = [];
  const listener = (e: Event) => events.push(e as E);
  target.addEventListener(type, listener);
  added.push(() => target.removeEventListener(type, listener));
  return events;
}
