import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveScope, runSignOut } from '../auth/sign-out.js';
import type { SignOutScope } from '../auth/types.js';
import { SlottedControlController } from '../controllers/slotted-control-controller.js';
import { toTimeout } from '../auth/flight.js';
import { AuthElement } from './auth-element.js';
import { styles } from './sign-out-button.styles.js';
import { theme } from './theme.styles.js';

/**
 * A button that signs the user out through the auth client (`window.Auth` or the `auth`
 * property): one session, every session on this browser, every other device, or everywhere.
 *
 * @tagname auth-sign-out-button
 * @summary Signs the user out, with a cancelable request event, single flight and safe redirects.
 *
 * @slot - Replaces the "Sign out" label. A single `<button>`, `<a href>`, `[role=button]` or
 *   `[role=menuitem]` becomes the control itself, and no inner button is rendered.
 *
 * @csspart button - The inner button (absent when a slotted control is used).
 *
 * @cssprop --auth-color-scheme - `light`, `dark` or `light dark` (default: the OS preference).
 * @cssprop --auth-accent - Focus ring colour.
 * @cssprop --auth-surface - Button background.
 * @cssprop --auth-text - Button text colour.
 * @cssprop --auth-border - Button border colour.
 * @cssprop --auth-radius - Corner radius (default 8px).
 * @cssprop --auth-font - Font shorthand (default: inherited).
 *
 * @fires {AuthSignOutEvent} auth-sign-out - Cancelable; on click, before any check or client call.
 * @fires {AuthSignedOutEvent} auth-signed-out - After the client resolved, before navigation.
 * @fires {AuthSignOutErrorEvent} auth-sign-out-error - The sign-out failed (`detail.code` says why).
 *
 * @cssstate busy - While a sign-out of this element's client runs.
 */
export class AuthSignOutButton extends AuthElement {
  static override styles = [theme, styles];

  /**
   * `session`, `all`, `others` (every other device of the user; this one stays) or `everywhere`.
   * Default: `session` when `session-id` is set, else `all`. An invalid value counts as absent
   * (one warning). `others` and `everywhere` need a client that lists them in `supportsScope`.
   */
  @property() scope: SignOutScope | null = null;

  /** The session to sign out (scope `session`); ignored, with a warning, with any other scope. */
  @property({ attribute: 'session-id' }) sessionId: string | null = null;

  /**
   * Where to go after signing out, vetted (same origin or the client's `allowedRedirectOrigins`).
   * Default: the client's `afterSignOutUrl` (none with scope `others`, which keeps this browser
   * signed in). Present but empty: no navigation.
   */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | null = null;

  /** Blocks activation by the user. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  readonly #slot = new SlottedControlController(this, {
    disabled: () => this.disabled || this.busy,
    onInteractive: () => this.warnOnce('has interactive content: slot one <button> or <a href> as the control'),
  });

  constructor() {
    super();
    this.addEventListener('click', this.#handleHostClick);
    this.addEventListener('keydown', this.#handleHostKeydown);
  }

  /**
   * Signs out as a click would, but without `auth-sign-out` (the call is the confirmation, e.g.
   * after a confirm dialog) and even when `disabled`. Resolves when the sign-out settled; never
   * rejects.
   */
  signOut(options: { scope?: SignOutScope; sessionId?: string } = {}): Promise<void> {
    return this.#run(false, options.scope ?? this.scope, options.sessionId ?? this.sessionId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problem = resolveScope(this.scope, this.sessionId)[1];
    if (problem && (changed.has('scope') || changed.has('sessionId'))) this.warnOnce(problem);
  }

  /**
   * One button around the default slot, or the bare slot around a slotted control. The label is
   * the slot's fallback, so server-rendered markup shows it only when nothing is slotted; blank
   * text hides a fallback, so then it follows the slot.
   */
  protected override render(): TemplateResult {
    const slot = this.serverView ? { control: null, hasContent: false, blank: false } : this.#slot;
    if (slot.control) return html`<slot></slot>`;
    const { signOut, signingOut } = this.locale.strings;
    const label = slot.hasContent ? nothing : this.busy ? signingOut : signOut;
    return html`<button
      part="button"
      type="button"
      dir=${this.locale.dir}
      ?disabled=${this.disabled}
      aria-disabled=${this.busy ? 'true' : nothing}
      @click=${this.#activate}
    >
      <slot>${label}</slot>${slot.blank ? label : nothing}
    </button>`;
  }

  #handleHostClick = (event: MouseEvent): void => {
    const control = this.#slot.control;
    if (control && event.composedPath().includes(control)) {
      // A link must not follow, a submit button must not submit.
      event.preventDefault();
      this.#activate();
    }
  };

  #handleHostKeydown = (event: KeyboardEvent): void => {
    const control = this.#slot.control;
    // Buttons activate on Enter and Space natively, links on Enter; the rest is done here.
    if (
      control &&
      event.target == control &&
      !(control instanceof HTMLButtonElement) &&
      (event.key == ' ' || (event.key == 'Enter' && !(control instanceof HTMLAnchorElement)))
    ) {
      event.preventDefault();
      this.#activate();
    }
  };

  #activate = (): void => {
    if (!this.disabled) void this.#run(true, this.scope, this.sessionId);
  };

  async #run(confirm: boolean, scope: string | null, sessionId: string | null): Promise<void> {
    const focused = this.matches(':focus-within');
    await runSignOut(this, {
      scope: resolveScope(scope, sessionId)[0],
      sessionId,
      redirectUrl: this.redirectUrl,
      timeout: toTimeout(this.timeout),
      confirm,
    });
    await this.updateComplete;
    // A disabled control loses focus in some engines: give it back if nothing else took it.
    const { activeElement } = this.ownerDocument;
    if (focused && this.isConnected && activeElement == this.ownerDocument.body) {
      (this.#slot.control ?? this.renderRoot.querySelector('button'))?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-out-button': AuthSignOutButton;
  }
}
