import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { Issue } from '../../../engine/index.js';
import { TpiErrorEvent } from '../../../events/tpi-error-event.js';
import type { TpiErrorDetail } from '../../../events/tpi-error-event.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';

/** Which host input a problem is with. */
export type Source = TpiErrorDetail['source'];

const SOURCES: readonly Source[] = ['assessment', 'ruleset', 'exportContext'];

/** What the errors need to know of the widget's view. */
export interface ErrorsView {
  /** Who the widget talks to: only clinicians see the technical detail. */
  audience(): string;
  /** Moves focus to the start of the widget's view (after the last problem is dismissed). */
  focusHome(): void;
}

/**
 * The host's problems: each refused input raises `tpi-error` and stays shown, in one
 * announced alert, until the host sends a valid value again or the person dismisses it.
 * People read a plain sentence; clinicians can open the technical detail (the paths and
 * the engine's messages), patients never see it. After Dismiss focus stays in the
 * widget: on the next problem still shown, else at the start of the view.
 */
export class HostErrors {
  private errors: Partial<Record<Source, readonly Issue[]>> = {};

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly strings: () => Strings,
    private readonly view: ErrorsView,
  ) {}

  /** Shows the host's problem with `source` and tells the host (tpi-error). */
  report(source: Source, issues: readonly Issue[]): void {
    this.set(source, issues);
    this.host.dispatchEvent(new TpiErrorEvent({ source, issues }));
  }

  /** Clears the problem with `source`, if one is shown. */
  clear(source: Source): void {
    if (this.errors[source]) this.set(source, undefined);
  }

  /** What the root's alert holds: nothing (silence) while the host's inputs are fine. */
  render() {
    return SOURCES.map((source) => this.renderError(source));
  }

  private set(source: Source, issues: readonly Issue[] | undefined): void {
    this.errors = { ...this.errors, [source]: issues };
    this.host.requestUpdate();
  }

  private async dismiss(source: Source): Promise<void> {
    this.clear(source);
    await this.host.updateComplete;
    const next = this.host.shadowRoot?.querySelector<HTMLElement>('.alert .error');
    if (next) next.focus();
    else this.view.focusHome();
  }

  private renderError(source: Source) {
    const issues = this.errors[source];
    if (!issues) return nothing;
    const s = this.strings();
    const patient = this.view.audience() === 'patient';
    return html`<p class="error" tabindex="-1">${t(s, patient ? 'hostError.patient' : `hostError.${source}`)}</p>
      ${patient
        ? nothing
        : html`<details>
            <summary>${t(s, 'hostError.details')}</summary>
            <ul>
              ${issues.map((issue) => html`<li><code>${issue.path.join('.')}</code>: ${t(s, 'invalid.message', { message: issue.message })}</li>`)}
            </ul>
          </details>`}
      <button @click=${() => this.dismiss(source)}>${t(s, 'dismiss')}</button>`;
  }
}
