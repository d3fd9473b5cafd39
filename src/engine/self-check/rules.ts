// The self-check's rule table (contract v2) as data: which level of care and which visit
// to suggest, and what to point out. Each rule has an id, one plain sentence for the
// clinician who reviews it, and at least one citation, written out fully enough to find
// it; a rule that is this project's own choice says so in its citation. It suggests a
// visit or sends a person to care; it never names a condition. docs/self-check.md
// describes every rule.
import { SYMPTOM_IDS, type Condition } from '../types.js';
import { RED_FLAG_LEVEL, type RedFlagId } from './answers.js';

/** The visits a person can be pointed to (the `service` of a `tpi-book` event). */
export type Service = 'trigger-point-assessment' | 'physical-therapy' | 'consultation';

/** How soon to get care: now (emergency number), today (urgent), or by booking a visit (routine). */
export type SelfCheckLevel = 'emergency' | 'urgent' | 'routine';

/** The steps, in the order they are tried: the first that decides wins. */
export const SELF_CHECK_LEVELS: readonly SelfCheckLevel[] = ['emergency', 'urgent', 'routine'];

export interface SelfCheckRule {
  id: string;
  /**
   * The step the rule belongs to. An `emergency` or `urgent` rule that holds decides the
   * level, and the later steps are not tried; `routine` rules run only when neither did.
   */
  level: SelfCheckLevel;
  /** Routine rules only: the visit to suggest; the first routine rule that holds and names one wins. */
  service?: Service;
  /** One plain sentence for the clinician who reviews the rule. */
  description: string;
  /** At least one. */
  citations: string[];
  /**
   * Over the facts: `redFlags`, `areas`, `flags` (lists), `duration`, `spreads`,
   * `triedCare` (the answer, or null), `answered` (true when any answer was given) and
   * `service` (the visit chosen so far, or null).
   */
  when: Condition;
  /** What to point out, as a key under `patient.reason.`; rules may share one. */
  reason: string;
}

export interface SelfCheckRuleset {
  id: string;
  /** Semver. */
  version: string;
  rules: SelfCheckRule[];
}

// Sources, written out in full once.
const GULATI =
  'Gulati M, Levy PD, Mukherjee D, et al. 2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR Guideline for the Evaluation and Diagnosis of Chest Pain. Circulation 2021;144:e368-e454 (AHA/ACC chest pain guideline)';
const CLIMENHAGE =
  'Climenhage BP, Luu NY, Velez LM, Hwang CW. Bilateral pneumothoraces after trigger point injection therapy: a case report. Florida College of Emergency Physicians, 2023 (chest pain and breathlessness after trapezius injections)';
const SCHOLTEN =
  'Scholten PM. Pneumothorax after serratus anterior trigger point injection. In: Challenging Cases and Complication Management in Pain Medicine. Springer, 2017, doi:10.1007/978-3-319-60072-7_44';
const SAMPSON =
  'Sampson HA, Muñoz-Furlong A, Campbell RL, et al. Second symposium on the definition and management of anaphylaxis: summary report. J Allergy Clin Immunol 2006;117(2):391-397';
const SNNOOP10 =
  'Do TP, Remmers A, Schytz HW, et al. Red and orange flags for secondary headaches in clinical practice: SNNOOP10 list. Neurology 2019;92(3):134-144';
const FAST = 'American Stroke Association. Stroke warning signs, F.A.S.T.: face drooping, arm weakness, speech difficulty, time to call 911 (stroke.org)';
const CHOU =
  'Chou R, Qaseem A, Snow V, et al. Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College of Physicians and the American Pain Society. Ann Intern Med 2007;147(7):478-491 (red flags)';
const NICE = 'NICE guideline NG59. Low back pain and sciatica in over 16s: assessment and management. National Institute for Health and Care Excellence, 2016';
const AFP02 =
  'Alvarez DJ, Rockwell PG. Trigger points: diagnosis and management. Am Fam Physician 2002;65(4):653-660 (Table 3: contraindications to trigger point injection)';
const AAFP23 =
  'Shipton B, Sunkesula S, Mall JK. Trigger point management. Am Fam Physician 2023;107(2):159-164 (massage and physical therapy first; injections for pain other care has not eased)';
const DELPHI =
  'Fernández-de-las-Peñas C, Dommerholt J. International consensus on diagnostic criteria and clinical considerations of myofascial trigger points: a Delphi study. Pain Med 2018;19(1):142-150, doi:10.1093/pm/pnx207 (referred pain)';
const NEJM = 'NEJM Knowledge+. Common interventional pain procedures, 2021 (at least 6 weeks of physical therapy before an interventional procedure)';
const FDA_NSAID = 'US Food and Drug Administration. Drug Safety Communication, October 15, 2020: avoid NSAIDs in pregnancy at 20 weeks or later';
const design = (reason: string) => `tpi-guide design choice: ${reason}`;

const has = (fact: 'redFlags' | 'areas' | 'flags', value: string): Condition => ({ fact, op: 'has', value });
const is = (fact: string, value: string | boolean | null): Condition => ({ fact, op: 'eq', value });
const flagged = (id: RedFlagId) => has('redFlags', id);

/** Areas that need an examination for other causes before trigger points are considered. */
const EXAM_FIRST = ['tinnitus', 'jaw-pain'];

type Spec = [id: string, level: SelfCheckLevel, description: string, citations: string[], when: Condition, reason: string, service?: Service];

// One rule per red flag, so each carries its own reason and sources. The id, reason and
// red flag share a name: `emergency.chest-breathing` → reason `chest-breathing`.
const redFlag = (id: RedFlagId, description: string, citations: string[]): Spec => {
  const level = RED_FLAG_LEVEL[id];
  return level == 'soon'
    ? [`soon.${id}`, 'routine', description, citations, flagged(id), id, 'consultation']
    : [`${level}.${id}`, level, description, citations, flagged(id), id];
};

