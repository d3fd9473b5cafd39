import type { Guidance, SiteGuidance } from '../../../engine/index.js';
import type { Strings } from '../../../i18n/registry.js';
import { siteName, t, tData } from '../../../i18n/translate.js';

/** "Active trigger point", "Tender spot", …: how a site's classification reads. */
export function classLabel(s: Strings, site: SiteGuidance): string {
  return t(s, site.kind === 'trigger-point' ? `class.trigger-point.${site.activity ?? 'unknown'}` : `class.${site.kind}`);
}

/**
 * The text for a warning id: the translation, else the engine's own sentence, else the
 * id made readable. The id may come from a host's rule set, so any string.
 */
export function warningText(s: Strings, id: string, warnings?: readonly { id: string; message: string }[]): string {
  return s[`warning.${id}`] ?? warnings?.find((w) => w.id === id)?.message ?? tData(s, `warning.${id}`);
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
