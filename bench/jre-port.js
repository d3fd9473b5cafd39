// The json-rules-engine baseline: the rules of jre-rules.js wired to their facts, with
// a Guidance-shaped result (sites, warnings, eligibility, conditions, options,
// alternatives and a trace of the rules that fired) so the comparison does the same
// work as our `evaluate`. It does not validate its input (ours does), which only
// flatters the baseline.
import { Engine } from 'json-rules-engine';
import { ASSESSMENT_RULES, SITE_RULES } from './jre-rules.js';

const DAY_MS = 86_400_000;
const ESSENTIAL = ['tautBand', 'hypersensitiveSpot', 'referredPain'];
const CONFIRMATORY = ['localTwitchResponse', 'painfulStretchLimit'];
const WARNING_ORDER = [
  'systemic-infection', 'local-infection', 'acute-trauma', 'anticoagulation', 'antiplatelet', 'bleeding-disorder',
  'anesthetic-allergy', 'pregnancy', 'needle-phobia', 'session-limit', 'pneumothorax-risk',
  'repeat-too-soon', 'corticosteroid-limit', 'conservative-care-first', 'conservative-care-unknown',
  'repeat-without-response', 'older-adult-dose', 'driving', 'activity-unknown', 'fibromyalgia',
];
const CONDITION_ORDER = [
  'myofascial-pain-syndrome', 'tension-type-headache', 'tinnitus', 'low-back-pain', 'joint-pain',
  'reduced-range-of-motion', 'chronic-muscle-pain',
];
const OPTION_IDS = ['wet-needling-lidocaine', 'wet-needling-corticosteroid', 'dry-needling'];
const ALTERNATIVE_IDS = ['stretching', 'massage-therapy', 'physical-therapy', 'ice-heat', 'nsaids', 'rest', 'splinting', 'acupuncture'];

const state = (value) => (value === true ? 'present' : value === false ? 'absent' : 'unexamined');
const sameMuscle = (a, b) => a.muscle === b.muscle && (!a.side || !b.side || a.side === b.side);
const ageDays = (today, date) => Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);

function baseEngine(rules) {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true });
  engine.addOperator('nonEmpty', (list, wanted) => Array.isArray(list) && list.length > 0 === wanted);
  const citations = new Map();
  for (const { citations: cites, ...r } of rules) {
    engine.addRule(r);
    citations.set(r.name, cites);
  }
  // Rule chaining the library's way: an event writes a fact that lower-priority rules read.
  engine.on('set', (params, almanac) => almanac.addRuntimeFact(params.fact, params.value));
  return { engine, citations };
}

function siteEngine() {
  const { engine, citations } = baseEngine(SITE_RULES);
  engine.addFact('findingState', async ({ key }, almanac) => state((await almanac.factValue('site')).findings[key]));
  engine.addFact('countFindings', async ({ keys, states }, almanac) => {
    const { findings } = await almanac.factValue('site');
    return keys.filter((k) => states.includes(state(findings[k]))).length;
  });
  engine.addFact('siteFlag', async ({ key }, almanac) => (await almanac.factValue('site'))[key] === true);
  engine.addFact('patientFlag', async ({ flag }, almanac) => (await almanac.factValue('patient'))?.[flag] === true);
  return { engine, citations };
}

