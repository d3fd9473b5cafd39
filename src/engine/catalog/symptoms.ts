// Symptoms a patient reports; English labels for people, ids for machines.
import type { SymptomId } from '../types.js';

export interface Symptom {
  id: SymptomId;
  label: string;
}

export const SYMPTOMS: readonly Symptom[] = [
  { id: 'headache', label: 'Headache' },
  { id: 'tinnitus', label: 'Ringing in the ears (tinnitus)' },
  { id: 'jaw-pain', label: 'Jaw pain' },
  { id: 'neck-pain', label: 'Neck pain' },
  { id: 'shoulder-pain', label: 'Shoulder pain' },
  { id: 'low-back-pain', label: 'Low back pain' },
  { id: 'joint-pain', label: 'Joint pain' },
  { id: 'muscle-pain', label: 'Muscle pain' },
  { id: 'reduced-range-of-motion', label: 'Reduced range of motion' },
];
