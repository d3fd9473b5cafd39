import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { CONFIRMATORY_FINDINGS, ESSENTIAL_CRITERIA } from '../../../engine/index.js';
import type { FindingKey, Guidance, MuscleId, SiteExam, SiteGuidance, Side } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { consume } from '../part.js';
import { TpiFormPart } from './form-part.js';
import { fieldError, issueAt, muscleOptions, sideOptions, stateHeads, triState } from './form-helpers.js';
import { resultLabel, siteLabels } from './labels.js';
import type { Revealer } from './labels.js';
import type { SitePick, TpiSitePicker } from './site-picker.js';
import { siteReasons } from './why.js';

/** The findings the usual positive exam sets present in one action: the essential criteria and pain recognition. */
const USUAL_POSITIVE: readonly FindingKey[] = [...ESSENTIAL_CRITERIA, 'painRecognition'];
/** The other findings, under "More findings". */
const MORE: readonly FindingKey[] = [...CONFIRMATORY_FINDINGS, 'localTenderness'];
/** The per-site checkboxes, by the assessment field each sets. */
const SITE_FLAGS = ['localInfection', 'acuteTrauma'] as const;

/** A removed site, kept so Remove can be undone. */
interface Removed {
  site: SiteExam;
  index: number;
  name: string;
}

/**
 * The examined sites, one card each, then the add control (the muscle-and-side picker),
 * so it always follows the newest card, and the body map (tpi-site-map: a pick there is
 * added as from the picker; a recorded muscle and side reveals its card). A card: its name and result on a button that
 * collapses it to that one line and expands it again, Remove; then why it reads so (the
 * rule that made it active, latent …), "All present" (the usual positive exam: the
 * essential criteria and pain recognition) and "Done" (collapse, back to the picker),
 * the findings as three-state rows, the site flags, and its muscle and side to correct.
 * Remove leaves an Undo in the card's place that puts the site back, findings and all.
 * Each site's result is announced (politely) when an edit changes it; a record the host
 * loads is not read out site by site.
 *
 * The card's header keeps its name, its result and its actions apart (`.head`), so a
 * mark such as "from the record", or a link to a body map, has a place of its own.
 */
