// fromOrders: an ordered trigger point injection or dry needling (CPT 20552, 20553,
// 20560, 20561 on a draft ServiceRequest or Procedure, as a CDS Hooks order-select or
// order-sign hook sends them) plus the patient's record, as one Assessment the engine
// can check. The record is read by fromFhir; each ordered muscle becomes a site with
// `ordered: true` and no findings, and an order that names no muscle sets
// `orderedWithoutSite` (engine extension "ordered injections", docs/clinical-rules.md).
// Body sites are read exactly as fromFhir reads a procedure's. DOM-free, pure, never throws.
import type { Assessment, MuscleId, SiteExam, Side } from '../../types.js';
import { siteLabel } from '../labels.js';
import { readBodySite } from './body-site.js';
import { CPT, CPT_DRY_NEEDLING, CPT_INJECTION } from './codes.js';
import { fromFhir } from './index.js';
import { arr, codingsOf, isObj, quote, str } from './read.js';
import { normalizeReference } from './references.js';
import type { FieldSource, FromFhirOptions, FromFhirResult, Provenance } from './types.js';

/** The CPT codes of an order this module reads: trigger point injection, and needle insertion without injection (dry needling). */
export const ORDER_CPT_CODES: readonly string[] = [...CPT_INJECTION, ...CPT_DRY_NEEDLING];
const MAX_SITES = 100;
const MAX_ORDERS = 1000;

// Order statuses that mean the order will not be carried out (it is no order to check).
const CLOSED: Record<string, readonly string[]> = {
  ServiceRequest: ['revoked', 'completed', 'entered-in-error'],
  Procedure: ['not-done', 'stopped', 'completed', 'entered-in-error'],
};

export interface FromOrdersOptions extends FromFhirOptions {
  /**
   * The orders to check, as references ('ServiceRequest/123'): the `selections` of an
   * order-select hook. Default: every order in `draftOrders` (order-sign).
   */
  selections?: readonly string[];
}

/** One trigger point injection or dry needling order that was read. */
export interface OrderRead {
  /** 'ServiceRequest/123', else the Bundle entry's fullUrl, else 'ServiceRequest #2' (its position). */
  reference: string;
  resourceType: 'ServiceRequest' | 'Procedure';
  cpt: string;
  kind: 'injection' | 'dry-needling';
  /** The assessment sites this order stands for, in order; empty when it names no muscle. */
  siteIds: string[];
  /** A short sentence for the clinician: 'Trigger point injection (CPT 20552) ordered: Upper trapezius, left'. */
  text: string;
  /** Body sites the order gives that name no muscle of the catalog, as written (never mapped to the nearest muscle). */
  unreadBodySites: string[];
}

/** An order in the draft orders that was not checked, and why. */
export interface OrderSkipped {
  reference: string;
  resourceType: string;
  reason: 'not-selected' | 'closed' | 'do-not-perform' | 'other-patient' | 'too-many';
  text: string;
}

export interface FromOrdersResult extends FromFhirResult {
  /** The trigger point injection and dry needling orders read, in input order. Empty: no such order, nothing to check. */
  orders: OrderRead[];
  /** Orders of those codes that were not checked. */
  skipped: OrderSkipped[];
}

interface Entry {
  resource: Record<string, unknown>;
  fullUrl?: string;
}

/** The resources of a draft-orders Bundle (or an array of resources). */
function entries(input: unknown): Entry[] {
  if (Array.isArray(input)) return arr(input, MAX_ORDERS * 10).filter(isObj).map((resource) => ({ resource }));
  if (!isObj(input)) return [];
  if (input.resourceType !== 'Bundle') return typeof input.resourceType === 'string' ? [{ resource: input }] : [];
  return arr(input.entry, MAX_ORDERS * 10).flatMap((e) => (isObj(e) && isObj(e.resource) ? [{ resource: e.resource, ...(str(e.fullUrl) && { fullUrl: str(e.fullUrl)! }) }] : []));
}

const referenceOf = (e: Entry, type: string, index: number): string => {
  const id = typeof e.resource.id === 'string' && /^[A-Za-z0-9\-.]{1,64}$/.test(e.resource.id) ? e.resource.id : undefined;
  return id ? `${type}/${id}` : (e.fullUrl ?? `${type} #${index}`);
};