/**
 * Emergency red flags, then urgent ones, then the routine visit: first the reasons for
 * a clinician to see the person before any needle treatment, then first-line care, then
 * referred pain after that care; otherwise a consultation.
 */
export const SELF_CHECK_RULES: SelfCheckRuleset = {
  id: 'tpi-self-check',
  version: '2.0.0',
  rules: (
    [
      redFlag('chest-breathing', 'New chest pain, pain on breathing in or shortness of breath: call the emergency number now (after a needle near the chest, neck, upper back or shoulder it can be a collapsed lung, even hours later).', [GULATI, CLIMENHAGE, SCHOLTEN]),
      redFlag('allergic-swelling', 'Swelling of the face, lips or tongue, or trouble breathing: possible anaphylaxis, call the emergency number now.', [SAMPSON]),
      redFlag('thunderclap-headache', 'A sudden, severe (thunderclap) headache: a headache red flag, call the emergency number now.', [SNNOOP10]),
      redFlag('stroke-signs', 'New weakness or numbness of the face, an arm or a leg, a drooping face or trouble speaking: stroke warning signs, call the emergency number now.', [FAST]),
      redFlag('bladder-bowel', 'New bladder or bowel trouble, or numbness between the legs: possible cauda equina compression, call the emergency number now.', [CHOU, NICE]),
      redFlag('fever', 'Fever, chills or feeling sick all over with the pain: possible infection, care today; needle treatment waits.', [CHOU, SNNOOP10, AFP02]),
      redFlag('recent-injury', 'Pain that began with a fall, accident or injury in the last few days: possible fracture or acute muscle trauma, care today.', [CHOU, AFP02]),
      redFlag('red-hot-skin', 'Red, hot or swollen skin, or pus, over the painful place: possible local infection, care today.', [
        AFP02,
        design('skin that may be infected is seen the same day rather than at a booked visit, since a local infection rules out needling there'),
      ]),
      redFlag('cancer-or-weight-loss', 'Cancer now or in the past, or weight loss without trying: a clinician sees them before any needle treatment.', [CHOU, NICE, SNNOOP10]),
      redFlag('progressive-weakness', 'Weakness or numbness of a limb that is slowly getting worse: a clinician sees them before any needle treatment.', [CHOU, NICE]),
      ['safety.anticoagulant', 'routine', 'Anticoagulants, a relative contraindication: a clinician weighs bleeding first.', [AFP02], has('flags', 'anticoagulated'), 'bleeding', 'consultation'],
      ['safety.bleeding', 'routine', 'A bleeding disorder, a relative contraindication: a clinician weighs bleeding first.', [AFP02], has('flags', 'bleedingDisorder'), 'bleeding', 'consultation'],
      ['safety.pregnancy', 'routine', 'Pregnancy: caution with injections, and NSAIDs (an alternative) are avoided; a clinician plans care.', [
        FDA_NSAID,
        design('some sources list pregnancy as a caution for trigger point injection, so a clinician plans care first'),
      ], has('flags', 'pregnant'), 'pregnancy', 'consultation'],
      ['safety.allergy', 'routine', 'Allergy to local anesthetics changes what may be injected: a clinician plans care.', [AFP02], has('flags', 'localAnestheticAllergy'), 'allergy', 'consultation'],
      ['exam.ear-jaw', 'routine', 'Only tinnitus and/or jaw pain: ear, dental and jaw-joint causes are examined for before trigger points are considered.', [
        design('tinnitus and jaw pain have many causes (ear, teeth, jaw joint) that a clinician examines for first'),
      ], { all: [{ any: EXAM_FIRST.map((id) => has('areas', id)) }, { not: { any: SYMPTOM_IDS.filter((id) => !EXAM_FIRST.includes(id)).map((id) => has('areas', id)) } }] }, 'exam-first', 'consultation'],
      ['care.early', 'routine', 'Pain of under 6 weeks: first-line care comes first; injections are for pain about 6 weeks of it has not eased.', [AAFP23, NEJM], is('duration', 'under-6-weeks'), 'early', 'physical-therapy'],
      ['care.first', 'routine', 'First-line care not tried: massage and physical therapy first; injections for pain they have not eased.', [AAFP23], is('triedCare', 'no'), 'care-first', 'physical-therapy'],
      ['referral.after-care', 'routine', 'Referred pain (a trigger point criterion) after first-line care that did not ease it, for 6 weeks or more: assess for trigger points.', [DELPHI, AAFP23], {
        all: [is('spreads', 'yes'), is('triedCare', 'yes'), { not: is('duration', 'under-6-weeks') }],
      }, 'spreads', 'trigger-point-assessment'],
      ['note.needles', 'routine', 'Extreme fear of needles, a relative issue: mention care without needles.', [AFP02], has('flags', 'needlePhobia'), 'needles'],
      ['note.antiplatelet', 'routine', 'Antiplatelet medicine (aspirin and the like): a warning for the clinician, not a block.', [
        AFP02,
        design('superficial injections are commonly done with care on antiplatelet medicines, so this is pointed out without changing the visit'),
      ], has('flags', 'antiplatelet'), 'antiplatelet'],
      ['fallback.consultation', 'routine', 'Answers that point to no particular visit: a consultation.', [
        design('when no answer points to a particular visit, a consultation with a clinician is the safe first step'),
      ], { all: [is('answered', true), is('service', null)] }, 'start', 'consultation'],
    ] as Spec[]
  ).map(([id, level, description, citations, when, reason, service]) => ({ id, level, description, citations, when, reason, ...(service && { service }) })),
};
