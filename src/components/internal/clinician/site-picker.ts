import { css, html, nothing } from 'lit';
import { MUSCLES, REGIONS } from '../../../engine/index.js';
import type { MuscleId, Region, Side } from '../../../engine/index.js';
import type { Strings } from '../../../i18n/registry.js';
import { siteName } from '../../../i18n/translate.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiPart } from '../part.js';

/** A muscle and a side (none: not specified), chosen together. */
export interface SitePick {
  muscle: MuscleId;
  side?: Side;
}

/** One entry of the list: "Upper trapezius, right", and the words typing matches. */
interface Entry extends SitePick {
  name: string;
  words: string[];
  region: Region;
  /** Where its muscle is listed: by region, then in catalog order. */
  order: number;
}

/** Lowercase without accents: how typed text and names are compared ("elevador" finds "Elevador"). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Whether each typed token starts a word of its own ("lev l": levator, left; not levator twice). */
function matches(words: readonly string[], tokens: readonly string[]): boolean {
  const free = [...words];
  return tokens.every((token) => {
    const i = free.findIndex((word) => word.startsWith(token));
    return i >= 0 && free.splice(i, 1);
  });
}

const SIDES: readonly (Side | undefined)[] = [undefined, 'left', 'right'];

// Every muscle with each side, named in the strings' language: built once per table.
const built = new WeakMap<Strings, Entry[]>();
function entries(s: Strings): Entry[] {
  let list = built.get(s);
  if (!list)
    built.set(
      s,
      (list = MUSCLES.flatMap((m, i) =>
        SIDES.map((side) => {
          const name = siteName(s, { muscle: m.id, side });
          const order = REGIONS.indexOf(m.region) * 1000 + i * 10;
          return { muscle: m.id, side, name, words: fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean), region: m.region, order };
        }),
      )),
    );
  return list;
}

/**
 * The add control: one combobox whose entries are a muscle and a side together ("Upper
 * trapezius, right"). Typing narrows the list by the start of words, so "up r" is Upper
 * trapezius, right and "lev" the levator scapulae on each side; the side picked last is
 * listed first. Enter or a click on an entry picks it, as does "Add site" (the active
 * entry); the part then fires `pick` (not composed) with the muscle and side, and
 * empties itself for the next site. ARIA 1.2 combobox with a listbox popup.
 */
export class TpiSitePicker extends TpiPart {
  static override styles = [
    base,
    clinician,
    css`
      .combo { position: relative; flex: 1 1 14rem; margin-bottom: calc(var(--_sp) / 2); }
      .combo input { width: 100%; }
      [role=listbox] { position: absolute; z-index: 5; top: 100%; left: 0; right: 0; max-height: min(20rem, 55vh); overflow-y: auto; margin: 2px 0 0; padding: 0.25em 0; background: var(--_bg); border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); box-shadow: 0 6px 18px rgb(0 0 0 / 0.2); }
      [role=listbox][hidden] { display: none; }
      [role=group] > div:first-child { padding: 0.35em 0.75em 0.1em; color: var(--_muted); font-size: 0.8125rem; font-weight: 600; }
      [role=option] { padding: 0.4em 0.75em; cursor: pointer; }
      [role=option][aria-selected=true] { background: var(--_accent); color: var(--_on-accent); }
      [role=option]:hover { outline: 1px solid var(--_accent); outline-offset: -1px; }
      label { display: block; font-weight: 600; margin-bottom: 0.2em; }
      .hint { margin: -0.25em 0 0.25em; }
    `,
  ];

  private query = '';
  private expanded = false;
  private active = 0;
  /** The side of the last pick, listed first for the next one (null: nothing picked yet). */
  private lastSide: Side | undefined | null = null;

  /** Focuses the text field. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  /** The entries the typed text leaves, in catalog order, the last side picked first. */
  private found(): Entry[] {
    const tokens = fold(this.query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const rank = (side: Side | undefined) => (side === this.lastSide ? -1 : SIDES.indexOf(side));
    const found = entries(this.s).filter((e) => matches(e.words, tokens));
    // Grouped by region as the list shows them; within a muscle the last side comes first.
    return found.sort((a, b) => a.order + rank(a.side) - (b.order + rank(b.side)));
  }

  override render() {
    const list = this.found();
    const active = list[Math.min(this.active, list.length - 1)];
    const shown = this.expanded && list.length > 0;
    let index = -1;
    return html`<label for="q">${this.t('muscle.filter')}</label>
      <p id="hint" class="muted hint">${this.t('muscle.filter.hint')}</p>
      <div class="row">
        <div class="combo">
          <input
            id="q"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${shown ? 'true' : 'false'}
            aria-controls="list"
            aria-activedescendant=${shown && active ? `o${list.indexOf(active)}` : nothing}
            aria-describedby="hint"
            .value=${this.query}
            @input=${this.onInput}
            @keydown=${this.onKey}
            @click=${() => this.set({ expanded: !this.expanded })}
            @blur=${() => this.set({ expanded: false })}
          />
          <div id="list" role="listbox" aria-label=${this.t('muscle.filter')} ?hidden=${!shown} @mousedown=${(e: Event) => e.preventDefault()}>
            ${shown
              ? REGIONS.map((region) => {
                  const group = list.filter((e) => e.region === region);
                  return group.length
                    ? html`<div role="group" aria-labelledby="g-${region}">
                        <div id="g-${region}" role="presentation">${this.t(`region.${region}`)}</div>
                        ${group.map((e) => {
                          const i = ++index;
                          return html`<div id="o${i}" role="option" aria-selected=${e === active ? 'true' : 'false'} @click=${() => this.pick(e)}>${e.name}</div>`;
                        })}
                      </div>`
                    : nothing;
                })
              : nothing}
          </div>
        </div>
        <button class="primary" ?disabled=${!active} @click=${() => active && this.pick(active)}>${this.t('site.add')}</button>
      </div>
      <p class="muted" role="status">${active ? nothing : this.t('muscle.noMatch')}</p>`;
  }

  protected override updated(): void {
    // Keep the active entry in view as the arrow keys move it.
    this.renderRoot.querySelector('[role=option][aria-selected=true]')?.scrollIntoView?.({ block: 'nearest' });
  }

  private set(patch: { query?: string; expanded?: boolean; active?: number }) {
    Object.assign(this, patch);
    this.requestUpdate();
  }

  private onInput = (e: Event) => {
    const query = (e.target as HTMLInputElement).value;
    this.set({ query, expanded: query.trim() !== '', active: 0 });
  };

  private onKey = (e: KeyboardEvent) => {
    const count = this.found().length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (!this.expanded || e.altKey) this.set({ expanded: true });
      else this.set({ active: Math.max(0, Math.min(count - 1, this.active + step)) });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const active = this.found()[this.active];
      if (active && (this.expanded || this.query.trim())) this.pick(active);
      else this.set({ expanded: true });
    } else if (e.key === 'Escape' && (this.expanded || this.query)) {
      e.preventDefault();
      this.set(this.expanded ? { expanded: false } : { query: '', active: 0 });
    }
  };

  private pick(entry: Entry) {
    this.lastSide = entry.side;
    this.set({ query: '', expanded: false, active: 0 });
    this.dispatchEvent(new CustomEvent<SitePick>('pick', { detail: { muscle: entry.muscle, side: entry.side } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-site-picker': TpiSitePicker;
  }
}
