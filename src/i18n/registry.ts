// A translation registry in the style of Shoelace's: English is built in; every other
// language is a separate module that calls registerTranslation(), so a page only
// downloads the languages it imports.
import { en } from './en.js';

/** UI strings: a flat record keyed by stable keys (engine ids for clinical terms). */
export type Strings = Readonly<Record<string, string>>;

/** One language's strings, tagged with its BCP 47 code (e.g. `es`, `es-MX`). */
export type Translation = Strings & { readonly $code: string; readonly $name?: string };

const translations = new Map<string, Translation>([['en', en]]);
const listeners = new Set<() => void>();

/** Registers (or replaces) languages; elements already on the page re-render. */
export function registerTranslation(...added: Translation[]): void {
  for (const t of added) translations.set(t.$code.toLowerCase(), t);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a translation is registered; returns the unsubscribe. */
export function onTranslationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The strings for a language tag: English, overlaid with the base language (`es`),
 * overlaid with the regional one (`es-MX`); any missing key falls back to English.
 */
export function stringsFor(lang: string): Strings {
  const code = lang.toLowerCase();
  return { ...en, ...translations.get(code.split('-')[0]), ...translations.get(code) };
}
