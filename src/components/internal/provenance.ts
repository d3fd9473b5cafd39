// Where pre-filled values came from (fromFhir's provenance), as the element keeps it:
// a host's value checked entry by entry, and the marks left after a clinician's edit,
// found by comparing the drafts before and after it (so the editor need not say).
// Pure functions, in the engine chunk: the root only ever needs them once an assessment
// has been accepted, so the standalone entry does not carry them.
import type { Assessment } from '../../engine/index.js';
import type { FieldSource, Provenance } from '../../engine/interop/from-fhir/types.js';
import { NO_PROVENANCE } from '../../context/provenance-context.js';

type Source = Omit<FieldSource, 'also'>;

/** One source read from host data: its string fields copied, or undefined when it is not one. */
function source(input: object): Source | undefined {
  const out: Record<string, string> = {};
  for (const key of ['reference', 'resourceType', 'text', 'date']) {
    const value: unknown = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value != 'string') return;
    out[key] = value;
  }
  return out.text !== undefined && out.resourceType !== undefined ? Object.freeze(out as unknown as Source) : undefined;
}

/** The value at a field path (`patient.weightKg`, `priorInjections.2`), own properties only. */
function valueAt(assessment: Assessment, path: string): unknown {
  let value: unknown = assessment;
  for (const key of path.split('.')) value = value !== null && typeof value == 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * A host's provenance, checked and copied: entries whose source is malformed (no
 * `text` or `resourceType` string, a non-string `reference` or `date`), or whose field
 * `assessment` leaves empty, are left out; so are the malformed items of `also`. Never
 * throws: input that cannot be read (a throwing getter, a revoked proxy) adds nothing.
 */
export function checkProvenance(input: unknown, assessment: Assessment): Provenance {
  const out: Record<string, FieldSource> = {};
  let entries: [string, unknown][] = [];
  try {
    if (input !== null && typeof input == 'object') entries = Object.entries(input);
  } catch {
    // Unreadable as a whole: no marks.
  }
  for (const [path, value] of entries) {
    try {
      // Filled: holds something (an empty list holds nothing).
      const field = valueAt(assessment, path) as unknown[] | null | undefined;
      const main = value !== null && typeof value == 'object' && field != null && field.length !== 0 && source(value);
      if (!main) continue;
      const also = (value as FieldSource).also;
      const more = Array.isArray(also) ? also.map((item: unknown) => item !== null && typeof item == 'object' && source(item)).filter((item) => !!item) : [];
      out[path] = Object.freeze(more.length ? { ...main, also: Object.freeze(more) as Source[] } : main);
    } catch {
      // This entry cannot be read: left out, the others kept.
    }
  }
  return Object.keys(out).length ? Object.freeze(out) : NO_PROVENANCE;
}

/**
 * The marks left after a clinician's edit turned `before` into `after`: a mark stays
 * while its field holds the same value (the editor keeps every entry it did not touch
 * as the same object); the mark of a list entry that moved (an entry before it was
 * removed) moves with it; any other changed field loses its mark. Unchanged marks come
 * back as the same object.
 */
export function afterEdit(marks: Provenance, before: Assessment, after: Assessment): Provenance {
  const out: Record<string, FieldSource> = {};
  let changed = false;
  for (const [path, source] of Object.entries(marks)) {
    const was = valueAt(before, path);
    if (Object.is(was, valueAt(after, path))) {
      out[path] = source;
      continue;
    }
    changed = true;
    const [list, index, ...rest] = path.split('.');
    const now = valueAt(after, list!);
    const moved = !rest.length && index && typeof was == 'object' && Array.isArray(now) ? now.indexOf(was) : -1;
    if (moved >= 0) out[`${list}.${moved}`] = source;
  }
  return !changed ? marks : Object.keys(out).length ? Object.freeze(out) : NO_PROVENANCE;
}