/** The ordered muscles of one order: one entry per muscle and side (both sides: one each), and what it could not read. */
function orderedSites(resource: Record<string, unknown>): { sites: { muscle: MuscleId; side?: Side; both: boolean }[]; unread: string[] } {
  const read = arr(resource.bodySite, 50).map((concept) => readBodySite(concept));
  // A body site that only says "left" or "right" applies to the order's other sites (as fromFhir reads procedures).
  const shared = new Set<Side>();
  for (const site of read) if (site?.lateralityOnly) for (const s of site.sides) shared.add(s);
  const sites: { muscle: MuscleId; side?: Side; both: boolean }[] = [];
  const unread: string[] = [];
  for (const site of read) {
    if (site?.lateralityOnly) continue;
    if (!site?.muscle) {
      unread.push(site?.text ? quote(site.text) : 'a body site without a name');
      continue;
    }
    const sides = site.sides.size ? site.sides : shared;
    if (sides.size === 0) sites.push({ muscle: site.muscle, both: false });
    else for (const side of ['left', 'right'] as const) if (sides.has(side)) sites.push({ muscle: site.muscle, side, both: sides.size === 2 });
  }
  return { sites, unread };
}

/**
 * Reads the trigger point injection and dry needling orders among `draftOrders` (a
 * Bundle, or an array of resources) and the patient's `record` (what fromFhir reads)
 * into one Assessment: the record's fields, plus a site with `ordered: true` for each
 * ordered muscle (an exam site of the same muscle and side is marked ordered instead),
 * or `orderedWithoutSite: true` for an order that names no muscle. With no such order,
 * `orders` is empty and the assessment is the record's alone. Never throws.
 */
export function fromOrders(draftOrders: unknown, record: unknown, options: FromOrdersOptions = {}): FromOrdersResult {
  const base = fromFhir(record, options);
  try {
    return withOrders(base, draftOrders, options);
  } catch {
    return { ...base, orders: [], skipped: [], unmapped: [...base.unmapped, { index: -1, reason: 'invalid-input', text: 'The draft orders could not be read.' }] };
  }
}

/** Whether `draftOrders` hold an order fromOrders would check (without reading any record): a quick test before fetching one. */
export function hasOrdersToCheck(draftOrders: unknown, options: FromOrdersOptions = {}): boolean {
  try {
    return withOrders({ assessment: { sites: [] }, provenance: {}, unmapped: [] }, draftOrders, options).orders.length > 0;
  } catch {
    return false;
  }
}

/** Which orders are checked: the selected ones (all when no selection), for the patient read. */
interface OrderFilter {
  selected?: Set<string>;
  subject?: string;
}

function orderFilter(options: FromOrdersOptions): OrderFilter {
  const selectionList = isObj(options) && Array.isArray(options.selections) ? arr(options.selections, MAX_ORDERS).map(str).filter((s): s is string => !!s) : undefined;
  const patient = isObj(options) ? str(options.patient) : undefined;
  return {
    ...(selectionList && { selected: new Set(selectionList.map(normalizeReference)) }),
    ...(patient && { subject: normalizeReference(patient) }),
  };
}

/** What withOrders builds while it reads the orders. */
interface OrdersRead {
  sites: SiteExam[];
  /** The sites by `muscle|side`. */
  byMuscle: Map<string, SiteExam>;
  provenance: Provenance;
  orders: OrderRead[];
  skipped: OrderSkipped[];
  /** The first order that names no muscle. */
  withoutSite?: FieldSource;
}

/** An order of the codes read (ServiceRequest or Procedure), referenced and named; undefined for anything else. */
function orderOf(entry: Entry, index: number): Omit<OrderRead, 'siteIds' | 'text' | 'unreadBodySites'> & { name: string } | undefined {
  const type = entry.resource.resourceType;
  if (type !== 'ServiceRequest' && type !== 'Procedure') return undefined;
  const cpt = codingsOf(entry.resource.code).find((c) => c.system === CPT && c.code && ORDER_CPT_CODES.includes(c.code))?.code;
  if (!cpt) return undefined;
  const kind = CPT_DRY_NEEDLING.includes(cpt) ? 'dry-needling' : 'injection';
  const name = `${kind === 'dry-needling' ? 'Dry needling' : 'Trigger point injection'} (CPT ${cpt})`;
  return { reference: referenceOf(entry, type, index), resourceType: type, cpt, kind, name };
}

