// <tpi-body-map>: its strings (English, Spanish, host overrides), axe, forced colors.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { BODY_AREAS, BODY_VIEWS } from '../../src/engine/catalog/body-map.js';
import { enBodyMap } from '../../src/i18n/en-body-map.js';
import { esBodyMap } from '../../src/i18n/es-body-map.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { stringsFor } from '../../src/i18n/registry.js';
import { t } from '../../src/i18n/translate.js';
import { map, reset, svgOf, target, targets, text } from './helpers.js';

afterEach(reset);

describe('body map strings', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has Spanish for every English key, with the same placeholders', () => {
    expect(Object.keys(esBodyMap)).to.include.members(Object.keys(enBodyMap));
    for (const [key, value] of Object.entries(enBodyMap)) expect(placeholders(esBodyMap[key]!), key).to.deep.equal(placeholders(value));
  });

  it('names each view and area in Spanish, and in English from the id where it reads well', () => {
    for (const key of [...BODY_VIEWS.map((v) => `bodyMap.${v}` as const), ...BODY_AREAS.map((a) => `bodyMap.area.${a.id}` as const)]) expect(es, key).to.have.property(key);
    expect(BODY_VIEWS.map((v) => t(en, `bodyMap.${v}`))).to.deep.equal(['Front', 'Back']);
    expect(BODY_AREAS.map((a) => t(en, `bodyMap.area.${a.id}`))).to.deep.equal([
      'Head', 'Ear (ringing or buzzing)', 'Jaw', 'Neck', 'Shoulder', 'Upper back', 'Lower back', 'Buttock', 'Hip',
      'Upper arm', 'Elbow', 'Forearm', 'Wrist and hand', 'Thigh', 'Knee', 'Lower leg', 'Ankle and foot',
    ]);
  });

  it('names every patient area in English', async () => {
    const el = await map('patient');
    const names = targets(el).map((g) => g.getAttribute('aria-label'));
    expect(names).to.include.members(['Head', 'Upper arm, left side', 'Lower back, right side', 'Wrist and hand, right side', 'Lower leg, left side']);
    expect(names.filter((n) => !/^[A-Z][a-z]+( [a-z]+)*( \([a-z ]+\))?(, (right|left) side)?$/.test(n!))).to.deep.equal([]);
  });

  it('reads in Spanish when given the Spanish strings, sides included', async () => {
    const el = await map('clinician', [{ muscle: 'upper-trapezius', side: 'right', status: 'active' }]);
    el.strings = stringsFor('es');
    await el.updateComplete;
    expect(target(el, 'front upper-trapezius right').getAttribute('aria-label')).to.equal('Trapecio superior, lado derecho: Punto gatillo activo');
    expect([...svgOf(el, 'front').querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['D', 'I']);
    expect(text(el.shadowRoot!.querySelector('#cap-front'))).to.equal('De frente — la derecha del paciente está a su izquierda');
    const english = Object.values(enBodyMap).filter((v) => v.length > 3 && !/^\{/.test(v));
    const shown = text(el.shadowRoot) + targets(el).map((g) => g.getAttribute('aria-label')).join(' ');
    expect(english.filter((v) => shown.includes(v))).to.deep.equal([]);
  });

  it('lets host strings override single keys', async () => {
    const el = await map();
    el.strings = { 'bodyMap.right': '{name} (R)' };
    await el.updateComplete;
    expect(target(el, 'front masseter right').getAttribute('aria-label')).to.equal('Masseter (R)');
    expect(target(el, 'front masseter left').getAttribute('aria-label')).to.equal('Masseter, left side');
  });
});

describe('body map accessibility and display', () => {
  // In light only: the map paints no surface, so in dark it needs the widget's (the
  // clinician and patient views' axe tests run it there, light and dark).
  it('passes axe in clinician and patient mode', async () => {
    for (const scheme of ['light'] as const) {
      await emulateMedia({ colorScheme: scheme });
      const clinician = await map('clinician', [
        { muscle: 'masseter', side: 'left', status: 'active' },
        { muscle: 'infraspinatus', side: 'right', status: 'latent' },
      ]);
      await expect(clinician).to.be.accessible();
      const patient = await map('patient');
      patient.areas = ['headache', 'joint-pain'];
      patient.selected = ['head', 'knee-right'];
      await patient.updateComplete;
      await expect(patient).to.be.accessible();
    }
  });

  it('takes its colors from the widget\'s tokens', async () => {
    const el = await map();
    el.style.setProperty('--tpi-color-muted', 'rgb(10, 20, 30)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.hint')!).color).to.equal('rgb(10, 20, 30)');
  });

  it('paints outlines, choices, marks and focus in system colors under forced colors', async () => {
    await executeServerCommand('emulate-forced-colors', true);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
      const [canvasText, canvas, highlight] = [system('CanvasText'), system('Canvas'), system('Highlight')];
      probe.remove();
      const style = (g: Element) => getComputedStyle(g.querySelector('.s')!);

      const el = await map('patient');
      el.areas = ['headache'];
      el.selected = ['head'];
      await el.updateComplete;
      const plain = target(el, 'front neck');
      expect([style(plain).stroke, style(plain).fill, parseFloat(style(plain).strokeWidth) >= 1]).to.deep.equal([canvasText, canvas, true]);
      expect(style(target(el, 'front head')).fill).to.equal(highlight);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.body')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(svgOf(el, 'front')).forcedColorAdjust).to.equal('none');

      const clinician = await map('clinician', [{ muscle: 'masseter', side: 'left', status: 'latent' }]);
      const marked = target(clinician, 'front masseter left');
      expect(getComputedStyle(marked.querySelector('.mk')!).color).to.equal(canvasText);
      expect(parseFloat(style(marked).strokeWidth)).to.be.above(parseFloat(style(target(clinician, 'front masseter right')).strokeWidth));
      expect([...clinician.shadowRoot!.querySelectorAll('.legend .mk')].map((g) => getComputedStyle(g).color)).to.deep.equal(Array(6).fill(canvasText));
      // Focus: a thicker ring in Highlight (the rule as written; :focus-visible depends on how focus came).
      const forced = clinician.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).find((r): r is CSSMediaRule => r instanceof CSSMediaRule && /forced-colors/.test(r.conditionText))!;
      const ring = [...forced.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.r:focus-visible .s')!;
      expect([ring.style.stroke, parseFloat(ring.style.strokeWidth) >= 3]).to.deep.equal(['highlight', true]);
    } finally {
      await executeServerCommand('emulate-forced-colors', false);
    }
  });
});
