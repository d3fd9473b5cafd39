// Switched to Spanish, a filled clinician view has no English left: every heading,
// label, option, warning, condition, alternative and rule reads in Spanish. Codes,
// ids, numbers and citations may stay as they are.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/i18n/es.js';
import { SOURCES } from '../../src/engine/index.js';
import type { Assessment } from '../../src/engine/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { control, deepAll, settle, typeInto } from '../element/helpers.js';
import { SELF_CHECK_RULES } from '../../src/engine/self-check/index.js';
import { CITATIONS, englishIn, visibleTexts } from './visible-text.js';

/** The self-check's sources, which its "based on" list shows as written. */
const PATIENT_CITATIONS = new Set([...CITATIONS, ...SELF_CHECK_RULES.rules.flatMap((rule) => rule.citations)]);

const TODAY = '2026-11-26';
const all = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true, localTwitchResponse: true, painfulStretchLimit: true };

/** Enough to show every section: each kind of site, warnings of each severity, blocked options, cautions. */
const FILLED: Assessment = {
  patient: { weightKg: 70, anticoagulated: true, bleedingDisorder: true, pregnant: true, localAnestheticAllergy: true, needlePhobia: true, fibromyalgia: true },
  symptoms: ['headache', 'tinnitus', 'jaw-pain', 'neck-pain', 'shoulder-pain', 'low-back-pain', 'joint-pain', 'muscle-pain', 'reduced-range-of-motion'],
  painDurationWeeks: 20,
  conservativeCareTried: false,
  sites: [
    { id: 'a1', muscle: 'masseter', side: 'left', findings: all },
    { id: 'a2', muscle: 'upper-trapezius', side: 'right', findings: all },
    { id: 'a3', muscle: 'gastrocnemius', findings: all },
    { id: 'a4', muscle: 'quadratus-lumborum', findings: all, localInfection: true, acuteTrauma: true },
    { id: 'a5', muscle: 'infraspinatus', findings: { tautBand: true, referredPain: true } },
    { id: 'a6', muscle: 'gluteus-medius', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: false } },
    { id: 'a7', muscle: 'temporalis', findings: { tautBand: false, hypersensitiveSpot: true, referredPain: false, localTenderness: true } },
    { id: 'a8', muscle: 'rhomboids', findings: { tautBand: true } },
    { id: 'a9', muscle: 'piriformis', findings: { tautBand: false, hypersensitiveSpot: false, referredPain: false } },
  ],
  priorInjections: [
    { muscle: 'masseter', side: 'left', date: '2026-02-10', kind: 'corticosteroid' },
    { muscle: 'masseter', side: 'left', date: '2026-06-10', kind: 'corticosteroid' },
    { muscle: 'masseter', side: 'left', date: '2026-11-01', kind: 'corticosteroid' },
    { muscle: 'gastrocnemius', date: '2026-05-01', kind: 'dry-needling' },
    { muscle: 'upper-trapezius', date: '2026-04-01', kind: 'lidocaine' },
    { muscle: 'infraspinatus', date: '2026-03-01', kind: 'other' },
  ],
};

async function spanishGuide(assessment: Assessment): Promise<TpiGuide> {
  const el = document.createElement('tpi-guide');
  el.lang = 'es';
  el.today = TODAY;
  document.body.append(el);
  el.assessment = assessment;
  await settle(el);
  return el;
}

