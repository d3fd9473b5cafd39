// The small subset of FHIR R4 (4.0.1) that the export writes, typed so that the
// mapping code is checked by the compiler. Names and shapes follow hl7.org/fhir/R4;
// only the elements used here are declared.

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Extension {
  url: string;
  valueCode?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

/** A reference to another resource; `extension` carries a data-absent-reason. */
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
  extension?: Extension[];
}

export interface Annotation {
  text: string;
}

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: 'group' | 'boolean' | 'decimal' | 'string' | 'date' | 'choice';
  required?: boolean;
  repeats?: boolean;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType: string[];
  description: string;
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueString?: string;
  valueDate?: string;
  valueCoding?: Coding;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  encounter?: Reference;
  authored?: string;
  author?: Reference;
  item?: QuestionnaireResponseItem[];
}

export interface Quantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface ObservationComponent {
  code: CodeableConcept;
  valueBoolean?: boolean;
  valueQuantity?: Quantity;
  valueDateTime?: string;
  valueCodeableConcept?: CodeableConcept;
  dataAbsentReason?: CodeableConcept;
}

export interface Observation {
  resourceType: 'Observation';
  status: 'preliminary' | 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  encounter?: Reference;
  effectiveDateTime?: string;
  performer?: Reference[];
  /** The engine's classification: site Observations only. */
  interpretation?: CodeableConcept[];
  /** The muscle and side: site and prior-injection Observations. */
  bodySite?: CodeableConcept;
  derivedFrom: Reference[];
  component: ObservationComponent[];
}

export interface ConditionEvidence {
  detail: Reference[];
}

export interface Condition {
  resourceType: 'Condition';
  clinicalStatus: CodeableConcept;
  verificationStatus: CodeableConcept;
  code: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  recordedDate?: string;
  recorder?: Reference;
  evidence?: ConditionEvidence[];
  note: Annotation[];
}

export type ExportedResource = Questionnaire | QuestionnaireResponse | Observation | Condition;

export interface BundleEntry<R extends ExportedResource = ExportedResource> {
  fullUrl: string;
  resource: R;
}

export interface Bundle {
  resourceType: 'Bundle';
  identifier: Identifier;
  type: 'collection';
  timestamp?: string;
  entry: BundleEntry[];
}
