import type { Guidance, SiteGuidance, Warning } from '../../../engine/index.js';
import type { Strings } from '../../../i18n/registry.js';
import { siteName, t, tData } from '../../../i18n/translate.js';

/** "Active trigger point", "Tender spot", …: how a site's classification reads. */
export function classLabel(s: Strings, site: SiteGuidance): string {
  return t(s, site.kind === 'trigger-point' ? `class.trigger-point.${site.activity ?? 'unknown'}` : `class.${site.kind}`);
}

/** "Active trigger point · Candidate for injection": a site's result in one line. */
export function resultLabel(s: Strings, site: SiteGuidance): string {
  return `${classLabel(s, site)} · ${t(s, `injection.${site.injection}`)}`;
}

/**
 * The text for a warning id: the translation, else the engine's own sentence, else the
 * id made readable. The id may come from a host's rule set, so any string.
 */
export function warningText(s: Strings, id: string, warnings?: readonly { id: string; message: string }[]): string {
  return s[`warning.${id}`] ?? warnings?.find((w) => w.id === id)?.message ?? tData(s, `warning.${id}`);
}

/**
 * Each site's name by id, told apart when two share one: "Upper trapezius, right" and
 * "Upper trapezius, right (2)". Site ids are the host's and never shown.
 */
export function siteLabels(s: Strings, sites: readonly { id: string; muscle: SiteGuidance['muscle']; side?: SiteGuidance['side'] }[]): Map<string, string> {
  const count = new Map<string, number>();
  const names = sites.map((site) => siteName(s, site));
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  const nth = new Map<string, number>();
  return new Map(
    sites.map((site, i) => {
      const name = names[i]!;
      if (count.get(name)! < 2) return [site.id, name];
      const n = (nth.get(name) ?? 0) + 1;
      nth.set(name, n);
      return [site.id, n === 1 ? name : t(s, 'siteName.nth', { name, n })];
    }),
  );
}

/** "Levator scapulae, left; Masseter": the sites behind a warning or condition, by name. */
export function siteNames(s: Strings, guidance: Guidance | null, ids: readonly string[] = []): string {
  const names = siteLabels(s, guidance?.sites ?? []);
  return ids.map((id) => names.get(id) ?? '').filter(Boolean).join('; ');
}

const RANK = { critical: 0, warning: 1, info: 2 };

/** The warnings, critical first, then warnings, then notes (each in the engine's order). */
export function byRank(warnings: readonly Warning[]): Warning[] {
  return [...warnings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** One item the summary asks the clinician to look at, and where it is. */
export type Attention = { to: 'warning'; warning: Warning } | { to: 'site'; site: SiteGuidance };

/**
 * What needs the clinician's attention, as the guidance says it: every warning that is
 * not a mere note (critical first), and, while the examination is incomplete, the sites
 * the engine left open (indeterminate, or a trigger point of unknown activity).
 */
export function attentionItems(g: Guidance | null): Attention[] {
  if (!g) return [];
  const warnings = byRank(g.warnings)
    .filter((w) => w.severity !== 'info')
    .map((warning): Attention => ({ to: 'warning', warning }));
  const open =
    g.eligibility.status === 'incomplete'
      ? g.sites.filter((site) => site.kind === 'indeterminate' || (site.kind === 'trigger-point' && site.activity === 'unknown')).map((site): Attention => ({ to: 'site', site }))
      : [];
  return [...warnings, ...open];
}

/** Where a link of the summary or the status bar asks to go: dispatched as `jump` (not composed) and handled by the view. */
export interface Jump {
  to: 'summary' | 'warning' | 'site';
  /** The warning id or the site id. */
  id?: string;
}

/** The `jump` event a part dispatches to move focus to an item of another part. */
export const jump = (detail: Jump) => new CustomEvent<Jump>('jump', { bubbles: true, detail });

/** A part that can bring one of its items into view and focus it. */
export interface Revealer {
  reveal(id?: string): Promise<void>;
}
