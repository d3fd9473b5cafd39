// The engine's warnings for an ordered injection as CDS Hooks 2.0 cards. The engine
// decides which warnings apply; this file only words them, one card per topic (a
// topic may gather related warnings, as bleeding risk does: fewer, clearer cards, since
// every extra reminder per encounter costs acceptance), and adds what the record says
// behind each one, with the rules and sources that fired. One more information card
// says what the check could not cover. No warning, nothing unchecked: no card.
/// <reference types="node" />
import { createHash } from 'node:crypto';
import { dayNumber } from '../engine/dates.js';
import type { FieldSource, FromOrdersResult } from '../engine/interop/index.js';
import { TPI_NAMESPACE } from '../engine/interop/ids.js';
import { siteLabel } from '../engine/interop/labels.js';
import { clampText, mdText } from '../engine/interop/markdown.js';
import { TPI_FHIR_BASE } from '../engine/interop/terminology.js';
import type { Guidance, PriorInjection, Severity, Warning, WarningId } from '../engine/types.js';
import type { Unavailable } from './prefetch.js';

export interface Coding {
  system: string;
  code: string;
  display: string;
}

export interface Card {
  uuid: string;
  /** Under 140 characters. */
  summary: string;
  /** GitHub-flavored Markdown. */
  detail: string;
  indicator: Severity;
  source: { label: string; url: string; topic: Coding };
  overrideReasons?: Coding[];
  links: { label: string; url: string; type: 'smart' }[];
}

export interface CardContext {
  guidance: Guidance;
  read: FromOrdersResult;
  unavailable: Unavailable[];
  serviceId: string;
  hookInstance: string;
  today: string;
  rulesDocUrl: string;
  smartLaunchUrl: string;
}

/** The specification allows "<140" characters. */
export const SUMMARY_MAX = 139;
export const CARD_TOPIC_SYSTEM = `${TPI_FHIR_BASE}/CodeSystem/cds-card-topic`;
export const OVERRIDE_REASON_SYSTEM = `${TPI_FHIR_BASE}/CodeSystem/cds-override-reason`;

const reason = (code: string, display: string): Coding => ({ system: OVERRIDE_REASON_SYSTEM, code, display });
/** Why a clinician may go ahead against a card; the feedback log records the one chosen. */
export const OVERRIDE_REASONS: readonly Coding[] = [
  reason('benefit-outweighs-risk', 'Benefit outweighs the risk for this patient'),
  reason('already-addressed', 'Already addressed (plan changed, or discussed with the patient)'),
  reason('record-out-of-date', 'The record is out of date or wrong'),
];

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
const NAMESPACE = Buffer.from(TPI_NAMESPACE.replaceAll('-', ''), 'hex');

