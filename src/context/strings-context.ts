import { createContext } from '@lit/context';
import type { Strings } from '../i18n/registry.js';

/**
 * The UI strings in force. The root provides the resolved language merged with host
 * overrides; a host may also provide this context above the root to override keys.
 * Host-facing, so its key is the documented string `'tpi-strings'` (a host's own copy
 * of `@lit/context` and of this package must find it), not a private symbol.
 */
export const stringsContext = createContext<Strings>('tpi-strings');
