// Candidate conditions and the ICD-10-CM codes a rule may attach to them
// (clinical-knowledge.md: [C], verify before billing use). Rules may only use these codes.
import type { ConditionId } from '../types.js';

export interface ConditionInfo {
  id: ConditionId;
  label: string;
  icd10: readonly string[];
}

export const CONDITIONS: readonly ConditionInfo[] = [
  // M79.1 split on 2022-10-01: .11 mastication, .12 other head and neck, .18 other site.
  { id: 'myofascial-pain-syndrome', label: 'Myofascial pain syndrome', icd10: ['M79.11', 'M79.12', 'M79.18'] },
  { id: 'tension-type-headache', label: 'Tension-type headache', icd10: ['G44.209'] },
  { id: 'tinnitus', label: 'Tinnitus', icd10: ['H93.19'] },
  { id: 'low-back-pain', label: 'Low back pain', icd10: ['M54.50'] },
  { id: 'joint-pain', label: 'Joint pain', icd10: ['M25.50'] },
  { id: 'reduced-range-of-motion', label: 'Reduced range of motion', icd10: [] },
  { id: 'chronic-muscle-pain', label: 'Chronic muscle pain', icd10: [] },
];