/** A name-based UUID (RFC 9562 version 5) in the project's namespace, hashed natively: the same as the interop's uuidV5. */
function uuidV5(name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

interface Topic {
  code: string;
  label: string;
  warnings: WarningId[];
  /** The summary, from the warnings that apply. */
  summary(c: Ctx): string;
  /** What the record shows behind them: Markdown lines. */
  evidence(c: Ctx): string[];
  /** Why it matters, in a sentence or two (plain text). */
  why: string;
}

interface Ctx extends CardContext {
  hits: Warning[];
  has(id: WarningId): boolean;
  /** The sites of the warnings, as 'Upper trapezius, left'. */
  sites(id: WarningId): string[];
}

const list = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** One provenance entry (and the others that say the same) as Markdown lines. */
function sourceLines(source: FieldSource | undefined): string[] {
  if (!source) return [];
  return [source, ...(source.also ?? [])].map((s) => `- ${mdText(s.text)}${s.reference ? ` (${mdText(s.reference)})` : ''}`);
}

/** Prior injections on record with their age in days and where they came from. */
function priors(c: CardContext) {
  const today = dayNumber(c.today)!;
  return (c.read.assessment.priorInjections ?? []).map((p, i) => ({
    p,
    age: Math.round(today - dayNumber(p.date)!),
    source: c.read.provenance[`priorInjections.${i}`],
  }));
}

const priorLine = ({ p, source }: { p: PriorInjection; source?: FieldSource }) =>
  `- ${mdText(p.date)}: ${mdText(siteLabel(p.muscle, p.side))}, ${p.kind === 'dry-needling' ? 'dry needling' : p.kind === 'other' ? 'injection' : `${p.kind} injection`}${source?.reference ? ` (${mdText(source.reference)})` : ''}`;

/** Records of the same muscle as a warned site (same muscle id; same side when both give one). */
function sameMuscle(c: Ctx, id: WarningId, within: number, kind?: PriorInjection['kind']): string[] {
  const warned = c.hits.find((w) => w.id === id)?.siteIds ?? [];
  const sites = c.guidance.sites.filter((s) => warned.includes(s.id));
  return priors(c)
    .filter(({ p, age }) => age < within && (!kind || p.kind === kind) && sites.some((s) => s.muscle === p.muscle && (!s.side || !p.side || s.side === p.side)))
    .sort((a, b) => a.age - b.age)
    .map(priorLine);
}

const TOPICS: Topic[] = [
  {
    code: 'infection',
    label: 'Infection or acute injury',
    warnings: ['systemic-infection', 'local-infection', 'acute-trauma'],
    summary: (c) => (c.has('systemic-infection') ? 'Systemic infection on record: no injection until it clears' : `No injection where there is infection or acute injury: ${list([...c.sites('local-infection'), ...c.sites('acute-trauma')])}`),
    evidence: (c) => c.hits.map((w) => `- ${mdText(w.message)}${w.siteIds ? ` ${mdText(list(c.sites(w.id)))}.` : ''}`),
    why: 'Infection (local or systemic) and acute muscle trauma rule injection out at the site.',
  },
  {
    code: 'bleeding-risk',
    label: 'Blood thinners, antiplatelets, bleeding disorders',
    warnings: ['anticoagulation', 'antiplatelet', 'bleeding-disorder'],
    summary: (c) => {
      const parts = [c.has('anticoagulation') && 'an anticoagulant', c.has('antiplatelet') && 'an antiplatelet medicine', c.has('bleeding-disorder') && 'a bleeding disorder'];
      return `Bleeding risk: the record shows ${list(parts.filter((p): p is string => !!p))}; weigh it before injecting`;
    },
    evidence: (c) => [
      ...sourceLines(c.has('anticoagulation') ? c.read.provenance['patient.anticoagulated'] : undefined),
      ...sourceLines(c.has('antiplatelet') ? c.read.provenance['patient.antiplatelet'] : undefined),
      ...sourceLines(c.has('bleeding-disorder') ? c.read.provenance['patient.bleedingDisorder'] : undefined),
    ],
    why: 'Needling draws blood in the muscle; these raise the risk of bleeding and a hematoma. The rules warn rather than block: superficial muscle injections are often given with care, and you weigh the risk.',
  },
  {
    code: 'anesthetic-allergy',
    label: 'Local anesthetic allergy',
    warnings: ['anesthetic-allergy'],
    summary: () => 'Local anesthetic allergy on record: no lidocaine',
    evidence: (c) => sourceLines(c.read.provenance['patient.localAnestheticAllergy']),
    why: 'Lidocaine is contraindicated with a known allergy to amide local anesthetics. A corticosteroid can still be injected without a local anesthetic mixed in; dry needling uses no medicine.',
  },
  {
    code: 'pregnancy',
    label: 'Pregnancy',
    warnings: ['pregnancy'],
    summary: () => 'Pregnancy on record: weigh the need for injection and any medicine with care',
    evidence: (c) => sourceLines(c.read.provenance['patient.pregnant']),
    why: 'Some sources list pregnancy as a relative contraindication. If an NSAID is considered instead, avoid it in pregnancy.',
  },
  {
    code: 'session-limit',
    label: 'Injection sessions in 12 months',
    warnings: ['session-limit'],
    summary: () => '3 or more trigger point injection sessions in the past 12 months',
    evidence: (c) =>
      priors(c)
        .filter(({ p, age }) => age < 365 && p.kind !== 'dry-needling')
        .sort((a, b) => a.age - b.age)
        .map(priorLine),
    why: 'Medicare coverage (LCD L34211) allows at most 3 trigger point injection sessions in a rolling 12 months; a session is a day with an injection (dry needling is not one).',
  },
  {
    code: 'repeat-too-soon',
    label: 'Same muscle within 6 weeks',
    warnings: ['repeat-too-soon'],
    summary: (c) => `Same muscle needled under 6 weeks ago: ${list(c.sites('repeat-too-soon'))}`,
    evidence: (c) => sameMuscle(c, 'repeat-too-soon', 42),
    why: 'At least 6 weeks between injections at one location (proposed Medicare LCD DL39662). Dry needling counts: the tissue was needled.',
  },
  {
    code: 'corticosteroid-limit',
    label: 'Corticosteroid limit',
    warnings: ['corticosteroid-limit'],
    summary: (c) => `3 or more corticosteroid injections in 12 months: ${list(c.sites('corticosteroid-limit'))}`,
    evidence: (c) => sameMuscle(c, 'corticosteroid-limit', 365, 'corticosteroid'),
    why: 'Repeated corticosteroid at one site is limited for its cumulative effect on tissue; the usual convention is 3 to 4 a year per site. Lidocaine alone or dry needling remain possible.',
  },
  {
    code: 'repeat-without-response',
    label: 'Repeat without response',
    warnings: ['repeat-without-response'],
    summary: () => 'The last injection gave under 50% relief or under 6 weeks of it',
    evidence: () => [],
    why: 'A repeat injection needs at least 50 % relief lasting at least 6 weeks from the last one (Medicare LCD L34211).',
  },
  {
    code: 'pneumothorax-risk',
    label: 'Muscle over the lung',
    warnings: ['pneumothorax-risk'],
    summary: (c) => `Needle over the lung: ${list(c.sites('pneumothorax-risk'))}; stay shallow`,
    evidence: (c) => c.sites('pneumothorax-risk').map((s) => `- ${mdText(s)}`),
    why: 'Pneumothorax has been reported after trapezius and serratus anterior injections. Tell the patient that new chest pain on breathing, or breathlessness, after the injection needs urgent care.',
  },
  {
    code: 'first-line-care',
    label: 'First-line care',
    warnings: ['conservative-care-first', 'conservative-care-unknown'],
    summary: (c) =>
      c.has('conservative-care-first')
        ? 'Stretching, massage or physical therapy not yet tried: consider them first'
        : 'Not documented whether stretching, massage or physical therapy was tried',
    evidence: (c) =>
      c.read.provenance.conservativeCareTried
        ? sourceLines(c.read.provenance.conservativeCareTried)
        : ['- Nothing in the record this check reads says whether they were tried.'],
    why: 'Massage and physical therapy come first; injections are for pain that persists (AAFP 2023), and Medicare policies ask for conservative care first. The full exam records what was tried.',
  },
  {
    code: 'other',
    label: 'Also note',
    warnings: ['older-adult-dose', 'needle-phobia', 'driving', 'fibromyalgia', 'activity-unknown'],
    summary: (c) => `Also note: ${c.hits.map((w) => w.message.replace(/\.$/, '')).join('; ')}`,
    evidence: (c) => {
      const dose = c.guidance.options.find((o) => o.id === 'wet-needling-lidocaine')?.maxDoseMg;
      const from: Partial<Record<WarningId, string>> = { 'older-adult-dose': 'patient.ageYears', 'needle-phobia': 'patient.needlePhobia', fibromyalgia: 'patient.fibromyalgia' };
      return c.hits.flatMap((w) => [
        ...(w.siteIds ? [`- ${mdText(w.message)} ${mdText(list(c.sites(w.id)))}.`] : []),
        ...sourceLines(from[w.id] ? c.read.provenance[from[w.id]!] : undefined),
        ...(w.id === 'older-adult-dose' && dose !== undefined ? [`- Lidocaine ceiling for this weight: ${dose} mg plain lidocaine in total for the session, all sites together.`] : []),
      ]);
    },
    why: 'Notes the rules attach to an injection at these sites or for this patient.',
  },
];

const card = (c: CardContext, code: string, label: string, parts: Omit<Card, 'uuid' | 'source' | 'links'>): Card => ({
  uuid: uuidV5(`cds/${c.serviceId}/${c.hookInstance}/${code}`),
  ...parts,
  summary: clampText(parts.summary, SUMMARY_MAX),
  source: {
    label: `tpi-guide rules ${c.guidance.rulesetVersion}: ${label}`,
    url: `${c.rulesDocUrl}#${code === 'not-checked' ? 'ordered-injections-extension' : 'warnings'}`,
    topic: { system: CARD_TOPIC_SYSTEM, code, display: label },
  },
  links: [{ label: 'Open the full exam in tpi-guide', url: c.smartLaunchUrl, type: 'smart' }],
});

function orderLines(c: CardContext): string[] {
  return c.read.orders.map((o) => `- ${mdText(o.text)} (${mdText(o.reference)})`);
}

function rulesLines(c: CardContext, warnings: Warning[]): string[] {
  return warnings.map((w) => {
    const fired = c.guidance.trace.find((t) => t.rule === `warning.${w.id}`);
    return `- \`warning.${w.id}\`${fired ? `: ${mdText(fired.citations.join('; '))}` : ''}`;
  });
}

const section = (title: string, lines: string[]) => (lines.length ? [`**${title}**`, '', ...lines, ''] : []);

/** What the check could not cover: record parts it could not have, muscles it could not read. */
function notChecked(c: CardContext): Card | undefined {
  const items: string[] = [];
  const short: string[] = [];
  for (const u of c.unavailable) {
    items.push(`- **${mdText(u.covers)}**: ${mdText(u.why)}.`);
    short.push(u.covers.replace(/ \(.*$/, ''));
  }
  for (const o of c.read.orders.filter((x) => !x.siteIds.length || x.unreadBodySites.length)) {
    const said = o.unreadBodySites.length ? `body site ${o.unreadBodySites.map((s) => `"${s}"`).join(', ')} is not a muscle this tool can name` : 'it names no body site';
    items.push(
      `- **the muscle of ${mdText(o.reference)}**: ${mdText(said)}, so the checks that compare muscles (6 weeks, corticosteroid limit, over the lung) did not run for ${o.siteIds.length ? 'that site' : 'it'}.`,
    );
    short.push('the ordered muscle');
  }
  const unread = c.read.unmapped.filter((u) => u.resourceType === 'Procedure' && ['unknown-body-site', 'missing-body-site', 'missing-date', 'partial-date'].includes(u.reason));
  for (const u of unread.slice(0, 10)) items.push(`- **a past injection**: ${mdText(u.text)} It is not counted in the checks.`);
  if (unread.length) short.push('some past injections');
  for (const u of c.read.unmapped.filter((x) => x.reason === 'conflicting').slice(0, 4)) items.push(`- **pregnancy**: ${mdText(u.text)}`);
  if (c.read.unmapped.some((x) => x.reason === 'conflicting')) short.push('pregnancy (the record disagrees)');
  if (!items.length) return undefined;
  const names = [...new Set(short)];
  return card(c, 'not-checked', 'What this check could not cover', {
    summary: `Not checked: ${list(names)}`,
    detail: [
      '**This check could not cover:**',
      '',
      ...items,
      '',
      'The other cards do not speak for these. Check them in the chart, or open the full exam.',
      '',
      ...section('Order', orderLines(c)),
    ].join('\n'),
    indicator: 'info',
  });
}

/**
 * The cards for a checked order: one per topic whose warnings the engine raised (in
 * the order of TOPICS, worst indicator first), then what could not be checked.
 */
export function cardsFor(c: CardContext): Card[] {
  const cards: Card[] = [];
  for (const topic of TOPICS) {
    const hits = c.guidance.warnings.filter((w) => topic.warnings.includes(w.id));
    if (!hits.length) continue;
    const ctx: Ctx = {
      ...c,
      hits,
      has: (id) => hits.some((w) => w.id === id),
      sites: (id) => {
        const ids = hits.find((w) => w.id === id)?.siteIds ?? [];
        return c.guidance.sites.filter((s) => ids.includes(s.id)).map((s) => siteLabel(s.muscle, s.side));
      },
    };
    const indicator = hits.reduce<Severity>((worst, w) => (RANK[w.severity] > RANK[worst] ? w.severity : worst), 'info');
    cards.push(
      card(c, topic.code, topic.label, {
        summary: topic.summary(ctx),
        detail: [
          ...section('The rules say', hits.map((w) => `- ${mdText(w.message)}`)),
          ...section('In the record', topic.evidence(ctx)),
          ...section('Why', [mdText(topic.why)]),
          ...section('Order', orderLines(c)),
          ...section('Rules and sources', rulesLines(c, hits)),
          `tpi-guide rule set ${mdText(c.guidance.rulesetVersion)} supports your decision; it does not make it.`,
        ].join('\n'),
        indicator,
        overrideReasons: [...OVERRIDE_REASONS].map((r) => ({ ...r })),
      }),
    );
  }
  cards.sort((a, b) => RANK[b.indicator] - RANK[a.indicator]);
  const unchecked = notChecked(c);
  if (unchecked) cards.push(unchecked);
  return cards;
}
