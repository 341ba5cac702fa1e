import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsFor, type AuthStrings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest value of `attr` on `node` or its ancestors, crossing shadow hosts. */
function nearest(node: Node | null, attr: string): string | null {
  for (; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if ((node as Element).hasAttribute?.(attr)) return (node as Element).getAttribute(attr);
  }
  return null;
}

/**
 * The element's language: the nearest `lang` (crossing shadow hosts), then `<html lang>`, else
 * English. Its direction: the nearest `dir`, else the language's own. Re-resolved on connect and
 * when `lang` or `dir` changes on the element or on `<html>`.
 */
export class LocaleController implements ReactiveController {
  lang = 'en';
  dir = 'ltr';
  strings!: AuthStrings;
  #host: Host;
  #observer?: MutationObserver;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    const options = { attributeFilter: ['lang', 'dir'] };
    this.#observer = new MutationObserver(() => this.#resolve());
    this.#observer.observe(this.#host, options);
    this.#observer.observe(document.documentElement, options);
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    this.strings = stringsFor(this.lang);
  }

  #resolve(): void {
    const dir = nearest(this.#host, 'dir');
    this.lang = (nearest(this.#host, 'lang') || 'en').toLowerCase();
    this.dir = dir == 'rtl' || (!dir && /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/.test(this.lang)) ? 'rtl' : 'ltr';
    this.#host.requestUpdate();
  }
}
