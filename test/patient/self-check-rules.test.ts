// The self-check's rules (contract v2), run directly: each rule decides what it should
// and nothing else, the order they apply in, the table's shape, and the strict
// validation of the answers. Each rule's test compares an answer set with and without
// the one answer that rule reads, so it fails if that rule breaks.
import { expect } from '@open-wc/testing';
import {
  DURATIONS,
  RED_FLAG_IDS,
  RED_FLAG_LEVEL,
  REPLIES,
  SELF_CHECK_FLAGS,
  SELF_CHECK_RULES,
  SelfCheckError,
  suggestBooking,
  validateAnswers,
} from '../../src/engine/index.js';
import type { RedFlagId, SelfCheckAnswers, Service, Suggestion } from '../../src/engine/index.js';
import type { BookableService } from '../../src/events/tpi-book-event.js';
import { en } from '../../src/i18n/en.js';
import { SYMPTOM_IDS } from '../../src/engine/index.js';

// The event's service type and the engine's are the same set (a compile-time check both ways).
const _toEvent: BookableService = 'consultation' as Service;
const _fromEvent: Service = 'consultation' as BookableService;
void [_toEvent, _fromEvent];

const fired = new Set<string>();
/** suggestBooking, recording which rules fired so the table's coverage can be checked. */
function run(answers: SelfCheckAnswers): Suggestion {
  const s = suggestBooking(answers);
  for (const e of s.trace) fired.add(e.rule);
  return s;
}
const rules = (s: Suggestion) => s.trace.map((e) => e.rule);
const citesOf = (s: Suggestion, id: string) => s.trace.find((e) => e.rule === id)?.citations ?? [];

/** Answers that on their own give a trigger point assessment: the routine outcome every safety rule must override. */
const REFERRAL: SelfCheckAnswers = { areas: ['neck-pain'], duration: 'over-12-weeks', spreads: 'yes', triedCare: 'yes' };

/** Each red flag's rule, the source it must cite, and the reason it adds. */
const RED_FLAG_RULES: [RedFlagId, string, RegExp][] = [
  ['chest-breathing', 'emergency.chest-breathing', /Gulati.*Circulation 2021;144:e368/],
  ['allergic-swelling', 'emergency.allergic-swelling', /Sampson.*J Allergy Clin Immunol 2006;117/],
  ['thunderclap-headache', 'emergency.thunderclap-headache', /SNNOOP10.*Neurology 2019;92/],
  ['stroke-signs', 'emergency.stroke-signs', /American Stroke Association.*F\.A\.S\.T\./],
  ['bladder-bowel', 'emergency.bladder-bowel', /Chou R.*Ann Intern Med 2007;147/],
  ['fever', 'urgent.fever', /Chou R.*Ann Intern Med 2007;147/],
  ['recent-injury', 'urgent.recent-injury', /Alvarez DJ, Rockwell PG.*Am Fam Physician 2002;65/],
  ['red-hot-skin', 'urgent.red-hot-skin', /Alvarez DJ, Rockwell PG.*Am Fam Physician 2002;65/],
  ['cancer-or-weight-loss', 'soon.cancer-or-weight-loss', /NICE guideline NG59/],
  ['progressive-weakness', 'soon.progressive-weakness', /Chou R.*Ann Intern Med 2007;147/],
];

