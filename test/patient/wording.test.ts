// Patient wording, in English and Spanish, never says or implies that the reader has a
// condition and never promises relief, and keeps sentences short. The scan reads every
// patient string and, to catch keys built at run time, the text the patient view
// actually shows in every self-check outcome.
import { expect } from '@open-wc/testing';
import { ALTERNATIVE_IDS, DURATIONS, RED_FLAG_IDS, REPLIES, SELF_CHECK_FLAGS, SELF_CHECK_RULES, SYMPTOM_IDS } from '../../src/engine/index.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { enPatient } from '../../src/i18n/en-patient.js';
import { esPatient } from '../../src/i18n/es-patient.js';
import { t } from '../../src/i18n/translate.js';
import { check, choose, deep, patientGuide, settle } from './helpers.js';

/** Wording that tells a person they have a condition, or promises that a treatment works. */
const DIAGNOSTIC = {
  en: [/\byou have\b/i, /\byou've got\b/i, /diagnos/i, /\byou suffer/i, /\byou are suffering/i, /\byour (condition|disease|disorder|syndrome)\b/i],
  es: [/\busted tiene\b/i, /\btiene (usted )?(un|una|el|la) (síndrome|trastorno|enfermedad|afección)/i, /diagn[oó]stic/i, /\bpadece/i, /\bsufre de\b/i, /\bsu (síndrome|trastorno|enfermedad|afección)\b/i],
};
const PROMISE = {
  en: [/\bwill (relieve|cure|fix|ease|stop|end)\b/i, /\bwill (help|work)\b(?! [a-z]+\?)/i, /\bcures?\b/i, /\bguarantee/i, /\bpain[- ]free\b/i],
  es: [/(aliviará|curará|quitará|eliminará)/i, /\bcura\b/i, /\bgarantiz/i, /\bsin dolor\b/i],
};
const offences = (lang: 'en' | 'es', text: string) => [...DIAGNOSTIC[lang], ...PROMISE[lang]].filter((re) => re.test(text)).map((re) => `${re} in "${text}"`);

/** Sentences longer than `max` words. */
const longSentences = (texts: string[], max = 25) =>
  texts.flatMap((text) => text.split(/(?<=[.?!:])\s+/)).filter((sentence) => sentence.split(/\s+/).length > max);

/** The rules' sources, shown as written (titles such as "Diagnosis and treatment of low back pain" are not patient wording). */
const CITATIONS = [...new Set(SELF_CHECK_RULES.rules.flatMap((r) => r.citations))];

/** Visible text of the whole patient view, through every shadow root, without the sources. */
function shown(el: Element): string {
  const parts: string[] = [];
  const walk = (root: ShadowRoot) => {
    parts.push(root.textContent ?? '');
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(deep(el, 'tpi-patient-view').shadowRoot!);
  return CITATIONS.reduce((text, c) => text.replaceAll(c, ' '), parts.join(' ')).replace(/\s+/g, ' ').trim();
}

describe('patient wording', () => {
  it('catches diagnostic wording and promises when they are there (the scan can fail)', () => {
    for (const bad of ['You have myofascial pain syndrome.', 'This is not a diagnosis.', 'If you suffer from headaches', 'Your condition needs care.', 'The shot will relieve your pain.', 'It will help.'])
      expect(offences('en', bad), bad).to.not.have.length(0);
    for (const bad of ['Usted tiene un síndrome de dolor.', 'Esto no es un diagnóstico.', 'Si padece dolores de cabeza', 'La inyección aliviará su dolor.'])
      expect(offences('es', bad), bad).to.not.have.length(0);
    expect(offences('en', 'Have you tried stretching?')).to.have.length(0);
    expect(offences('en', 'Will it help, and for how long?')).to.have.length(0);
    expect(offences('es', '¿Ya probó estiramientos?')).to.have.length(0);
  });

  it('has no diagnostic wording or promise in any English patient string', () => {
    const patientFacing = [...Object.values(enPatient), ...ALTERNATIVE_IDS.map((id) => t(en, `alternative.${id}`))];
    expect(patientFacing.flatMap((text) => offences('en', text))).to.deep.equal([]);
  });

  it('has no diagnostic wording or promise in any Spanish patient string', () => {
    const patientFacing = [...Object.values(esPatient), ...ALTERNATIVE_IDS.map((id) => t(es, `alternative.${id}`))];
    expect(patientFacing.flatMap((text) => offences('es', text))).to.deep.equal([]);
  });

  it('keeps English sentences short for easy reading (at most 25 words each)', () => {
    expect(longSentences(Object.values(enPatient))).to.deep.equal([]);
  });

  it('holds Spanish to the same sentence length as English', () => {
    expect(longSentences(Object.values(esPatient))).to.deep.equal([]);
  });

  it('catches a long sentence when there is one (the length check can fail)', () => {
    expect(longSentences([`${'palabra '.repeat(26).trim()}.`])).to.have.length(1);
  });

  it('has English and Spanish for every self-check question, option, result and reason (a missing key would show its id)', () => {
    const keys = [
      ...['check', 'check.intro', 'redFlag', 'area', 'duration', 'spreads', 'triedCare', 'flag', 'check.empty', 'check.result', 'check.seeTop', 'check.sources', 'book', 'jump'],
      ...['emergency.call', 'emergency.number', 'emergency.numbered', 'emergency.more', 'today', 'today.more'],
      ...RED_FLAG_IDS.map((id) => `redFlag.${id}`),
      ...SYMPTOM_IDS.map((id) => `area.${id}`),
      ...DURATIONS.map((id) => `duration.${id}`),
      ...SELF_CHECK_FLAGS.map((id) => `flag.${id}`),
      ...REPLIES.map((id) => `reply.${id}`),
      ...SELF_CHECK_RULES.rules.map((r) => `reason.${r.reason}`),
      ...['consultation', 'physical-therapy', 'trigger-point-assessment'].map((id) => `service.${id}`),
    ];
    expect(keys.filter((key) => typeof en[`patient.${key}`] != 'string')).to.deep.equal([]);
    expect(keys.filter((key) => typeof esPatient[`patient.${key}`] != 'string')).to.deep.equal([]);
    expect(Object.keys(esPatient).sort()).to.deep.equal(Object.keys(enPatient).sort());
  });

  it('merges into English and Spanish without replacing any other key', () => {
    for (const [key, value] of Object.entries(enPatient)) expect(en[key], key).to.equal(value);
    for (const [key, value] of Object.entries(esPatient)) expect(es[key], key).to.equal(value);
  });

  it('uses the US Spanish terms: terapia física, manejar, usted; never fisioterapia or conducir', () => {
    const all = Object.values(esPatient).join(' ');
    expect(all).to.include('terapia física').and.include('manejar').and.include('punto gatillo').and.include('punto sensible');
    expect(all).to.not.match(/fisioterap|conduc[ií]r|\bvosotros\b|\btú\b/i);
  });

  for (const lang of ['en', 'es'] as const)
    it(`shows no diagnostic wording or promise in any self-check outcome (${lang})`, async () => {
      const el = await patientGuide({ lang });
      const texts = [shown(el)];
      const inputs = () => [...check(el).querySelectorAll<HTMLInputElement>('input')];
      const tick = async (input: HTMLInputElement) => {
        input.click();
        await settle(el);
        texts.push(shown(el));
      };
      // Every option once (all red flags and checkboxes ticked, each radio chosen in turn).
      for (const input of inputs()) await tick(input);
      // The red flags unticked: the routine result with everything else answered.
      for (const box of inputs().slice(0, RED_FLAG_IDS.length)) await tick(box);
      // Each red flag alone, so each emergency and urgent message shows.
      for (const box of inputs().slice(0, RED_FLAG_IDS.length)) {
        await tick(box);
        await tick(box);
      }
      check(el).querySelector('details')!.open = true;
      await settle(el);
      texts.push(shown(el));
      expect(texts.flatMap((text) => offences(lang, text))).to.deep.equal([]);
      const strings = lang === 'en' ? en : esPatient;
      const joined = texts.join(' ');
      for (const key of ['patient.reason.chest-breathing', 'patient.reason.fever', 'patient.reason.needles', 'patient.emergency.more'])
        expect(joined, key).to.include(strings[key]!);
    });

  it('shows the routine reasons when no red flag is ticked (English)', async () => {
    const el = await patientGuide();
    await choose(el, 'Neck pain');
    await choose(el, 'No', 'Have you');
    expect(shown(el)).to.include(enPatient['patient.reason.care-first']);
  });
});
