// "Why?": the rules behind an item of the guidance (a warning, an option, a condition,
// an alternative's caution, a site's classification), found in the guidance's trace,
// worded for clinicians, with their sources in full. Pure helpers and templates; the
// parts keep which disclosures are open (Disclosures).
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { citation } from '../../../engine/sources.js';
import type { Action, Guidance, Source, TraceEntry } from '../../../engine/index.js';
import type { RulesetInfo } from '../../../context/ruleset-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { siteNames } from './labels.js';

/** Which actions put a rule behind an item. */
export type Behind = (then: Action) => boolean;

export const behindWarning =
  (id: string): Behind =>
  (then) =>
    'warn' in then && then.warn === id;
export const behindCondition =
  (id: string): Behind =>
  (then) =>
    'suggest' in then && then.suggest === id;
/** An option's own rules, and the rule that set the overall result it depends on. */
export const behindOption =
  (id: string): Behind =>
  (then) =>
    ('block' in then && then.block.includes(id as never)) ||
    ('note' in then && then.note === id) ||
    ('dose' in then && then.dose === id) ||
    ('set' in then && then.set === 'eligibility');
export const behindAlternative =
  (id: string): Behind =>
  (then) =>
    'caution' in then && then.on === id;

/** The trace entries whose rule is behind an item, in the order they fired. */
export function rulesBehind(g: Guidance, ruleset: RulesetInfo | undefined, behind: Behind): TraceEntry[] {
  const actions = new Map(ruleset?.rules.map((rule) => [rule.id, rule.then]));
  return g.trace.filter((entry) => {
    const then = actions.get(entry.rule);
    return then ? behind(then) : false;
  });
}

/**
 * A rule in people's words: the language's wording of a rule of this rule set, else the
 * rule set's own description. Never its id.
 */
export function ruleText(s: Strings, ruleset: RulesetInfo | undefined, id: string): string {
  return s[`rule.${ruleset?.id}.${id}`] ?? ruleset?.rules.find((rule) => rule.id === id)?.description ?? '';
}

/**
 * Why a site reads as it does: the last classification rule that fired for it (what made
 * it active, latent, a tender spot …) and, when injection is ruled out there, the rule
 * that ruled it out.
 */
export function siteReasons(s: Strings, g: Guidance | null, ruleset: RulesetInfo | undefined, siteId: string): string {
  if (!g) return '';
  const site = g.sites.find((x) => x.id === siteId);
  const mine = g.trace.filter((entry) => entry.siteIds?.includes(siteId));
  const classify = mine.filter((entry) => entry.stage === 'classify').at(-1);
  const injection = site?.injection === 'contraindicated' ? mine.find((entry) => entry.stage === 'injection') : undefined;
  return [classify, injection]
    .filter((entry): entry is TraceEntry => !!entry)
    .map((entry) => ruleText(s, ruleset, entry.rule))
    .filter(Boolean)
    .join(' ');
}

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

/** One rule: its text, the sites it fired for (when `sites`), and any design choice it rests on. */
function ruleItem(s: Strings, g: Guidance, ruleset: RulesetInfo | undefined, entry: TraceEntry, sites: boolean) {
  const names = sites ? siteNames(s, g, entry.siteIds) : '';
  return html`<li>
    ${ruleText(s, ruleset, entry.rule)} ${names ? html`<span class="muted">${t(s, 'sitesOf', { list: names })}</span>` : nothing}${designNotes(s, entry)}
  </li>`;
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

/** The rules of `entries` as a list; `sites` also names the sites each rule fired for. */
export function ruleList(s: Strings, g: Guidance, ruleset: RulesetInfo | undefined, entries: readonly TraceEntry[], sites = true) {
  return html`<ul class="rules">
    ${entries.map((entry) => ruleItem(s, g, ruleset, entry, sites))}
  </ul>`;
}

/** The rules behind one item and their sources. */
export function renderRules(s: Strings, g: Guidance, ruleset: RulesetInfo | undefined, entries: readonly TraceEntry[], sites = true) {
  return html`${ruleList(s, g, ruleset, entries, sites)} ${renderSources(s, entries)}`;
}

/**
 * A "Why?" disclosure: a button beside the item (its accessible name says which item)
 * and, when open, the panel under it. `key` is unique within the part.
 */
export function whyToggle(s: Strings, open: Disclosures, key: string, item: string, panel: () => TemplateResult): TemplateResult {
  const shown = open.is(key);
  return html`<button class="link why" aria-expanded=${shown ? 'true' : 'false'} aria-controls=${shown ? `why-${key}` : nothing} @click=${() => open.toggle(key)}>
      ${t(s, 'why')}<span class="vh"> ${item}</span></button
    >${shown ? html`<div id="why-${key}" class="why-panel">${panel()}</div>` : nothing}`;
}

/** Which of a part's disclosures are open; a toggle re-renders the part. */
export class Disclosures implements ReactiveController {
  private readonly open = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  is(key: string): boolean {
    return this.open.has(key);
  }

  toggle(key: string, on = !this.open.has(key)): void {
    if (on) this.open.add(key);
    else this.open.delete(key);
    this.host.requestUpdate();
  }
}
