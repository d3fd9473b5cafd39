// toCdsHooksCards: Guidance as CDS Hooks 2.0 cards. One summary card, plus one card
// only when a critical safety finding exists — never a card per rule: each extra
// reminder per encounter costs acceptance (Ancker et al. 2017; docs/clinical-rules.md).
import { ALTERNATIVES } from '../catalog/alternatives.js';
import type { EssentialCriterion, Guidance, Severity, SiteGuidance } from '../types.js';
import type { Coding } from './fhir-types.js';
import { TPI_NAMESPACE, uuidV5 } from './ids.js';
import {
  CAUTION_LABELS,
  ELIGIBILITY_LABELS,
  INJECTION_LABELS,
  INTERPRETATION_LABELS,
  OPTION_NOTE_LABELS,
  SITE_FACT_LABELS,
  alternativeLabel,
  conditionLabel,
  interpretationOf,
  optionLabel,
  siteLabel,
} from './labels.js';
import { clampText, mdText } from './markdown.js';

/** A CDS Hooks 2.0 card, as far as this service fills it in. */
export interface CdsCard {
  uuid?: string;
  /** Under 140 characters (the specification's limit). */
  summary: string;
  /** GitHub-flavoured Markdown. */
  detail?: string;
  indicator: Severity;
  source: { label: string; url?: string; icon?: string; topic?: Coding };
}

export interface CardOptions {
  /** The `hookInstance` of the CDS Hooks request; cards get uuids derived from it. */
  hookInstance?: string;
}

/** The specification allows "<140" characters; 139 is the most a summary may hold. */
export const SUMMARY_MAX = 139;

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

// First-line care (AAFP 2023) is listed apart from the other alternatives.
const FIRST_LINE = new Set<string>(ALTERNATIVES.filter((a) => a.firstLine).map((a) => a.id));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The worst severity among the warnings; `info` when there is none. */
export function worstSeverity(guidance: Guidance): Severity {
  return guidance.warnings.reduce<Severity>((worst, w) => (RANK[w.severity] > RANK[worst] ? w.severity : worst), 'info');
}

function sitesText(guidance: Guidance, siteIds: readonly string[] | undefined): string {
  const sites = (siteIds ?? []).map((id) => guidance.sites.find((s) => s.id === id)).filter((s): s is SiteGuidance => !!s);
  return sites.map((s) => `${siteLabel(s.muscle, s.side)} (site ${mdText(s.id)})`).join('; ');
}

function warningLines(guidance: Guidance, severities: readonly Severity[]): string[] {
  return guidance.warnings
    .filter((w) => severities.includes(w.severity))
    .sort((a, b) => RANK[b.severity] - RANK[a.severity])
    .map((w) => {
      const where = sitesText(guidance, w.siteIds);
      return `- **${w.severity}**: ${mdText(w.message)}${where ? ` Sites: ${where}.` : ''}`;
    });
}

function siteLine(site: SiteGuidance): string {
  const { met, unexamined } = site.criteria;
  const parts = [INTERPRETATION_LABELS[interpretationOf(site)].toLowerCase(), INJECTION_LABELS[site.injection]];
  const words = (keys: readonly EssentialCriterion[]) => keys.map((k) => SITE_FACT_LABELS[k].toLowerCase()).join(', ');
  if (met.length) parts.push(`criteria met: ${words(met)}`);
  if (unexamined.length) parts.push(`not examined: ${words(unexamined)}`);
  return `- ${siteLabel(site.muscle, site.side)} (site ${mdText(site.id)}): ${parts.join('; ')}`;
}

