// English words for exported text (FHIR `display`/`text`, card Markdown). Machines
// read the codes; these are for people reading the exported record in another system.
import { ALTERNATIVES } from '../catalog/alternatives.js';
import { CONDITIONS } from '../catalog/conditions.js';
import { muscleById } from '../catalog/muscles.js';
import { OPTIONS } from '../catalog/options.js';
import { SYMPTOMS } from '../catalog/symptoms.js';
import type {
  EligibilityStatus,
  FindingKey,
  InjectionKind,
  InjectionStatus,
  MuscleId,
  Patient,
  Side,
  SiteGuidance,
} from '../types.js';

/** Site-level yes/no facts recorded by the exam: the findings and two safety facts. */
export type SiteFactKey = FindingKey | 'localInfection' | 'acuteTrauma';

export const SITE_FACT_LABELS: Record<SiteFactKey, string> = {
  tautBand: 'Taut band',
  hypersensitiveSpot: 'Hypersensitive spot',
  referredPain: 'Referred pain',
  painRecognition: 'Patient recognizes the pain as familiar',
  localTwitchResponse: 'Local twitch response',
  painfulStretchLimit: 'Painful limit to full stretch',
  localTenderness: 'Local tenderness',
  localInfection: 'Skin or soft-tissue infection over the site',
  acuteTrauma: 'Acute muscle trauma at the site',
};

export const PATIENT_LABELS: Record<keyof Patient, string> = {
  ageYears: 'Age (years)',
  weightKg: 'Weight (kg)',
  pregnant: 'Pregnant',
  anticoagulated: 'Takes an anticoagulant',
  antiplatelet: 'Takes an antiplatelet medicine',
  bleedingDisorder: 'Bleeding disorder',
  localAnestheticAllergy: 'Allergy to local anesthetics',
  systemicInfection: 'Systemic infection',
  needlePhobia: 'Fear of needles',
  fibromyalgia: 'Fibromyalgia',
};

/** The response a prior injection gave, as the exam records it (engine contract v2). */
export const RELIEF_LABELS = {
  reliefPercent: 'Pain relief after that injection (%)',
  reliefWeeks: 'How long that relief lasted (weeks)',
} as const;

/** What each NSAID caution means. */
export const CAUTION_LABELS: Record<string, string> = {
  anticoagulation: 'more bleeding with an anticoagulant',
  antiplatelet: 'more bleeding with an antiplatelet medicine',
  'bleeding-disorder': 'more bleeding with a bleeding disorder',
  pregnancy: 'avoid in pregnancy',
};

/** A caveat on an option that stays available, by option and reason. */
export const OPTION_NOTE_LABELS: Record<string, string> = {
  'wet-needling-corticosteroid/anesthetic-allergy': 'inject it without a local anesthetic mixed in',
};

export const INJECTION_KIND_LABELS: Record<InjectionKind, string> = {
  lidocaine: 'Lidocaine',
  corticosteroid: 'Corticosteroid',
  'dry-needling': 'Dry needling',
  other: 'Other',
};

export const SIDE_LABELS: Record<Side, string> = { left: 'Left', right: 'Right' };

/** The interpretation of one site, a code of the project's site-interpretation system. */
export type Interpretation =
  | 'active-trigger-point'
  | 'latent-trigger-point'
  | 'trigger-point-activity-unknown'
  | 'tender-spot'
  | 'indeterminate'
  | 'no-trigger-point';

export const INTERPRETATION_LABELS: Record<Interpretation, string> = {
  'active-trigger-point': 'Active trigger point',
  'latent-trigger-point': 'Latent trigger point',
  'trigger-point-activity-unknown': 'Trigger point, activity not examined',
  'tender-spot': 'Tender spot',
  indeterminate: 'Indeterminate: examine further',
  'no-trigger-point': 'No trigger point or tender spot',
};

/** The interpretation code of a classified site. */
export function interpretationOf(site: SiteGuidance): Interpretation {
  switch (site.kind) {
    case 'trigger-point':
      return site.activity === 'active'
        ? 'active-trigger-point'
        : site.activity === 'latent'
          ? 'latent-trigger-point'
          : 'trigger-point-activity-unknown';
    case 'tender-spot':
      return 'tender-spot';
    case 'indeterminate':
      return 'indeterminate';
    default:
      return 'no-trigger-point';
  }
}

export const ELIGIBILITY_LABELS: Record<EligibilityStatus, string> = {
  appropriate: 'Trigger point injection may be appropriate',
  caution: 'Trigger point injection possible, with caution',
  contraindicated: 'Trigger point injection contraindicated',
  incomplete: 'Examination incomplete: examine further before deciding',
  'not-indicated': 'Trigger point injection not indicated',
};

export const INJECTION_LABELS: Record<InjectionStatus, string> = {
  indicated: 'candidate for injection',
  'not-indicated': 'injection not indicated',
  contraindicated: 'injection contraindicated',
};

/** "Upper trapezius, left": the muscle's catalog name and the side when known. */
export function siteLabel(muscle: MuscleId, side?: Side): string {
  const name = muscleById(muscle)?.label ?? muscle;
  return side ? `${name}, ${side}` : name;
}

// Names the engine's catalogs already give; an id stands in for an unknown one.
const labelIn = (catalog: readonly { id: string; label: string }[]) => (id: string) =>
  catalog.find((entry) => entry.id === id)?.label ?? id;

export const symptomLabel = labelIn(SYMPTOMS);
export const conditionLabel = labelIn(CONDITIONS);
export const optionLabel = labelIn(OPTIONS);
export const alternativeLabel = labelIn(ALTERNATIVES);
