// The education sections as data, and the one helper that renders them. Keys:
// `patient.<section>` is the heading, `patient.<section>.<item>` each paragraph or item.
// The "urgent" section puts the emergency number before the clinic, and names the
// number the host configured (`{number}`).
import { html } from 'lit';
import { ALTERNATIVE_IDS } from '../../engine/index.js';
import type { Strings } from '../../i18n/registry.js';
import { t } from '../../i18n/translate.js';

/** A block: `p` paragraphs, `ul` / `ol` list items, or `dl` alternatives (name, then what it is). */
type Block = [tag: 'p' | 'ul' | 'ol' | 'dl', ...items: string[]];

/** Section ids, in reading order, with their blocks. */
export const EDUCATION: readonly [id: string, ...blocks: Block[]][] = [
  ['tp', ['p', 'what', 'spread', 'tender']],
  ['uses', ['p', 'intro'], ['ul', 'headache', 'tinnitus', 'jaw-neck', 'back', 'joint', 'range', 'muscle'], ['p', 'check']],
  ['during', ['p', 'intro'], ['ol', 'sit', 'find', 'clean', 'needle', 'out']],
  ['needling', ['p', 'wet', 'dry', 'compare', 'sore']],
  ['after', ['ul', 'numb', 'sore', 'activity', 'home', 'rest', 'driving']],
  ['effects', ['ul', 'common', 'less'], ['p', 'settle', 'allergy', 'rare']],
  ['relief', ['p', 'start', 'none', 'last', 'repeat']],
  ['urgent', ['p', 'emergency'], ['ul', 'chest', 'swelling'], ['p', 'later', 'clinic'], ['ul', 'infection', 'rash']],
  ['alt', ['p', 'intro'], ['dl', ...ALTERNATIVE_IDS]],
];

/** One education section: its heading, then its blocks; `vars` fill placeholders such as `{number}`. */
export function section(s: Strings, [id, ...blocks]: (typeof EDUCATION)[number], vars?: Record<string, string>) {
  const k = (item: string) => t(s, `patient.${id}.${item}`, vars);
  const li = (items: string[]) => items.map((item) => html`<li>${k(item)}</li>`);
  return html`<section class=${id}><h3>${t(s, `patient.${id}`)}</h3>${blocks.map(([tag, ...items]) =>
    tag == 'p'
      ? items.map((item) => html`<p>${k(item)}</p>`)
      : tag == 'dl'
        ? html`<dl>${items.map((item) => html`<dt>${t(s, `alternative.${item}`)}</dt><dd>${k(item)}</dd>`)}</dl>`
        : tag == 'ol'
          ? html`<ol>${li(items)}</ol>`
          : html`<ul>${li(items)}</ul>`,
  )}</section>`;
}
