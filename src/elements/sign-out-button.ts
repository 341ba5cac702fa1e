import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveScope, runSignOut } from '../auth/sign-out.js';
import type { SignOutScope } from '../auth/types.js';
import { toTimeout } from '../auth/flight.js';
import type { Flight } from '../core/registry.js';
import { ButtonElement } from './button-element.js';

/**
 * A button that signs the user out through the auth client (`window.Auth` or the `auth`
 * property): one session, every session on this browser, every other device, or everywhere.
 *
 * @tagname auth-sign-out-button
 * @summary Signs the user out, with a cancelable request event, single flight and safe redirects.
 *
 * @slot - Replaces the "Sign out" label ("Sign out of all other devices" with scope `others`, "Sign out of
 *   all devices" with `everywhere`). A single `<button>`, `<a href>`, `[role=button]` or
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
export class AuthSignOutButton extends ButtonElement {
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

  protected override label(busyWith: Flight['scope'] | undefined): string {
    const { signOut, signingOut, signOutOthers, signOutEverywhere } = this.locale.strings;
    // Busy with a sign-in or a switch of the client: disabled, but no "Signing out…".
    if (busyWith && busyWith != 'sign-in' && busyWith != 'switch') return signingOut;
    return this.scope == 'others' ? signOutOthers : this.scope == 'everywhere' ? signOutEverywhere : signOut;
  }

  protected override activate(): void {
    void this.#run(true, this.scope, this.sessionId);
  }

  #run(confirm: boolean, scope: string | null, sessionId: string | null): Promise<void> {
    return this.keepFocus(() =>
      runSignOut(this, {
        scope: resolveScope(scope, sessionId)[0],
        sessionId,
        redirectUrl: this.redirectUrl,
        timeout: toTimeout(this.timeout),
        confirm,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-out-button': AuthSignOutButton;
  }
}
