import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stringsFor, type AuthStrings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Languages written right to left. */
export const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/;

type Locale = { lang: string; dir: 'ltr' | 'rtl' };

/**
 * The language and direction of `host`: its nearest `lang` (crossing shadow hosts; only its own
 * with `ownOnly`), else English, and the nearest `dir` up to there, else the language's own.
 */
function locate(host: Element, ownOnly: boolean): Locale {
  let lang: string | null = null;
  let dir: string | null = null;
  for (
    let node: Node | null = host;
    node && lang == null;
    node = ownOnly ? null : (node.parentNode ?? (node as ShadowRoot).host)
  ) {
    dir ??= (node as Element).getAttribute?.('dir') ?? null;
    lang = (node as Element).getAttribute?.('lang') ?? null;
  }
  lang = (lang || 'en').toLowerCase();
  return { lang, dir: dir == 'rtl' || (dir != 'ltr' && RTL.test(lang)) ? 'rtl' : 'ltr' };
}

/** The controllers watching `<html>`, and the one observer of it. */
const watching = new WeakMap<Node, Set<LocaleController>>();
let observer: MutationObserver | undefined;
const ATTRIBUTES = { attributeFilter: ['lang', 'dir'] };

function watch(node: Node, controller: LocaleController, on: boolean): void {
  let set = watching.get(node);
  if (on) {
    if (!set) watching.set(node, (set = new Set()));
    // One observer for the page, of `<html>` (and of other documents' roots an element moves to).
    if (!set.size) {
      observer ??= new MutationObserver(records => {
        const due = new Set(records.flatMap(record => [...(watching.get(record.target) ?? [])]));
        for (const controller of due) controller.resolve();
      });
      observer.observe(node, ATTRIBUTES);
    }
    set.add(controller);
  } else {
    set?.delete(controller);
  }
}

/**
 * The element's language: the nearest `lang` (crossing shadow hosts), then `<html lang>`, else
 * English. Its direction: the nearest `dir` up to the element that sets the language, else the
 * language's own (so `lang="ar"` inside `<html dir="ltr">` is still right to left). Re-resolved
 * on connect, when `lang` or `dir` changes on `<html>`, and when the host reports a change of its
 * own (`ownAttributeChanged`, from its `attributeChangedCallback`: cheaper than observing every
 * element).
 *
 * Before it is connected (on a server) and while `ownOnly` is set (the first render over
 * server-rendered markup), only the element's own `lang` and `dir` count: all a server knows.
 */
export class LocaleController implements ReactiveController {
  /** Read only the host's own attributes (see above). */
  ownOnly = false;
  #host: Host;
  #resolved?: Locale;
  #strings?: Readonly<AuthStrings>;

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
  get strings(): Readonly<AuthStrings> {
    return (this.#strings ??= stringsFor(this.lang));
  }

  hostConnected(): void {
    watch(this.#host.ownerDocument.documentElement, this, true);
    this.resolve();
  }

  hostDisconnected(): void {
    watch(this.#host.ownerDocument.documentElement, this, false);
    this.#resolved = undefined;
  }

  /** An attribute of the host changed (its `attributeChangedCallback`): `lang` and `dir` count. */
  ownAttributeChanged(name: string): void {
    if ((name == 'lang' || name == 'dir') && this.#host.isConnected) this.resolve();
  }

  hostUpdate(): void {
    this.#strings = undefined;
  }

  #current(): Locale {
    return this.#resolved && !this.ownOnly ? this.#resolved : locate(this.#host, true);
  }

  /** Reads the language and direction again (on connect, and when a watched `lang` or `dir` changes). */
  resolve(): void {
    this.#resolved = locate(this.#host, false);
    this.#strings = undefined;
    this.#host.requestUpdate();
  }
}
