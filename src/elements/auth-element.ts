import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT, toTimeout } from '../auth/flight.js';
import { warn } from '../core/log.js';
import type { AuthClient } from '../auth/types.js';
import { AuthController } from '../controllers/auth-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';

/**
 * What every element shares: the auth client (property `auth`, else `window.Auth`), `timeout`,
 * language, warnings, the busy state, and the first render over a server-rendered shadow root.
 */
export abstract class AuthElement extends LitElement {
  /** The auth client to use instead of `window.Auth` (property only). */
  @property({ attribute: false }) auth: AuthClient | null | undefined;

  /**
   * Milliseconds before an unanswered action fails with code `timeout`; ≤ 0 = none.
   * @default 10000
   */
  @property({ converter: toTimeout }) timeout: number = DEFAULT_TIMEOUT;

  protected readonly authState = new AuthController(this);
  protected readonly locale = new LocaleController(this);
  #internals?: ElementInternals;
  /** Whether the `busy` attribute, `aria-busy` and state are set; unknown before the first update. */
  #busyShown?: boolean;
  /** Made at the first warning: most elements never warn. */
  #warned?: Set<string>;

  /**
   * True for the first render over a shadow root a server rendered: that render shows what the
   * server showed (no client yet, the element's own `lang`), so hydration finds the same DOM; the
   * next render, in the same task, shows the real state.
   */
  protected serverView = false;

  /** The auth client in use (`auth`, else `window.Auth`), or null. */
  protected get client(): AuthClient | null {
    return this.serverView ? null : this.authState.client;
  }

  /** True while a sign-out or switch of this element's client runs, started by any element. */
  get busy(): boolean {
    return !this.serverView && this.authState.busy;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    const root = super.createRenderRoot();
    if (existing) {
      this.serverView = this.locale.ownOnly = true;
      // Without Lit's hydration support the server's nodes are replaced by a fresh render.
      if (!(this as { _$needsHydration?: boolean })._$needsHydration) {
        root.replaceChildren();
        this.renderOptions.renderBefore = null;
      }
    }
    return root;
  }

  /** Also the element's own `lang` and `dir`: its language and direction follow them. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.locale.ownAttributeChanged(name);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Frameworks that stringify objects set the attribute before inserting the element.
    if (this.hasAttribute('auth')) this.warnOnce('auth is a property: set element.auth = client');
  }

  /**
   * Whether a busy element is also `aria-busy`: true for controls; false for elements that wrap or
   * picture page content (`<auth-show>`, `<auth-avatar>`), which a screen reader must keep reading.
   */
  protected get announcesBusy(): boolean {
    return true;
  }

  /** One console warning per element and message. */
  protected warnOnce(message: string): void {
    const warned = (this.#warned ??= new Set());
    if (!warned.has(message)) warn(`<${this.localName}> ${message}`);
    warned.add(message);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('auth') && this.isConnected) this.authState.sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.serverView) {
      this.serverView = this.locale.ownOnly = false;
      // Right after this update, still before anything is painted.
      void this.updateComplete.then(() => this.requestUpdate());
    }
    const busy = this.busy;
    // Written only when it changes: most updates of most elements are not busy. Markup may arrive
    // with them (a clone made during a flight): the first update reads them.
    if (busy == (this.#busyShown ?? (this.hasAttribute('busy') || this.ariaBusy != null))) return;
    this.#busyShown = busy;
    this.toggleAttribute('busy', busy);
    this.ariaBusy = busy && this.announcesBusy ? 'true' : null;
    try {
      // Internals only once busy: most elements never are.
      this.#internals ??= this.attachInternals();
      this.#internals.states[busy ? 'add' : 'delete']('busy');
    } catch {
      // no CustomStateSet: the busy attribute still styles it
    }
  }
}
