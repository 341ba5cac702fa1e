import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsFor, type AuthStrings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Languages written right to left. */
export const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/;

/** The direction of `lang` under an explicit `dir` (when any): `dir` wins, else the language's own. */
const direction = (lang: string, dir: string | null): 'ltr' | 'rtl' =>
  dir == 'rtl' || (dir != 'ltr' && RTL.test(lang)) ? 'rtl' : 'ltr';

/**
 * The element's language: the nearest `lang` (crossing shadow hosts), then `<html lang>`, else
 * English. Its direction: the nearest `dir` up to the element that sets the language, else the
 * language's own (so `lang="ar"` inside `<html dir="ltr">` is still right to left). Re-resolved
 * on connect and when `lang` or `dir` changes on the element or on `<html>`.
 *
 * Before it is connected (on a server) and while `ownOnly` is set (the first render over
 * server-rendered markup), only the element's own `lang` and `dir` count: all a server knows.
 */
export class LocaleController implements ReactiveController {
  /** Read only the host's own attributes (see above). */
  ownOnly = false;
  #host: Host;
  #resolved?: { lang: string; dir: 'ltr' | 'rtl' };
  #strings?: AuthStrings;
  #observer?: MutationObserver;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  get lang(): string {
    return this.#current().lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#current().dir;
  }

  /** The strings of the language, read once per update (locales may be registered at any time). */
  get strings(): AuthStrings {
    return (this.#strings ??= stringsFor(this.lang));
  }

  hostConnected(): void {
    const options = { attributeFilter: ['lang', 'dir'] };
    this.#observer = new MutationObserver(() => this.#resolve());
    this.#observer.observe(this.#host, options);
    this.#observer.observe(this.#host.ownerDocument.documentElement, options);
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#resolved = undefined;
  }

  hostUpdate(): void {
    this.#strings = undefined;
  }

  #current(): { lang: string; dir: 'ltr' | 'rtl' } {
    if (this.#resolved && !this.ownOnly) return this.#resolved;
    const lang = (this.#host.getAttribute('lang') || 'en').toLowerCase();
    return { lang, dir: direction(lang, this.#host.getAttribute('dir')) };
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
    lang = (lang || 'en').toLowerCase();
    this.#resolved = { lang, dir: direction(lang, dir) };
    this.#strings = undefined;
    this.#host.requestUpdate();
  }
}
