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

/**
 * The host's problems: each refused input raises `tpi-error` and stays shown, in one
 * announced alert, until the host sends a valid value again or the person dismisses it.
 */
export class HostErrors {
  private errors: Partial<Record<Source, readonly Issue[]>> = {};

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly strings: () => Strings,
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

  /** The alert: empty (and silent) while the host's inputs are fine. */
  render() {
    return html`<div part="error" class="alert" role="alert">${SOURCES.map((source) => this.renderError(source))}</div>`;
  }

  private set(source: Source, issues: readonly Issue[] | undefined): void {
    this.errors = { ...this.errors, [source]: issues };
    this.host.requestUpdate();
  }

  private renderError(source: Source) {
    const issues = this.errors[source];
    if (!issues) return nothing;
    const s = this.strings();
    return html`<p class="error">${t(s, `hostError.${source}`)}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.path.join('.')}</code>: ${t(s, 'invalid.message', { message: issue.message })}</li>`)}
      </ul>
      <button @click=${() => this.clear(source)}>${t(s, 'dismiss')}</button>`;
  }
}
