// Where each citation of the default rules can be read: the full reference, and a link
// (DOI or a stable URL) where one exists. The rules cite a short form ("Alvarez &
// Rockwell, Am Fam Physician 2002;65:653"); this table resolves it, so an explanation
// can give the source in full. Data only, DOM-free; the same sources, with what each
// supports, are listed in docs/clinical-rules.md.

/** A cited source in full. */
export interface Source {
  /** The full bibliographic reference. */
  reference: string;
  /** A link to the source (a DOI resolver or the publisher's page), when one exists. */
  url?: string;
}

/** What a rule's citation stands for: a published source, or one of this project's design choices. */
export type Citation = { kind: 'source'; source: Source } | { kind: 'design'; choice: DesignChoice } | { kind: 'unknown' };

/** The design choices the default rules cite ("tpi-guide design choice: …"), by a stable id. */
export type DesignChoice =
  | 'unexamined-not-absent'
  | 'infection-trauma-absolute'
  | 'warning-not-block'
  | 'pregnancy-some-sources'
  | 'dry-needling-counts'
  | 'corticosteroid-yearly'
  | 'ask-never-assume'
  | 'older-adult-65'
  | 'numb-leg'
  | 'warning-asks-caution'
  | 'one-session-one-choice'
  | 'no-anesthetic-mixed'
  | 'order-on-table';

const DESIGN_PREFIX = 'tpi-guide design choice: ';

const DESIGN: Readonly<Record<string, DesignChoice>> = {
  'unexamined is not absent': 'unexamined-not-absent',
  'infection and acute trauma are absolute': 'infection-trauma-absolute',
  'a warning, not a block': 'warning-not-block',
  'some sources list pregnancy': 'pregnancy-some-sources',
  'dry needling counts': 'dry-needling-counts',
  '3-4 a year per site, as for joints': 'corticosteroid-yearly',
  'ask, never assume': 'ask-never-assume',
  'older adult from 65': 'older-adult-65',
  'a numb leg; no guideline': 'numb-leg',
  'a warning asks for caution': 'warning-asks-caution',
  'one session, one choice': 'one-session-one-choice',
  'no anesthetic mixed in': 'no-anesthetic-mixed',
  'an order puts injection on the table': 'order-on-table',
};

const doi = (id: string) => `https://doi.org/${id}`;

/** The sources the default rules cite, by the short form they cite them in. */
export const SOURCES: Readonly<Record<string, Source>> = {
  'Fernández-de-las-Peñas & Dommerholt, Pain Med 2018;19:142': {
    reference:
      'Fernández-de-las-Peñas C, Dommerholt J. International consensus on diagnostic criteria and clinical considerations of myofascial trigger points: a Delphi study. Pain Med. 2018;19(1):142–150.',
    url: doi('10.1093/pm/pnx207'),
  },
  'Zuber & Mayeaux, Atlas of Primary Care Procedures 2004': {
    reference: 'Zuber TJ, Mayeaux EJ Jr. Trigger point injection. In: Atlas of Primary Care Procedures. Philadelphia: Lippincott Williams & Wilkins; 2004.',
  },
  'Medicare LCD L34211': {
    reference: 'Noridian Healthcare Solutions. Local Coverage Determination L34211: Trigger Point Injections (TPI). Medicare Coverage Database.',
    url: 'https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=34211',
  },
  'Medicare proposed LCD DL39662': {
    reference: 'Proposed Local Coverage Determination DL39662: Trigger Point Injections (TPI). Medicare Coverage Database; 2023.',
    url: 'https://www.cms.gov/medicare-coverage-database/',
  },
  'Alvarez & Rockwell, Am Fam Physician 2002;65:653': {
    reference: 'Alvarez DJ, Rockwell PG. Trigger points: diagnosis and management. Am Fam Physician. 2002;65(4):653–660.',
    url: 'https://www.aafp.org/pubs/afp/issues/2002/0215/p653.html',
  },
  'Shipton et al., Am Fam Physician 2023;107:159': {
    reference: 'Shipton B, Sunkesula S, Mall JK. Trigger point management. Am Fam Physician. 2023;107(2):159–164.',
    url: 'https://www.aafp.org/pubs/afp/issues/2023/0200/trigger-point-management.html',
  },
  'Xylocaine (lidocaine) label': {
    reference: 'Xylocaine (lidocaine HCl) Injection, US prescribing information. Fresenius Kabi USA. DailyMed.',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=4dd52202-8eef-4136-92dd-ada573b7cf74',
  },
  'NSAID labeling': {
    reference: 'Nonsteroidal anti-inflammatory drugs, US prescribing information (class labeling): Warnings and Precautions, hematologic toxicity; drug interactions.',
  },
  'FDA Drug Safety Communication 2020': {
    reference:
      'US Food and Drug Administration. FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Drug Safety Communication; October 15, 2020.',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
  },
  'Ancker et al., BMC Med Inform Decis Mak 2017;17:36': {
    reference:
      'Ancker JS, Edwards A, Nosal S, Hauser D, Mauer E, Kaushal R. Effects of workload, work complexity, and repeated alerts on alert fatigue in a clinical decision support system. BMC Med Inform Decis Mak. 2017;17(1):36.',
    url: doi('10.1186/s12911-017-0430-8'),
  },
  'Climenhage et al. 2023': {
    reference:
      'Climenhage BP, Luu NY, Velez LM, Hwang CW. Bilateral pneumothoraces after trigger point injection therapy: a case report. Florida College of Emergency Physicians; December 6, 2023.',
    url: 'https://fcep.org/bilateral-pneumothoraces-after-trigger-point-injection-therapy-a-case-report/',
  },
  'Scholten 2017': {
    reference: 'Scholten PM. Pneumothorax after serratus anterior trigger point injection. In: Challenging Cases and Complication Management in Pain Medicine. Cham: Springer; 2017.',
    url: doi('10.1007/978-3-319-60072-7_44'),
  },
  'Wolfe et al., Arthritis Rheum 1990;33:160-172': {
    reference:
      'Wolfe F, Smythe HA, Yunus MB, et al. The American College of Rheumatology 1990 criteria for the classification of fibromyalgia. Arthritis Rheum. 1990;33(2):160–172.',
    url: doi('10.1002/art.1780330203'),
  },
  'Treede et al., Pain 2015;156:1003': {
    reference: 'Treede RD, Rief W, Barke A, et al. A classification of chronic pain for ICD-11. Pain. 2015;156(6):1003–1007.',
    url: doi('10.1097/j.pain.0000000000000160'),
  },
  'ICD-10-CM': {
    reference: 'International Classification of Diseases, Tenth Revision, Clinical Modification (ICD-10-CM). National Center for Health Statistics, CDC.',
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/',
  },
};

/**
 * What a rule's citation stands for: a source from the table above, one of this
 * project's design choices (cited as "tpi-guide design choice: …"), or unknown (a host
 * rule set's own citation, to be shown as written).
 */
export function citation(text: string): Citation {
  const source = Object.hasOwn(SOURCES, text) ? SOURCES[text] : undefined;
  if (source) return { kind: 'source', source };
  const choice = text.startsWith(DESIGN_PREFIX) ? DESIGN[text.slice(DESIGN_PREFIX.length)] : undefined;
  return choice ? { kind: 'design', choice } : { kind: 'unknown' };
}
