import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { stringsFor, type AuthStrings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Languages written right to left (also read by the server renderer, `src/ssr.ts`). */
export const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/;

/**
 * The element's language: the nearest `lang` (crossing shadow hosts), then `<html lang>`, else
 * English. Its direction: the nearest `dir` up to the element that sets the language, else the
 * language's own (so `lang="ar"` inside `<html dir="ltr">` is still right to left). Re-resolved on connect and
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
    let lang: string | null = null;
    let dir: string | null = null;
    for (
      let node: Node | null = this.#host;
      node && lang == null;
      node = node.parentNode ?? (node as ShadowRoot).host
    ) {
      dir ??= (node as Element).getAttribute?.('dir') ?? null;
      lang = (node as Element).getAttribute?.('lang') ?? null;
    }
    this.lang = (lang || 'en').toLowerCase();
    this.dir = dir == 'rtl' || (dir != 'ltr' && RTL.test(this.lang)) ? 'rtl' : 'ltr';
    this.#host.requestUpdate();
  }
}
