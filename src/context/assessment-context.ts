import { createContext } from '@lit/context';
import type { Assessment, Issue } from '../engine/index.js';

/**
 * What the form shows: the user's draft, which may be invalid while they type, and the
 * engine's issues with it (empty when the draft was accepted).
 */
export interface Draft {
  readonly assessment: Assessment;
  readonly issues: readonly Issue[];
  /**
   * The host's latest assessment was refused: what is shown is the last valid one,
   * until the host or the user hands in a valid assessment again.
   */
  readonly hostRefused?: boolean;
  /** The host handed this assessment in (not an edit of the user's): parts announce no result they show for it. */
  readonly fromHost?: boolean;
}

/** Nothing entered yet. */
export const EMPTY_DRAFT: Draft = { assessment: { sites: [] }, issues: [] };

/** The assessment as the user sees and edits it. Private: a key of this module instance only. */
export const assessmentContext = createContext<Draft>(Symbol('tpi-guide/assessment'));
