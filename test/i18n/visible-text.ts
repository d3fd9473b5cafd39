// What a person sees or hears in a <tpi-guide>, for the "no English left" checks.
import { defaultRuleset } from '../../src/engine/index.js';

/**
 * Words that are English and not Spanish, common in this UI. (Words both languages
 * share, such as "no", "temporal", "general" or "pus", are left out on purpose.)
 */
export const ENGLISH_WORDS = new Set(
  `the and of with for to is are not yes add remove site sites patient patients pain muscle muscles left right
  warning warnings option options available unavailable summary guidance injection injections trigger point points
  needling dry wet none present absent examined unexamined symptoms prior date kind why rule rules fired more other
  note tender spot back neck shoulder headache jaw find side weight leg arm head trunk hip lower upper yet each you
  your what when how after before may can help book visit check ask stretching massage therapy physical ice heat
  rest acupuncture splinting allergy infection pregnant bleeding fever needle needles shot skin chest lung numb sore
  relief weeks months hours until this that these here there stay try first only if or in on at by it be have
  do does met active latent caution contraindicated indicated incomplete appropriate critical info severity
  conditions candidate alternatives dose up plain lidocaine corticosteroid factors recorded examination entries
  dismiss sources source set`.split(/\s+/),
);

/** Texts that may stay as written: the rules' citations (author, journal, year). */
export const CITATIONS = new Set(defaultRuleset.rules.flatMap((rule) => rule.citations));

/**
 * Every text in `root`'s shadow tree and the shadow trees inside it: text nodes and
 * the attributes that are read out (aria-label, title, placeholder, alt, label), minus
 * <style> and <code> (ids and codes) and texts that are exactly a citation.
 */
export function visibleTexts(root: Element, allowed: ReadonlySet<string> = CITATIONS): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'CODE', 'TEMPLATE'].includes(node.tagName)) return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'label']) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root.shadowRoot!);
  return out.filter((text) => !allowed.has(text));
}

/** The English words in `texts`, each with the text it was found in. */
export function englishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    (text.toLowerCase().match(/[a-záéíóúüñ]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word)).map((word) => `${word} ← "${text}"`),
  );
}
