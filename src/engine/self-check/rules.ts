// The self-check's rule table: which visit to suggest and what to point out, as data.
// Each rule has an id, one plain sentence for the clinician who reviews it, and at least
// one citation (sources in shared/clinical-knowledge.md). It suggests a visit; it never
// names a condition.
import type { Condition } from '../types.js';

/** The visits a person can be pointed to (the `service` of a `tpi-book` event). */
export type Service = 'trigger-point-injection' | 'physical-therapy' | 'consultation';

export interface SelfCheckRule {
  id: string;
  description: string;
  citations: string[];
  /** Over the facts: areas (list), spreads and triedCare (reply or null), each flag (boolean), service (chosen so far or null). */
  when: Condition;
  /** The visit to suggest; the first rule that names one wins. */
  service?: Service;
  /** What to point out, as a key under `patient.reason.`; rules may share one. */
  reason: string;
}

export interface SelfCheckRuleset {
  id: string;
  /** Semver. */
  version: string;
  rules: SelfCheckRule[];
}

const AFP02 = 'Alvarez & Rockwell, Am Fam Physician 2002;65:653-660';
const AAFP23 = 'AAFP 2023 (Am Fam Physician 2023;107:159-164)';
const DELPHI = 'Fernández-de-las-Peñas & Dommerholt, Pain Med 2018;19:142-150';

const is = (fact: string, value: string | boolean | null): Condition => ({ fact, op: 'eq', value });

type Spec = [id: string, description: string, citations: string[], when: Condition, reason: string, service?: Service];

/** Safety first, then first-line care, then referred pain; otherwise a consultation. */
export const SELF_CHECK_RULES: SelfCheckRuleset = {
  id: 'tpi-self-check',
  version: '1.0.0',
  rules: (
    [
      ['safety.infection', 'Possible infection (fever, unwell) rules injection out: a clinician sees them first.',
        [AFP02], is('systemicInfection', true), 'infection', 'consultation'],
      ['safety.anticoagulant', 'Anticoagulants, a relative contraindication: a clinician weighs bleeding first.',
        [AFP02], is('anticoagulated', true), 'bleeding', 'consultation'],
      ['safety.bleeding', 'A bleeding disorder, a relative contraindication: a clinician weighs bleeding first.',
        [AFP02], is('bleedingDisorder', true), 'bleeding', 'consultation'],
      ['safety.pregnancy', 'Pregnancy: caution with injections and NSAIDs; a clinician plans care.',
        [AFP02, 'NSAID labelling'], is('pregnant', true), 'pregnancy', 'consultation'],
      ['safety.allergy', 'Local anaesthetic allergy changes what may be injected; a clinician plans care.',
        [AFP02], is('localAnestheticAllergy', true), 'allergy', 'consultation'],
      ['care.first', 'Massage and physical therapy first; injections for pain they have not eased.',
        [AAFP23], is('triedCare', 'no'), 'care-first', 'physical-therapy'],
      ['referral.after-care', 'Referred pain (a trigger point criterion) after first-line care: assess for trigger points.',
        [DELPHI, AAFP23], { all: [is('spreads', 'yes'), is('triedCare', 'yes')] }, 'spreads', 'trigger-point-injection'],
      ['note.needles', 'Fear of needles, a relative issue: mention care without needles.',
        [AFP02], is('needlePhobia', true), 'needles'],
      ['fallback.consultation', 'Otherwise a consultation.',
        ['tpi-guide self-check design'], is('service', null), 'start', 'consultation'],
    ] as Spec[]
  ).map(([id, description, citations, when, reason, service]) => ({ id, description, citations, when, reason, ...(service && { service }) })),
};
