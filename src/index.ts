// tpi-guide: importing this module registers <tpi-guide>.
import './define.js';

export { TpiGuide } from './components/tpi-guide.js';
export { defineOnce } from './define.js';
export type * from './engine/types.js';
