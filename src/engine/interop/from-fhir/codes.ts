// The codes and names fromFhir reads, and the rules for matching them. Each list is a
// fact with its source in docs/interop.md ("FHIR in: what is read"); nothing here is a
// guess, and a name list matches whole words only.
import { ICD10CM } from '../terminology.js';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const ATC = 'http://www.whocc.no/atc';
export const CPT = 'http://www.ama-assn.org/go/cpt';
export { ICD10CM };

/** LOINC body weight codes: 29463-7 Body weight, 3141-9 Body weight Measured. */
export const WEIGHT_CODES = ['29463-7', '3141-9'];
/** LOINC 82810-3 Pregnancy status. */
export const PREGNANCY_STATUS = '82810-3';

/** Kilograms per unit, for the UCUM units a body weight is read in (1 [lb_av] = 0.45359237 kg exactly). */
export const KG_PER_UNIT: Record<string, number> = { kg: 1, g: 0.001, '[lb_av]': 0.45359237 };

/**
 * Pregnancy status answers: the LOINC answer list of 82810-3 and the SNOMED CT concepts
 * it maps to (IPS value set "Pregnancy Status"). Unknown (LA4489-6) is read as unknown.
 */
export const PREGNANCY_ANSWERS: readonly { system: string; code: string; pregnant: boolean }[] = [
  { system: LOINC, code: 'LA15173-0', pregnant: true },
  { system: LOINC, code: 'LA26683-5', pregnant: false },
  { system: SNOMED, code: '77386006', pregnant: true },
  { system: SNOMED, code: '60001007', pregnant: false },
];
/** The same answers as plain words, when a record sends text only. */
export const PREGNANCY_WORDS: Record<string, boolean> = { pregnant: true, 'not pregnant': false };

/** WHO ATC groups. */
export const ATC_ANTICOAGULANT = ['B01AA', 'B01AB', 'B01AE', 'B01AF'];
export const ATC_ANTIPLATELET = ['B01AC'];

/** Generic and brand names, when a medicine is not ATC coded (US records code RxNorm clinical drugs). */
export const ANTICOAGULANT_NAMES = [
  'warfarin', 'coumadin', 'jantoven', 'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa',
  'edoxaban', 'savaysa', 'heparin', 'enoxaparin', 'lovenox', 'dalteparin', 'fragmin', 'fondaparinux', 'arixtra',
];
export const ANTIPLATELET_NAMES = [
  'aspirin', 'clopidogrel', 'plavix', 'prasugrel', 'effient', 'ticagrelor', 'brilinta', 'dipyridamole', 'cilostazol',
];

/** What an allergy to a local anesthetic is called. */
export const LOCAL_ANESTHETIC_NAMES = [
  'lidocaine', 'lignocaine', 'bupivacaine', 'mepivacaine', 'ropivacaine', 'prilocaine', 'articaine',
  'local anesthetic', 'local anaesthetic', 'local anesthetics', 'local anaesthetics',
  'amide anesthetic', 'amide anaesthetic', 'amide anesthetics', 'amide anaesthetics',
];

/** Medicines that make a trigger point injection a corticosteroid injection, or a lidocaine one. */
export const CORTICOSTEROID_NAMES = [
  'corticosteroid', 'steroid', 'triamcinolone', 'methylprednisolone', 'dexamethasone', 'betamethasone',
];
export const LIDOCAINE_NAMES = ['lidocaine', 'lignocaine'];

/** CPT: 20552/20553 trigger point injection (1–2 / 3+ muscles), 20560/20561 needle insertion without injection. */
export const CPT_INJECTION = ['20552', '20553'];
export const CPT_DRY_NEEDLING = ['20560', '20561'];

/** SNOMED CT laterality qualifiers. */
export const LATERALITY: Record<string, 'left' | 'right'> = { '7771000': 'left', '24028007': 'right' };

/** SNOMED CT 203082005 Fibromyalgia. */
export const SNOMED_FIBROMYALGIA = '203082005';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive whole-word matcher for a list of names ('aspirin' in 'Aspirin 81 MG Oral Tablet'). */
export function nameMatcher(names: readonly string[]): (text: string) => string | undefined {
  const pattern = new RegExp(`(?:^|[^a-z0-9])(${names.map(escape).join('|')})(?![a-z0-9])`, 'i');
  return (text) => pattern.exec(text)?.[1]?.toLowerCase();
}

/** An ICD-10-CM code without its dot, upper case: 'd68.51' → 'D6851'. */
export const icdKey = (code: string): string => code.replace('.', '').toUpperCase();

/** D65–D69 (coagulation defects, purpura, other haemorrhagic conditions) except the thrombophilias D68.5 and D68.6. */
export function isBleedingDisorder(key: string): boolean {
  return /^D6[5-9]/.test(key) && !/^D68[56]/.test(key);
}
/** Thrombophilia: in D65–D69, but clotting, not bleeding. */
export const isThrombophilia = (key: string): boolean => /^D68[56]/.test(key);

/** Z33.1 pregnant state, or chapter O00–O9A (pregnancy, childbirth and the puerperium). */
export const isPregnancyCode = (key: string): boolean => key === 'Z331' || /^O(?:\d{2}|9A)/.test(key);

/** M79.7 fibromyalgia. */
export const isFibromyalgiaCode = (key: string): boolean => key.startsWith('M797');