describe('self-check rules: red flags', () => {
  it('lists every red flag once, emergency ones first, then urgent, then soon', () => {
    expect(RED_FLAG_RULES.map(([id]) => id)).to.deep.equal([...RED_FLAG_IDS]);
    const rank = { emergency: 0, urgent: 1, soon: 2 };
    const levels = RED_FLAG_IDS.map((id) => rank[RED_FLAG_LEVEL[id]]);
    expect(levels).to.deep.equal([...levels].sort());
    expect(RED_FLAG_IDS.filter((id) => RED_FLAG_LEVEL[id] === 'emergency')).to.have.length(5);
    expect(RED_FLAG_IDS.filter((id) => RED_FLAG_LEVEL[id] === 'urgent')).to.have.length(3);
    expect(RED_FLAG_IDS.filter((id) => RED_FLAG_LEVEL[id] === 'soon')).to.have.length(2);
  });

  for (const [flag, rule, source] of RED_FLAG_RULES) {
    const level = RED_FLAG_LEVEL[flag];
    const expected = level === 'soon' ? { level: 'routine', service: 'consultation' } : { level, service: null };
    it(`${rule}: "${flag}" gives ${level === 'soon' ? 'a routine consultation' : `${level}, no service`}, over answers that would book a trigger point assessment`, () => {
      expect(run(REFERRAL).service).to.equal('trigger-point-assessment');
      const s = run({ ...REFERRAL, redFlags: [flag] });
      expect({ level: s.level, service: s.service }).to.deep.equal(expected);
      expect(rules(s)[0]).to.equal(rule);
      expect(s.reasons[0]).to.equal(flag);
      expect(citesOf(s, rule).join(' | ')).to.match(source);
    });
  }

  it('an emergency flag silences the urgent and routine steps: only emergency rules are traced', () => {
    const s = run({ redFlags: ['chest-breathing', 'stroke-signs', 'fever', 'cancer-or-weight-loss'], triedCare: 'no', flags: ['needlePhobia'] });
    expect(s.level).to.equal('emergency');
    expect(rules(s)).to.deep.equal(['emergency.chest-breathing', 'emergency.stroke-signs']);
    expect(s.reasons).to.deep.equal(['chest-breathing', 'stroke-signs']);
  });

  it('an urgent flag silences the routine step', () => {
    const s = run({ redFlags: ['fever', 'recent-injury', 'progressive-weakness'], duration: 'under-6-weeks', flags: ['pregnant'] });
    expect({ level: s.level, service: s.service }).to.deep.equal({ level: 'urgent', service: null });
    expect(rules(s)).to.deep.equal(['urgent.fever', 'urgent.recent-injury']);
  });
});

