// One browser pass with Lit's development build (`npm run test:browser` runs it after the
// main pass): Lit then checks its own use and warns about real mistakes, and the
// element and patient tests fail on any such warning (test/element/helpers.ts).
import base from './web-test-runner.config.js';

export default {
  ...base,
  files: ['test/element/**/*.test.ts', 'test/patient/**/*.test.ts', '!test/**/keyboard.test.ts', '!test/patient/demos.test.ts'],
  // Lit's "development" export condition: its dev build, with its checks and warnings.
  nodeResolve: { exportConditions: ['development'] },
  coverageConfig: undefined,
};
