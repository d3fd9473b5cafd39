import { LitElement } from 'lit';
import type { CSSResultGroup } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Context } from '@lit/context';
import type { Guidance } from '../engine/index.js';
import { EMPTY_DRAFT, assessmentContext } from '../context/assessment-context.js';
import type { Draft } from '../context/assessment-context.js';
import { audienceContext } from '../context/audience-context.js';
import type { Audience } from '../context/audience-context.js';
import { editorContext } from '../context/editor-context.js';
import type { Editor } from '../context/editor-context.js';
import { guidanceContext } from '../context/guidance-context.js';
import { rulesetContext } from '../context/ruleset-context.js';
import type { RulesetInfo } from '../context/ruleset-context.js';
import { stringsContext } from '../context/strings-context.js';
import { en } from '../i18n/en.js';
import { t } from '../i18n/translate.js';
import type { Strings } from '../i18n/registry.js';
import { base } from '../styles/base.js';

/**
 * The base of every inner component: shared styles, and the root's contexts as
 * read-only getters. Each is a subscribed controller, so a new value re-renders the
 * component. (Controllers rather than decorators keep the standalone bundle small.)
 */
export class TpiElement extends LitElement {
  static override styles: CSSResultGroup = base;

  private _s = this.use(stringsContext);
  private _g = this.use(guidanceContext);
  private _d = this.use(assessmentContext);
  private _e = this.use(editorContext);
  private _r = this.use(rulesetContext);
  private _a = this.use(audienceContext);

  /** The strings in force (English until the root answers). */
  protected get s(): Strings {
    return this._s.value ?? en;
  }
  /** The engine's latest guidance. */
  protected get guidance(): Guidance | null {
    return this._g.value ?? null;
  }
  /** The user's entries and the engine's issues with them. */
  protected get draft(): Draft {
    return this._d.value ?? EMPTY_DRAFT;
  }
  /** The editing API: each call hands a new assessment to the root. */
  protected get editor(): Editor | undefined {
    return this._e.value;
  }
  /** The rule set in use. */
  protected get ruleset(): RulesetInfo | undefined {
    return this._r.value;
  }
  /** Who the widget talks to. */
  protected get audience(): Audience {
    return this._a.value ?? 'clinician';
  }

  /** Translates `key`, filling `{name}` placeholders from `vars`. */
  protected t(key: string, vars?: Record<string, string | number>): string {
    return t(this.s, key, vars);
  }

  private use<C extends Context<unknown, unknown>>(context: C): ContextConsumer<C, this> {
    return new ContextConsumer(this, { context, subscribe: true });
  }
}
