// The body map chunk: fetched from beside the bundle the first time a view shows a map
// (lazy.ts, bodyMapChunk), never before, so a page that never shows one never downloads
// it. Adds the map's English and registers <tpi-body-map>.
import { enBodyMap } from '../../../i18n/en-body-map.js';
import { addEnglish } from '../../../i18n/registry.js';
import { defineOnce } from '../../define-once.js';
import { TpiBodyMap } from './body-map.js';

addEnglish(enBodyMap);
defineOnce('tpi-body-map', TpiBodyMap);

export { TpiBodyMap };
// The site map turns the guidance into marks with it once the map is here.
export { marksFor } from './marks.js';
