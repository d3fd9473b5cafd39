// The "From the record" mark beside a pre-filled field: a visible badge, a button that
// shows the source (what the record says, its reference and date), and a description
// the field's control points at, so a screen reader says where the value came from.
// Rendered in the part's own shadow root (aria-describedby cannot cross into another).
import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { FieldSource } from '../../../engine/interop/from-fhir/types.js';
import { provenanceContext } from '../../../context/provenance-context.js';
import type { Strings } from '../../../i18n/registry.js';
import { t } from '../../../i18n/translate.js';

/** A field's mark: the id of its description (for the control's aria-describedby) and what to render. */
export interface Mark {
  readonly id: string;
  readonly template: TemplateResult;
}

/** Where a source is: its reference (`Observation/123`), else its resource type. */
const where = (source: Omit<FieldSource, 'also'>) => source.reference ?? source.resourceType;

/**
 * The marks a part shows, read from the root's provenance: `for(path, field)` gives the
 * mark of the field at `path` while it still holds the record's value, else undefined.
 * Which sources are open is kept by source, so a mark whose row moves up stays open.
 */
export class SourceMarks {
  private readonly marks: ContextConsumer<typeof provenanceContext, ReactiveControllerHost & HTMLElement>;
  private readonly open = new WeakSet<FieldSource>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Strings,
  ) {
    this.marks = new ContextConsumer(host, { context: provenanceContext, subscribe: true });
  }

  /**
   * The mark of the field at `path`, named `field` (the button shows "From the record";
   * its accessible name adds which field, as several fields may carry one): the badge, the hidden description and the
   * source panel, in that order, for the caller to lay out.
   */
  for(path: string, field: string): Mark | undefined {
    const source = this.marks.value?.[path];
    if (!source) return undefined;
    const s = this.strings();
    const id = `src-${path.replace(/\./g, '-')}`;
    const open = this.open.has(source);
    const toggle = () => {
      if (open) this.open.delete(source);
      else this.open.add(source);
      this.host.requestUpdate();
    };
    const template = html`<button
        type="button"
        class="src-badge"
        part="source-mark"
        aria-label=${t(s, 'source.markFor', { field })}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`${id}-p`}
        @click=${toggle}
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && open && toggle()}
      >
        ${t(s, 'source.mark')}</button
      ><span id=${id} hidden>${t(s, 'source.described', { text: source.text, reference: where(source) })}</span>
      <div id=${`${id}-p`} class="src-panel" ?hidden=${!open}>
        <p>${source.text}</p>
        <p class="muted">${t(s, source.date ? 'source.where.dated' : 'source.where', { reference: where(source), date: source.date ?? '' })}</p>
        ${source.also?.length
          ? html`<p class="muted">${t(s, 'source.also')}</p>
              <ul class="muted">
                ${source.also.map((other) => html`<li>${other.text} (${where(other)})</li>`)}
              </ul>`
          : nothing}
      </div>`;
    return { id, template };
  }
}

/** The ids a control's aria-describedby lists (its error, its mark), or nothing. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  return ids.filter(Boolean).join(' ') || nothing;
}

/** The styles of the marks and of the lines that hold a label and its mark. */
export const sourceMarkStyles = css`
  .line { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.5em; }
  .line > label.check { margin-right: 0; }
  .src-badge { min-height: 1.75rem; padding: 0 0.5em; border-radius: 1em; background: var(--_panel); color: var(--_text); font-size: 0.8125rem; font-weight: 600; }
  .src-badge[aria-expanded=true] { background: var(--_accent); color: var(--_on-accent); }
  legend:has(+ .src-badge) { float: left; margin-right: 0.5em; }
  .opts + .src-badge { margin-left: 0.5em; }
  .src-panel { clear: left; flex-basis: 100%; margin: 0.25em 0 0.5em; padding: 0.35em 0.6em; border-left: 3px solid var(--_accent); background: var(--_panel); font-size: 0.875rem; font-weight: 400; overflow-wrap: anywhere; }
  .src-panel p, .src-panel ul { margin: 0 0 0.2em; }
`;
