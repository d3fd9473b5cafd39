// Helpers for the patient-view tests: a <tpi-guide audience="patient">, its nested
// shadow roots, and answering the self-check the way a person does (clicking labels).
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import type { TpiBookEvent } from '../../src/events/tpi-book-event.js';
import { TODAY, deep, settle } from '../element/helpers.js';

// The shadow-DOM helpers are the element tests' own; patient tests use them as they are.
export { TODAY, deep, deepAll, focused, record, settle } from '../element/helpers.js';

/** A rendered <tpi-guide audience="patient" today=TODAY>, optionally with booking settings and an emergency number. */
export async function patientGuide(opts: { label?: string; hidden?: boolean; emergency?: string; lang?: string } = {}): Promise<TpiGuide> {
  const el = await fixture<TpiGuide>(
    html`<tpi-guide
      audience="patient"
      today=${TODAY}
      lang=${ifDefined(opts.lang)}
      book-label=${ifDefined(opts.label)}
      emergency-number=${ifDefined(opts.emergency)}
      ?hide-booking=${opts.hidden}
    ></tpi-guide>`,
  );
  await settle(el);
  return el;
}

/** The self-check's shadow root. */
export function check(el: Element): ShadowRoot {
  return deep(el, 'tpi-self-check').shadowRoot!;
}

/** Text with whitespace collapsed. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The self-check input whose label reads `label` (within the fieldset whose legend starts with `legend`, if given). */
export function option(el: Element, label: string, legend?: string): HTMLInputElement {
  const sets = [...check(el).querySelectorAll('fieldset')].filter((f) => !legend || squash(f.querySelector('legend')!.textContent).startsWith(legend));
  const hit = sets.flatMap((f) => [...f.querySelectorAll('label')]).find((l) => squash(l.textContent) === label);
  if (!hit) throw new Error(`no option "${label}"${legend ? ` under "${legend}"` : ''}`);
  return hit.querySelector('input')!;
}

/** Clicks the label of an option, as a person would, and waits for the re-render. */
export async function choose(el: Element, label: string, legend?: string): Promise<void> {
  option(el, label, legend).closest('label')!.click();
  await settle(el);
}

/** The polite live outcome line of the self-check (the routine suggestion; empty otherwise). */
export const outcome = (el: Element) => squash(check(el).querySelector('[role=status]')!.textContent);

/** The self-check's assertive region (role=alert) for emergency and urgent results. */
export const alertRegion = (el: Element) => check(el).querySelector<HTMLElement>('[role=alert]')!;

/** The text of the alert region as rendered (paragraphs apart), whitespace collapsed ('' when nothing is shown). */
export const alertText = (el: Element) => squash(alertRegion(el).innerText);

/** The booking button, or null when hidden. */
export const bookButton = (el: Element) => check(el).querySelector<HTMLButtonElement>('button.book');

/** Clicks "book" and returns the tpi-book events the host received (dispatched during the click). */
export async function book(el: HTMLElement): Promise<TpiBookEvent[]> {
  const events: TpiBookEvent[] = [];
  const listen = (e: TpiBookEvent) => events.push(e);
  el.addEventListener('tpi-book', listen);
  try {
    bookButton(el)!.click();
  } finally {
    el.removeEventListener('tpi-book', listen);
  }
  return events;
}
