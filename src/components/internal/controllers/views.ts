import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';
import { clinicianChunk, patientChunk } from '../lazy.js';
import type { AssessmentController } from './assessment.js';

/** Who the widget talks to. */
export type Audience = 'clinician' | 'patient';

/**
 * The audience's view. Each audience's parts are a chunk of their own, fetched on its
 * first render (the clinician's with the engine); until they have arrived a placeholder
 * reserves the space, so nothing below the widget moves when they do.
 */
export class AudienceViews {
  private readonly loads = new Map<Audience, Promise<void>>();
  private readonly failed = new Set<Audience>();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly assessment: AssessmentController,
    private readonly strings: () => Strings,
  ) {}

  /** The wait for the chunks being fetched; undefined when none is. */
  get pending(): Promise<unknown> | undefined {
    return this.loads.size ? Promise.all(this.loads.values()) : undefined;
  }

  /** The view of `audience` (anything but `patient` is the clinician's), or its placeholder while its chunk loads. */
  render(value: Audience, exportActions: () => TemplateResult): TemplateResult {
    const audience: Audience = value === 'patient' ? 'patient' : 'clinician';
    if (audience === 'patient' && patientChunk.value) return patientChunk.value.renderView();
    if (audience === 'clinician' && clinicianChunk.value && this.assessment.ready) return clinicianChunk.value.renderView(this.host.renderRoot as ShadowRoot, exportActions());
    this.load(audience);
    const failed = this.failed.has(audience) || (audience === 'clinician' && this.assessment.failed);
    return html`<div class="placeholder ${audience}" role=${failed ? 'alert' : 'status'}>${t(this.strings(), failed ? 'loading.failed' : 'loading')}</div>`;
  }

  private load(audience: Audience): void {
    if (this.loads.has(audience) || this.failed.has(audience)) return;
    const chunk = audience === 'patient' ? patientChunk.load() : Promise.all([clinicianChunk.load(), this.assessment.start()]);
    const done = chunk.then(
      () => undefined,
      (error: unknown) => {
        this.failed.add(audience);
        console.error(`tpi-guide: the ${audience} view could not be loaded from beside the bundle.`, error);
      },
    );
    this.loads.set(
      audience,
      done.then(() => {
        this.loads.delete(audience);
        this.host.requestUpdate();
      }),
    );
  }
}
