// toFhirBundle, run on the built dist/interop.js with the built engine: every Bundle
// and every resource in it, across all vignettes and host contexts, must pass a real
// FHIR R4 validator (see interop-validate.js), and must mean what the assessment says.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { TextEncoder } from 'node:util';
import { evaluate, MUSCLES, FINDING_KEYS, PATIENT_FLAGS, inGroup } from '../../dist/engine.js';
import { toFhirBundle, SYSTEMS, ICD10CM, TPI_FHIR_BASE } from '../../dist/interop.js';
import { RELIEF_LABELS } from '../../dist/engine/interop/labels.js';
import { sha1, uuidV5 } from '../../dist/engine/interop/ids.js';
import { fhirIssues } from './interop-validate.js';
import { VIGNETTES, CONTEXTS, TODAY, crowdedVignette } from './interop-vignettes.js';

// ICD-10-CM codes named in docs/clinical-rules.md ("Codes"); no other code may appear.
const KNOWN_ICD10 = new Set(['M79.10', 'M79.11', 'M79.12', 'M79.18', 'M79.7', 'G44.209', 'H93.11', 'H93.12', 'H93.13', 'H93.19', 'M54.50', 'M25.50']);
const HL7 = 'http://terminology.hl7.org/CodeSystem/';
const UCUM = 'http://unitsofmeasure.org';

const ALL = [...VIGNETTES, crowdedVignette(MUSCLES.map((m) => m.id))];
const SITE_FACTS = [...FINDING_KEYS, 'localInfection', 'acuteTrauma'];

function exportOf(vignette, context) {
  const guidance = evaluate(vignette.assessment, { today: TODAY });
  return { guidance, bundle: toFhirBundle(vignette.assessment, guidance, context) };
}

const clone = (value) => JSON.parse(JSON.stringify(value));
const ofType = (bundle, type) => bundle.entry.filter((e) => e.resource.resourceType === type);
const label = (muscle) => MUSCLES.find((m) => m.id === muscle).label;
/** Observations of one kind: their local exam code. */
const observations = (bundle, code) => ofType(bundle, 'Observation').map((e) => e.resource).filter((o) => o.code.coding[0].code === code);
const recordsRelief = (prior) => prior.reliefPercent !== undefined || prior.reliefWeeks !== undefined;
const recordsFlags = (patient) => PATIENT_FLAGS.some((flag) => patient?.[flag] !== undefined);

/** The items of a QuestionnaireResponse (or a group), flattened with their parent. */
const children = (item, linkId) => (item.item ?? []).filter((i) => i.linkId === linkId);

/** Every Coding anywhere in a JSON value. */
function codings(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => codings(v, out));
  else if (value && typeof value === 'object') {
    if (typeof value.system === 'string' && 'code' in value) out.push(value);
    Object.values(value).forEach((v) => codings(v, out));
  }
  return out;
}

/** Issues of the Bundle and of each resource on its own (the validator checks the
 * invariants of nested resources only when they are validated themselves). */
const allIssues = (bundle) => [
  ...fhirIssues(bundle),
  ...bundle.entry.flatMap(({ resource }) => fhirIssues(resource).map((issue) => `${resource.resourceType}: ${issue}`)),
];

describe('every exported resource is valid FHIR R4', () => {
  for (const vignette of ALL) {
    for (const [contextName, context] of Object.entries(CONTEXTS)) {
      test(`${vignette.name} — context ${contextName}`, () => {
        assert.deepEqual(allIssues(exportOf(vignette, context).bundle), []);
      });
    }
  }
});

