import { createContext } from '@lit/context';
import type { Assessment, FindingKey, MuscleId, Patient, PriorInjection, SiteExam, Side } from '../engine/index.js';

type TopLevel = Pick<Assessment, 'symptoms' | 'painDurationWeeks' | 'conservativeCareTried'>;

/**
 * The editing API the form components call. Every method builds a NEW assessment
 * (never mutating the current one) and hands it to the root, which validates,
 * evaluates and announces it. A patch value of `undefined` removes the key, so
 * "not examined" stays omitted rather than turning into `false`.
 */
export interface Editor {
  /** Adds a site with nothing examined yet; returns its generated id (s1, s2, …). */
  addSite(muscle: MuscleId, side?: Side): string;
  updateSite(id: string, patch: Partial<Omit<SiteExam, 'id' | 'findings'>>): void;
  setFinding(id: string, key: FindingKey, value: boolean | undefined): void;
  /** Sets several findings of one site in one edit (one tpi-change). */
  setFindings(id: string, findings: Partial<Record<FindingKey, boolean | undefined>>): void;
  removeSite(id: string): void;
  /**
   * Puts a removed site back at `index`, findings and all (undo). Keeps its id unless a
   * site added since took it; returns the id it has.
   */
  restoreSite(site: SiteExam, index: number): string;
  setPatient(patch: Partial<Patient>): void;
  set(patch: Partial<TopLevel>): void;
  addPrior(record: PriorInjection): void;
  updatePrior(index: number, patch: Partial<PriorInjection>): void;
  removePrior(index: number): void;
}

/** The editor the root provides to the form. Private key. */
export const editorContext = createContext<Editor | undefined>(Symbol('tpi-guide/editor'));

/** A shallow copy of `base` with `patch` applied; keys patched to undefined are dropped. */
export function merge<T extends object>(base: T | undefined, patch: Partial<T>): T {
  const out = { ...base, ...patch } as Record<string, unknown>;
  for (const key in patch) if (out[key] === undefined) delete out[key];
  return out as T;
}

/** Builds an editor over `get` (the current draft) that hands each new draft to `commit`. */
export function createEditor(get: () => Assessment, commit: (next: Assessment) => void): Editor {
  const edit = (patch: Partial<Assessment>) => commit(merge(get(), patch));
  const sites = (fn: (site: SiteExam) => SiteExam, id: string) =>
    edit({ sites: get().sites.map((site) => (site.id === id ? fn(site) : site)) });
  const priors = () => get().priorInjections ?? [];
  /** A site id no current site has: s1, s2, … */
  const freeId = () => {
    const taken = new Set(get().sites.map((site) => site.id));
    let n = taken.size + 1;
    while (taken.has(`s${n}`)) n++;
    return `s${n}`;
  };
  return {
    addSite(muscle, side) {
      const id = freeId();
      edit({ sites: [...get().sites, merge<SiteExam>({ id, muscle, findings: {} }, { side })] });
      return id;
    },
    restoreSite(site, index) {
      const sites = get().sites;
      const id = sites.some((s) => s.id === site.id) ? freeId() : site.id;
      edit({ sites: [...sites.slice(0, index), { ...site, id }, ...sites.slice(index)] });
      return id;
    },
    setFindings: (id, findings) => sites((site) => ({ ...site, findings: merge(site.findings, findings) }), id),
    updateSite: (id, patch) => sites((site) => merge<SiteExam>(site, patch), id),
    setFinding: (id, key, value) => sites((site) => ({ ...site, findings: merge(site.findings, { [key]: value }) }), id),
    removeSite: (id) => edit({ sites: get().sites.filter((site) => site.id !== id) }),
    setPatient: (patch) => edit({ patient: merge(get().patient, patch) }),
    set: edit,
    addPrior: (record) => edit({ priorInjections: [...priors(), record] }),
    updatePrior: (index, patch) => edit({ priorInjections: priors().map((p, i) => (i === index ? merge(p, patch) : p)) }),
    removePrior: (index) => edit({ priorInjections: priors().filter((_, i) => i !== index) }),
  };
}