function assessmentEngine(groupsOf) {
  const { engine, citations } = baseEngine(ASSESSMENT_RULES);
  const input = (almanac) => almanac.factValue('assessment');
  engine.addFact('patientFlag', async ({ flag }, almanac) => (await input(almanac)).patient?.[flag] === true);
  engine.addFact('symptom', async ({ id }, almanac) => Boolean((await input(almanac)).symptoms?.includes(id)));
  engine.addFact('assessmentValue', async ({ key }, almanac) => (await input(almanac))[key]);
  engine.addFact('weightKg', async (_, almanac) => (await input(almanac)).patient?.weightKg);
  engine.addFact('patientValue', async ({ key }, almanac) => (await input(almanac)).patient?.[key]);
  engine.addFact('recorded', async ({ key }, almanac) => (await input(almanac))[key] !== undefined);
  // The site ids matching a filter, in input order: the quantifier the rules use.
  engine.addFact('sites', async (filter, almanac) => {
    const [results, assessment] = await Promise.all([almanac.factValue('siteResults'), input(almanac)]);
    const symptomHolds = filter.stretchLimitOrSymptom && assessment.symptoms?.includes(filter.stretchLimitOrSymptom);
    return results
      .filter(
        (s) =>
          (!filter.kind || s.kind === filter.kind) &&
          (!filter.activity || s.activity === filter.activity) &&
          (!filter.injection || s.injection === filter.injection) &&
          (!filter.group || groupsOf(s.muscle).includes(filter.group)) &&
          (!filter.notGroup || !groupsOf(s.muscle).includes(filter.notGroup)) &&
          (!filter.siteFlag || s.exam[filter.siteFlag] === true) &&
          (!filter.finding || s.exam.findings[filter.finding] === true) &&
          (!filter.stretchLimitOrSymptom || symptomHolds || s.exam.findings.painfulStretchLimit === true),
      )
      .map((s) => s.id);
  });
  engine.addFact('sessionDates', async ({ kinds, maxAgeDays }, almanac) => {
    const [assessment, today] = await Promise.all([input(almanac), almanac.factValue('today')]);
    const dates = new Set();
    for (const p of assessment.priorInjections ?? []) if (kinds.includes(p.kind) && ageDays(today, p.date) <= maxAgeDays) dates.add(p.date);
    return dates.size;
  });
  // 'poor' when any record of the latest injection session in the window (dry needling is
  // not a session) recorded too little relief or too short a relief; else 'ok' or 'none'.
  engine.addFact('latestSessionRelief', async ({ maxAgeDays, minPercent, minWeeks }, almanac) => {
    const [assessment, today] = await Promise.all([input(almanac), almanac.factValue('today')]);
    const sessions = (assessment.priorInjections ?? []).filter((p) => p.kind !== 'dry-needling' && ageDays(today, p.date) <= maxAgeDays);
    if (!sessions.length) return 'none';
    const latest = Math.min(...sessions.map((p) => ageDays(today, p.date)));
    const poor = (p) => (p.reliefPercent !== undefined && p.reliefPercent < minPercent) || (p.reliefWeeks !== undefined && p.reliefWeeks < minWeeks);
    return sessions.some((p) => ageDays(today, p.date) === latest && poor(p)) ? 'poor' : 'ok';
  });
  engine.addFact('sitesWithPriors', async ({ injection, kinds, maxAgeDays, minCount }, almanac) => {
    const [results, assessment, today] = await Promise.all([almanac.factValue('siteResults'), input(almanac), almanac.factValue('today')]);
    const priors = (assessment.priorInjections ?? []).filter((p) => (!kinds || kinds.includes(p.kind)) && ageDays(today, p.date) <= maxAgeDays);
    return results.filter((s) => s.injection === injection && priors.filter((p) => sameMuscle(p, s.exam)).length >= minCount).map((s) => s.id);
  });
  // Warnings accumulate during the run, so these two are never cached.
  engine.addFact('warningIds', async (_, almanac) => (await almanac.factValue('warnings')).map((w) => w.id), { cache: false });
  engine.addFact('warningCount', async ({ severities }, almanac) => (await almanac.factValue('warnings')).filter((w) => severities.includes(w.severity)).length, { cache: false });
  engine.on('warning', async (params, almanac) => (await almanac.factValue('warnings')).push(params));
  return { engine, citations };
}

const MESSAGES = {
  'systemic-infection': 'A systemic infection is present: do not inject until it has resolved.',
  'local-infection': 'There is an infection over this site: do not inject through it.',
  'acute-trauma': 'This muscle has an acute injury: do not inject it now.',
  anticoagulation: 'The patient takes an anticoagulant: weigh the bleeding risk.',
  antiplatelet: 'The patient takes an antiplatelet medicine: weigh the bleeding risk.',
  'bleeding-disorder': 'The patient has a bleeding disorder: weigh the bleeding risk.',
  'anesthetic-allergy': 'The patient is allergic to local anesthetics: use no lidocaine.',
  pregnancy: 'The patient is pregnant: weigh drugs and positioning.',
  'needle-phobia': 'The patient fears needles: plan for it.',
  'session-limit': 'Three or more injection sessions in the past year.',
  'pneumothorax-risk': 'The needle passes over the lung here: risk of pneumothorax.',
  'repeat-too-soon': 'This muscle was needled fewer than six weeks ago.',
  'corticosteroid-limit': 'This muscle had three or more corticosteroid injections this year.',
  'conservative-care-first': 'Stretching, massage or physical therapy has not been tried yet.',
  'conservative-care-unknown': 'Whether conservative care was tried is not recorded: ask.',
  'repeat-without-response': 'The latest injection gave too little or too short relief.',
  'older-adult-dose': 'An older adult: consider a lidocaine dose below the ceiling.',
  driving: 'A leg muscle is injected: the patient should not drive straight after.',
  'activity-unknown': 'Pain recognition was not examined: the trigger point may be latent.',
  fibromyalgia: 'Fibromyalgia tender points are not trigger points.',
};

