import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { DEFAULT_TIMEOUT, toTimeout } from '../auth/flight.js';
import { warn } from '../core/log.js';
import type { AuthClient } from '../auth/types.js';
import { AuthController } from '../controllers/auth-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';

export { toTimeout };

/**
 * What both elements share: the auth client (property `auth`, else `window.Auth`), `timeout`,
 * language, warnings, and the busy state of SPEC §3.
 *
 * It builds on Lit's `ReactiveElement` (reactive properties, controllers, adopted styles) without
 * the template engine: each element builds its small shadow DOM once and updates it in place,
 * which saves the 2.6 KB brotli of lit-html (SPEC §8 budgets).
 *
 * Properties are declared with `static properties` rather than decorators: the decorator helpers
 * cost 350 bytes of the size budget (SPEC §8).
 */
export abstract class AuthElement extends ReactiveElement {
  static override properties: PropertyDeclarations = {
    auth: { attribute: false },
    timeout: { converter: toTimeout },
  };

  /** The auth client to use instead of `window.Auth` (property only). */
  declare auth: AuthClient | null | undefined;

  /** Milliseconds before an unanswered action fails with code `timeout`; ≤ 0 = none. Default 10000. */
  declare timeout: number;

  protected readonly authState = new AuthController(this);
  protected readonly locale = new LocaleController(this);
  #internals?: ElementInternals;
  #warned = new Set<string>();

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT;
  }

  /** The auth client in use (`auth`, else `window.Auth`), or null. */
  protected get client(): AuthClient | null {
    return this.authState.client;
  }

  /** True while a sign-out or switch of this element's client runs, started by any element. */
  get busy(): boolean {
    return this.authState.busy;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Frameworks that stringify objects set the attribute before inserting the element.
    if (this.hasAttribute('auth')) this.warnOnce('auth is a property: set element.auth = client');
  }

  /** One console warning per element and message. */
  protected warnOnce(message: string): void {
    if (!this.#warned.has(message)) warn(`<${this.localName}> ${message}`);
    this.#warned.add(message);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('auth') && this.isConnected) this.authState.sync();
  }

  protected override updated(): void {
    const busy = this.busy;
    this.toggleAttribute('busy', busy);
    this.ariaBusy = busy ? 'true' : null;
    try {
      this.#internals ??= this.attachInternals();
      this.#internals.states[busy ? 'add' : 'delete']('busy');
    } catch {
      // no CustomStateSet: the busy attribute still styles it
    }
  }
}
