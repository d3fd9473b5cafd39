// Candidate conditions and the ICD-10-CM codes a rule may attach to each
// (common coding practice; verify before billing use: docs/clinical-rules.md). M79.1 split on 2022-10-01:
// .11 mastication, .12 other head and neck, .18 other site.
import { CONDITION_IDS, type ConditionId } from '../types.js';
import { label } from './label.js';

export interface ConditionInfo {
  id: ConditionId;
  label: string;
  icd10: readonly string[];
}

const CODES = ['M79.11 M79.12 M79.18', 'G44.209', 'H93.19', 'M54.50', 'M25.50', '', ''];

export const CONDITIONS: readonly ConditionInfo[] = CONDITION_IDS.map((id, i) => ({
  id,
  label: label(id),
  icd10: CODES[i]!.split(' ').filter(Boolean),
}));
