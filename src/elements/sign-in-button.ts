import { property } from 'lit/decorators.js';
import { toTimeout } from '../auth/flight.js';
import { runSignIn } from '../auth/sign-in.js';
import type { Flight } from '../core/registry.js';
import { ButtonElement } from './button-element.js';

/**
 * A button that starts a sign-in: the auth client's `signIn` when it has one (`window.Auth` or the
 * `auth` property), else the sign-in page, with the page to come back to.
 *
 * @tagname auth-sign-in-button
 * @summary Starts a sign-in, with a cancelable request event, single flight and safe redirects.
 *
 * @slot - Replaces the "Sign in" label ("Signing in…" while busy). A single `<button>`, `<a href>`, `[role=button]` or
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
 * @fires {AuthSignInEvent} auth-sign-in - Cancelable; on click, before the client call or navigation.
 * @fires {AuthSignInErrorEvent} auth-sign-in-error - The sign-in could not start (`detail.code` says why).
 *
 * @cssstate busy - While the client's `signIn` (or another flight of the client) runs.
 */
export class AuthSignInButton extends ButtonElement {
  /**
   * The sign-in page, vetted, used when the client has no `signIn`; each `{redirect}` in it is
   * replaced by the URL-encoded `redirect-url`. Default: the client's `signInUrl`.
   */
  @property({ attribute: 'sign-in-url' }) signInUrl: string | null = null;

  /**
   * Where to come back after signing in, vetted: given to the client's `signIn` as `redirectUrl`,
   * or put in the sign-in URL's `{redirect}`. Default: the current page. Present but empty: none.
   */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | null = null;

  /**
   * Starts a sign-in as a click would (`auth-sign-in` included), even when `disabled`. Resolves
   * when the client's `signIn` settled; never rejects.
   */
  signIn(): Promise<void> {
    return this.keepFocus(() =>
      runSignIn(this, { signInUrl: this.signInUrl, redirectUrl: this.redirectUrl, timeout: toTimeout(this.timeout) }),
    );
  }

  protected override label(busyWith: Flight['scope'] | undefined): string {
    const { signIn, signingIn } = this.locale.strings;
    // Busy with another flight of the client (a sign-out, say): disabled, but no "Signing in…".
    return busyWith == 'sign-in' ? signingIn : signIn;
  }

  protected override activate(): void {
    void this.signIn();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in-button': AuthSignInButton;
  }
}
