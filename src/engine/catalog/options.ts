// Procedure options, always reported in this order.
import type { OptionId } from '../types.js';

export interface OptionInfo {
  id: OptionId;
  label: string;
}

export const OPTIONS: readonly OptionInfo[] = [
  { id: 'wet-needling-lidocaine', label: 'Injection with lidocaine' },
  { id: 'wet-needling-corticosteroid', label: 'Injection with a corticosteroid' },
  { id: 'dry-needling', label: 'Dry needling (no medicine)' },
];
