import type { MuscleId, Side } from '../engine/index.js';
import type { TextKey } from './keys.js';
import type { Strings } from './registry.js';

/**
 * A table of texts with `prefix` put before each key, typed key by key, so a table of
 * rule texts can be written by rule id and still be checked as string keys.
 */
export const prefixed = <T extends Record<string, string>, P extends string>(prefix: P, texts: T) =>
  Object.fromEntries(Object.entries(texts).map(([id, text]) => [prefix + id, text])) as { [K in keyof T & string as `${P}${K}`]: string };

/** `{name}` placeholders' values. */
export type Vars = Readonly<Record<string, string | number>>;

// Memo for humanize: English leaves most ids to it, and the regexes ran on every render.
const humane = new Map<string, string>();

/**
 * English for a key no language defines: its last segment made readable
 * ('symptom.low-back-pain' → 'Low back pain', 'finding.tautBand' → 'Taut band'), so
 * the engine's ids name themselves and English need not repeat them.
 */
function humanize(key: string): string {
  let text = humane.get(key);
  if (text === undefined) {
    const words = key.slice(key.lastIndexOf('.') + 1).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/-/g, ' ');
    humane.set(key, (text = words[0]!.toUpperCase() + words.slice(1)));
  }
  return text;
}

/**
 * The string for `key` with `{name}` placeholders filled. Only `vars`' own names count:
 * a host string's `{constructor}` must not print Object's source.
 */
export function t(s: Strings, key: TextKey, vars?: Vars): string {
  return tData(s, key, vars);
}

/**
 * `t` for a key built from data only the run knows (a host rule set's rule or warning
 * id, a self-check reason id): any string; a key no table holds reads as its last
 * segment made readable.
 */
export function tData(s: Strings, key: string, vars?: Vars): string {
  const text = s[key] ?? humanize(key);
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(vars, name) ? String(vars[name] ?? '') : '')) : text;
}

/**
 * String tables merged, later ones winning, keeping only string values: a host's entry
 * of the wrong type falls back instead of breaking a render, and a table that throws
 * when read (a hostile proxy, a getter) adds nothing.
 */
export function mergeText(...tables: unknown[]): Strings {
  const out: [string, string][] = [];
  for (const table of tables) {
    try {
      for (const entry of Object.entries(table ?? {})) if (typeof entry[1] == 'string') out.push(entry as [string, string]);
    } catch {
      // Skipped whole: Object.entries reads every value before returning any.
    }
  }
  return Object.fromEntries(out);
}

/** "Levator scapulae, left": how a site is named in the form and the results. */
export function siteName(s: Strings, site: { muscle: MuscleId; side?: Side | undefined }): string {
  const muscle = t(s, `muscle.${site.muscle}`);
  return site.side ? t(s, `siteName.${site.side}`, { muscle }) : muscle;
}
