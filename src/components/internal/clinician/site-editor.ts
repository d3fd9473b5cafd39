import { css, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { FINDING_KEYS, MUSCLES } from '../../../engine/index.js';
import type { MuscleId, SiteExam, Side } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { siteName, t } from '../../../i18n/translate.js';
import { base } from '../../../styles/base.js';
import { consume } from '../part.js';
import { TpiFormPart } from './form-part.js';
import { fieldError, issueAt, muscleOptions, sideOptions, triState } from './form-helpers.js';
import { classLabel } from './labels.js';
import type { MapPick } from './site-map.js';

/** The per-site checkboxes, by the assessment field each sets. */
const SITE_FLAGS = ['localInfection', 'acuteTrauma'] as const;

/** The examined sites: add a muscle (filterable, grouped by region), record findings, remove. */
export class TpiSiteEditor extends TpiFormPart {
  static override styles = [
    base,
    css`
      .head { display: flex; justify-content: space-between; align-items: start; gap: 0.5em; }
      .result { margin: 0.5em 0 0; font-weight: 600; }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);

  // The add form's own state; set through set() so the form re-renders.
  private filter = '';
  private muscle: MuscleId = MUSCLES[0].id;
  private side: Side | '' = '';

  private set(patch: { filter?: string; muscle?: MuscleId; side?: Side | '' }) {
    Object.assign(this, patch);
    this.requestUpdate();
  }

  override render() {
    const sites = this.draft.assessment.sites ?? [];
    return html`<h2 id="h" tabindex="-1">${this.t('sites')}</h2>
      ${this.renderAdd()}
      <tpi-site-map exportparts="body-map" @pick=${this.addPicked} @reveal=${(e: CustomEvent<{ id: string }>) => this.reveal(e.detail.id)}></tpi-site-map>
      ${sites.length ? sites.map((site, i) => this.renderCard(site, i)) : html`<p class="muted">${this.t('sites.none')}</p>`}`;
  }

  /** The muscle the add form would use: the chosen one if the filter still shows it. */
  private pick(): MuscleId | undefined {
    const q = this.filter.trim().toLocaleLowerCase();
    const shown = MUSCLES.filter((m) => this.t(`muscle.${m.id}`).toLocaleLowerCase().includes(q)).map((m) => m.id);
    return shown.includes(this.muscle) ? this.muscle : shown[0];
  }

  private renderAdd() {
    const muscle = this.pick();
    return html`<div class="row" role="group" aria-label=${this.t('site.add')}>
      <label class="field"
        >${this.t('muscle.filter')}
        <input
          type="search"
          autocomplete="off"
          .value=${this.filter}
          @input=${(e: Event) => this.set({ filter: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.add()}
      /></label>
      <label class="field"
        >${this.t('muscle')}
        <select @change=${(e: Event) => this.set({ muscle: (e.target as HTMLSelectElement).value as MuscleId })}>
          ${muscleOptions(this.s, muscle ?? '', this.filter)}
        </select></label
      >
      <label class="field"
        >${this.t('side')}
        <select @change=${(e: Event) => this.set({ side: (e.target as HTMLSelectElement).value as Side | '' })}>
          ${sideOptions(this.s, this.side)}
        </select></label
      >
      <button class="primary" ?disabled=${!muscle} @click=${this.add}>${this.t('site.add')}</button>
      <p class="muted" role="status">${muscle ? nothing : this.t('muscle.noMatch')}</p>
    </div>`;
  }

  /**
   * One card, re-rendered only when something it shows changed: an edit touches one
   * site, and the other cards' 26-option selects and radios need no fresh templates.
   */
  private renderCard(site: SiteExam, i: number) {
    const s = this.s;
    const g = this._guidance.value?.sites.find((r) => r.id === site.id);
    const result = g ? `${classLabel(s, g)} · ${t(s, `injection.${g.injection}`)}` : '';
    const problem = issueAt(this.draft.issues, 'sites', i);
    return guard([site, i, s, this.editor, result, problem], () => this.renderSite(site, i, s, result, problem));
  }

  private renderSite(site: SiteExam, i: number, s: Strings, result: string, problem: string | undefined) {
    const name = siteName(s, site);
    const edit = (patch: Partial<SiteExam>) => this.editor?.updateSite(site.id, patch);
    return html`<div class="card" role="group" aria-labelledby="site-${i}">
      <div class="head">
        <h3 id="site-${i}" tabindex="-1">${name} <span class="muted">${this.t('site.id', { id: site.id })}</span></h3>
        <button @click=${() => this.removeSite(site.id, i)}>${this.t('site.remove')}<span class="vh"> ${name}</span></button>
      </div>
      <div class="row">
        <label class="field"
          >${this.t('muscle')}
          <select @change=${(e: Event) => edit({ muscle: (e.target as HTMLSelectElement).value as MuscleId })}>
            ${muscleOptions(s, site.muscle)}
          </select></label
        >
        <label class="field"
          >${this.t('side')}
          <select @change=${(e: Event) => edit({ side: ((e.target as HTMLSelectElement).value || undefined) as Side })}>
            ${sideOptions(s, site.side)}
          </select></label
        >
      </div>
      ${fieldError(s, `site-${i}-err`, name, problem)}
      ${FINDING_KEYS.map((key) =>
        triState(s, `f${i}-${key}`, this.t(`finding.${key}`), site.findings[key], (v) => this.editor?.setFinding(site.id, key, v)),
      )}
      ${SITE_FLAGS.map(
        (flag) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${site[flag] === true}
              @change=${(e: Event) => edit({ [flag]: (e.target as HTMLInputElement).checked || undefined })}
            />${this.t(`site.${flag}`)}</label
          >`,
      )}
      ${result ? html`<p class="result">${result}</p>` : nothing}
    </div>`;
  }

  private add = async () => {
    const muscle = this.pick();
    if (!muscle || !this.editor) return;
    const id = this.editor.addSite(muscle, this.side || undefined);
    this.set({ filter: '' });
    await this.updateComplete;
    const index = this.draft.assessment.sites.findIndex((site) => site.id === id) ?? -1;
    this.focusSite(index);
  };

  /** A muscle and side chosen on the body map: added as from the list, and its card focused. */
  private addPicked = async (e: CustomEvent<MapPick>) => {
    const id = this.editor?.addSite(e.detail.muscle, e.detail.side);
    await this.updateComplete;
    this.reveal(id);
  };

  /** Focuses the card of the site `id`. */
  reveal(id?: string): void {
    this.focusSite(this.draft.assessment.sites.findIndex((site) => site.id === id));
  }

  private async removeSite(id: string, index: number) {
    this.editor?.removeSite(id);
    await this.updateComplete;
    // Keep focus in the list: the site that took this one's place, else the one before,
    // else the section heading.
    this.focusSite(Math.min(index, (this.draft.assessment.sites.length ?? 0) - 1));
  }

  private focusSite(index: number) {
    this.renderRoot.querySelector<HTMLElement>(index < 0 ? '#h' : `#site-${index}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-site-editor': TpiSiteEditor;
  }
}
