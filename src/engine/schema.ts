// Tiny validating readers shared by the assessment and rule-set validators. Each reads
// a value once, reports issues with exact paths, and returns a clean copy built only
// from known keys (so `__proto__` and friends can never reach an object we write).
import type { Issue } from './types.js';

export type Path = (string | number)[];
/** Validate `v` at `p`; push issues to `out`; return the clean value (undefined when invalid). */
export type Check = (v: unknown, p: Path, out: Issue[]) => any;

export const fail = (out: Issue[], path: Path, message: string): undefined => void out.push({ path, message });

/** A plain object (JSON-like): not null, not an array, no class instance. */
export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && !!v && [Object.prototype, null].includes(Object.getPrototypeOf(v));

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** " — did you mean 'x'?" when a known word differs only by case or punctuation. */
export const hint = (s: string, known: readonly string[]) => {
  const k = known.find((x) => squash(x) == squash(s));
  return k ? ` — did you mean '${k}'?` : '';
};
export const quote = (v: unknown) => (typeof v == 'string' ? `'${v.slice(0, 60)}'` : String(v));

/** An object with known keys only; `noun` names a key in messages ("Unknown finding …"). */
export const obj =
  (shape: Record<string, Check>, required: string[], noun: string, what = 'a group of fields'): Check =>
  (v, p, out) => {
    if (!isObj(v)) return fail(out, p, `Must be ${what} ({ … }), not ${v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v}.`);
    const r: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (!Object.hasOwn(shape, k)) fail(out, [...p, k], `Unknown ${noun} ${quote(k)}${hint(k, Object.keys(shape)) || '.'}`);
      else if (v[k] !== undefined) r[k] = shape[k]!(v[k], [...p, k], out);
    }
    for (const k of required) if (!Object.hasOwn(r, k)) fail(out, [...p, k], `Required: '${k}' is missing.`);
    return r;
  };

/** A list of at most `max` items, each checked. */
export const list =
  (item: Check, max: number, noun: string, min = 0): Check =>
  (v, p, out) => {
    if (!Array.isArray(v)) return fail(out, p, `Must be a list of ${noun}.`);
    if (v.length > max || v.length < min)
      return fail(out, p, v.length > max ? `At most ${max} ${noun} are allowed (got ${v.length}).` : `At least ${min} ${noun} required.`);
    return Array.from(v, (x, i) => item(x, [...p, i], out));
  };

/** One of a fixed list of ids. */
export const oneOf =
  (ids: readonly unknown[], noun: string): Check =>
  (v, p, out) =>
    ids.includes(v)
      ? v
      : fail(out, p, `Unknown ${noun} ${quote(v)}${typeof v == 'string' ? hint(v, ids as string[]) : ''}. Use one of: ${ids.join(', ')}.`);

export const bool: Check = (v, p, out) =>
  typeof v == 'boolean' ? v : fail(out, p, `Must be true or false${v === null ? ', not null' : ''}; leave it out when unknown or not examined.`);

/** A finite number passing `ok`, described by `range` in messages. */
export const num =
  (ok: (n: number) => boolean, range: string): Check =>
  (v, p, out) =>
    typeof v == 'number' && Number.isFinite(v) && ok(v) ? v : fail(out, p, `Must be a number ${range}.`);

/** Text that is not blank. */
export const text: Check = (v, p, out) =>
  typeof v == 'string' && v.trim() ? v : fail(out, p, 'Must be text that is not blank.');

/** Report the later of any duplicate values at `key` (or the item itself) in a checked list. */
export const noDuplicates = (items: unknown[], p: Path, out: Issue[], what: string, key?: string) => {
  const seen = new Set();
  items.forEach((x: any, i) => {
    const v = key ? x?.[key] : x;
    if (v === undefined) return;
    if (seen.has(v)) fail(out, key ? [...p, i, key] : [...p, i], `${what} ${quote(v)} is listed twice; each must be unique.`);
    seen.add(v);
  });
};
