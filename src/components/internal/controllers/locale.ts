import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { stringsContext } from '../../../context/strings-context.js';
import { onTranslationChange, stringsFor } from '../../../i18n/registry.js';
import type { Strings } from '../../../i18n/registry.js';
import { mergeText } from '../../../i18n/translate.js';

/** An element whose language this controller resolves, with the host's own overrides. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  strings: Strings | undefined;
}

/**
 * The widget's language and strings. The language is the nearest `lang` from the
 * element up, through any shadow roots it lives in, else English; a change of `lang`
 * anywhere on that path, or a newly registered translation, re-renders it. The strings
 * are that language merged with a host's strings context and the `strings` property,
 * provided to the parts; the table keeps its identity while its entries are unchanged,
 * per element, so the parts' render caches keep hitting.
 */
export class LocaleController implements ReactiveController {
  private readonly fromHost: ContextConsumer<typeof stringsContext, LocaleHost>;
  private readonly provider: ContextProvider<typeof stringsContext, LocaleHost>;
  private table: Strings = {};
  private observer?: MutationObserver;
  private unsubscribe?: () => void;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
    // A host may provide strings above the element; the element's own provider below
    // never answers its own request.
    this.fromHost = new ContextConsumer(host, { context: stringsContext, subscribe: true });
    this.provider = new ContextProvider(host, { context: stringsContext, initialValue: this.table });
  }

  /** The strings in force. */
  get strings(): Strings {
    return this.table;
  }

  hostConnected(): void {
    const changed = () => this.host.requestUpdate();
    this.unsubscribe = onTranslationChange(changed);
    // Made here, not in the constructor, so the class can be built without a DOM (SSR).
    this.observer ??= new MutationObserver(changed);
    for (const root of rootsOf(this.host)) this.observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    const next = mergeText(stringsFor(languageOf(this.host)), this.fromHost.value, this.host.strings);
    if (!sameEntries(next, this.table)) this.provider.setValue((this.table = next));
  }
}

/** The language of `el`: the nearest `lang` on it or an ancestor, across shadow roots; else English. */
export function languageOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang || el.ownerDocument.documentElement.lang || 'en';
  }
  return 'en';
}

/** The shadow roots `el` lives in, innermost first, then its document's root element. */
function rootsOf(el: Node): Node[] {
  const roots: Node[] = [];
  let root = el.getRootNode();
  for (; root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  if (root instanceof Document) roots.push(root.documentElement);
  return roots;
}

/** Whether two tables hold the same entries. */
function sameEntries(a: Strings, b: Strings): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
