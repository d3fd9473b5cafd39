import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { BODY_REGIONS, BODY_VIEWS, MUSCLE_PLACES, bodyRegion } from '../../../engine/catalog/body-map.js';
import type { BodyRegion, BodyRegionId, BodyView } from '../../../engine/catalog/body-map.js';
import { SYMPTOM_IDS } from '../../../engine/types.js';
import type { MuscleId, Side, SymptomId } from '../../../engine/types.js';
import { stringsFor } from '../../../i18n/registry.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { tokens } from '../../../styles/tokens.js';
import { AREA_SHAPES, MUSCLE_SHAPES, OUTLINE, STATURE, pairs, polygon, smooth } from './geometry.js';
import { MARK_STATUSES, statusKey } from './marks.js';
import type { BodyMapMark, MarkStatus } from './marks.js';
import { TpiMapPickEvent } from './pick-event.js';
import { styles } from './styles.js';

/** One choosable shape on one view: a muscle on one side, or a patient region. */
export interface Target {
  key: string;
  view: BodyView;
  d: string;
  /** Drawn mirrored (the shapes are given for the side on the viewer's right). */
  flip: boolean;
  /** Where its mark or tick goes, in drawing units (x from the midline, as drawn; y from the top of the head). */
  x: number;
  y: number;
  muscle?: MuscleId;
  region?: BodyRegion;
  side?: Side;
}

const SIDES: readonly Side[] = ['right', 'left'];
// On the front view the patient's right is on the viewer's left (negative x).
const sign = (view: BodyView, side?: Side) => (side && (view === 'front') === (side === 'right') ? -1 : 1);

/** Every target of a mode, per view top to bottom, then from the viewer's left. Built once. */
function build(patient: boolean): Target[] {
  const out: Target[] = [];
  for (const view of BODY_VIEWS) {
    const list: Target[] = [];
    if (patient) {
      for (const region of BODY_REGIONS) {
        const shape = region.views.includes(view) ? AREA_SHAPES[view][region.area] : undefined;
        if (!shape) continue;
        const [anchor, points] = shape.split('|') as [string, string];
        const [[x, y]] = pairs(anchor) as [[number, number]];
        const k = sign(view, region.side);
        list.push({ key: `${view} ${region.id}`, view, d: polygon(points), flip: k < 0, x: k * x, y, region, ...(region.side && { side: region.side }) });
      }
    } else {
      for (const [muscle, places] of Object.entries(MUSCLE_PLACES) as [MuscleId, (typeof MUSCLE_PLACES)[MuscleId]][]) {
        const place = places.find((p) => p.view === view);
        const shape = MUSCLE_SHAPES[view][muscle];
        if (!place || !shape) continue;
        const d = smooth(pairs(shape), 1 / 9);
        for (const side of SIDES) {
          const k = sign(view, side);
          list.push({ key: `${view} ${muscle} ${side}`, view, d, flip: k < 0, x: k * place.x * STATURE, y: place.y * STATURE, muscle, side });
        }
      }
    }
    out.push(...list.sort((a, b) => a.y - b.y || a.x - b.x));
  }
  return out;
}

const built: Partial<Record<'clinician' | 'patient', Target[]>> = {};
/** The targets the map draws in a mode, in its order (the order Home, End and reading follow). */
export const targetsFor = (mode: 'clinician' | 'patient'): readonly Target[] => (built[mode] ??= build(mode === 'patient'));

// Mark glyphs, centered on 0 0: [filled part, outlined part]. Distinct shapes, so a mark
// reads without its color: disc, ring, half disc, triangle, diamond, cross.
const RING = 'M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0Z';
const GLYPHS: Record<MarkStatus, [string, string]> = {
  active: [RING, RING],
  latent: ['', RING],
  'activity-unknown': ['M0-4.5a4.5 4.5 0 0 0 0 9Z', RING],
  'tender-spot': ['M0-5L5 4H-5Z', 'M0-5L5 4H-5Z'],
  indeterminate: ['', 'M0-5.5L5.5 0L0 5.5L-5.5 0Z'],
  none: ['', 'M-4-4L4 4M4-4L-4 4'],
};