describe('Spanish leaves no English', () => {
  afterEach(() => document.body.replaceChildren());

  it('the filled assessment reaches every section', async () => {
    const el = await spanishGuide(FILLED);
    const g = el.guidance!;
    expect(new Set(g.sites.map((s) => s.kind))).to.have.keys('trigger-point', 'tender-spot', 'indeterminate', 'none');
    expect(new Set(g.warnings.map((w) => w.severity))).to.have.keys('info', 'warning', 'critical');
    expect(g.options.some((o) => !o.available)).to.equal(true);
    expect(g.alternatives.some((a) => a.cautions.length > 0)).to.equal(true);
    expect(g.conditions.length).to.be.greaterThan(3);
  });

  it('in the filled clinician view', async () => {
    const el = await spanishGuide(FILLED);
    const texts = visibleTexts(el);
    expect(texts.join(' ')).to.include('Advertencias');
    expect(englishIn(texts)).to.deep.equal([]);
  });

  it('in the v2 additions: antiplatelet, older adult, relief, the corticosteroid caveat, a new row asking its kind', async () => {
    const el = await spanishGuide({
      patient: { ageYears: 70, weightKg: 64, antiplatelet: true, localAnestheticAllergy: true, pregnant: true },
      sites: [{ id: 'g', muscle: 'gluteus-medius', findings: all }],
      priorInjections: [{ muscle: 'gluteus-medius', date: '2026-09-01', kind: 'lidocaine', reliefPercent: 30, reliefWeeks: 3 }],
    });
    const ids = el.guidance!.warnings.map((w) => w.id);
    expect(ids).to.include.members(['antiplatelet', 'repeat-without-response', 'conservative-care-unknown']);
    expect(el.guidance!.options[1]).to.deep.include({ available: true, reasons: ['anesthetic-allergy'] });
    const add = [...el.shadowRoot!.querySelector('tpi-patient-form')!.shadowRoot!.querySelector('tpi-prior-injections')!.shadowRoot!.querySelectorAll('button')].at(-1)!;
    add.click();
    await settle(el);
    const texts = visibleTexts(el);
    const joined = texts.join(' ');
    for (const shown of ['Elija el tipo', 'Alivio (%)', 'sin anestésico local mezclado', 'evitar en el embarazo', 'Candidato a infiltración', 'sumando todos los puntos'])
      expect(joined).to.include(shown);
    expect(englishIn(texts)).to.deep.equal([]);
  });

  it('in every "Why?" panel opened, apart from the sources’ own references', async () => {
    const el = await spanishGuide(FILLED);
    for (const b of deepAll(el, 'button[aria-expanded=false]:not(.toggle)')) (b as HTMLButtonElement).click();
    await settle(el);
    expect(deepAll(el, '.why-panel').length).to.be.greaterThan(8);
    const sources = new Set([...CITATIONS, ...Object.values(SOURCES).flatMap((s) => [s.reference, s.url?.replace(/^https:\/\/(www\.)?/, '') ?? ''])]);
    const texts = visibleTexts(el, sources);
    expect(texts.join(' ')).to.include('Una decisión de diseño de esta herramienta');
    expect(englishIn(texts)).to.deep.equal([]);
  });

  it('in the empty clinician view', async () => {
    const el = await spanishGuide({ sites: [] });
    expect(englishIn(visibleTexts(el))).to.deep.equal([]);
  });

  it('in field errors and the host error message, which word the engine issues in Spanish', async () => {
    const el = await spanishGuide(FILLED);
    typeInto(control(el, 'Peso (kg)'), '900');
    el.assessment = { sites: [{ id: 'x', muscle: 'nope', findings: {} }] } as unknown as Assessment;
    await settle(el);
    const texts = visibleTexts(el);
    const joined = texts.join(' ');
    expect(joined).to.include('valor no válido');
    expect(joined).to.include('No se aceptó la evaluación');
    expect(englishIn(texts)).to.deep.equal([]);
  });

  it('finds English when the language is English (the check works)', async () => {
    const el = await spanishGuide(FILLED);
    el.lang = 'en';
    await settle(el);
    expect(englishIn(visibleTexts(el)).length).to.be.greaterThan(50);
  });
});

describe('Spanish leaves no English in the patient view', () => {
  afterEach(() => document.body.replaceChildren());

  /** Ticks every checkbox and the first radio of each question, so the suggestion and its reasons show. */
  async function answerEverything(el: TpiGuide) {
    const check = el.shadowRoot!.querySelector('tpi-patient-view')!.shadowRoot!.querySelector('tpi-self-check')!;
    const inputs = [...check.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    const firstRadios = new Set<string>();
    for (const input of inputs) {
      if (input.type === 'radio' && (firstRadios.has(input.name) || !firstRadios.add(input.name))) continue;
      input.click();
      await settle(el);
    }
  }

  it('before and after every question is answered', async () => {
    const el = document.createElement('tpi-guide');
    el.lang = 'es';
    el.audience = 'patient';
    document.body.append(el);
    await settle(el);
    const before = visibleTexts(el, PATIENT_CITATIONS);
    expect(before.join(' ')).to.include('punto gatillo');
    expect(englishIn(before)).to.deep.equal([]);
    await answerEverything(el);
    const after = visibleTexts(el, PATIENT_CITATIONS);
    expect(after.length).to.be.greaterThan(before.length);
    expect(englishIn(after)).to.deep.equal([]);
  });
});
