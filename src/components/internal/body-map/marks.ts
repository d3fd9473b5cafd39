// What a body-map mark says about a site, and how to get marks from the engine's
// guidance. Plain data and functions with no drawing, so a host (the site editor) can
// import them statically without pulling in the lazily loaded map.
import type { MuscleId, Side, SiteGuidance } from '../../../engine/types.js';
import type { TextKey } from '../../../i18n/keys.js';

/** Mark statuses, in the legend's order. */
export const MARK_STATUSES = ['active', 'latent', 'activity-unknown', 'tender-spot', 'indeterminate', 'none'] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

/** A recorded site as the map shows it. A mark without a side is shown on both sides, saying so. */
export interface BodyMapMark {
  readonly muscle: MuscleId;
  readonly side?: Side;
  readonly status: MarkStatus;
}

/** The mark status of one site of the engine's guidance. */
export function markStatus(site: Pick<SiteGuidance, 'kind' | 'activity'>): MarkStatus {
  if (site.kind !== 'trigger-point') return site.kind;
  return site.activity === 'active' || site.activity === 'latent' ? site.activity : 'activity-unknown';
}

/** One mark per site of the guidance, in its order. */
export function marksFor(sites: readonly SiteGuidance[]): BodyMapMark[] {
  return sites.map((site) => ({ muscle: site.muscle, ...(site.side && { side: site.side }), status: markStatus(site) }));
}

/** The string key of a status: the same wording the site cards use (`class.*`). */
export function statusKey(status: MarkStatus): TextKey {
  return status === 'activity-unknown'
    ? 'class.trigger-point.unknown'
    : status === 'active' || status === 'latent'
      ? `class.trigger-point.${status}`
      : `class.${status}`;
}
