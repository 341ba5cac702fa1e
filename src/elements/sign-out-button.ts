import type { PropertyDeclarations, PropertyValues } from '@lit/reactive-element';
import { resolveScope, runSignOut } from '../auth/sign-out.js';
import type { SignOutScope } from '../auth/types.js';
import { AuthElement, toTimeout } from './auth-element.js';
import { styles } from './sign-out-button.styles.js';
import { CONTROL, INTERACTIVE } from './selectors.js';
import { theme } from './theme.styles.js';

/**
 * A button that signs the user out through the auth client (`window.Auth` or the `auth`
 * property): one session, every session on this browser, or everywhere.
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

  static override properties: PropertyDeclarations = {
    scope: {},
    sessionId: { attribute: 'session-id' },
    redirectUrl: { attribute: 'redirect-url' },
    disabled: { type: Boolean, reflect: true },
    control: { state: true },
    hasContent: { state: true },
  };

  /**
   * `session`, `all` or `everywhere`. Default: `session` when `session-id` is set, else `all`.
   * An invalid value counts as absent (one warning).
   */
  declare scope: SignOutScope | null;

  /** The session to sign out (scope `session`); ignored, with a warning, with `all`/`everywhere`. */
  declare sessionId: string | null;

  /**
   * Where to go after signing out, vetted (same origin or the client's `allowedRedirectOrigins`).
   * Default: the client's `afterSignOutUrl`. Present but empty: no navigation.
   */
  declare redirectUrl: string | null;

  /** Blocks activation by the user. */
  declare disabled: boolean;

  /** The slotted control, when the only slotted node is one. */
  declare private control: HTMLElement | null;
  declare private hasContent: boolean;
  /** The control's own `aria-disabled` and `disabled`, kept while overridden. */
  #saved?: [string | null, boolean];
  /** The shadow DOM, kept by hand: `<button part="button" type="button"><slot></slot>label</button>`. */
  #button?: HTMLButtonElement;
  #slot?: HTMLSlotElement;
  #label?: Text;

  constructor() {
    super();
    this.scope = this.sessionId = this.redirectUrl = this.control = null;
    this.disabled = this.hasContent = false;
    this.addEventListener('click', this.#handleHostClick);
    this.addEventListener('keydown', this.#handleHostKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readContent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#restoreControl();
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

  protected override updated(): void {
    super.updated();
    const control = this.control;
    if (!control) return;
    if (!(this.disabled || this.busy)) return this.#restoreControl();
    this.#saved ??= [control.getAttribute('aria-disabled'), control.hasAttribute('disabled')];
    control.setAttribute('aria-disabled', 'true');
    if (control instanceof HTMLButtonElement) control.disabled = true;
  }

  /** Renders by hand: one button around the slot, or the bare slot around a slotted control. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    const doc = this.ownerDocument;
    const slot = (this.#slot ??= doc.createElement('slot'));
    const label = (this.#label ??= doc.createTextNode(''));
    let button = this.#button;
    if (!button) {
      button = this.#button = doc.createElement('button');
      button.type = 'button';
      button.setAttribute('part', 'button');
      button.addEventListener('click', () => this.#activate());
      slot.addEventListener('slotchange', this.#readContent);
    }
    if (this.control) {
      if (slot.parentNode != root) root.replaceChildren(slot);
      return;
    }
    if (button.parentNode != root) {
      // The first time this also replaces what a server rendered into the shadow root (src/ssr.ts).
      button.replaceChildren(slot, label);
      root.replaceChildren(button);
    }
    const { signOut, signingOut } = this.locale.strings;
    label.data = this.hasContent ? '' : this.busy ? signingOut : signOut;
    button.dir = this.locale.dir;
    button.disabled = this.disabled;
    button.ariaDisabled = this.busy ? 'true' : null;
  }

  /** Reads the default slot's nodes (comments and white space ignored): a label, or a control. */
  #readContent = (): void => {
    const nodes = [...this.childNodes].filter(node =>
      node instanceof Element ? !node.slot : node.nodeType == 3 && node.textContent!.trim(),
    );
    const only = nodes.length == 1 && (nodes[0] as HTMLElement);
    const control = only && only.matches?.(CONTROL) ? only : null;
    if (control != this.control) this.#restoreControl();
    this.control = control;
    this.hasContent = nodes.length > 0;
    if (
      !control &&
      nodes.some(n => (n as Element).matches?.(INTERACTIVE) || (n as Element).querySelector?.(INTERACTIVE))
    ) {
      this.warnOnce('has interactive content: slot one <button> or <a href> as the control');
    }
  };

  #restoreControl(): void {
    const [control, saved] = [this.control, this.#saved];
    if (!control || !saved) return;
    this.#saved = undefined;
    if (saved[0] == null) control.removeAttribute('aria-disabled');
    else control.setAttribute('aria-disabled', saved[0]);
    if (control instanceof HTMLButtonElement) control.disabled = saved[1];
  }

  #handleHostClick = (event: MouseEvent): void => {
    if (this.control && event.composedPath().includes(this.control)) {
      // A link must not follow, a submit button must not submit.
      event.preventDefault();
      this.#activate();
    }
  };

  #handleHostKeydown = (event: KeyboardEvent): void => {
    const control = this.control;
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

  #activate(): void {
    if (!this.disabled) void this.#run(true, this.scope, this.sessionId);
  }

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
    if (focused && this.isConnected && document.activeElement == document.body) {
      (this.control ?? this.renderRoot.querySelector('button'))?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-out-button': AuthSignOutButton;
  }
}
