// "Why?": the rules behind an item of the guidance (a warning, an option, a condition,
// an alternative's caution, a site's classification), found in the guidance's trace.
// The disclosures and the finding of the rules are here; the panels' words, the
// sources in full and their templates come in the explanations chunk (../why/), fetched
// when a "Why?" is first opened, so a page that never asks does not download them.
import { html, nothing } from 'lit';
import type { CSSResultGroup, ReactiveController, TemplateResult } from 'lit';
import type { Action, Guidance, TraceEntry } from '../../../engine/index.js';
import type { RulesetInfo } from '../../../context/ruleset-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { Lazy } from '../lazy.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiPart } from '../part.js';
import { siteNames } from './labels.js';

/** The explanations: their English, the sources in full and the panel templates. */
export const whyChunk = new Lazy(() => import('../why/index.js'));
export type WhyChunk = NonNullable<(typeof whyChunk)['value']>;

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

/**
 * A rule in people's words: the language's wording of a rule of this rule set, else the
 * rule set's own description. Never its id.
 */
export function ruleText(s: Strings, ruleset: RulesetInfo | undefined, id: string): string {
  return s[`rule.${ruleset?.id}.${id}`] ?? ruleset?.rules.find((rule) => rule.id === id)?.description ?? '';
}

/** The trace entries whose rule is behind an item, in the order they fired. */
export function rulesBehind(g: Guidance, ruleset: RulesetInfo | undefined, behind: Behind): TraceEntry[] {
  const actions = new Map(ruleset?.rules.map((rule) => [rule.id, rule.then]));
  return g.trace.filter((entry) => {
    const then = actions.get(entry.rule);
    return then ? behind(then) : false;
  });
}

/**
 * Why a site reads as it does: the last classification rule that fired for it (what made
 * it active, latent, a tender spot …) and, when its injection status is not simply that
 * of an active trigger point (ruled out there, or a candidate by an order), the rule that
 * set it.
 */
export function siteReasons(s: Strings, g: Guidance | null, ruleset: RulesetInfo | undefined, siteId: string): string {
  if (!g) return '';
  const site = g.sites.find((x) => x.id === siteId);
  const mine = g.trace.filter((entry) => entry.siteIds?.includes(siteId));
  const classify = mine.filter((entry) => entry.stage === 'classify').at(-1);
  const plain = site?.injection === 'not-indicated' || (site?.injection === 'indicated' && site.activity === 'active');
  const injection = plain ? undefined : mine.find((entry) => entry.stage === 'injection');
  return [classify, injection]
    .filter((entry): entry is TraceEntry => !!entry)
    .map((entry) => ruleText(s, ruleset, entry.rule))
    .filter(Boolean)
    .join(' ');
}

/**
 * Which of a part's disclosures are open. Opening the first fetches the explanations
 * chunk; `loading` is that wait (the part's update waits for it).
 */
export class Disclosures implements ReactiveController {
  private readonly open = new Set<string>();
  /** The wait for the explanations chunk, while it is being fetched. */
  loading: Promise<unknown> | undefined;
  /** The chunk could not be fetched. */
  failed = false;

  constructor(private readonly host: TpiPart) {
    host.addController(this);
  }

  hostConnected(): void {}

  is(key: string): boolean {
    return this.open.has(key);
  }

  toggle(key: string, on = !this.open.has(key)): void {
    if (on) this.open.add(key);
    else this.open.delete(key);
    if (on && !whyChunk.value && !this.loading) {
      this.loading = whyChunk.load().then(
        () => (this.loading = undefined),
        () => {
          this.loading = undefined;
          this.failed = true;
        },
      );
      this.host.renderAfter(this.loading);
    }
    this.host.requestUpdate();
  }
}

/**
 * A result part with "Why?" disclosures: while the explanations chunk is on its way its
 * update waits for it, so a panel opens with its content (and `updateComplete` means it).
 */
export abstract class TpiWhyPart extends TpiPart {
  static override styles: CSSResultGroup = [base, clinician];

  protected readonly _open = new Disclosures(this);

  /** The panel's content from the explanations chunk, or why there is none. */
  protected explained(content: (chunk: WhyChunk) => TemplateResult): TemplateResult {
    return whyChunk.value ? content(whyChunk.value) : html`<p class="muted">${this.t(this._open.failed ? 'loading.failed' : 'loading')}</p>`;
  }

  /** How a panel words the rules of `ruleset` and names the sites of `g` (none when not `sites`). */
  protected words(g: Guidance, ruleset: RulesetInfo | undefined, sites = true) {
    return { rule: (id: string) => ruleText(this.s, ruleset, id), sites: (ids: readonly string[] | undefined) => (sites ? siteNames(this.s, g, ids) : '') };
  }

  /**
   * A "Why?" disclosure: a button beside the item (its accessible name says which item)
   * and, when open, the panel under it with the rules behind the item and their sources.
   * `key` is unique within the part; `sites` also names the sites each rule fired for.
   */
  protected why(g: Guidance, ruleset: RulesetInfo | undefined, key: string, item: string, behind: Behind, sites = true): TemplateResult {
    const s = this.s;
    const shown = this._open.is(key);
    return html`<button
        class="link why"
        aria-expanded=${shown ? 'true' : 'false'}
        aria-controls=${shown ? `why-${key}` : nothing}
        @click=${() => this._open.toggle(key)}
      >
        ${t(s, 'why')}<span class="vh"> ${item}</span></button
      >${shown
        ? html`<div id="why-${key}" class="why-panel">${this.explained((chunk) => chunk.renderRules(s, this.words(g, ruleset, sites), rulesBehind(g, ruleset, behind)))}</div>`
        : nothing}`;
  }
}