describe('the validator used above rejects what it should', () => {
  const { bundle } = exportOf(VIGNETTES[0], CONTEXTS.strings);
  const find = (b, type) => b.entry.find((e) => e.resource.resourceType === type).resource;
  const broken = (mutate) => {
    const copy = clone(bundle);
    mutate(copy);
    return allIssues(copy);
  };
  test('a status outside its required ValueSet', () => {
    assert.notDeepEqual(broken((b) => (find(b, 'Observation').status = 'done')), []);
  });
  test('a verification status code that does not exist', () => {
    assert.notDeepEqual(broken((b) => (find(b, 'Condition').verificationStatus.coding[0].code = 'maybe')), []);
  });
  test('an HL7 code with the wrong display', () => {
    assert.notDeepEqual(broken((b) => (find(b, 'Observation').category[0].coding[0].display = 'Examination')), []);
  });
  test('a Condition without its required subject', () => {
    assert.notDeepEqual(broken((b) => delete find(b, 'Condition').subject), []);
  });
  test('a fullUrl that is not an absolute URI, and a duplicate fullUrl', () => {
    assert.notDeepEqual(broken((b) => (b.entry[2].fullUrl = 'observation 1')), []);
    assert.notDeepEqual(broken((b) => (b.entry[3].fullUrl = b.entry[2].fullUrl)), []);
  });
  test('a value together with a data-absent-reason (obs-6)', () => {
    const both = (b) => Object.assign(find(b, 'Observation'), { valueBoolean: true, dataAbsentReason: { text: 'x' } });
    assert.notDeepEqual(broken(both), []);
  });
  test('a reference to a resource of the wrong type, or to no entry', () => {
    const obs = (b) => find(b, 'Observation');
    assert.notDeepEqual(broken((b) => (obs(b).derivedFrom[0].reference = b.entry[0].fullUrl)), []);
    assert.notDeepEqual(broken((b) => (obs(b).derivedFrom[0].reference = 'urn:uuid:00000000-0000-5000-8000-000000000000')), []);
  });
  test('an unknown element and an empty string', () => {
    assert.notDeepEqual(broken((b) => (find(b, 'QuestionnaireResponse').answers = [])), []);
    assert.notDeepEqual(broken((b) => (find(b, 'Condition').code.text = '')), []);
  });
});

describe('the Bundle', () => {
  test('is a collection: Questionnaire, QuestionnaireResponse, site Observations, history Observations, then Conditions', () => {
    for (const vignette of ALL) {
      const { bundle, guidance } = exportOf(vignette);
      assert.equal(bundle.type, 'collection');
      const kinds = bundle.entry.map(({ resource: r }) => (r.resourceType === 'Observation' ? r.code.coding[0].code : r.resourceType));
      const { patient, priorInjections = [] } = vignette.assessment;
      const others = kinds.filter((k) => k !== 'Condition');
      assert.deepEqual(others, [
        'Questionnaire',
        'QuestionnaireResponse',
        ...guidance.sites.map(() => 'trigger-point-site-exam'),
        ...(recordsFlags(patient) ? ['trigger-point-patient-factors'] : []),
        ...priorInjections.filter(recordsRelief).map(() => 'prior-injection-response'),
      ]);
      assert.ok(kinds.slice(others.length).every((k) => k === 'Condition'), `${vignette.name}: Conditions come last`);
    }
  });

  test('every fullUrl is a unique urn:uuid', () => {
    for (const vignette of ALL) {
      const urls = exportOf(vignette).bundle.entry.map((e) => e.fullUrl);
      assert.ok(urls.every((u) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)), vignette.name);
      assert.equal(new Set(urls).size, urls.length, vignette.name);
    }
  });

  test('is deterministic, and does not change its inputs', () => {
    for (const vignette of ALL) {
      const guidance = evaluate(vignette.assessment, { today: TODAY });
      const [a, g] = [clone(vignette.assessment), clone(guidance)];
      const first = toFhirBundle(vignette.assessment, guidance, CONTEXTS.objects);
      assert.deepEqual(toFhirBundle(vignette.assessment, guidance, CONTEXTS.objects), first);
      assert.deepEqual(vignette.assessment, a);
      assert.deepEqual(guidance, g);
    }
  });

  test('different patients get different resource ids, the shared Questionnaire the same', () => {
    const [one, two] = ['Patient/a', 'Patient/b'].map((subject) => exportOf(VIGNETTES[0], { subject }).bundle);
    assert.equal(one.entry[0].fullUrl, two.entry[0].fullUrl);
    for (let i = 1; i < one.entry.length; i++) assert.notEqual(one.entry[i].fullUrl, two.entry[i].fullUrl);
    assert.notEqual(one.identifier.value, two.identifier.value);
  });

  test('returns data the host may change without affecting later exports', () => {
    const first = exportOf(VIGNETTES[0], CONTEXTS.strings).bundle;
    first.entry[2].resource.category[0].coding[0].code = 'changed';
    first.entry[2].resource.subject.reference = 'Patient/changed';
    const second = exportOf(VIGNETTES[0], CONTEXTS.strings).bundle;
    assert.equal(second.entry[2].resource.category[0].coding[0].code, 'exam');
    assert.equal(second.entry[4].resource.subject.reference, 'Patient/p-1');
  });

  test('carries dates only when the host gives them', () => {
    const none = exportOf(VIGNETTES[0]).bundle;
    assert.doesNotMatch(JSON.stringify(none), /"(timestamp|authored|effectiveDateTime|recordedDate)"/);
    const today = exportOf(VIGNETTES[0], { today: TODAY }).bundle;
    assert.equal(today.timestamp, undefined, 'a date alone is not an instant');
    assert.equal(ofType(today, 'QuestionnaireResponse')[0].resource.authored, TODAY);
    assert.equal(ofType(today, 'Observation')[0].resource.effectiveDateTime, TODAY);
    assert.equal(ofType(today, 'Condition')[0].resource.recordedDate, TODAY);
    const instant = exportOf(VIGNETTES[0], CONTEXTS.objects).bundle;
    assert.equal(instant.timestamp, CONTEXTS.objects.timestamp);
    assert.equal(ofType(instant, 'Observation')[0].resource.effectiveDateTime, CONTEXTS.objects.timestamp);
  });

  test('uses no SNOMED CT or LOINC code: only HL7, ICD-10-CM and project-local systems', () => {
    for (const vignette of ALL) {
      for (const coding of codings(exportOf(vignette, CONTEXTS.objects).bundle)) {
        // UCUM appears only as the unit of a quantity (a units standard, not a clinical terminology).
        const unit = coding.system === UCUM && typeof coding.value === 'number';
        const ok = unit || coding.system.startsWith(HL7) || coding.system === ICD10CM || coding.system.startsWith(`${TPI_FHIR_BASE}/`);
        assert.ok(ok, `${coding.system} in ${vignette.name}`);
      }
    }
    assert.match(TPI_FHIR_BASE, /^https:\/\/[a-z-]+\.example\//, 'project-local URIs live under the reserved .example domain');
  });
});