const glyph = (status: MarkStatus, x = 0, y = 0) =>
  svg`<g class="mk ${status}" transform="translate(${x} ${y})"><circle class="halo" r="7"></circle><path class="f" d=${GLYPHS[status][0] || nothing}></path><path class="o" d=${GLYPHS[status][1]}></path></g>`;

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The center of an element's box on screen. */
const center = (el: Element) => {
  const r = el.getBoundingClientRect();
  return [r.x + r.width / 2, r.y + r.height / 2] as const;
};

/**
 * The target nearest to `from` in a direction, or none. Candidates lie ahead within a
 * cone (at most twice as far across as along), scored by the distance along plus twice
 * the distance across: a neighbor in line wins over a closer one off to the side, and a
 * region level with this one is never "up".
 */
function nearest(from: Element, all: Element[], [dx, dy]: [number, number]): Element | undefined {
  const [fx, fy] = center(from);
  const scored = all.map((el) => {
    const [x, y] = center(el);
    const along = (x - fx) * dx + (y - fy) * dy;
    const across = Math.abs((x - fx) * dy - (y - fy) * dx);
    return { el, along, across, score: along + 2 * across };
  });
  const cone = scored.filter((c) => c.along > 1 && c.across <= 2 * c.along);
  return cone.sort((a, b) => a.score - b.score)[0]?.el;
}

/**
 * A front and a back view of a neutral figure on which muscles (clinician mode) or
 * places that hurt (patient mode) are chosen. The patient's right and left are labeled
 * on each view. The map is one tab stop: arrow keys move to the nearest region in that
 * direction, Home and End to the first and last, Enter or Space chooses. It decides
 * nothing: a clinician's choice is reported for the part that shows the map to add or
 * show the site. A patient's choice toggles the region and keeps the answer it stands
 * for (engine data: each region's symptom id) in step with `areas`, the self-check's
 * "What is bothering you?": choosing a place ticks its answer; taking back the last
 * place of an answer unticks it only if the map ticked it; an answer unticked elsewhere
 * takes its places off the map. Loaded on demand: see index.ts and lazy.ts.
 *
 * @fires {TpiMapPickEvent} tpi-map-pick - A region was chosen (bubbles, not composed). `detail`: `{ mode: 'clinician', muscle, side, view }` or `{ mode: 'patient', region, selected, regions, areas }`.
 */