describe('self-check rules: routine visit', () => {
  const safety: [SelfCheckAnswers['flags'] & object, string, string, RegExp][] = [
    [['anticoagulated'], 'safety.anticoagulant', 'bleeding', /Alvarez DJ, Rockwell PG/],
    [['bleedingDisorder'], 'safety.bleeding', 'bleeding', /Alvarez DJ, Rockwell PG/],
    [['pregnant'], 'safety.pregnancy', 'pregnancy', /Food and Drug Administration.*2020/],
    [['localAnestheticAllergy'], 'safety.allergy', 'allergy', /Alvarez DJ, Rockwell PG/],
  ];
  for (const [flags, rule, reason, source] of safety) {
    it(`${rule}: ${flags[0]} turns a trigger point assessment into a consultation`, () => {
      const s = run({ ...REFERRAL, flags });
      expect({ level: s.level, service: s.service }).to.deep.equal({ level: 'routine', service: 'consultation' });
      expect(rules(s)[0]).to.equal(rule);
      expect(s.reasons[0]).to.equal(reason);
      expect(citesOf(s, rule).join(' | ')).to.match(source);
    });
    it(`${rule}: ${flags[0]} also wins over first-line care`, () => {
      expect(run({ triedCare: 'no', duration: 'under-6-weeks' }).service).to.equal('physical-therapy');
      expect(run({ triedCare: 'no', duration: 'under-6-weeks', flags }).service).to.equal('consultation');
    });
  }

  it('exam.ear-jaw: only tinnitus and/or jaw pain gives a consultation, as a design choice', () => {
    for (const areas of [['tinnitus'], ['jaw-pain'], ['tinnitus', 'jaw-pain']] as SelfCheckAnswers['areas'][]) {
      const s = run({ ...REFERRAL, areas, triedCare: 'no' });
      expect(s.service, String(areas)).to.equal('consultation');
      expect(rules(s)[0]).to.equal('exam.ear-jaw');
      expect(s.reasons[0]).to.equal('exam-first');
      expect(citesOf(s, 'exam.ear-jaw')[0]).to.match(/^tpi-guide design choice: /);
    }
  });

  it('exam.ear-jaw: does not hold when any other area is chosen too, or none', () => {
    expect(run({ areas: ['tinnitus', 'neck-pain'], triedCare: 'no' }).service).to.equal('physical-therapy');
    expect(rules(run({ areas: ['jaw-pain', 'headache'], triedCare: 'no' }))).to.not.include('exam.ear-jaw');
    expect(run({ ...REFERRAL, areas: ['jaw-pain', 'shoulder-pain'] }).service).to.equal('trigger-point-assessment');
    expect(rules(run({ triedCare: 'no' }))).to.not.include('exam.ear-jaw');
  });

  it('care.early: pain of under 6 weeks gives physical therapy, even when it spreads after care', () => {
    const s = run({ ...REFERRAL, duration: 'under-6-weeks' });
    expect({ level: s.level, service: s.service }).to.deep.equal({ level: 'routine', service: 'physical-therapy' });
    expect(rules(s)).to.deep.equal(['care.early']);
    expect(s.reasons).to.deep.equal(['early']);
    expect(citesOf(s, 'care.early').join(' | ')).to.match(/Shipton B.*Am Fam Physician 2023;107/);
  });

  it('care.first: stretching, massage and physical therapy not tried gives physical therapy', () => {
    const s = run({ ...REFERRAL, triedCare: 'no' });
    expect(s.service).to.equal('physical-therapy');
    expect(rules(s)).to.deep.equal(['care.first']);
    expect(s.reasons).to.deep.equal(['care-first']);
    expect(citesOf(s, 'care.first').join(' | ')).to.match(/Shipton B.*Am Fam Physician 2023;107/);
  });

  it('care.early and care.first both add their reason when both hold', () => {
    const s = run({ duration: 'under-6-weeks', triedCare: 'no' });
    expect(s.service).to.equal('physical-therapy');
    expect(s.reasons).to.deep.equal(['early', 'care-first']);
  });

  it('referral.after-care: pain that spreads after care that did not help, 6 weeks or longer (or duration not given), gives a trigger point assessment', () => {
    for (const duration of ['6-to-12-weeks', 'over-12-weeks', undefined] as const) {
      const s = run({ spreads: 'yes', triedCare: 'yes', ...(duration && { duration }) });
      expect(s, String(duration)).to.deep.include({ level: 'routine', service: 'trigger-point-assessment', reasons: ['spreads'] });
      expect(rules(s)).to.deep.equal(['referral.after-care']);
      expect(citesOf(s, 'referral.after-care').join(' | ')).to.match(/Fernández-de-las-Peñas C, Dommerholt J.*Pain Med 2018;19/);
    }
  });

  it('referral.after-care: needs spreading pain and tried care, each answered yes', () => {
    for (const spreads of REPLIES)
      for (const triedCare of REPLIES) {
        const s = run({ spreads, triedCare, duration: 'over-12-weeks' });
        const expected = spreads === 'yes' && triedCare === 'yes' ? 'trigger-point-assessment' : triedCare === 'no' ? 'physical-therapy' : 'consultation';
        expect(s.service, `${spreads}/${triedCare}`).to.equal(expected);
      }
  });

  it('note.needles: fear of needles adds a reason without changing the visit', () => {
    const without = run(REFERRAL);
    const s = run({ ...REFERRAL, flags: ['needlePhobia'] });
    expect(s.service).to.equal(without.service);
    expect(s.reasons).to.deep.equal([...without.reasons, 'needles']);
    expect(citesOf(s, 'note.needles').join(' | ')).to.match(/Alvarez DJ, Rockwell PG/);
  });

  it('note.antiplatelet: an antiplatelet medicine adds a reason without changing the visit, citing AFP 2002 and the design choice', () => {
    for (const base of [REFERRAL, { triedCare: 'no' } as SelfCheckAnswers]) {
      const without = run(base);
      const s = run({ ...base, flags: ['antiplatelet'] });
      expect(s.service).to.equal(without.service);
      expect(s.reasons).to.deep.equal([...without.reasons, 'antiplatelet']);
    }
    const cites = citesOf(run({ flags: ['antiplatelet'] }), 'note.antiplatelet');
    expect(cites[0]).to.match(/Alvarez DJ, Rockwell PG/);
    expect(cites[1]).to.match(/^tpi-guide design choice: /);
  });

  it('fallback.consultation: answers that point nowhere give a consultation, with its reason', () => {
    for (const answers of [{ spreads: 'no', triedCare: 'yes' }, { areas: ['muscle-pain'] }, { duration: 'over-12-weeks' }, { flags: ['needlePhobia'] }] as SelfCheckAnswers[]) {
      const s = run(answers);
      expect(s.service, JSON.stringify(answers)).to.equal('consultation');
      expect(rules(s).at(-1)).to.equal('fallback.consultation');
      expect(s.reasons.at(-1)).to.equal('start');
    }
    expect(citesOf(run({ spreads: 'no' }), 'fallback.consultation')[0]).to.match(/^tpi-guide design choice: /);
  });

  it('fallback.consultation: does not hold once another rule chose the visit', () => {
    expect(rules(run({ triedCare: 'no' }))).to.not.include('fallback.consultation');
    expect(rules(run({ flags: ['pregnant'] }))).to.not.include('fallback.consultation');
  });

  it('gives a routine consultation with no reasons and no trace when nothing is answered (or only empty lists)', () => {
    const empty = { level: 'routine', service: 'consultation', reasons: [], trace: [] };
    expect(run({})).to.deep.equal(empty);
    expect(run({ redFlags: [], areas: [], flags: [] })).to.deep.equal(empty);
  });

  it('never decides from where it hurts alone (except tinnitus and jaw pain: examine first)', () => {
    for (const area of SYMPTOM_IDS) expect(run({ areas: [area] }).service, area).to.equal('consultation');
    expect(rules(run({ areas: ['neck-pain'] }))).to.deep.equal(['fallback.consultation']);
  });

  it('applies the routine rules in the contract order and lists every one that holds, each shared reason once', () => {
    const s = run({
      redFlags: ['cancer-or-weight-loss'],
      areas: ['tinnitus'],
      duration: 'under-6-weeks',
      triedCare: 'no',
      flags: ['anticoagulated', 'bleedingDisorder', 'antiplatelet', 'needlePhobia'],
    });
    expect(s.service).to.equal('consultation');
    expect(rules(s)).to.deep.equal([
      'soon.cancer-or-weight-loss',
      'safety.anticoagulant',
      'safety.bleeding',
      'exam.ear-jaw',
      'care.early',
      'care.first',
      'note.needles',
      'note.antiplatelet',
    ]);
    expect(s.reasons).to.deep.equal(['cancer-or-weight-loss', 'bleeding', 'exam-first', 'early', 'care-first', 'needles', 'antiplatelet']);
  });
});

