// The education sections as data, and the one helper that renders them. Keys:
// `patient.<section>` is the heading, `patient.<section>.<item>` each paragraph or item.
// The "urgent" section puts the emergency number before the clinic, and names the
// number the host configured (`{number}`).
import { html } from 'lit';
import { ALTERNATIVE_IDS } from '../../../engine/index.js';
import type { enPatient } from '../../../i18n/en-patient.js';
import type { TextKey } from '../../../i18n/keys.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import type { Vars } from '../../../i18n/translate.js';

type PatientKey = keyof typeof enPatient;
/** The item names of section `Id`: what follows `patient.<Id>.` in a key English defines. */
type ItemOf<Id extends string> = PatientKey extends infer K ? (K extends `patient.${Id}.${infer Item}` ? Item : never) : never;

/** A block of section `Id`: `p` paragraphs, `ul` / `ol` list items, or `dl` alternatives (name, then what it is). */
type Block<Id extends string> = readonly [tag: 'p' | 'ul' | 'ol' | 'dl', ...items: ItemOf<Id>[]];

/** One section: its id (a heading key `patient.<id>`) and its blocks of item names. */
export interface Section {
  readonly id: string;
  readonly blocks: readonly (readonly [tag: 'p' | 'ul' | 'ol' | 'dl', ...items: string[]])[];
}

/** A section whose every key is checked against the English table at compile time. */
const section = <Id extends string>(id: Id & (`patient.${Id}` extends PatientKey ? unknown : never), ...blocks: Block<Id>[]): Section => ({ id, blocks });

/** Section ids, in reading order, with their blocks. */
export const EDUCATION: readonly Section[] = [
  section('tp', ['p', 'what', 'spread', 'tender']),
  section('uses', ['p', 'intro'], ['ul', 'headache', 'tinnitus', 'jaw-neck', 'back', 'joint', 'range', 'muscle'], ['p', 'check']),
  section('during', ['p', 'intro'], ['ol', 'sit', 'find', 'clean', 'needle', 'out']),
  section('needling', ['p', 'wet', 'dry', 'compare', 'sore']),
  section('after', ['ul', 'numb', 'sore', 'activity', 'home', 'rest', 'driving']),
  section('effects', ['ul', 'common', 'less'], ['p', 'settle', 'allergy', 'rare']),
  section('relief', ['p', 'start', 'none', 'last', 'repeat']),
  section('urgent', ['p', 'emergency'], ['ul', 'chest', 'swelling'], ['p', 'later', 'clinic'], ['ul', 'infection', 'rash']),
  section('alt', ['p', 'intro'], ['dl', ...ALTERNATIVE_IDS]),
];

/** One education section: its heading, then its blocks; `vars` fill placeholders such as `{number}`. */
export function renderSection(s: Strings, { id, blocks }: Section, vars?: Vars) {
  // The keys were checked when the section was declared (section() above).
  const k = (item: string) => t(s, `patient.${id}.${item}` as TextKey, vars);
  const li = (items: readonly string[]) => items.map((item) => html`<li>${k(item)}</li>`);
  const block = ([tag, ...items]: Section['blocks'][number]) => {
    switch (tag) {
      case 'p':
        return items.map((item) => html`<p>${k(item)}</p>`);
      case 'dl':
        return html`<dl>${items.map((item) => html`<dt>${t(s, `alternative.${item}` as TextKey)}</dt><dd>${k(item)}</dd>`)}</dl>`;
      case 'ol':
        return html`<ol>${li(items)}</ol>`;
      case 'ul':
        return html`<ul>${li(items)}</ul>`;
    }
  };
  return html`<section class=${id}>
    <h3>${t(s, `patient.${id}` as TextKey)}</h3>
    ${blocks.map(block)}
  </section>`;
}