export class TpiBodyMap extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    mode: { reflect: true },
    marks: { attribute: false },
    selected: { attribute: false },
    areas: { attribute: false },
    strings: { attribute: false },
    focusKey: { state: true },
  };

  /** `clinician` (muscles, each side; the default) or `patient` (places that hurt). */
  declare mode: 'clinician' | 'patient';
  /** Clinician mode: the recorded sites to mark. Entries with an unknown muscle, side or status are skipped. */
  declare marks: readonly BodyMapMark[];
  /** Patient mode: the chosen region ids. The map updates it as the person chooses. */
  declare selected: readonly BodyRegionId[];
  /** Patient mode: the answer the regions stand for (symptom ids). The map updates it as the person chooses. */
  declare areas: readonly SymptomId[];
  /** The strings in force (the widget's resolved language); the built-in English fills any key missing. */
  declare strings: Strings | undefined;
  /** The target that holds the map's one tab stop. */
  private declare focusKey: string;

  /** `strings` over the built-in English: the widget's table may be a render behind the map's English arriving. */
  private s: Strings = {};
  /** The answers the map ticked (not the person, in the list): taking back their last place unticks them. */
  private byMap = new Set<SymptomId>();

  constructor() {
    super();
    this.mode = 'clinician';
    this.marks = [];
    this.selected = [];
    this.areas = [];
    this.focusKey = '';
  }

  /** Focuses the map's current region (its one tab stop). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<SVGElement>('[tabindex="0"]')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings') || !this.hasUpdated) this.s = { ...stringsFor('en'), ...this.strings };
    // An answer unticked in the list takes its places off the map (and is the person's if
    // ticked again); a place is shown chosen only while its answer is ticked.
    if (changed.has('areas') || changed.has('selected')) {
      const areas = this.answer();
      for (const symptom of this.byMap) if (!areas.includes(symptom)) this.byMap.delete(symptom);
      this.selected = this.chosen().filter((id) => areas.includes(bodyRegion(id)!.symptom));
    }
  }

  private get patient(): boolean {
    return this.mode === 'patient';
  }

  // Templates are written compactly: their text ships verbatim in the chunk.
  override render() {
    const s = this.s;
    const targets = targetsFor(this.patient ? 'patient' : 'clinician');
    const focus = targets.some((x) => x.key === this.focusKey) ? this.focusKey : targets[0]!.key;
    return html`<div role="group" aria-label=${t(s, 'bodyMap.label')} aria-describedby="hint" @click=${this.onClick} @keydown=${this.onKey} @focusin=${this.onFocus}
      ><p class="hint" id="hint">${t(s, this.patient ? 'bodyMap.hint.patient' : 'bodyMap.hint')}</p
      ><div class="views">${BODY_VIEWS.map((view) => this.renderView(view, targets.filter((x) => x.view === view), focus))}</div
      >${this.patient ? this.renderChosen() : this.renderLegend()}</div>`;
  }

  private renderView(view: BodyView, targets: Target[], focus: string) {
    const s = this.s;
    const sides: readonly Side[] = view === 'front' ? ['right', 'left'] : ['left', 'right'];
    const state = this.patient ? new Set(this.chosen()) : this.markIndex();
    return html`<div class="view"
      ><p class="cap" id="cap-${view}"><strong>${t(s, `bodyMap.${view}`)}</strong> — ${t(s, `bodyMap.${view}.sides${this.patient ? '.patient' : ''}`)}</p
      ><svg viewBox="-84 -6 168 412" role="group" aria-labelledby="cap-${view}"
        ><clipPath id="clip-${view}"><path d=${OUTLINE}></path></clipPath><path class="body" d=${OUTLINE}></path
        >${sides.map((side, i) => svg`<text class="lr" x=${i ? 72 : -72} y="58" aria-hidden="true">${t(s, `bodyMap.${side}.short`)}</text>`)}<g
          clip-path=${this.patient ? `url(#clip-${view})` : nothing}
          >${targets.map((x) => (state instanceof Set ? this.renderArea(x, state.has(x.region!.id), focus) : this.renderMuscle(x, state.get(`${x.muscle} ${x.side}`), focus)))}</g
        ></svg
      ></div>`;
  }

  private renderMuscle(x: Target, marks: { status: MarkStatus; unsided: boolean }[] = [], focus: string) {
    const s = this.s;
    let name = t(s, `bodyMap.${x.side!}`, { name: t(s, `muscle.${x.muscle!}`) });
    const statuses = MARK_STATUSES.filter((st) => marks.some((m) => m.status === st));
    if (marks.length) {
      const text = statuses.map((st) => {
        const words = t(s, statusKey(st));
        return marks.some((m) => m.status === st && !m.unsided) ? words : t(s, 'bodyMap.unsided', { status: words });
      });
      name = t(s, 'bodyMap.status', { name, status: text.join('; ') });
    }
    return svg`<g class="r ${marks.length ? 'marked' : ''}" role="button" tabindex=${x.key === focus ? 0 : -1} aria-label=${name} data-k=${x.key}
      ><path class="s" d=${x.d} transform=${x.flip ? 'scale(-1 1)' : nothing}></path>${statuses.length ? glyph(statuses[0]!, x.x, x.y) : nothing}</g>`;
  }

  private renderArea(x: Target, on: boolean, focus: string) {
    return svg`<g class="r area ${on ? 'on' : ''}" role="checkbox" aria-checked=${on} tabindex=${x.key === focus ? 0 : -1} aria-label=${this.regionName(x.region!)} data-k=${x.key}
      ><path class="s" d=${x.d} transform=${x.flip ? 'scale(-1 1)' : nothing}></path>${on ? svg`<path class="tick" d="M-4.5 0L-1.5 3.5L4.5-4" transform="translate(${x.x} ${x.y})"></path>` : nothing}</g>`;
  }

  private renderLegend() {
    const s = this.s;
    return html`<div class="legend"
      ><p id="key">${t(s, 'bodyMap.legend')}</p
      ><ul aria-labelledby="key">${MARK_STATUSES.map((st) => html`<li><svg viewBox="-8 -8 16 16" aria-hidden="true">${glyph(st)}</svg>${t(s, statusKey(st))}</li>`)}</ul
    ></div>`;
  }

  private renderChosen() {
    const s = this.s;
    const names = this.chosen().map((id) => this.regionName(bodyRegion(id)!));
    return html`<p class="chosen">${names.length ? t(s, 'bodyMap.chosen', { list: names.join('; ') }) : t(s, 'bodyMap.chosen.none')}</p>`;
  }

  /** "Shoulder, right side", "Head". */
  private regionName({ area, side }: BodyRegion): string {
    const name = t(this.s, `bodyMap.area.${area}`);
    return side ? t(this.s, `bodyMap.${side}`, { name }) : name;
  }

  /** The chosen regions that exist, in the map's order (BODY_REGIONS). */
  private chosen(): BodyRegionId[] {
    const ids = new Set(Array.isArray(this.selected) ? this.selected : []);
    return BODY_REGIONS.filter((r) => ids.has(r.id)).map((r) => r.id);
  }

  /** `areas`, if a list (a host value of another type counts as none). */
  private answer(): readonly SymptomId[] {
    return Array.isArray(this.areas) ? this.areas : [];
  }

  /** Valid marks by `muscle side`; a mark without a side counts on both sides. */
  private markIndex() {
    const index = new Map<string, { status: MarkStatus; unsided: boolean }[]>();
    for (const mark of Array.isArray(this.marks) ? this.marks : []) {
      const { muscle, side, status } = (mark ?? {}) as Partial<BodyMapMark>;
      if (!Object.hasOwn(MUSCLE_PLACES, muscle ?? '') || !MARK_STATUSES.includes(status!) || (side !== undefined && !SIDES.includes(side))) continue;
      for (const each of side ? [side] : SIDES) {
        const key = `${muscle} ${each}`;
        index.set(key, [...(index.get(key) ?? []), { status: status!, unsided: !side }]);
      }
    }
    return index;
  }

  private target(el: EventTarget | null): SVGElement | null {
    return el instanceof Element ? el.closest<SVGElement>('[data-k]') : null;
  }

  private onFocus = (e: FocusEvent) => {
    const el = this.target(e.target);
    if (el) this.focusKey = el.dataset.k!;
  };

  private onClick = (e: MouseEvent) => {
    const el = this.target(e.target);
    if (el) this.pick(el.dataset.k!);
  };

  private onKey = (e: KeyboardEvent) => {
    const el = this.target(e.target);
    if (!el || e.altKey || e.ctrlKey || e.metaKey) return;
    const all = [...this.renderRoot.querySelectorAll<SVGElement>('[data-k]')];
    let next: Element | undefined;
    if (e.key === 'Enter' || e.key === ' ') this.pick(el.dataset.k!);
    else if (e.key === 'Home') next = all[0];
    else if (e.key === 'End') next = all[all.length - 1];
    else if (DIRECTIONS[e.key]) next = nearest(el, all, DIRECTIONS[e.key]!) ?? el;
    else return;
    e.preventDefault();
    if (next instanceof SVGElement) {
      this.focusKey = next.dataset.k!;
      next.tabIndex = 0;
      if (next !== el) el.tabIndex = -1;
      next.focus();
    }
  };

  private pick(key: string) {
    const x = targetsFor(this.patient ? 'patient' : 'clinician').find((y) => y.key === key);
    if (!x) return;
    this.focusKey = key;
    if (x.muscle) {
      this.dispatchEvent(new TpiMapPickEvent({ mode: 'clinician', muscle: x.muscle, side: x.side!, view: x.view }));
      return;
    }
    const { id: region, symptom } = x.region!;
    const selected = !this.chosen().includes(region);
    const regions = BODY_REGIONS.filter((r) => (r.id === region ? selected : this.chosen().includes(r.id))).map((r) => r.id);
    const areas = new Set(this.answer());
    if (selected && !areas.has(symptom)) {
      areas.add(symptom);
      this.byMap.add(symptom);
    }
    if (!selected && this.byMap.has(symptom) && !regions.some((id) => bodyRegion(id)!.symptom === symptom)) {
      this.byMap.delete(symptom);
      areas.delete(symptom);
    }
    this.selected = regions;
    this.areas = SYMPTOM_IDS.filter((id) => areas.has(id));
    this.dispatchEvent(new TpiMapPickEvent({ mode: 'patient', region, selected, regions, areas: this.areas }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-body-map': TpiBodyMap;
  }
}