/** Why an order is not checked (not selected, closed, not to perform, another patient's, one too many); undefined when it is. */
function skipReason(entry: Entry, reference: string, name: string, filter: OrderFilter, count: number): Pick<OrderSkipped, 'reason' | 'text'> | undefined {
  const { selected, subject } = filter;
  const type = entry.resource.resourceType as string;
  const status = str(entry.resource.status);
  if (selected && !selected.has(normalizeReference(reference)) && !(entry.fullUrl && selected.has(normalizeReference(entry.fullUrl)))) {
    return { reason: 'not-selected', text: `${name}: not among the orders just selected.` };
  }
  if (status && CLOSED[type]!.includes(status)) return { reason: 'closed', text: `${name} has status "${quote(status)}".` };
  if (entry.resource.doNotPerform === true) return { reason: 'do-not-perform', text: `${name} says not to perform it.` };
  const about = isObj(entry.resource.subject) ? str(entry.resource.subject.reference) : undefined;
  if (subject && about && normalizeReference(about) !== subject) return { reason: 'other-patient', text: `${name} is for another patient than ${subject}.` };
  if (count >= MAX_ORDERS) return { reason: 'too-many', text: `${name}: more than ${MAX_ORDERS} orders; not read.` };
  return undefined;
}

/**
 * Marks the ordered muscles' sites ordered: an exam site of the same muscle and side,
 * else a new site (up to MAX_SITES; beyond, the muscle joins `unread`). Returns their
 * ids and labels.
 */
function markOrderedSites(state: OrdersRead, reference: string, wanted: ReturnType<typeof orderedSites>['sites'], unread: string[]): { siteIds: string[]; where: string[] } {
  const { sites, byMuscle } = state;
  const siteIds: string[] = [];
  const where: string[] = [];
  for (const { muscle, side, both } of wanted) {
    const key = `${muscle}|${side ?? ''}`;
    let site = byMuscle.get(key);
    if (!site) {
      if (sites.length >= MAX_SITES) {
        unread.push(`${siteLabel(muscle, side)} (more than ${MAX_SITES} sites)`);
        continue;
      }
      let id = `${reference}#${muscle}${side ? `-${side}` : ''}`;
      while (sites.some((s) => s.id === id)) id += '+';
      site = { id, muscle, ...(side && { side }), findings: {} };
      sites.push(site);
      byMuscle.set(key, site);
    }
    site.ordered = true;
    if (!siteIds.includes(site.id)) siteIds.push(site.id);
    const label = siteLabel(muscle, side) + (both ? ' (both sides ordered)' : '');
    if (!where.includes(label)) where.push(label);
  }
  return { siteIds, where };
}

/** Reads one draft order into `state`: skipped with a reason, or read with its sites marked and cited. */
function readOrder(state: OrdersRead, entry: Entry, index: number, filter: OrderFilter): void {
  const order = orderOf(entry, index);
  if (!order) return;
  const { name, ...read } = order;
  const skip = skipReason(entry, read.reference, name, filter, state.orders.length);
  if (skip) {
    state.skipped.push({ reference: read.reference, resourceType: read.resourceType, ...skip });
    return;
  }
  const { sites: wanted, unread } = orderedSites(entry.resource);
  const { siteIds, where } = markOrderedSites(state, read.reference, wanted, unread);
  const text = `${name} ordered: ${where.length ? where.join('; ') : 'no muscle named'}${unread.length ? `; body site ${unread.map((u) => `"${u}"`).join(', ')} is not a muscle this tool can name` : ''}`;
  const source: FieldSource = { reference: read.reference, resourceType: read.resourceType, text };
  siteIds.forEach((id) => {
    const i = state.sites.findIndex((s) => s.id === id);
    const existing = state.provenance[`sites.${i}`];
    state.provenance[`sites.${i}`] = existing ? { ...existing, also: [...(existing.also ?? []), source] } : source;
  });
  if (!siteIds.length) state.withoutSite ??= source;
  state.orders.push({ ...read, siteIds, text, unreadBodySites: unread });
}

function withOrders(base: FromFhirResult, draftOrders: unknown, options: FromOrdersOptions): FromOrdersResult {
  const filter = orderFilter(options);
  const sites: SiteExam[] = base.assessment.sites.map((s) => ({ ...s }));
  const state: OrdersRead = {
    sites,
    byMuscle: new Map(sites.map((s) => [`${s.muscle}|${s.side ?? ''}`, s])),
    provenance: { ...base.provenance },
    orders: [],
    skipped: [],
  };
  entries(draftOrders).forEach((entry, index) => readOrder(state, entry, index, filter));
  const { orders, skipped, provenance, withoutSite } = state;
  if (!orders.length) return { ...base, orders, skipped };
  const assessment: Assessment = { ...base.assessment, sites };
  if (withoutSite) {
    assessment.orderedWithoutSite = true;
    provenance.orderedWithoutSite = withoutSite;
  }
  return { assessment, provenance, unmapped: base.unmapped, orders, skipped };
}
