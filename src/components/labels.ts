import type { Guidance, SiteGuidance } from '../engine/index.js';
import type { Strings } from '../i18n/registry.js';
import { siteName, t } from '../i18n/translate.js';

/** "Active trigger point", "Tender spot", …: how a site's classification reads. */
export function classLabel(s: Strings, site: SiteGuidance): string {
  return t(s, site.kind === 'trigger-point' ? `class.trigger-point.${site.activity ?? 'unknown'}` : `class.${site.kind}`);
}

/** The text for a warning id: the translation, else the engine's own sentence, else the id made readable. */
export function warningText(s: Strings, id: string, warnings?: readonly { id: string; message: string }[]): string {
  return s[`warning.${id}`] ?? warnings?.find((w) => w.id === id)?.message ?? t(s, `warning.${id}`);
}

/** "Levator scapulae, left, Masseter": the sites behind a warning or condition, by name. */
export function siteNames(s: Strings, guidance: Guidance | null, ids: readonly string[] = []): string {
  return ids
    .map((id) => {
      const site = guidance?.sites.find((g) => g.id === id);
      return site ? siteName(s, site) : id;
    })
    .join('; ');
}

let last: Strings = {};
/**
 * `s`, or the last table seen when its entries are the same: the root merges a fresh
 * table on every update, and the render caches (WeakMap, guard) key on identity.
 */
export function sameStrings(s: Strings): Strings {
  const keys = Object.keys(s);
  if (s !== last && (keys.length !== Object.keys(last).length || keys.some((k) => s[k] !== last[k]))) last = s;
  return last;
}
