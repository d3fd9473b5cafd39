// Procedure options, always reported in this order.
import { OPTION_IDS, type OptionId } from '../types.js';
import { label } from './label.js';

export interface OptionInfo {
  id: OptionId;
  label: string;
}

export const OPTIONS: readonly OptionInfo[] = OPTION_IDS.map((id) => ({ id, label: label(id) }));