export class TpiSiteEditor extends TpiFormPart implements Revealer {
  static override styles = [
    base,
    clinician,
    css`
      .site { padding: 0; }
      .head { display: flex; align-items: flex-start; gap: 0.25em 0.5em; padding: 0.35em 0.5em 0.35em 0.25em; }
      .head h3 { flex: 1; margin: 0; font-size: 1rem; }
      .toggle { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.5em; width: 100%; min-height: 2.5rem; padding: 0.35em 0.5em 0.35em 1.6em; border: 0; background: none; color: inherit; text-align: start; font-weight: 700; position: relative; }
      .toggle::before { content: '▾' / ''; position: absolute; left: 0.4em; top: 0.45em; color: var(--_muted); }
      .toggle[aria-expanded=false]::before { content: '▸' / ''; }
      .result { font-weight: 600; font-size: 0.9375rem; color: var(--_muted); }
      .active .result { color: var(--_text); }
      .tag { flex: none; align-self: center; padding: 0.1em 0.5em; border: 1px solid var(--_border); border-radius: 1em; font-size: 0.8125rem; color: var(--_muted); }
      .body { padding: 0 0.75em 0.6em; }
      .because { margin: 0 0 0.5em; font-size: 0.9375rem; }
      .quick { display: flex; flex-wrap: wrap; gap: 0.5em; margin-bottom: 0.5em; }
      /* One row per finding: its name, then the three answers under their column heads.
         The legend floats so it is laid out as the grid's first cell. */
      .heads, .tri.row3 { display: grid; grid-template-columns: minmax(0, 1fr) repeat(3, 3.25rem); align-items: center; }
      .tri.row3 { grid-template-columns: minmax(0, 1fr) 9.75rem; margin: 0; padding: 0.1em 0; border-top: 1px solid color-mix(in srgb, var(--_border) 35%, transparent); }
      .tri.row3 legend { float: left; width: auto; padding: 0.2em 0.5em 0.2em 0; font-size: 0.9375rem; }
      .heads { font-size: 0.75rem; color: var(--_muted); line-height: 1.15; margin-top: 0.35em; padding-bottom: 0.15em; }
      .heads span { text-align: center; }
      .heads span:first-child { text-align: start; font-size: 0.8125rem; font-weight: 600; padding-right: 0.5em; }
      .flags { margin-top: 0.35em; }
      .change { margin-top: 0.25em; }
      .undo { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; justify-content: space-between; }
      .undo p { margin: 0; }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);
  private readonly _ruleset = consume(this, rulesetContext);

  /** Sites shown as their one-line summary, by id. */
  private collapsed = new Set<string>();
  /** The last removed site, until it is put back or another site is added or removed. */
  private removed: Removed | undefined;
  /** The live region's text: the site results that changed last. */
  private said = '';
  /** Each site's result at the last guidance, to tell what changed (undefined: none seen yet). */
  private seen: Map<string, string> | undefined;
  private seenGuidance: Guidance | null | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const g = this._guidance.value;
    if (!g || g === this.seenGuidance) return;
    this.seenGuidance = g;
    const key = (site: SiteGuidance) => `${site.kind}/${site.activity}/${site.injection}`;
    const now = new Map(g.sites.map((site) => [site.id, key(site)]));
    // A record the host loaded is not announced site by site (the summary gives its result).
    if (this.draft.fromHost) this.said = '';
    else if (this.seen) {
      const names = siteLabels(this.s, g.sites);
      const news = g.sites.filter((site) => this.seen!.get(site.id) !== now.get(site.id));
      if (news.length) this.said = news.map((site) => this.t('site.result', { site: names.get(site.id)!, result: resultLabel(this.s, site) })).join(' ');
    }
    this.seen = now;
  }

  override render() {
    const sites = this.draft.assessment.sites ?? [];
    const names = siteLabels(this.s, sites);
    const items: (SiteExam | Removed)[] = [...sites];
    if (this.removed) items.splice(Math.min(this.removed.index, items.length), 0, this.removed);
    return html`<h2 id="h" tabindex="-1">${this.t('sites')}</h2>
      ${items.length ? nothing : html`<p class="muted">${this.t('sites.none')}</p>`}
      ${items.map((item) => ('site' in item ? this.renderUndo(item) : this.renderCard(item, sites.indexOf(item), names.get(item.id)!)))}
      <tpi-site-picker @pick=${this.add}></tpi-site-picker>
      <tpi-site-map exportparts="body-map" @pick=${this.add} @reveal=${(e: CustomEvent<{ id: string }>) => this.reveal(e.detail.id)}></tpi-site-map>
      <p class="vh" role="status">${this.said}</p>`;
  }

  /** Expands the site `id` and focuses its card. */
  async reveal(id?: string): Promise<void> {
    const index = this.draft.assessment.sites.findIndex((site) => site.id === id);
    if (index < 0) return;
    this.collapsed.delete(id!);
    this.requestUpdate();
    await this.updateComplete;
    this.focusCard(index);
  }

  /**
   * One card, re-rendered only when something it shows changed: an edit touches one
   * site, and the other cards need no fresh templates.
   */
  private renderCard(site: SiteExam, i: number, name: string) {
    const s = this.s;
    const g = this._guidance.value ?? null;
    const result = g?.sites.find((r) => r.id === site.id);
    const label = result ? resultLabel(s, result) : '';
    const why = siteReasons(s, g, this._ruleset.value, site.id);
    const problem = issueAt(this.draft.issues, 'sites', i);
    const open = !this.collapsed.has(site.id);
    const active = result?.kind === 'trigger-point' && result.activity === 'active';
    return guard([site, i, name, s, this.editor, label, why, problem, open], () => this.renderSite(site, i, name, s, label, why, problem, open, active));
  }

  private renderSite(site: SiteExam, i: number, name: string, s: Strings, label: string, why: string, problem: string | undefined, open: boolean, active: boolean) {
    const edit = (patch: Partial<SiteExam>) => this.editor?.updateSite(site.id, patch);
    const row = (key: FindingKey) => triState(s, `f${i}-${key}`, t(s, `finding.${key}`), site.findings[key], (v) => this.editor?.setFinding(site.id, key, v), 'state', true);
    return html`<div class="card site${active ? ' active' : ''}" role="group" aria-labelledby="n${i}">
      <div class="head">
        <h3>
          <button id="n${i}" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `b${i}` : nothing} @click=${() => this.toggle(site.id)}>
            <span>${name}${label ? html`<span class="vh">,</span>` : nothing}</span>
            ${label ? html`<span class="result">${label}</span>` : nothing}
          </button>
        </h3>
        ${site.ordered ? html`<span class="tag">${t(s, 'site.ordered')}</span>` : nothing}
        <button class="small" @click=${() => this.removeSite(site, i, name)}>${t(s, 'site.remove')}<span class="vh"> ${name}</span></button>
      </div>
      ${open
        ? html`<div id="b${i}" class="body">
            ${why ? html`<p class="because">${why}</p>` : nothing}
            <div class="quick">
              <button id="p${i}" class="small" @click=${() => this.editor?.setFindings(site.id, Object.fromEntries(USUAL_POSITIVE.map((key) => [key, true])))}>
                ${t(s, 'site.preset')}<span class="vh">: ${t(s, 'site.preset.what')}</span>
              </button>
              <button class="small" @click=${() => this.done(site.id)}>${t(s, 'site.done')}<span class="vh"> ${t(s, 'site.done.what', { site: name })}</span></button>
            </div>
            ${fieldError(s, `site-${i}-err`, name, problem)}
            ${stateHeads(s, t(s, 'findings.essential'))} ${USUAL_POSITIVE.map(row)} ${stateHeads(s, t(s, 'findings.more'))} ${MORE.map(row)}
            <div class="flags">
              ${SITE_FLAGS.map(
                (flag) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${site[flag] === true}
                      @change=${(e: Event) => edit({ [flag]: (e.target as HTMLInputElement).checked || undefined })}
                    />${t(s, `site.${flag}`)}</label
                  >`,
              )}
            </div>
            <fieldset class="change">
              <legend class="muted">${t(s, 'site.change')}</legend>
              <div class="row">
                <label class="field"
                  >${t(s, 'muscle')}
                  <select @change=${(e: Event) => edit({ muscle: (e.target as HTMLSelectElement).value as MuscleId })}>
                    ${muscleOptions(s, site.muscle)}
                  </select></label
                >
                <label class="field"
                  >${t(s, 'side')}
                  <select @change=${(e: Event) => edit({ side: ((e.target as HTMLSelectElement).value || undefined) as Side })}>
                    ${sideOptions(s, site.side)}
                  </select></label
                >
              </div>
            </fieldset>
          </div>`
        : nothing}
    </div>`;
  }

  private renderUndo(removed: Removed) {
    return html`<div class="card undo">
      <p>${this.t('site.removed', { site: removed.name })}</p>
      <button id="undo" class="small" @click=${this.undo}>${this.t('site.undo')}<span class="vh"> ${this.t('site.undo.what', { site: removed.name })}</span></button>
    </div>`;
  }

  private toggle(id: string) {
    if (!this.collapsed.delete(id)) this.collapsed.add(id);
    this.requestUpdate();
  }

  /** "Done": the card shrinks to its one line, and focus goes to the picker for the next site. */
  private async done(id: string) {
    this.collapsed.add(id);
    this.requestUpdate();
    await this.updateComplete;
    this.picker()?.focus();
  }

  private add = async (e: CustomEvent<SitePick>) => {
    if (!this.editor) return;
    const id = this.editor.addSite(e.detail.muscle, e.detail.side);
    this.removed = undefined;
    this.requestUpdate();
    await this.updateComplete;
    const index = this.draft.assessment.sites.findIndex((site) => site.id === id);
    // Straight to "All present", the usual next step; the card names itself to a screen reader.
    this.renderRoot.querySelector<HTMLElement>(`#p${index}`)?.focus();
  };

  private async removeSite(site: SiteExam, index: number, name: string) {
    this.removed = { site, index, name };
    this.collapsed.delete(site.id);
    this.editor?.removeSite(site.id);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#undo')?.focus();
  }

  private undo = async () => {
    const removed = this.removed;
    if (!removed || !this.editor) return;
    this.removed = undefined;
    const id = this.editor.restoreSite(removed.site, Math.min(removed.index, this.draft.assessment.sites.length));
    this.requestUpdate();
    await this.updateComplete;
    this.focusCard(this.draft.assessment.sites.findIndex((site) => site.id === id));
  };

  private picker(): TpiSitePicker | null {
    return this.renderRoot.querySelector('tpi-site-picker');
  }

  private focusCard(index: number) {
    this.renderRoot.querySelector<HTMLElement>(index < 0 ? '#h' : `#n${index}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-site-editor': TpiSiteEditor;
  }
}
