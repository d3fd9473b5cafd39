// Spanish is complete: every key English has, every key the UI builds from an engine id
// (English leaves those to translate.ts's humanize()), and the same placeholders.
import { expect } from '@open-wc/testing';
import {
  ALTERNATIVE_IDS,
  CONDITION_IDS,
  FINDING_KEYS,
  INJECTION_KINDS,
  MUSCLES,
  OPTION_IDS,
  PATIENT_FLAGS,
  REGIONS,
  SIDES,
  SYMPTOM_IDS,
  WARNING_IDS,
  defaultRuleset,
} from '../../src/engine/index.js';
import type { EligibilityStatus, InjectionStatus, Severity } from '../../src/engine/index.js';
import { BODY_AREAS, BODY_VIEWS } from '../../src/engine/catalog/body-map.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';

// Records rather than arrays, so a new member of the union fails to compile here.
const SEVERITY: Record<Severity, 0> = { info: 0, warning: 0, critical: 0 };
const ELIGIBILITY: Record<EligibilityStatus, 0> = { appropriate: 0, caution: 0, contraindicated: 0, incomplete: 0, 'not-indicated': 0 };
const INJECTION: Record<InjectionStatus, 0> = { indicated: 0, 'not-indicated': 0, contraindicated: 0 };

const keys = (prefix: string, ids: readonly string[] | Record<string, unknown>) =>
  (Array.isArray(ids) ? ids : Object.keys(ids)).map((id) => `${prefix}.${id}`);

/** Every key the components look up from an engine id. */
const FROM_ENGINE_IDS = [
  ...keys('muscle', MUSCLES.map((m) => m.id)),
  ...keys('region', REGIONS),
  ...keys('finding', FINDING_KEYS),
  ...keys('flag', PATIENT_FLAGS),
  ...keys('symptom', SYMPTOM_IDS),
  ...keys('kind', INJECTION_KINDS),
  ...keys('warning', WARNING_IDS),
  ...keys('condition', CONDITION_IDS),
  ...keys('option', OPTION_IDS),
  ...keys('alternative', ALTERNATIVE_IDS),
  ...keys('severity', SEVERITY),
  ...keys('status', ELIGIBILITY),
  ...keys('line', ELIGIBILITY),
  ...keys('injection', INJECTION),
  ...keys('side', SIDES),
  ...keys('bodyMap', BODY_VIEWS),
  ...keys('bodyMap.area', BODY_AREAS.map((a) => a.id)),
  'site.localInfection',
  'site.acuteTrauma',
  ...keys(`rule.${defaultRuleset.id}`, defaultRuleset.rules.map((r) => r.id)),
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Spanish strings', () => {
  it('has every key English has', () => {
    const missing = Object.keys(en).filter((key) => !(key in es));
    expect(missing).to.deep.equal([]);
  });

  it('spells out every key the UI builds from an engine id', () => {
    const missing = FROM_ENGINE_IDS.filter((key) => !es[key]);
    expect(missing).to.deep.equal([]);
  });

  it('has no key English does not know, other than those from engine ids', () => {
    const known = new Set([...Object.keys(en), ...FROM_ENGINE_IDS]);
    expect(Object.keys(es).filter((key) => !known.has(key))).to.deep.equal([]);
  });

  it('keeps the placeholders of each English string', () => {
    const wrong = Object.keys(en)
      .filter((key) => !key.startsWith('$'))
      // invalid.message is the engine's English issue text in English; Spanish words it
      // generically instead of repeating English, so it drops the {message} placeholder.
      .filter((key) => key !== 'invalid.message')
      .filter((key) => placeholders(es[key] ?? '').join() !== placeholders(en[key]!).join());
    expect(wrong).to.deep.equal([]);
  });

  it('is tagged es and named in Spanish', () => {
    expect(es.$code).to.equal('es');
    expect(es.$name).to.equal('Español');
  });
});
