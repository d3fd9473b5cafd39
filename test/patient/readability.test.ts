// Patient English reads at school grade 6 or below (Flesch–Kincaid grade level): all
// the patient text together, each education section, and the self-check's messages.
// Syllables are counted with the usual vowel-group rule, close enough for a ceiling.
import { expect } from '@open-wc/testing';
import { ALTERNATIVE_IDS } from '../../src/engine/index.js';
import { EDUCATION } from '../../src/components/internal/patient/education.js';
import { en } from '../../src/i18n/en.js';
import { enPatient } from '../../src/i18n/en-patient.js';
import { t } from '../../src/i18n/translate.js';

/** Syllables in one English word: groups of vowels, minus a silent final e (and -es, -ed). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/**
 * Flesch–Kincaid grade of texts read one after another: 0.39 × words per sentence +
 * 11.8 × syllables per word − 15.59. A text with no end mark (a label, a list item) is
 * one sentence; a number counts as one syllable.
 */
export function grade(texts: readonly string[]): number {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  for (const text of texts)
    for (const sentence of text.split(/(?<=[.?!:])\s+/).filter((s) => /[a-z0-9]/i.test(s))) {
      sentences++;
      for (const word of sentence.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w))) {
        words++;
        syl += /^\d/.test(word) ? 1 : syllables(word);
      }
    }
  return 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
}

/** A string as a person reads it: placeholders filled the way the widget fills them by default. */
const read = (text: string) => text.replace(/\{service\}/g, enPatient['patient.service.consultation']!).replace(/\{number\}/g, enPatient['patient.emergency.number']!);
const strings = (prefix: string) =>
  Object.entries(enPatient)
    .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
    .map(([, text]) => read(text));

describe('patient readability (Flesch–Kincaid grade ≤ 6)', () => {
  it('counts syllables and grades text the usual way (the measure can fail)', () => {
    expect(['the', 'pain', 'muscle', 'medicine', 'injection', 'physical', 'headache', 'clinician'].map(syllables)).to.deep.equal([1, 1, 2, 3, 3, 3, 2, 3]);
    expect(grade(['The cat sat on the mat. It was a big cat.'])).to.be.below(2);
    const dense = 'Interventional musculoskeletal procedures necessitate comprehensive multidisciplinary evaluation, particularly regarding anticoagulation management and contraindications.';
    expect(grade([dense])).to.be.above(12);
  });

  it('all patient English together', () => {
    const all = [...Object.values(enPatient).map(read), ...ALTERNATIVE_IDS.map((id) => t(en, `alternative.${id}`))];
    expect(grade(all)).to.be.at.most(6);
  });

  for (const { id } of EDUCATION)
    it(`the "${id}" section`, () => {
      expect(grade(strings(`patient.${id}`))).to.be.at.most(6);
    });

  it('the self-check questions and options', () => {
    expect(grade(['check', 'redFlag', 'area', 'duration', 'spreads', 'triedCare', 'flag'].flatMap((k) => strings(`patient.${k}`)))).to.be.at.most(6);
  });

  it('the emergency and urgent messages, and every reason', () => {
    expect(grade([...strings('patient.emergency'), ...strings('patient.today'), ...strings('patient.reason')])).to.be.at.most(6);
  });
});
