// Two widgets on one page, one English and one Spanish: each keeps its own language and
// its own strings table while both are edited (no cache shared between them).
import { expect } from '@open-wc/testing';
import '../../src/i18n/es.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { control, deep, findingRadios, part, settle, site, typeInto } from './helpers.js';

/** The strings table the widget's parts render with (the strings context's value). */
const tableOf = (el: TpiGuide) => (deep(el, 'tpi-results-summary') as unknown as { s: object }).s;
const heading = (el: TpiGuide) => part(el, 'tpi-results-summary').querySelector('h2')!.textContent!.trim();

async function widget(lang: string): Promise<TpiGuide> {
  const el = document.createElement('tpi-guide');
  el.lang = lang;
  el.today = '2026-11-26';
  el.assessment = { sites: [site('s1', 'masseter', { tautBand: true })] };
  document.body.append(el);
  await settle(el);
  return el;
}

describe('an English and a Spanish widget on one page', () => {
  afterEach(() => document.body.replaceChildren());

  it('each keeps its language and its strings table while both are edited', async () => {
    const english = await widget('en');
    const spanish = await widget('es');
    const tables = [tableOf(english), tableOf(spanish)];
    for (let round = 0; round < 3; round++) {
      // The user types in each; the host reloads each record (the root updates too).
      typeInto(control(english, 'Weight (kg)'), String(60 + round));
      typeInto(control(spanish, 'Peso (kg)'), String(70 + round));
      english.assessment = { ...english.assessment, painDurationWeeks: 10 + round };
      spanish.assessment = { ...spanish.assessment, painDurationWeeks: 20 + round };
      await Promise.all([settle(english), settle(spanish)]);
      findingRadios(english, 'Referred pain')[round % 2]!.click();
      await settle(english);
    }
    expect(heading(english)).to.equal('Summary');
    expect(heading(spanish)).to.equal('Resumen');
    expect(english.assessment.patient).to.deep.equal({ weightKg: 62 });
    expect(spanish.assessment.patient).to.deep.equal({ weightKg: 72 });
    // The same entries keep the same table, so the parts' render caches keep hitting.
    expect(tableOf(english)).to.equal(tables[0]);
    expect(tableOf(spanish)).to.equal(tables[1]);
  });
});