describe('self-check rule table', () => {
  it('is versioned 2.x, ordered emergency, urgent, routine, and every rule has an id, a description, citations, an English reason and a known service', () => {
    const table = SELF_CHECK_RULES;
    expect(table.version).to.match(/^2\.\d+\.\d+$/);
    const ids = table.rules.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const rank = { emergency: 0, urgent: 1, routine: 2 };
    const levels = table.rules.map((r) => rank[r.level]);
    expect(levels).to.deep.equal([...levels].sort());
    for (const r of table.rules) {
      expect(r.description, r.id).to.match(/\S/);
      expect(r.citations.length, r.id).to.be.greaterThan(0);
      for (const c of r.citations) expect(c.length, `${r.id}: "${c}" is too short to find`).to.be.greaterThan(30);
      expect(en[`patient.reason.${r.reason}`], r.id).to.be.a('string');
      if (r.service) {
        expect(r.level, `${r.id}: only routine rules name a visit`).to.equal('routine');
        expect(en[`patient.service.${r.service}`], r.id).to.be.a('string');
      }
    }
  });

  it('has one rule per red flag, at the red flag level ("soon" is a routine consultation)', () => {
    for (const flag of RED_FLAG_IDS) {
      const matching = SELF_CHECK_RULES.rules.filter((r) => JSON.stringify(r.when) === JSON.stringify({ fact: 'redFlags', op: 'has', value: flag }));
      expect(matching, flag).to.have.length(1);
      const level = RED_FLAG_LEVEL[flag];
      expect(matching[0]!.level).to.equal(level === 'soon' ? 'routine' : level);
      if (level === 'soon') expect(matching[0]!.service).to.equal('consultation');
    }
  });

  it('is described in docs/self-check.md: every rule by id, with every one of its sources in full', async () => {
    const doc = await (await fetch('/docs/self-check.md')).text();
    for (const rule of SELF_CHECK_RULES.rules) {
      expect(doc, rule.id).to.include(`**\`${rule.id}\`**`);
      for (const c of rule.citations) expect(doc, `${rule.id}: ${c}`).to.include(c);
    }
    for (const id of RED_FLAG_IDS) expect(doc).to.include(`| \`${id}\` | ${RED_FLAG_LEVEL[id]} |`);
  });

  it('every rule was exercised by a test above (this file runs in order)', () => {
    expect([...fired].sort()).to.deep.equal(SELF_CHECK_RULES.rules.map((r) => r.id).sort());
  });
});

