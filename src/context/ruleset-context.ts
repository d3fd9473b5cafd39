import { createContext } from '@lit/context';

/** The part of a rule set the explanation reads: each rule's description by id. */
export interface RulesetInfo {
  readonly id?: string;
  readonly version?: string;
  readonly rules: readonly { readonly id: string; readonly description?: string; readonly citations?: readonly string[] }[];
}

/** The active rule set: the host's, or the engine's default (undefined until the engine has loaded). Private key. */
export const rulesetContext = createContext<RulesetInfo | undefined>(Symbol('tpi-guide/ruleset'));
