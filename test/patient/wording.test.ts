// Patient wording never says or implies that the reader has a condition. The scan reads
// every English patient string and, to catch keys built at run time, the text the
// patient view actually shows in every self-check outcome.
import { expect } from '@open-wc/testing';
import { ALTERNATIVE_IDS, SYMPTOM_IDS } from '../../src/engine/index.js';
import { REPLIES, SELF_CHECK_FLAGS } from '../../src/engine/self-check/index.js';
import { en } from '../../src/i18n/en.js';
import { enPatient } from '../../src/i18n/en-patient.js';
import { t } from '../../src/i18n/translate.js';
import { check, choose, deep, patientGuide, settle, squash } from './helpers.js';

/** Wording that tells a person they have a condition. */
const DIAGNOSTIC = [/\byou have\b/i, /\byou've got\b/i, /diagnos/i, /\byou suffer/i, /\byou are suffering/i, /\byour (condition|disease|disorder|syndrome)\b/i];
const offences = (text: string) => DIAGNOSTIC.filter((re) => re.test(text)).map((re) => `${re} in "${text}"`);

/** Visible text of the whole patient view, through every shadow root. */
function shown(el: Element): string {
  const parts: string[] = [];
  const walk = (root: ShadowRoot) => {
    parts.push(root.textContent ?? '');
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(deep(el, 'tpi-patient-view').shadowRoot!);
  return squash(parts.join(' '));
}

describe('patient wording', () => {
  it('catches diagnostic wording when it is there (the scan can fail)', () => {
    for (const bad of ['You have myofascial pain syndrome.', 'This is not a diagnosis.', 'If you suffer from headaches', 'Your condition needs care.'])
      expect(offences(bad), bad).to.not.have.length(0);
    expect(offences('Have you tried stretching?')).to.have.length(0);
  });

  it('has no diagnostic wording in any English patient string', () => {
    const patientFacing = [...Object.values(enPatient), ...ALTERNATIVE_IDS.map((id) => t(en, `alternative.${id}`))];
    expect(patientFacing.flatMap(offences)).to.deep.equal([]);
  });

  it('keeps sentences short for easy reading (at most 25 words each)', () => {
    const long = Object.values(enPatient)
      .flatMap((text) => text.split(/(?<=[.?!:])\s+/))
      .filter((sentence) => sentence.split(/\s+/).length > 25);
    expect(long).to.deep.equal([]);
  });

  it('has English for every self-check question and option (a missing key would show its id)', () => {
    const keys = [
      ...['check', 'check.intro', 'area', 'spreads', 'triedCare', 'flag', 'check.empty', 'check.result', 'check.sources', 'book', 'jump'],
      ...SYMPTOM_IDS.map((id) => `area.${id}`),
      ...SELF_CHECK_FLAGS.map((id) => `flag.${id}`),
      ...REPLIES.map((id) => `reply.${id}`),
    ];
    expect(keys.filter((key) => typeof enPatient[`patient.${key}`] != 'string')).to.deep.equal([]);
  });

  it('merges into English without replacing any other key', () => {
    for (const [key, value] of Object.entries(enPatient)) expect(en[key], key).to.equal(value);
  });

  it('shows no diagnostic wording in any self-check outcome', async () => {
    const el = await patientGuide();
    const texts = [shown(el)];
    // Walk through outcomes that fire every rule: first-line care, referral, each flag.
    await choose(el, 'Neck pain');
    await choose(el, 'No', 'Have you');
    texts.push(shown(el));
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    texts.push(shown(el));
    for (const flag of SELF_CHECK_FLAGS) {
      await choose(el, enPatient[`patient.flag.${flag}`]!);
      texts.push(shown(el));
    }
    check(el).querySelector('details')!.open = true;
    await settle(el);
    texts.push(shown(el));
    expect(texts.flatMap(offences)).to.deep.equal([]);
    expect(texts.at(-1)).to.include(enPatient['patient.reason.needles']).and.include(enPatient['patient.reason.infection']);
  });
});