describe('self-check answers validation', () => {
  const bad: [unknown, (string | number)[][]][] = [
    [null, [[]]],
    [[], [[]]],
    ['neck', [[]]],
    [new Date(), [[]]],
    [{ areas: 'neck-pain' }, [['areas']]],
    [{ areas: ['elbow'] }, [['areas', 0]]],
    [{ areas: ['neck-pain', 'headache', 'neck-pain'] }, [['areas', 2]]],
    [{ redFlags: ['chest-pain'] }, [['redFlags', 0]]],
    [{ redFlags: ['fever', 'fever'] }, [['redFlags', 1]]],
    [{ redFlags: 'fever' }, [['redFlags']]],
    [{ duration: '8-weeks' }, [['duration']]],
    [{ duration: 6 }, [['duration']]],
    [{ spreads: 'maybe' }, [['spreads']]],
    [{ triedCare: true }, [['triedCare']]],
    [{ flags: ['fibromyalgia'] }, [['flags', 0]]],
    [{ flags: ['systemicInfection'] }, [['flags', 0]]],
    [{ flags: ['pregnant', 'antiplatelet', 'pregnant'] }, [['flags', 2]]],
    [{ flags: ['pregnant'], age: 40 }, [['age']]],
    [{ areas: ['x'], spreads: 1, flags: 'pregnant' }, [['areas', 0], ['spreads'], ['flags']]],
  ];
  for (const [input, paths] of bad) {
    it(`refuses ${JSON.stringify(input)} at ${JSON.stringify(paths)}`, () => {
      const result = validateAnswers(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.issues.map((i) => i.path)).to.deep.equal(paths);
        for (const i of result.issues) expect(i.message).to.match(/\S/);
      }
      expect(() => suggestBooking(input)).to.throw(SelfCheckError);
    });
  }

  it('tells a v1 host where systemicInfection went', () => {
    const result = validateAnswers({ flags: ['systemicInfection'] });
    expect(!result.ok && result.issues[0]!.message).to.include("red flag 'fever'");
  });

  it('reports every issue on the error it throws', () => {
    try {
      suggestBooking({ spreads: 'often', extra: 1 });
      expect.fail('no error');
    } catch (e) {
      expect(e).to.be.instanceOf(SelfCheckError);
      expect((e as SelfCheckError).issues.map((i) => i.path)).to.deep.equal([['spreads'], ['extra']]);
      expect((e as Error).message).to.include('spreads').and.include('extra');
    }
  });

  it('refuses hostile input (throwing getters, proxies) with a SelfCheckError, never another error', () => {
    const getter = Object.defineProperty({}, 'areas', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    const noProto = Object.assign(Object.create(null), { areas: [Object.create(null)] });
    for (const input of [getter, proxy, noProto, { redFlags: [Symbol('x')] }, { duration: 10n }]) {
      expect(validateAnswers(input).ok).to.equal(false);
      expect(() => suggestBooking(input)).to.throw(SelfCheckError);
    }
  });

  it('accepts a full, valid set of answers as a clean copy, and leaves undefined keys out', () => {
    const answers: SelfCheckAnswers = {
      redFlags: ['cancer-or-weight-loss'],
      areas: ['headache', 'neck-pain'],
      duration: '6-to-12-weeks',
      spreads: 'unsure',
      triedCare: 'no',
      flags: ['needlePhobia', 'antiplatelet'],
    };
    const result = validateAnswers(answers);
    expect(result).to.deep.equal({ ok: true, value: answers });
    expect(result.ok && result.value).to.not.equal(answers);
    expect(validateAnswers({ spreads: undefined })).to.deep.equal({ ok: true, value: {} });
  });

  it('knows every value the contract lists', () => {
    expect([...DURATIONS]).to.deep.equal(['under-6-weeks', '6-to-12-weeks', 'over-12-weeks']);
    expect([...REPLIES]).to.deep.equal(['yes', 'no', 'unsure']);
    expect([...SELF_CHECK_FLAGS].sort()).to.deep.equal(['anticoagulated', 'antiplatelet', 'bleedingDisorder', 'localAnestheticAllergy', 'needlePhobia', 'pregnant']);
  });
});
