// Tiny validating readers shared by the assessment and rule-set validators. Each reads
// a value once, reports issues with exact paths, and returns a clean copy built only
// from known keys (so `__proto__` and friends never reach an object we write).
import type { Issue } from './types.js';

/** Untyped JSON-like data: what the validators read, and what they have checked at run time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export type Path = (string | number)[];
/** Validate `v` at `p`; push issues to `out`; return the clean value (undefined when invalid). */
export type Check = (v: Json, p: Path, out: Issue[]) => Json;

export const fail = (out: Issue[], path: Path, message: string): undefined => void out.push({ path, message });

/** The path of a first pass, below which no path is built (see `check`). */
const FAST = Object.freeze([]) as unknown as Path;
/** The path of `key` in the value at `p`. */
const below = (p: Path, key: string | number): Path => (p === FAST ? FAST : [...p, key]);

/**
 * Check a whole value: first without building a path for every value read (the common,
 * valid case), and only when that finds issues (or cannot read it) once more, building the
 * exact path of each issue. Issues go to `out`; returns the clean copy.
 */
export function check(shape: Check, v: unknown, out: Issue[]): Json {
  const first: Issue[] = [];
  try {
    const value = shape(v, FAST, first);
    if (!first.length) return value;
  } catch {
    // Read it again below: the issues found before what could not be read, then the throw.
  }
  return shape(v, [], out);
}

/** A plain object (JSON-like, from any realm, or with no prototype): not null, not an array, no class instance. */
export const isObj = (v: unknown): v is Record<string, Json> =>
  typeof v == 'object' && !!v && !Object.getPrototypeOf(Object.getPrototypeOf(v) ?? Object.prototype);

/** A short, safe rendering of any value for a message: the value itself, or what it is. */
export const show = (v: unknown) =>
  typeof v == 'object'
    ? Array.isArray(v)
      ? 'a list'
      : !v
        ? 'null'
        : isObj(v)
          ? 'an object'
          : 'a class instance'
    : ['string', 'number', 'boolean', 'undefined'].includes(typeof v)
      ? `'${String(v).slice(0, 40)}'`
      : `a ${typeof v}`;
const squash = (s: string) => s.toLowerCase().replace(/[^a-z\d]/g, '');
/** "'tautband' — did you mean 'tautBand'?" when a known word differs only by case or punctuation. */
const named = (v: unknown, known: readonly unknown[]) => {
  const k = known.find((x) => typeof v == 'string' && squash(x as string) == squash(v));
  return show(v) + (k ? ` — did you mean '${k}'?` : '.');
};

/** An object with known keys only; `noun` names a key in messages ("Unknown finding …"). */
export const obj = (shape: Record<string, Check>, required: string[], noun: string): Check => {
  const checks = new Map(Object.entries(shape));
  return (v, p, out) => {
    if (!isObj(v)) return fail(out, p, `Must be an object ({ … }), not ${show(v)}.`);
    const r: Record<string, unknown> = {};
    let given = 0;
    for (const k of Object.keys(v)) {
      const check = checks.get(k);
      // Each value is read once (a getter is called once), and only for a known key.
      const x = check && v[k];
      if (!check) fail(out, below(p, k), `Unknown ${noun} ${named(k, [...checks.keys()])}`);
      else if (x !== undefined) {
        r[k] = check(x, below(p, k), out);
        if (required.includes(k)) given++;
      }
    }
    if (given < required.length) for (const k of required) if (!Object.hasOwn(r, k)) fail(out, below(p, k), `Missing '${k}'.`);
    return r;
  };
};

/** A list of `min`..`max` items, each checked. */
export const list =
  (item: Check, max: number, noun: string, min = 0): Check =>
  (v, p, out) => {
    if (!Array.isArray(v)) return fail(out, p, `Must be a list of ${noun}.`);
    if (v.length > max || v.length < min) return fail(out, p, `Must hold ${min} to ${max} ${noun}, not ${v.length}.`);
    const r = [];
    for (let i = 0; i < v.length; i++) r.push(item(v[i], below(p, i), out));
    return r;
  };

/** One of a fixed list of ids. */
export const oneOf =
  (ids: readonly unknown[], noun: string): Check =>
  (v, p, out) =>
    ids.includes(v) ? v : fail(out, p, `Unknown ${noun} ${named(v, ids)} Use one of: ${ids.join(', ')}.`);

export const bool: Check = (v, p, out) =>
  typeof v == 'boolean' ? v : fail(out, p, `Must be true or false, not ${show(v)}; leave it out if unknown or not examined.`);

/** A finite number passing `ok`, described by `range` in messages. */
export const num =
  (ok: (n: number) => boolean, range: string): Check =>
  (v, p, out) =>
    typeof v == 'number' && ok(v) && v - v === 0 ? v : fail(out, p, `Must be a number ${range}.`);

/** Text that is not blank. */
export const text: Check = (v, p, out) => (typeof v == 'string' && v.trim() ? v : fail(out, p, 'Must be text that is not blank.'));

/** Report the later of any duplicate values (of `key` in each item, when given) in a checked list. */
export const unique = (items: Json[], p: Path, out: Issue[], key?: string) => {
  const seen = new Set();
  items.forEach((x, i) => {
    const v = key ? x?.[key] : x;
    if (seen.has(v)) fail(out, key ? [...p, i, key] : [...p, i], `${show(v)} is used twice; each must be unique.`);
    if (v !== undefined) seen.add(v);
  });
};
