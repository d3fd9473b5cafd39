import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

// What "private by construction" and "host strings are text" forbid, enforced in lint.
const forbidden = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Host strings are text: no unsafeHTML.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Host strings are text: no innerHTML.' },
    { object: 'document', property: 'cookie', message: 'The widget writes no cookie.' },
    { object: 'window', property: 'localStorage', message: 'The widget uses no storage.' },
    { object: 'window', property: 'sessionStorage', message: 'The widget uses no storage.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'The widget makes no network request.' },
    { name: 'XMLHttpRequest', message: 'The widget makes no network request.' },
    { name: 'localStorage', message: 'The widget uses no storage.' },
    { name: 'sessionStorage', message: 'The widget uses no storage.' },
    { name: 'indexedDB', message: 'The widget uses no storage.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'custom-elements.json', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    files: ['src/**/*.ts'],
    rules: forbidden,
  },
  {
    // The CDS Hooks service runs on a server, not in the page: it fetches what the EHR's
    // prefetch lacks from the EHR's FHIR server (docs/cds-service.md).
    files: ['src/cds-service/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...forbidden['no-restricted-globals'].slice(1).filter((r) => r.name !== 'fetch')] },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.js', 'test/node/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    // The bench page and its bare Lit table run in the browser.
    files: ['bench/element.js', 'bench/bare-table.js'],
    languageOptions: {
      globals: { document: 'readonly', performance: 'readonly', setTimeout: 'readonly', customElements: 'readonly' },
    },
  },
);
