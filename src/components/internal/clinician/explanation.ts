import { html, nothing } from 'lit';
import type { Stage } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import { consume } from '../part.js';
import { TpiWhyPart } from './why.js';
import type { WhyChunk } from './why.js';

const STAGES: readonly Stage[] = ['classify', 'injection', 'warnings', 'eligibility', 'options', 'alternatives', 'conditions'];

/**
 * "Why?" for the whole result: every rule that fired, by stage in the order applied, in
 * clinician words with the sites it fired for, then all their sources in full. The
 * panel is built when opened.
 */
export class TpiExplanation extends TpiWhyPart {
  private readonly _guidance = consume(this, guidanceContext);
  private readonly _ruleset = consume(this, rulesetContext);

  override render() {
    const g = this._guidance.value;
    if (!g?.sites.length) return nothing;
    const open = this._open.is('all');
    return html`<button class="link" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'all' : nothing} @click=${() => this._open.toggle('all')}>
        ${this.t('why')}</button
      >${open ? html`<div id="all" class="why-panel">${this.explained((chunk) => this.renderAll(chunk))}</div>` : nothing}`;
  }

  private renderAll({ ruleList, renderSources }: WhyChunk) {
    const g = this._guidance.value!;
    const s = this.s;
    const words = this.words(g, this._ruleset.value);
    if (!g.trace.length) return html`<p>${this.t('why.none')}</p>`;
    return html`<p class="muted">${this.t('why.intro', { version: g.rulesetVersion })}</p>
      ${STAGES.map((stage) => {
        const entries = g.trace.filter((entry) => entry.stage === stage);
        return entries.length ? html`<h3>${this.t(`stage.${stage}`)}</h3>${ruleList(s, words, entries)}` : nothing;
      })}
      ${ruleList(s, words, g.trace.filter((entry) => !STAGES.includes(entry.stage!)))}
      ${renderSources(s, g.trace)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-explanation': TpiExplanation;
  }
}
