// tpi-guide: importing this module registers <tpi-guide>.
import './define.js';

export { TpiGuide } from './components/tpi-guide.js';
export { defineOnce } from './define.js';
export { TpiChangeEvent } from './events/tpi-change-event.js';
export type { TpiChangeDetail } from './events/tpi-change-event.js';
export { TpiErrorEvent } from './events/tpi-error-event.js';
export type { TpiErrorDetail } from './events/tpi-error-event.js';
export { TpiExportEvent } from './events/tpi-export-event.js';
export type { TpiExportDetail } from './events/tpi-export-event.js';
export { TpiBookEvent } from './events/tpi-book-event.js';
export type { BookableService, SelfCheckAnswers, TpiBookDetail } from './events/tpi-book-event.js';
export { registerTranslation } from './i18n/registry.js';
export type { Strings, Translation } from './i18n/registry.js';
export { stringsContext } from './context/strings-context.js';
export type * from './engine/types.js';
