// Template helpers the form components share. Pure functions of their arguments.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { MUSCLES, REGIONS } from '../engine/index.js';
import type { Issue } from '../engine/index.js';
import type { Strings } from '../i18n/registry.js';
import { t } from '../i18n/translate.js';

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

/**
 * A three-state answer as a fieldset of three native radios, so "not examined"
 * (undefined) is a choice of its own and never collapses into "absent" (false).
 */
export function triState(
  s: Strings,
  name: string,
  legend: string,
  value: boolean | undefined,
  onChange: (value: boolean | undefined) => void,
  prefix = 'state',
): TemplateResult {
  return html`<fieldset class="tri">
    <legend>${legend}</legend>
    <span class="opts"
      >${STATES.map(
        (state) =>
          html`<label
            ><input type="radio" name=${name} .checked=${value === state} @change=${() => onChange(state)} />${t(
              s,
              `${prefix}.${state === undefined ? 'unset' : state ? 'yes' : 'no'}`,
            )}</label
          >`,
      )}</span
    >
  </fieldset>`;
}

/** The muscle catalog as <optgroup>s by region (REGIONS order), narrowed by `filter`. */
export function muscleOptions(s: Strings, selected: string, filter = ''): TemplateResult[] {
  const q = filter.trim().toLocaleLowerCase();
  return REGIONS.map((region) => {
    const list = MUSCLES.filter((m) => m.region === region && t(s, `muscle.${m.id}`).toLocaleLowerCase().includes(q));
    return html`${list.length
      ? html`<optgroup label=${t(s, `region.${region}`)}>
          ${list.map((m) => html`<option value=${m.id} .selected=${m.id === selected}>${t(s, `muscle.${m.id}`)}</option>`)}
        </optgroup>`
      : nothing}`;
  });
}

/** The side picker's options; the empty value means the side is not given. */
export function sideOptions(s: Strings, selected: string | undefined): TemplateResult[] {
  return ['', 'left', 'right'].map(
    (side) => html`<option value=${side} .selected=${side === (selected ?? '')}>${t(s, `side.${side || 'none'}`)}</option>`,
  );
}

/** The accessible error under a field: names the field, then the engine's message. */
export function fieldError(s: Strings, id: string, field: string, message: string | undefined) {
  return message ? html`<span id=${id} class="error">${t(s, 'invalid', { field, message })}</span>` : nothing;
}
