// The self-check's triage rules, run directly: each rule, its citation, the order they
// apply in, and the strict validation of the answers.
import { expect } from '@open-wc/testing';
import { SELF_CHECK_RULES, SelfCheckError, suggestBooking, validateAnswers } from '../../src/engine/self-check/index.js';
import type { SelfCheckAnswers, Service } from '../../src/engine/self-check/index.js';
import type { BookableService } from '../../src/events/tpi-book-event.js';
import { enPatient } from '../../src/i18n/en-patient.js';
import { SYMPTOM_IDS } from '../../src/engine/index.js';

const AFP02 = 'Alvarez & Rockwell, Am Fam Physician 2002;65:653-660';
const AAFP23 = 'AAFP 2023 (Am Fam Physician 2023;107:159-164)';
const DELPHI = 'Fernández-de-las-Peñas & Dommerholt, Pain Med 2018;19:142-150';

// The event's service type and the engine's are the same set (a compile-time check both ways).
const _toEvent: BookableService = 'consultation' as Service;
const _fromEvent: Service = 'consultation' as BookableService;
void [_toEvent, _fromEvent];

const fired = new Set<string>();
/** suggestBooking, recording which rules fired so the table's coverage can be checked. */
function run(answers: SelfCheckAnswers) {
  const s = suggestBooking(answers);
  for (const e of s.trace) fired.add(e.rule);
  return s;
}
const rules = (s: ReturnType<typeof suggestBooking>) => s.trace.map((e) => e.rule);
const citesOf = (s: ReturnType<typeof suggestBooking>, id: string) => s.trace.find((e) => e.rule === id)?.citations;

describe('self-check rules', () => {
  const safety: [SelfCheckAnswers['flags'] & object, string, string, string[]][] = [
    [['systemicInfection'], 'safety.infection', 'infection', [AFP02]],
    [['anticoagulated'], 'safety.anticoagulant', 'bleeding', [AFP02]],
    [['bleedingDisorder'], 'safety.bleeding', 'bleeding', [AFP02]],
    [['pregnant'], 'safety.pregnancy', 'pregnancy', [AFP02, 'NSAID labelling']],
    [['localAnestheticAllergy'], 'safety.allergy', 'allergy', [AFP02]],
  ];
  for (const [flags, rule, reason, citations] of safety) {
    it(`suggests a consultation for ${flags[0]} (${rule}), with its citation`, () => {
      const s = run({ flags, spreads: 'yes', triedCare: 'yes' });
      expect(s.service).to.equal('consultation');
      expect(rules(s)[0]).to.equal(rule);
      expect(citesOf(s, rule)).to.deep.equal(citations);
      expect(s.reasons[0]).to.equal(reason);
    });
  }

  it('suggests physical therapy when stretching, massage and physical therapy were not tried (care.first, AAFP 2023)', () => {
    const s = run({ triedCare: 'no', spreads: 'yes' });
    expect(s).to.deep.equal({ service: 'physical-therapy', reasons: ['care-first'], trace: [{ rule: 'care.first', citations: [AAFP23] }] });
  });

  it('suggests a trigger point assessment for spreading pain after first-line care (Delphi 2018, AAFP 2023)', () => {
    const s = run({ areas: ['neck-pain'], spreads: 'yes', triedCare: 'yes' });
    expect(s).to.deep.equal({
      service: 'trigger-point-injection',
      reasons: ['spreads'],
      trace: [{ rule: 'referral.after-care', citations: [DELPHI, AAFP23] }],
    });
  });

  it('needs both: spreading pain without first-line care is physical therapy, first-line care without spreading is a consultation', () => {
    expect(run({ spreads: 'yes', triedCare: 'no' }).service).to.equal('physical-therapy');
    expect(run({ spreads: 'no', triedCare: 'yes' }).service).to.equal('consultation');
    expect(run({ spreads: 'unsure', triedCare: 'yes' }).service).to.equal('consultation');
    expect(run({ spreads: 'yes', triedCare: 'unsure' }).service).to.equal('consultation');
  });

  it('falls back to a consultation, with its own trace entry, when nothing else applies', () => {
    const s = run({});
    expect(s).to.deep.equal({
      service: 'consultation',
      reasons: ['start'],
      trace: [{ rule: 'fallback.consultation', citations: ['tpi-guide self-check design'] }],
    });
  });

  it('lets safety win over referral and first-line care, and still lists what else applies, in rule order', () => {
    const s = run({ flags: ['pregnant', 'anticoagulated'], spreads: 'yes', triedCare: 'yes' });
    expect(s.service).to.equal('consultation');
    expect(rules(s)).to.deep.equal(['safety.anticoagulant', 'safety.pregnancy', 'referral.after-care']);
    expect(s.reasons).to.deep.equal(['bleeding', 'pregnancy', 'spreads']);
  });

  it('lists a shared reason once', () => {
    const s = run({ flags: ['anticoagulated', 'bleedingDisorder'] });
    expect(rules(s)).to.deep.equal(['safety.anticoagulant', 'safety.bleeding']);
    expect(s.reasons).to.deep.equal(['bleeding']);
  });

  it('adds the needle note without changing the visit (note.needles)', () => {
    const s = run({ flags: ['needlePhobia'], triedCare: 'no' });
    expect(s.service).to.equal('physical-therapy');
    expect(s.reasons).to.deep.equal(['care-first', 'needles']);
    expect(citesOf(s, 'note.needles')).to.deep.equal([AFP02]);
    expect(run({ flags: ['needlePhobia'] }).service).to.equal('consultation');
  });

  it('never decides from where it hurts alone', () => {
    for (const area of SYMPTOM_IDS) expect(run({ areas: [area] }).service).to.equal('consultation');
  });

  it('is a versioned table whose rules all have an id, a description, a citation and an English reason, and all fire', () => {
    const table = SELF_CHECK_RULES;
    expect(table.version).to.match(/^\d+\.\d+\.\d+$/);
    const ids = table.rules.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const r of table.rules) {
      expect(r.description, r.id).to.match(/\S/);
      expect(r.citations.length, r.id).to.be.greaterThan(0);
      expect(enPatient[`patient.reason.${r.reason}`], r.id).to.be.a('string');
      if (r.service) expect(enPatient[`patient.service.${r.service}`], r.id).to.be.a('string');
    }
    // Every rule in the table was exercised by a test above (this file runs in order).
    expect([...fired].sort()).to.deep.equal([...ids].sort());
  });
});

describe('self-check answers validation', () => {
  const bad: [unknown, (string | number)[][]][] = [
    [null, [[]]],
    [[], [[]]],
    ['neck', [[]]],
    [{ areas: 'neck-pain' }, [['areas']]],
    [{ areas: ['elbow'] }, [['areas', 0]]],
    [{ areas: ['neck-pain', 'headache', 'neck-pain'] }, [['areas', 2]]],
    [{ spreads: 'maybe' }, [['spreads']]],
    [{ triedCare: true }, [['triedCare']]],
    [{ flags: ['fibromyalgia'] }, [['flags', 0]]],
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

  it('accepts a full, valid set of answers unchanged', () => {
    const answers: SelfCheckAnswers = { areas: ['headache', 'neck-pain'], spreads: 'unsure', triedCare: 'no', flags: ['needlePhobia'] };
    expect(validateAnswers(answers)).to.deep.equal({ ok: true, value: answers });
  });
});
