// The map's one event. Internal: the part that shows the map handles it inside its own
// shadow root, so it bubbles but is not composed and never reaches the host page.
import type { BodyRegionId, BodyView } from '../../../engine/catalog/body-map.js';
import type { MuscleId, Side, SymptomId } from '../../../engine/types.js';

/** Clinician mode: a muscle on one side was chosen (add a site for it, or go to its site). */
export interface TpiMapPickMuscle {
  readonly mode: 'clinician';
  readonly muscle: MuscleId;
  /** The patient's side, whichever view it was chosen on. */
  readonly side: Side;
  /** The view it was chosen on. */
  readonly view: BodyView;
}

/** Patient mode: a region was ticked or unticked; the whole choice and the answer it leaves come along. */
export interface TpiMapPickRegion {
  readonly mode: 'patient';
  readonly region: BodyRegionId;
  /** Whether `region` is chosen now. */
  readonly selected: boolean;
  /** Every chosen region after this pick, in the map's order. */
  readonly regions: readonly BodyRegionId[];
  /** The answer to "What is bothering you?" after this pick (symptom ids in SYMPTOM_IDS order): the map's `areas`. */
  readonly areas: readonly SymptomId[];
}

export type TpiMapPickDetail = TpiMapPickMuscle | TpiMapPickRegion;

/** Fired by `<tpi-body-map>` when a region is chosen by pointer, Enter or Space. */
export class TpiMapPickEvent extends Event {
  readonly detail: TpiMapPickDetail;
  constructor(detail: TpiMapPickDetail) {
    super('tpi-map-pick', { bubbles: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tpi-map-pick': TpiMapPickEvent;
  }
}
