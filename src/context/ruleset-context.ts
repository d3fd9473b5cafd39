import { createContext } from '@lit/context';
import type { Action } from '../engine/index.js';

/**
 * The part of a rule set the explanations read: each rule's description by id, and its
 * action, which tells the item (warning, option, condition …) a fired rule is behind.
 */
export interface RulesetInfo {
  readonly id?: string;
  readonly version?: string;
  readonly rules: readonly { readonly id: string; readonly description?: string; readonly citations?: readonly string[]; readonly then?: Action }[];
}

/** The active rule set: the host's, or the engine's default (undefined until the engine has loaded). Private key. */
export const rulesetContext = createContext<RulesetInfo | undefined>(Symbol('tpi-guide/ruleset'));
