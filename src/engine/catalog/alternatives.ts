// Alternatives to needling. First-line care comes first: massage and physical therapy
// before injections (AAFP 2023, Am Fam Physician 2023;107:159-164).
import type { AlternativeId } from '../types.js';

export interface AlternativeInfo {
  id: AlternativeId;
  label: string;
  firstLine?: true;
}

export const ALTERNATIVES: readonly AlternativeInfo[] = [
  { id: 'stretching', label: 'Stretching', firstLine: true },
  { id: 'massage-therapy', label: 'Massage therapy', firstLine: true },
  { id: 'physical-therapy', label: 'Physical therapy', firstLine: true },
  { id: 'ice-heat', label: 'Ice or heat' },
  { id: 'nsaids', label: 'Anti-inflammatory painkillers (NSAIDs)' },
  { id: 'rest', label: 'Rest' },
  { id: 'splinting', label: 'Splinting' },
  { id: 'acupuncture', label: 'Acupuncture' },
];
