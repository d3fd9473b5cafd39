// Helpers for the body map tests: a map on the page, its targets, where they are drawn.
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import { bodyMapChunk } from '../../src/components/internal/lazy.js';
import { enClinician } from '../../src/i18n/en-clinician.js';
import { addEnglish } from '../../src/i18n/registry.js';
import { targetsFor } from '../../src/components/internal/body-map/body-map.js';
import type { TpiBodyMap } from '../../src/components/internal/body-map/body-map.js';
import type { BodyMapMark } from '../../src/components/internal/body-map/marks.js';
import type { TpiMapPickDetail, TpiMapPickEvent } from '../../src/components/internal/body-map/pick-event.js';

/**
 * A loaded, rendered <tpi-body-map>, page wide, with a button before and after it. The
 * map itself is the fixture: a plain wrapper would make the fixture wait for an
 * animation frame, which a background test page never gets.
 */
export async function map(mode: 'clinician' | 'patient' = 'clinician', marks: BodyMapMark[] = []): Promise<TpiBodyMap> {
  await bodyMapChunk.load();
  // The site cards' wording of a mark (class.*) is the clinician view's English, there
  // whenever the widget shows a clinician map.
  addEnglish(enClinician);
  const el = await fixture<TpiBodyMap>(html`<tpi-body-map .mode=${mode} .marks=${marks}></tpi-body-map>`);
  for (const [id, place] of [['before', 'before'], ['after', 'after']] as const) {
    const button = document.createElement('button');
    button.id = button.textContent = id;
    el[place](button);
  }
  return el;
}

/** Every target of the map, in document order. */
export const targets = (el: TpiBodyMap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[data-k]')];

/** The target with this key (`front upper-trapezius right`, `back head`, …). */
export function target(el: TpiBodyMap, key: string): SVGGElement {
  const found = el.shadowRoot!.querySelector<SVGGElement>(`[data-k="${key}"]`);
  if (!found) throw new Error(`no target ${key}`);
  return found;
}

/** The center of an element's box on the screen. */
export function middle(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** A point given in a view's drawing units, on the screen. */
export function onScreen(svg: SVGSVGElement, x: number, y: number): { x: number; y: number } {
  const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
  return { x: p.x, y: p.y };
}

/** Collects the details of the map's tpi-map-pick events. */
export function picks(el: TpiBodyMap): TpiMapPickDetail[] {
  const out: TpiMapPickDetail[] = [];
  el.addEventListener('tpi-map-pick', (e: TpiMapPickEvent) => out.push(e.detail));
  return out;
}

/** The element that has focus, followed into shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A view's <svg>. */
export const svgOf = (el: TpiBodyMap, view: string) => el.shadowRoot!.querySelector<SVGSVGElement>(`svg[aria-labelledby="cap-${view}"]`)!;

/** Text content, whitespace collapsed. */
export const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks like a person: a real mouse click at a point on the screen. */
export async function clickAt({ x, y }: { x: number; y: number }) {
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/**
 * The regions of a rendered map a 24 px touch target misses (WCAG 2.5.8): each region is
 * scrolled into view, and a tap at its middle and 11.5 px to each side of it (a 24 px
 * cross) must land on it. Empty when every region passes.
 */
export function tapMisses(el: TpiBodyMap): string[] {
  const missed: string[] = [];
  for (const t of targetsFor(el.mode)) {
    const g = target(el, t.key);
    g.scrollIntoView({ block: 'center' });
    const p = onScreen(svgOf(el, t.view), t.x, t.y);
    const probes = [[0, 0], [-11.5, 0], [11.5, 0], [0, -11.5], [0, 11.5]] as const;
    const off = probes.filter(([dx, dy]) => el.shadowRoot!.elementFromPoint(p.x + dx, p.y + dy)?.closest('[data-k]') !== g);
    if (off.length) missed.push(`${t.key} ${off.map((o) => o.join(',')).join(' ')}`);
  }
  return missed;
}

/** Scrolls a target into view and clicks its middle. */
export async function tap(target: Element) {
  target.scrollIntoView({ block: 'center' });
  await clickAt(middle(target));
}

/** Puts the pointer, color scheme and viewport back as the test runner had them. */
export async function reset() {
  await sendMouse({ type: 'move', position: [0, 0] });
  await emulateMedia({ colorScheme: 'light' });
  await setViewport({ width: 800, height: 600 });
}
