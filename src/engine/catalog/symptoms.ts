// Symptoms a patient reports.
import { SYMPTOM_IDS, type SymptomId } from '../types.js';
import { label } from './label.js';

export interface Symptom {
  id: SymptomId;
  label: string;
}

export const SYMPTOMS: readonly Symptom[] = SYMPTOM_IDS.map((id) => ({ id, label: label(id) }));
