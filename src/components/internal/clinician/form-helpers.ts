// Template helpers the form components share. Pure functions of their arguments.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { MUSCLES, REGIONS } from '../../../engine/index.js';
import type { Issue, Side } from '../../../engine/index.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { describedBy } from './source-mark.js';
import type { Mark } from './source-mark.js';

/** The engine's message for the first issue at or under `path`, if any. */
export function issueAt(issues: readonly Issue[] | undefined, ...path: (string | number)[]): string | undefined {
  return issues?.find((issue) => path.every((part, i) => issue.path[i] === part))?.message;
}

/** What a number field should show: the user's own text while it still means `value`. */
export function numberText(raw: string | undefined, value: number | undefined): string {
  return raw !== undefined && Object.is(parseNumber(raw), value) ? raw : (value?.toString() ?? '');
}

/** Empty means "not given"; anything else is handed to the engine to judge (NaN included). */
export function parseNumber(text: string): number | undefined {
  return text.trim() ? Number(text.trim().replace(',', '.')) : undefined;
}

const STATES = [true, false, undefined] as const;
const STATE_NAMES = { true: 'yes', false: 'no', undefined: 'unset' } as const;

/** The words of a three-state answer: `state.*` (present, absent, not examined) or `answer.*` (yes, no, not recorded). */
export type StateWords = 'state' | 'answer';

/**
 * A three-state answer as a fieldset of three native radios, so "not examined"
 * (undefined) is a choice of its own and never collapses into "absent" (false). Each
 * answer is marked by shape and icon as well as color (styles/base.ts). `grid`: one row,
 * the legend beside three icon cells whose words are the column heads above
 * (`stateHeads`) and each radio's label; otherwise labelled pills.
 */
export function triState(
  s: Strings,
  name: string,
  legend: string,
  value: boolean | undefined,
  onChange: (value: boolean | undefined) => void,
  prefix: StateWords = 'state',
  grid = false,
  mark?: Mark,
): TemplateResult {
  return html`<fieldset class="tri${grid ? ' row3' : ''}" aria-describedby=${mark?.id ?? nothing}>
    <legend>${legend}</legend>
    <span class=${grid ? 'grid3' : 'opts'}
      >${STATES.map((state) => {
        const word = STATE_NAMES[`${state}`];
        return html`<label data-state=${word}
          ><input type="radio" name=${name} .checked=${value === state} @change=${() => onChange(state)} /><span class=${grid ? 'vh' : ''}
            >${t(s, `${prefix}.${word}`)}</span
          ></label
        >`;
      })}</span
    >${mark?.template ?? nothing}
  </fieldset>`;
}

/** The column heads over `triState(…, grid)` rows: the three answers' words, once. */
export function stateHeads(s: Strings, title: string): TemplateResult {
  return html`<div class="heads" aria-hidden="true">
    <span>${title}</span>${STATES.map((state) => html`<span>${t(s, `state.${STATE_NAMES[`${state}`]}`)}</span>`)}
  </div>`;
}

// The catalog's names by region, built once per strings table rather than per card
// per render: t() and the region filter ran 26 times for every select. Keyed by the
// table's identity: each widget keeps its table while its entries are unchanged.
const named = new WeakMap<Strings, [string, { id: string; name: string }[]][]>();

/** The muscle catalog as <optgroup>s by region (REGIONS order), narrowed by `filter`. */
export function muscleOptions(s: Strings, selected: string, filter = ''): TemplateResult[] {
  const q = filter.trim().toLocaleLowerCase();
  let groups = named.get(s);
  if (!groups) named.set(s, (groups = REGIONS.map((r) => [t(s, `region.${r}`), MUSCLES.filter((m) => m.region === r).map((m) => ({ id: m.id, name: t(s, `muscle.${m.id}`) }))])));
  return groups.map(([label, all]) => {
    const list = all.filter((m) => m.name.toLocaleLowerCase().includes(q));
    return html`${list.length
      ? html`<optgroup label=${label}>
          ${list.map((m) => html`<option value=${m.id} .selected=${m.id === selected}>${m.name}</option>`)}
        </optgroup>`
      : nothing}`;
  });
}

/** The side picker's options; the empty value means the side is not given. */
export function sideOptions(s: Strings, selected: string | undefined): TemplateResult[] {
  return (['', 'left', 'right'] as const).map(
    (side: Side | '') => html`<option value=${side} .selected=${side === (selected ?? '')}>${t(s, `side.${side || 'none'}`)}</option>`,
  );
}

/**
 * A number field: shows the user's own text while it still means the value (so "0." or
 * "900" stays as typed) and shows the engine's issue with the value under it. The text
 * is committed, handed to `onCommit`, when the person is done with it (the change event:
 * leaving the field, or Enter), never keystroke by keystroke: typing 700 is one edit.
 * A value from the record has its `mark` beside the label.
 */
export function numberField(
  s: Strings,
  id: string,
  label: string,
  shown: string,
  problem: string | undefined,
  onCommit: (text: string) => void,
  mark?: Mark,
): TemplateResult {
  const commit = (e: Event) => onCommit((e.target as HTMLInputElement).value);
  const name = html`<label for=${id}>${label}</label>`;
  return html`<div class="field">
    ${mark ? html`<div class="line">${name}${mark.template}</div>` : name}
    <input
      id=${id}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${shown}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy(problem && `${id}-err`, mark?.id)}
      @change=${commit}
      @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && commit(e)}
    />
    ${fieldError(s, `${id}-err`, label, problem)}
  </div>`;
}

/** The accessible error under a field: names the field, then the engine's message. */
export function fieldError(s: Strings, id: string, field: string, message: string | undefined) {
  // The engine's messages are English; a language may word them generically instead.
  return message ? html`<span id=${id} class="error">${t(s, 'invalid', { field, message: t(s, 'invalid.message', { message }) })}</span>` : nothing;
}
