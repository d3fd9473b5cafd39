// The script-tag path: dist/tpi-guide.min.js plus dist/i18n/es.min.js, built files only
// (this page loads nothing from src/). Spanish must land in the standalone bundle's own
// registry, so a <tpi-guide lang="es"> speaks Spanish. Needs `npm run build` first.
import { expect } from '@open-wc/testing';

// Variables, so TypeScript leaves the URLs alone; the test server serves the package root.
const bundle: string = '/dist/tpi-guide.min.js';
const spanish: string = '/dist/i18n/es.min.js';

describe('dist/i18n/es.min.js with dist/tpi-guide.min.js', () => {
  before(async () => {
    try {
      await import(bundle);
      await import(spanish);
    } catch (error) {
      throw new Error(`load the built bundles (run npm run build first): ${String(error)}`);
    }
  });

  it('translates the standalone element', async () => {
    const el = document.createElement('tpi-guide') as HTMLElement & { updateComplete: Promise<unknown> };
    el.lang = 'es';
    document.body.append(el);
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('tpi-results-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Resumen');
    el.remove();
  });
});
