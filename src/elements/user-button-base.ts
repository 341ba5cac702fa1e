import { property } from 'lit/decorators.js';
import { currentOf, linkOf, listOf, safely } from '../auth/client.js';
import type { AuthClient, AuthSession } from '../auth/types.js';
import type { Placement } from '../controllers/popover-controller.js';
import { AuthElement } from './auth-element.js';

/**
 * The user button's attributes and what it reads of its client; the element, its template and
 * its handlers are `AuthUserButton` (user-button.ts).
 */
export abstract class UserButtonBase extends AuthElement {
  /** Shows the display name beside the avatar. */
  @property({ type: Boolean, attribute: 'show-name' }) showName = false;

  /**
   * Shows name and email beside the avatar with a chevron, full width: a layout for sidebars.
   * Reflected: the host's styles follow the attribute, also when the property is set.
   */
  @property({ type: Boolean, attribute: 'show-email', reflect: true }) showEmail = false;

  /**
   * Whether the menu is open (reflected). Set while loading or signed out, the menu stays closed
   * and opens once a session arrives; it closes when the session ends.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * The menu's content in display order: space-separated tokens `manage-account`, `custom` (the
   * slotted items), `accounts`, `add-account`, `sign-out`, `sign-out-all`; a token left out is
   * not shown. Default (null): all of them in that order. Unknown tokens are warned about once.
   */
  @property({ attribute: 'items' }) items: string | null = null;

  /**
   * Where the menu opens: `bottom-end` (default), `bottom-start`, `top-end` or `top-start`; start
   * and end follow the text direction. It still flips and stays inside the viewport.
   */
  @property({ attribute: 'placement' }) placement: Placement = 'bottom-end';

  /** Shows "Manage account" without a profile URL, for hosts that open their own dialog. */
  @property({ type: Boolean, attribute: 'manage-account' }) manageAccount = false;

  /** "Manage account" target; default the client's `userProfileUrl`. */
  @property({ attribute: 'user-profile-url' }) userProfileUrl: string | null = null;

  /** "Add account" target; default the client's `signInUrl`. */
  @property({ attribute: 'sign-in-url' }) signInUrl: string | null = null;

  /** Where to go after signing out; as on `<auth-sign-out-button>`. */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | null = null;

  /** Where to go after switching accounts (and after signing out of one of several). */
  @property({ attribute: 'after-switch-session-url' }) afterSwitchSessionUrl: string | null = null;

  /** The last signed-in session of `#lastOf`, shown during its sign-outs and switches (no placeholder flash). */
  #last?: AuthSession | null;
  #lastOf?: AuthClient | null;

  /**
   * The current session; during a sign-out or switch of the client, the last signed-in one,
   * whatever the client reports meanwhile. Never during a sign-in: a signed-out button stays
   * signed out, and never another client's.
   */
  protected currentSession(): AuthSession | null | undefined {
    const client = this.client;
    const session = safely(() => currentOf(client), null);
    const held = this.busy && this.authState.busyWith != 'sign-in' && this.#lastOf == client;
    if (session || !held) [this.#last, this.#lastOf] = [session, client];
    return (held && this.#last) || session;
  }

  /** Every session signed in on this browser (the current one alone when the client lists none). */
  protected signedInSessions(): readonly AuthSession[] {
    const current = safely(() => currentOf(this.client), null);
    return safely(() => listOf(this.client), undefined) ?? (current ? [current] : []);
  }

  /** "Manage account" target. */
  protected profileUrl(): string | undefined {
    return linkOf(safely(() => this.userProfileUrl ?? this.client?.userProfileUrl, undefined));
  }

  /** "Add account" target. */
  protected signInTarget(): string | undefined {
    return linkOf(safely(() => this.signInUrl ?? this.client?.signInUrl, undefined));
  }
}
