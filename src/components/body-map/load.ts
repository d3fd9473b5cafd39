// The one way into the body map: a dynamic import, so the map (its drawing, styles and
// English strings) is a chunk of its own that a page fetches only when a map is shown.
// Import this small module statically; call loadBodyMap() before rendering
// <tpi-body-map>. Never import ./body-map.js statically, or the chunk merges back into
// the main bundle.
import { defineOnce } from '../define-once.js';
import type { TpiBodyMap } from './body-map.js';

let loading: Promise<typeof TpiBodyMap> | undefined;

/**
 * Loads the map's chunk and registers `<tpi-body-map>` (once; later calls share the
 * same promise). A failed load rejects and is retried on the next call, so a host can
 * keep showing its list and offer the map again.
 */
export function loadBodyMap(): Promise<typeof TpiBodyMap> {
  loading ??= import('./body-map.js').then(
    ({ TpiBodyMap }) => {
      defineOnce('tpi-body-map', TpiBodyMap);
      return TpiBodyMap;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
