// Alternatives to needling. First-line care comes first: massage and physical therapy
// before injections (AAFP 2023, Am Fam Physician 2023;107:159-164); ALTERNATIVE_IDS
// keeps that order.
import { ALTERNATIVE_IDS, type AlternativeId } from '../types.js';
import { label } from './label.js';

export interface AlternativeInfo {
  id: AlternativeId;
  label: string;
  /** First-line care: stretching, massage therapy, physical therapy. */
  firstLine: boolean;
}

export const ALTERNATIVES: readonly AlternativeInfo[] = ALTERNATIVE_IDS.map((id, i) => ({
  id,
  label: label(id),
  firstLine: i < 3,
}));