describe('Questionnaire and QuestionnaireResponse', () => {
  test('every answer fits its Questionnaire item: known linkId, matching type, listed option, one answer unless repeating', () => {
    const byLinkId = new Map();
    for (const vignette of ALL) {
      const { bundle } = exportOf(vignette, CONTEXTS.strings);
      const questionnaire = ofType(bundle, 'Questionnaire')[0].resource;
      const index = (items) => items.forEach((i) => (byLinkId.set(i.linkId, i), index(i.item ?? [])));
      index(questionnaire.item);
      const response = ofType(bundle, 'QuestionnaireResponse')[0].resource;
      assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
      const check = (items, parentItems) => {
        for (const item of items) {
          const q = byLinkId.get(item.linkId);
          assert.ok(q, `unknown linkId ${item.linkId}`);
          assert.ok(parentItems.includes(q), `${item.linkId} is not where the Questionnaire puts it`);
          if (!q.repeats) assert.equal(items.filter((i) => i.linkId === item.linkId).length, 1, item.linkId);
          if (q.type === 'group') {
            assert.equal(item.answer, undefined);
            for (const required of q.item.filter((i) => i.required)) assert.equal(children(item, required.linkId).length, 1, required.linkId);
            check(item.item, q.item);
            continue;
          }
          assert.ok(item.answer.length === 1 || q.repeats, item.linkId);
          for (const answer of item.answer) {
            const [key, value] = Object.entries(answer)[0];
            const expected = { boolean: 'valueBoolean', decimal: 'valueDecimal', string: 'valueString', date: 'valueDate', choice: 'valueCoding' }[q.type];
            assert.equal(key, expected, item.linkId);
            if (q.type === 'choice') assert.ok(q.answerOption.some((o) => o.valueCoding.system === value.system && o.valueCoding.code === value.code), item.linkId);
          }
        }
      };
      check(response.item ?? [], questionnaire.item);
    }
  });

  test('linkIds are unique within the Questionnaire (que-2)', () => {
    const questionnaire = ofType(exportOf(VIGNETTES[0]).bundle, 'Questionnaire')[0].resource;
    const ids = [];
    const collect = (items) => items.forEach((i) => (ids.push(i.linkId), collect(i.item ?? [])));
    collect(questionnaire.item);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('keeps findings three-valued: true and false are answers, not examined is no item', () => {
    let falses = 0;
    let unexamined = 0;
    for (const vignette of ALL) {
      const response = ofType(exportOf(vignette).bundle, 'QuestionnaireResponse')[0].resource;
      const siteItems = (response.item ?? []).filter((i) => i.linkId === 'site');
      assert.equal(siteItems.length, vignette.assessment.sites.length);
      vignette.assessment.sites.forEach((site, i) => {
        const item = siteItems[i];
        assert.deepEqual(children(item, 'site.id')[0].answer, [{ valueString: site.id }]);
        assert.equal(children(item, 'site.muscle')[0].answer[0].valueCoding.code, site.muscle);
        const findings = children(item, 'site.findings')[0];
        for (const key of FINDING_KEYS) {
          const answers = findings ? children(findings, `site.findings.${key}`) : [];
          if (site.findings[key] === undefined) {
            assert.equal(answers.length, 0, `${key} was not examined`);
            unexamined++;
          } else {
            assert.deepEqual(answers[0].answer, [{ valueBoolean: site.findings[key] }]);
            if (site.findings[key] === false) falses++;
          }
        }
        for (const key of ['localInfection', 'acuteTrauma']) {
          const answers = children(item, `site.${key}`);
          assert.deepEqual(answers.map((a) => a.answer), site[key] === undefined ? [] : [[{ valueBoolean: site[key] }]]);
        }
      });
    }
    assert.ok(falses > 10 && unexamined > 10, 'the vignettes exercise both');
  });

  test('records patient facts, symptoms and prior injections as given, and leaves the unknown out', () => {
    for (const vignette of ALL) {
      const { assessment } = vignette;
      const response = ofType(exportOf(vignette).bundle, 'QuestionnaireResponse')[0].resource;
      const top = (linkId) => (response.item ?? []).filter((i) => i.linkId === linkId);
      const patient = top('patient')[0];
      for (const flag of PATIENT_FLAGS) {
        const value = assessment.patient?.[flag];
        const answers = patient ? children(patient, `patient.${flag}`).map((i) => i.answer) : [];
        assert.deepEqual(answers, value === undefined ? [] : [[{ valueBoolean: value }]], flag);
      }
      const weight = patient ? children(patient, 'patient.weightKg') : [];
      assert.deepEqual(weight.map((i) => i.answer[0].valueDecimal), assessment.patient?.weightKg === undefined ? [] : [assessment.patient.weightKg]);
      assert.deepEqual(top('symptoms').flatMap((i) => i.answer.map((a) => a.valueCoding.code)), assessment.symptoms ?? []);
      const priors = top('priorInjection');
      assert.equal(priors.length, (assessment.priorInjections ?? []).length);
      priors.forEach((item, i) => {
        const prior = assessment.priorInjections[i];
        assert.equal(children(item, 'priorInjection.date')[0].answer[0].valueDate, prior.date);
        assert.equal(children(item, 'priorInjection.kind')[0].answer[0].valueCoding.code, prior.kind);
        assert.equal(children(item, 'priorInjection.side').length, prior.side ? 1 : 0);
        for (const key of ['reliefPercent', 'reliefWeeks'])
          assert.deepEqual(children(item, `priorInjection.${key}`).map((i) => i.answer), prior[key] === undefined ? [] : [[{ valueDecimal: prior[key] }]], key);
      });
      if (assessment.conservativeCareTried === undefined) assert.equal(top('conservativeCareTried').length, 0);
      else assert.deepEqual(top('conservativeCareTried')[0].answer, [{ valueBoolean: assessment.conservativeCareTried }]);
    }
  });
});

describe('Observations', () => {
  const INTERPRETATION = (site) =>
    site.kind === 'trigger-point'
      ? { active: 'active-trigger-point', latent: 'latent-trigger-point', unknown: 'trigger-point-activity-unknown' }[site.activity]
      : { 'tender-spot': 'tender-spot', indeterminate: 'indeterminate', none: 'no-trigger-point' }[site.kind];

  test('one per site: the muscle and side as bodySite text, the engine classification as interpretation', () => {
    for (const vignette of ALL) {
      const { bundle, guidance } = exportOf(vignette);
      const sites = observations(bundle, 'trigger-point-site-exam');
      assert.equal(sites.length, vignette.assessment.sites.length);
      vignette.assessment.sites.forEach((site, i) => {
        const obs = sites[i];
        assert.equal(obs.bodySite.text, site.side ? `${label(site.muscle)}, ${site.side}` : label(site.muscle));
        assert.deepEqual(obs.bodySite.coding, [{ system: SYSTEMS.muscle, code: site.muscle, display: label(site.muscle) }]);
        assert.deepEqual(obs.interpretation[0].coding.map((c) => [c.system, c.code]), [[SYSTEMS.interpretation, INTERPRETATION(guidance.sites[i])]]);
        assert.equal(obs.status, guidance.sites[i].kind === 'indeterminate' ? 'preliminary' : 'final');
        assert.deepEqual(obs.category[0].coding[0], { system: `${HL7}observation-category`, code: 'exam', display: 'Exam' });
        assert.equal(obs.derivedFrom[0].reference, ofType(bundle, 'QuestionnaireResponse')[0].fullUrl);
      });
    }
  });

  test('a component per finding: valueBoolean when examined, data-absent-reason not-performed when not', () => {
    for (const vignette of ALL) {
      const sites = observations(exportOf(vignette).bundle, 'trigger-point-site-exam');
      vignette.assessment.sites.forEach((site, i) => {
        const components = sites[i].component;
        assert.deepEqual(components.map((c) => c.code.coding[0].code), SITE_FACTS);
        for (const c of components) {
          const key = c.code.coding[0].code;
          assert.equal(c.code.coding[0].system, SYSTEMS.exam);
          const value = key in site.findings || FINDING_KEYS.includes(key) ? site.findings[key] : site[key];
          if (value === undefined) {
            assert.equal('valueBoolean' in c, false, `${key} not examined has no value`);
            assert.equal(c.dataAbsentReason.coding[0].code, 'not-performed');
          } else {
            assert.equal(c.valueBoolean, value);
            assert.equal(c.dataAbsentReason, undefined);
          }
        }
      });
    }
  });

  test('the patient factors: one Observation when any is recorded, a component per flag (antiplatelet included)', () => {
    let seen = 0;
    for (const vignette of ALL) {
      const { bundle } = exportOf(vignette, CONTEXTS.strings);
      const found = observations(bundle, 'trigger-point-patient-factors');
      const patient = vignette.assessment.patient;
      assert.equal(found.length, recordsFlags(patient) ? 1 : 0, vignette.name);
      if (!found.length) continue;
      seen++;
      const [obs] = found;
      assert.deepEqual(obs.category[0].coding[0], { system: `${HL7}observation-category`, code: 'survey', display: 'Survey' });
      assert.equal(obs.subject.reference, 'Patient/p-1');
      assert.equal(obs.derivedFrom[0].reference, ofType(bundle, 'QuestionnaireResponse')[0].fullUrl);
      assert.deepEqual(obs.component.map((c) => c.code.coding[0].code), [...PATIENT_FLAGS]);
      for (const c of obs.component) {
        const value = patient[c.code.coding[0].code];
        if (value === undefined) assert.deepEqual([c.valueBoolean, c.dataAbsentReason.coding[0].code], [undefined, 'not-asked']);
        else assert.deepEqual([c.valueBoolean, c.dataAbsentReason], [value, undefined]);
      }
    }
    assert.ok(seen >= 5);
    const aspirin = observations(exportOf(VIGNETTES.find((v) => v.name.includes('aspirin'))).bundle, 'trigger-point-patient-factors')[0];
    assert.equal(aspirin.component.find((c) => c.code.coding[0].code === 'antiplatelet').valueBoolean, true);
  });

  test('the response to a prior injection: one Observation per record with relief, in UCUM units, the missing part not-asked', () => {
    let seen = 0;
    for (const vignette of ALL) {
      const found = observations(exportOf(vignette).bundle, 'prior-injection-response');
      const priors = (vignette.assessment.priorInjections ?? []).filter(recordsRelief);
      assert.equal(found.length, priors.length, vignette.name);
      priors.forEach((prior, i) => {
        seen++;
        const obs = found[i];
        const part = (code) => obs.component.find((c) => c.code.coding[0].code === code);
        assert.equal(obs.bodySite.text, prior.side ? `${label(prior.muscle)}, ${prior.side}` : label(prior.muscle));
        assert.equal(part('injectionDate').valueDateTime, prior.date);
        assert.equal(part('injectionKind').valueCodeableConcept.coding[0].code, prior.kind);
        for (const [key, code] of [['reliefPercent', '%'], ['reliefWeeks', 'wk']]) {
          assert.equal(part(key).code.text, RELIEF_LABELS[key]);
          if (prior[key] === undefined) assert.equal(part(key).dataAbsentReason.coding[0].code, 'not-asked');
          else assert.deepEqual(part(key).valueQuantity, { value: prior[key], system: UCUM, code, unit: code === '%' ? '%' : 'weeks' });
        }
      });
    }
    assert.ok(seen >= 3);
  });
});

describe('the vignettes still mean what they were written for', () => {
  for (const vignette of ALL.filter((v) => v.expect)) {
    test(vignette.name, () => {
      const g = evaluate(vignette.assessment, { today: TODAY });
      const { kinds, activities, conditions, eligibility, warnings, icd10 } = vignette.expect;
      if (kinds) assert.deepEqual(g.sites.map((s) => s.kind), kinds);
      if (activities) assert.deepEqual(g.sites.map((s) => s.activity), activities);
      if (conditions) assert.deepEqual(g.conditions.map((c) => c.id), conditions);
      if (icd10) assert.deepEqual(g.conditions.flatMap((c) => c.icd10), icd10);
      if (eligibility) assert.equal(g.eligibility.status, eligibility);
      if (warnings) assert.deepEqual(g.warnings.map((w) => w.id), warnings);
    });
  }
});

describe('Conditions', () => {
  test('one per candidate and ICD-10-CM code, provisional, active, ICD-10-CM coded or text only', () => {
    let multi = 0;
    for (const vignette of ALL) {
      const { bundle, guidance } = exportOf(vignette, CONTEXTS.strings);
      const conditions = ofType(bundle, 'Condition').map((e) => e.resource);
      const expected = guidance.conditions.flatMap((c) => (c.icd10.length ? c.icd10 : [null]));
      assert.equal(conditions.length, expected.length, vignette.name);
      conditions.forEach((condition, i) => {
        assert.deepEqual(condition.verificationStatus.coding, [{ system: `${HL7}condition-ver-status`, code: 'provisional', display: 'Provisional' }]);
        assert.equal(condition.clinicalStatus.coding[0].code, 'active');
        assert.ok(condition.code.text);
        if (expected[i] === null) {
          assert.equal(condition.code.coding, undefined, 'a condition without a code carries text only');
        } else {
          assert.deepEqual(condition.code.coding, [{ system: ICD10CM, code: expected[i] }]);
          assert.ok(KNOWN_ICD10.has(expected[i]), expected[i]);
        }
      });
      if (guidance.conditions.some((c) => c.icd10.length > 1)) multi++;
    }
    assert.ok(multi >= 2, 'candidates with several codes are exercised');
    const coded = new Set(ALL.flatMap((v) => evaluate(v.assessment, { today: TODAY }).conditions.map((c) => c.id)));
    assert.equal(coded.size, 7, 'every candidate condition appears in some vignette');
  });

  test('evidence.detail resolves to the Observations of the supporting sites, in the same Bundle', () => {
    for (const vignette of ALL) {
      const { bundle, guidance } = exportOf(vignette);
      const siteOf = new Map(ofType(bundle, 'Observation').map((e, i) => [e.fullUrl, guidance.sites[i]]));
      const conditions = ofType(bundle, 'Condition').map((e) => e.resource);
      let at = 0;
      for (const candidate of guidance.conditions) {
        const parts = conditions.slice(at, (at += Math.max(1, candidate.icd10.length)));
        const cited = parts.flatMap((p) => p.evidence[0].detail.map((d) => siteOf.get(d.reference)));
        assert.ok(cited.every(Boolean), 'every reference resolves to an Observation in the Bundle');
        assert.deepEqual([...new Set(cited.map((s) => s.id))].sort(), [...candidate.siteIds].sort(), candidate.id);
        for (const part of parts) {
          const code = part.code.coding?.[0]?.code;
          const sites = part.evidence[0].detail.map((d) => siteOf.get(d.reference));
          if (code === 'M79.11') assert.ok(sites.every((s) => inGroup(s.muscle, 'mastication')));
          if (code === 'M79.12') assert.ok(sites.every((s) => inGroup(s.muscle, 'head-neck') && !inGroup(s.muscle, 'mastication')));
          if (code === 'M79.18') assert.ok(sites.every((s) => !inGroup(s.muscle, 'head-neck')));
        }
      }
    }
  });
});

describe('host context', () => {
  test('subject, encounter and performer go where FHIR expects them', () => {
    const { bundle } = exportOf(VIGNETTES[0], CONTEXTS.objects);
    const { subject, encounter, performer } = CONTEXTS.objects;
    const response = ofType(bundle, 'QuestionnaireResponse')[0].resource;
    assert.deepEqual([response.subject, response.encounter, response.author], [subject, encounter, performer]);
    for (const { resource } of ofType(bundle, 'Observation')) {
      assert.deepEqual([resource.subject, resource.encounter, resource.performer], [subject, encounter, [performer]]);
    }
    for (const { resource } of ofType(bundle, 'Condition')) {
      assert.deepEqual([resource.subject, resource.encounter, resource.recorder], [subject, encounter, performer]);
    }
  });

  test('reference strings become references', () => {
    const { bundle } = exportOf(VIGNETTES[0], CONTEXTS.strings);
    const obs = ofType(bundle, 'Observation')[0].resource;
    assert.deepEqual(obs.subject, { reference: 'Patient/p-1' });
    assert.deepEqual(obs.performer, [{ reference: 'Practitioner/dr-3' }]);
  });

  test('without a patient, nothing is invented: no subject where optional, data-absent-reason where required', () => {
    const { bundle } = exportOf(VIGNETTES[0]);
    assert.equal(ofType(bundle, 'QuestionnaireResponse')[0].resource.subject, undefined);
    assert.equal(ofType(bundle, 'Observation')[0].resource.subject, undefined);
    for (const { resource } of ofType(bundle, 'Condition')) {
      assert.deepEqual(resource.subject, {
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }],
      });
    }
    assert.doesNotMatch(JSON.stringify(bundle), /"(encounter|performer|author|recorder)"/);
  });

  test('a malformed context is a TypeError naming the field', () => {
    const { assessment } = VIGNETTES[0];
    const guidance = evaluate(assessment, { today: TODAY });
    for (const [context, field] of [
      [{ today: '2026-02-30' }, 'today'],
      [{ today: '26/11/2026' }, 'today'],
      [{ timestamp: '2026-11-26T10:30:00' }, 'timestamp'],
      [{ timestamp: '2026-11-26' }, 'timestamp'],
      [{ subject: '  ' }, 'subject'],
      [{ encounter: {} }, 'encounter'],
      [{ performer: 42 }, 'performer'],
    ]) {
      assert.throws(() => toFhirBundle(assessment, guidance, context), (e) => e instanceof TypeError && e.message.includes(`context.${field}`));
    }
  });

  test('guidance from another assessment is refused', () => {
    const guidance = evaluate(VIGNETTES[0].assessment, { today: TODAY });
    assert.throws(() => toFhirBundle(VIGNETTES[5].assessment, guidance), TypeError);
    const sameIds = { ...VIGNETTES[0].assessment, sites: [{ ...VIGNETTES[0].assessment.sites[0], id: 'other' }] };
    assert.throws(() => toFhirBundle(sameIds, guidance), TypeError);
  });
});

describe('package entry and ids', () => {
  test("'tpi-guide/interop' resolves to the built interop bundle", async () => {
    const viaExports = await import('tpi-guide/interop');
    assert.equal(typeof viaExports.toFhirBundle, 'function');
    assert.equal(typeof viaExports.toCdsHooksCards, 'function');
    const guidance = evaluate(VIGNETTES[0].assessment, { today: TODAY });
    assert.deepEqual(viaExports.toFhirBundle(VIGNETTES[0].assessment, guidance), toFhirBundle(VIGNETTES[0].assessment, guidance));
  });

  test('sha1 agrees with node:crypto', () => {
    const inputs = ['', 'abc', 'é∑😀', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)];
    for (const input of inputs) {
      const ours = Buffer.from(sha1(new TextEncoder().encode(input))).toString('hex');
      assert.equal(ours, createHash('sha1').update(input, 'utf8').digest('hex'), JSON.stringify(input));
    }
  });

  test('uuidV5 gives the published example value', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), a widely published vector.
    assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});