function optionLine(option: Guidance['options'][number]): string {
  const label = optionLabel(option.id);
  const dose = option.maxDoseMg !== undefined ? `, at most ${option.maxDoseMg} mg plain lidocaine in total for the session, all sites together` : '';
  const notes = option.reasons.map((r) => OPTION_NOTE_LABELS[`${option.id}/${r}`] ?? r).join(', ');
  const state = option.available ? `available${notes ? ` (${mdText(notes)})` : ''}${dose}` : `not available (${mdText(option.reasons.join(', '))})`;
  return `- ${label}: ${state}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`**${title}**`, '', ...lines, ''] : [];
}

function summaryDetail(guidance: Guidance): string {
  const alternative = (a: Guidance['alternatives'][number]) =>
    alternativeLabel(a.id) + (a.cautions.length ? ` (caution: ${mdText(a.cautions.map((c) => CAUTION_LABELS[c] ?? c).join(', '))})` : '');
  const firstLine = guidance.alternatives.filter((a) => FIRST_LINE.has(a.id)).map(alternative);
  const other = guidance.alternatives.filter((a) => !FIRST_LINE.has(a.id)).map(alternative);
  return [
    `**${ELIGIBILITY_LABELS[guidance.eligibility.status]}.**`,
    '',
    ...section('Safety', warningLines(guidance, ['critical', 'warning', 'info'])),
    ...section('Sites', guidance.sites.map(siteLine)),
    ...section(
      'Candidate conditions (to confirm; not a diagnosis)',
      guidance.conditions.map((c) => {
        const codes = c.icd10.length ? ` (ICD-10-CM ${c.icd10.join(', ')})` : '';
        return `- ${conditionLabel(c.id)}${mdText(codes)}`;
      }),
    ),
    ...section('Options', guidance.options.map(optionLine)),
    ...section('Alternatives', [
      ...(firstLine.length ? [`- First-line care: ${firstLine.join(', ')}`] : []),
      ...(other.length ? [`- Also: ${other.join(', ')}`] : []),
    ]),
    `Rule set ${mdText(guidance.rulesetVersion)}. Every rule that fired is listed with its citations in the guidance trace.`,
  ].join('\n');
}

function summaryLine(guidance: Guidance): string {
  const indicated = guidance.sites.filter((s) => s.injection === 'indicated').length;
  const cautions = guidance.warnings.filter((w) => w.severity !== 'info').length;
  const facts: string[] = [];
  if (indicated) facts.push(plural(indicated, 'candidate site'));
  if (cautions) facts.push(plural(cautions, 'safety warning'));
  const label = ELIGIBILITY_LABELS[guidance.eligibility.status];
  return clampText(facts.length ? `${label} (${facts.join(', ')})` : label, SUMMARY_MAX);
}

function criticalCard(guidance: Guidance, source: CdsCard['source']): CdsCard | undefined {
  const critical = guidance.warnings.filter((w) => w.severity === 'critical');
  if (!critical.length) return undefined;
  const summary = critical.length === 1 ? critical[0]!.message : `${critical.length} critical safety findings rule out injection where they apply`;
  return {
    summary: clampText(summary, SUMMARY_MAX),
    detail: [
      '**No injection where these apply.**',
      '',
      ...warningLines(guidance, ['critical']),
    ].join('\n'),
    indicator: 'critical',
    source,
  };
}

/**
 * CDS Hooks 2.0 cards for a Guidance: a summary card whose indicator is the worst
 * warning's severity, and a second, critical card only when a critical safety finding
 * exists. Wrap them as `{ cards }` in a CDS service response. Same input, same output.
 */
export function toCdsHooksCards(guidance: Guidance, options: CardOptions = {}): CdsCard[] {
  const source = { label: `tpi-guide rule set ${guidance.rulesetVersion}` };
  const cards: CdsCard[] = [
    { summary: summaryLine(guidance), detail: summaryDetail(guidance), indicator: worstSeverity(guidance), source },
  ];
  const critical = criticalCard(guidance, source);
  if (critical) cards.push(critical);
  const instance = options.hookInstance;
  return cards.map((card, i) => ({
    ...(typeof instance === 'string' && instance.trim() && { uuid: uuidV5(TPI_NAMESPACE, `${instance}/card/${i}`) }),
    ...card,
    source: { ...card.source },
  }));
}
