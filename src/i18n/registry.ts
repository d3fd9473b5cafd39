// A translation registry in the style of Shoelace's: English is built in; every other
// language is a separate module that calls registerTranslation(), so a page only
// downloads the languages it imports. The built-in English grows as the audience
// chunks load (each adds its own), so a page holds only the English it shows.
import { enCore } from './en-core.js';

/** UI strings: a flat record keyed by stable keys (engine ids for clinical terms). */
export type Strings = Readonly<Record<string, string>>;

/** One language's strings, tagged with its BCP 47 code (e.g. `es`, `es-MX`). */
export type Translation = Strings & { readonly $code: string; readonly $name?: string };

const english: Record<string, string> = { ...enCore };
const translations = new Map<string, Translation>();
const listeners = new Set<() => void>();

const changed = () => {
  for (const listener of listeners) listener();
};

/** Registers (or replaces) languages; elements already on the page re-render. */
export function registerTranslation(...added: Translation[]): void {
  for (const t of added) translations.set(t.$code.toLowerCase(), t);
  changed();
}

/** Adds built-in English for a part of the widget (an audience chunk that has loaded). */
export function addEnglish(table: Strings): void {
  Object.assign(english, table);
  changed();
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
  return { ...english, ...translations.get(code.split('-')[0]!), ...translations.get(code) };
}
