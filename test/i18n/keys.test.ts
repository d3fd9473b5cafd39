// Translation keys are typed: a key English does not define, or an engine id the engine
// does not have, fails to compile. npm run build type-checks this file, and each
// expected error below must occur, or the build fails.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { t, tData } from '../../src/i18n/translate.js';

describe('typed translation keys', () => {
  it('accepts the keys English defines and keys built from engine ids', () => {
    expect(t(en, 'summary')).to.equal('Summary');
    expect(t(en, 'muscle.levator-scapulae')).to.equal('Levator scapulae');
    expect(t(en, 'patient.redFlag.fever')).to.be.a('string');
  });

  it('refuses, at compile time, a misspelt key and an id the engine does not have', () => {
    // @ts-expect-error 'summmary' is no key
    expect(t(en, 'summmary')).to.equal('Summmary');
    // @ts-expect-error no muscle has this id
    expect(t(en, 'muscle.biceps')).to.equal('Biceps');
    // @ts-expect-error a prefix no table knows
    expect(t(en, 'musle.masseter')).to.equal('Masseter');
  });

  it('takes any key only through tData, for ids only the run knows (a host rule set’s)', () => {
    expect(tData(en, 'warning.host-own-warning')).to.equal('Host own warning');
  });
});