/** A json-rules-engine evaluator of the v2 rules; `muscles` is the catalog with groups. */
export function createJrePort(muscles) {
  const groups = new Map(muscles.map((m) => [m.id, m.groups]));
  const groupsOf = (id) => groups.get(id) ?? [];
  const perSite = siteEngine();
  const perAssessment = assessmentEngine(groupsOf);

  return async function evaluateJre(assessment, { today }) {
    const trace = [];
    const fired = (citations, results, siteIds) => {
      for (const r of results) trace.push({ rule: r.name, citations: citations.get(r.name), ...(siteIds ? { siteIds } : {}) });
    };
    const siteResults = [];
    const sites = [];
    // One run per site: json-rules-engine quantifies over facts, not over lists. Runs
    // are sequential because an Engine's run status is shared between runs.
    for (const exam of assessment.sites) {
      const { almanac, results } = await perSite.engine.run({ site: exam, patient: assessment.patient });
      const [kind, activity, injection] = await Promise.all(['kind', 'activity', 'injection'].map((f) => almanac.factValue(f)));
      fired(perSite.citations, results, [exam.id]);
      siteResults.push({ id: exam.id, muscle: exam.muscle, side: exam.side, kind, activity, injection, exam });
      const byState = (s) => ESSENTIAL.filter((k) => state(exam.findings[k]) === s);
      sites.push({
        id: exam.id,
        muscle: exam.muscle,
        ...(exam.side ? { side: exam.side } : {}),
        kind,
        ...(activity ? { activity } : {}),
        injection,
        criteria: { met: byState('present'), absent: byState('absent'), unexamined: byState('unexamined') },
        supporting: CONFIRMATORY.filter((k) => exam.findings[k] === true),
      });
    }

    const { almanac, events, results } = await perAssessment.engine.run({ assessment, siteResults, today, warnings: [] });
    for (const r of results) trace.push({ rule: r.name, citations: perAssessment.citations.get(r.name), ...(r.event.params?.siteIds ? { siteIds: r.event.params.siteIds } : {}) });

    const warnings = (await almanac.factValue('warnings'))
      .map((w) => ({ id: w.id, severity: w.severity, ...(w.siteIds ? { siteIds: w.siteIds } : {}), message: MESSAGES[w.id] }))
      .sort((a, b) => WARNING_ORDER.indexOf(a.id) - WARNING_ORDER.indexOf(b.id));
    const options = OPTION_IDS.map((id) => ({ id, available: true, reasons: [] }));
    const alternatives = ALTERNATIVE_IDS.map((id) => ({ id, cautions: [] }));
    const conditions = [];
    const codes = [];
    const notes = [];
    for (const { type, params } of events) {
      if (type === 'optionBlocked') {
        for (const o of options) {
          if (!params.options.includes(o.id)) continue;
          o.available = false;
          o.reasons.push(params.reason);
        }
      } else if (type === 'optionNote') {
        notes.push(params);
      } else if (type === 'lidocaineDose') {
        options[0].maxDoseMg = Math.floor(Math.min(params.mgPerKg * params.weightKg, params.capMg));
      } else if (type === 'caution') {
        alternatives.find((a) => a.id === params.alternative).cautions.push(params.caution);
      } else if (type === 'condition') {
        conditions.push({ id: params.id, icd10: [...params.icd10], siteIds: params.siteIds });
      } else if (type === 'icd') {
        codes.push(params);
      }
    }
    // A note is a caveat on an option still available once every block has applied.
    for (const { option, reason } of notes) {
      const o = options.find((x) => x.id === option);
      if (o.available && !o.reasons.includes(reason)) o.reasons.push(reason);
    }
    for (const { condition, code } of codes) conditions.find((c) => c.id === condition)?.icd10.push(code);
    for (const c of conditions) c.icd10.sort();
    conditions.sort((a, b) => CONDITION_ORDER.indexOf(a.id) - CONDITION_ORDER.indexOf(b.id));
    const eligibility = await almanac.factValue('eligibility');

    return { rulesetVersion: '2.0.0', sites, eligibility: { status: eligibility }, warnings, conditions, options, alternatives, trace };
  };
}
