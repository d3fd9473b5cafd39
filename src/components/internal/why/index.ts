// The explanations chunk: loaded when a "Why?" is first opened. The rules in a
// clinician's words (their English), the sources in full (the engine's table), and the
// templates of a "Why?" panel. It imports nothing from the clinician chunk: what it
// needs from there (a rule's words, the sites' names) comes in as `Words`.
import { html, nothing } from 'lit';
import { citation } from '../../../engine/sources.js';
import type { Source, TraceEntry } from '../../../engine/index.js';
import { enWhy } from '../../../i18n/en-why.js';
import { addEnglish } from '../../../i18n/registry.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';

addEnglish(enWhy);

/** The sources behind `entries`, each once: published sources in full, a host's own citations as written. */
function sourcesOf(entries: readonly TraceEntry[]): (Source | string)[] {
  const seen = new Set<string>();
  const out: (Source | string)[] = [];
  for (const text of entries.flatMap((entry) => entry.citations)) {
    if (seen.has(text)) continue;
    seen.add(text);
    const cited = citation(text);
    if (cited.kind === 'source') out.push(cited.source);
    else if (cited.kind === 'unknown') out.push(text);
  }
  return out;
}

/** A rule's design-choice citations, explained. */
function designNotes(s: Strings, entry: TraceEntry) {
  return entry.citations.map((text) => {
    const cited = citation(text);
    return cited.kind === 'design' ? html`<br /><span class="muted">${t(s, 'why.design', { reason: t(s, `design.${cited.choice}`) })}</span>` : nothing;
  });
}

/** The sources of `entries` in full, with a link (opening in a new tab) where one exists. */
export function renderSources(s: Strings, entries: readonly TraceEntry[]) {
  const sources = sourcesOf(entries);
  return sources.length
    ? html`<p class="muted">${t(s, 'why.sources')}</p>
        <ul class="sources">
          ${sources.map((source) =>
            typeof source === 'string'
              ? html`<li>${source}</li>`
              : html`<li>
                  ${source.reference}
                  ${source.url
                    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.url.replace(/^https:\/\/(www\.)?/, '')}<span class="vh"> ${t(s, 'why.newTab')}</span></a>`
                    : nothing}
                </li>`,
          )}
        </ul>`
    : nothing;
}

/** How the panel words a rule and names sites: from the clinician chunk. */
export interface Words {
  /** The rule `id` in people's words. */
  rule(id: string): string;
  /** The sites `ids` by name, or '' to name none. */
  sites(ids: readonly string[] | undefined): string;
}

/** The rules of `entries` as a list, each with the sites it fired for and any design choice it rests on. */
export function ruleList(s: Strings, words: Words, entries: readonly TraceEntry[]) {
  return html`<ul class="rules">
    ${entries.map((entry) => {
      const names = words.sites(entry.siteIds);
      return html`<li>
        ${words.rule(entry.rule)} ${names ? html`<span class="muted">${t(s, 'sitesOf', { list: names })}</span>` : nothing}${designNotes(s, entry)}
      </li>`;
    })}
  </ul>`;
}

/** The rules behind one item and their sources. */
export function renderRules(s: Strings, words: Words, entries: readonly TraceEntry[]) {
  return html`${ruleList(s, words, entries)} ${renderSources(s, entries)}`;
}
