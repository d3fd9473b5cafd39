import { html } from 'lit';
import type { Bundle, ExportContext } from '../../../engine/interop/index.js';
import { TpiExportEvent } from '../../../events/tpi-export-event.js';
import type { TpiExportDetail } from '../../../events/tpi-export-event.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { engineChunk, exporterChunk } from '../lazy.js';
import type { AssessmentController } from './assessment.js';
import type { HostErrors } from './host-errors.js';

/** The element the export actions belong to: it dispatches tpi-export, and holds the FHIR context. */
export interface ExportHost extends EventTarget {
  exportContext: ExportContext | undefined;
}

/**
 * The export of the latest result (FHIR R4 Bundle, CDS Hooks cards) and the clinician's
 * Export buttons. The exporter is a chunk fetched on the first export, so pages that
 * never export do not download it.
 */
export class ExportActions {
  constructor(
    private readonly host: ExportHost,
    private readonly assessment: AssessmentController,
    private readonly errors: HostErrors,
    private readonly strings: () => Strings,
  ) {}

  /** The last accepted assessment and its guidance as a FHIR R4 `collection` Bundle. */
  async fhir(context: ExportContext | undefined = this.host.exportContext): Promise<Bundle> {
    const [{ toFhirBundle }] = await Promise.all([exporterChunk.load(), this.assessment.start()]);
    return toFhirBundle(this.assessment.assessment, this.assessment.guidanceNow(await engineChunk.load()), context);
  }

  /** The latest guidance as CDS Hooks 2.0 cards. */
  async cdsHooks(): Promise<TpiExportDetail & { format: 'cds-hooks' }> {
    const [{ toCdsHooksCards }] = await Promise.all([exporterChunk.load(), this.assessment.start()]);
    return { format: 'cds-hooks', data: { cards: toCdsHooksCards(this.assessment.guidanceNow(await engineChunk.load())) } };
  }

  /** The Export buttons. */
  render() {
    const s = this.strings();
    return html`<div part="export" class="export" role="group" aria-label=${t(s, 'export')}>
      <button @click=${() => this.export('fhir')}>${t(s, 'export.fhir')}</button>
      <button @click=${() => this.export('cds-hooks')}>${t(s, 'export.cds-hooks')}</button>
    </div>`;
  }

  /** An Export button: dispatch tpi-export, or show why the export failed. */
  private async export(format: TpiExportDetail['format']): Promise<void> {
    try {
      this.host.dispatchEvent(new TpiExportEvent(format === 'fhir' ? { format, data: await this.fhir() } : await this.cdsHooks()));
    } catch (error) {
      this.errors.report('exportContext', [{ path: ['exportContext'], message: (error as Error).message }]);
    }
  }
}
