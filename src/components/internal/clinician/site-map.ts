import { css, html } from 'lit';
import { guidanceContext } from '../../../context/guidance-context.js';
import { base } from '../../../styles/base.js';
import type { TpiMapPickEvent } from '../body-map/pick-event.js';
import { BodyMapShown } from '../body-map/shown.js';
import { bodyMapChunk } from '../lazy.js';
import { consume } from '../part.js';
import { TpiFormPart } from './form-part.js';
import type { SitePick } from './site-picker.js';

/**
 * The examined sites on the body map, shown on request (not with `no-body-map`). Each
 * site of the guidance is marked on its muscle and side with its classification, so the
 * marks follow every edit, removal and undo. Choosing a muscle and side that a site has
 * (or, failing that, a site of that muscle with no side, marked on both sides) fires
 * `reveal` (`{ id }`: go to that site's card); one no site has fires `pick`
 * (`{ muscle, side }`: added as a pick from the site picker). Both bubble inside the site
 * editor and are not composed. Nothing else is decided here.
 */
export class TpiSiteMap extends TpiFormPart {
  static override styles = [
    base,
    css`
      .map-toggle {
        margin-bottom: 0.5em;
      }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);
  private readonly _map = new BodyMapShown(this);

  override render() {
    return this._map.render(
      this.t('sites.map'),
      this.t('loading.failed'),
      () =>
        html`<tpi-body-map
          part="body-map"
          .strings=${this.s}
          .marks=${bodyMapChunk.value!.marksFor(this._guidance.value?.sites ?? [])}
          @tpi-map-pick=${this.onPick}
        ></tpi-body-map>`,
    );
  }

  private onPick = ({ detail }: TpiMapPickEvent) => {
    if (!('muscle' in detail)) return;
    const { muscle, side } = detail;
    const sites = this.draft.assessment.sites.filter((s) => s.muscle === muscle);
    const site = sites.find((s) => s.side === side) ?? sites.find((s) => !s.side);
    this.dispatchEvent(site ? new CustomEvent('reveal', { bubbles: true, detail: { id: site.id } }) : new CustomEvent<SitePick>('pick', { bubbles: true, detail: { muscle, side } }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-site-map': TpiSiteMap;
  }
}
