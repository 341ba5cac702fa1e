import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../auth/events.js';
import { followAccountLink } from '../auth/account-links.js';
import { runSignOut, type SignOutRequest } from '../auth/sign-out.js';
import { runSwitch } from '../auth/switch.js';
import type { AuthSession, SignOutScope } from '../auth/types.js';
import { MenuController } from '../controllers/menu-controller.js';
import { AnchoredPopoverController } from '../controllers/popover-controller.js';
import { format } from '../i18n/strings.js';
import { toTimeout } from '../auth/flight.js';
import { UserButtonBase } from './user-button-base.js';
import { nameAndEmail } from './account.js';
import { BrokenImages, face, faceImage } from './avatar-image.js';
import { CHEVRON } from './icons.js';
import { firstInteractive, ownsFocus } from '../controllers/selectors.js';
import { avatarStyles } from './avatar-image.styles.js';
import { theme } from './theme.styles.js';
import { styles } from './user-button.styles.js';
import { type ItemKey, MENU_TOKENS, type MenuToken, parseItems } from './menu-items.js';
import { header, menuContent, type MenuView, triggerEmail } from './user-menu.js';
import { checkItem } from './checkable.js';

/**
 * An avatar button that opens an account menu: manage the account, switch between the accounts
 * signed in on this browser, add one, sign out of one or all.
 *
 * @tagname auth-user-button
 * @summary The account menu: Clerk's UserButton for any auth client.
 *
 * @slot signed-out - Shown instead of the button when nobody is signed in (e.g. a sign-in link).
 * @slot menu-item - Your own menu items (`<a href>` or `<button>`), where `items` puts `custom`; they
 *   stay in your DOM and get `role="menuitem"` while slotted. An `<hr>` becomes a separator; an item
 *   with `role="menuitemcheckbox"` or `"menuitemradio"` keeps its role and toggles `aria-checked`
 *   (radios exclusively, within their run of adjacent radios) without closing the menu.
 * @slot trigger - Replaces the trigger's content (avatar and name); the element keeps the button.
 * @slot icon-manage-account - Replaces the icon of "Manage account".
 * @slot icon-add-account - Replaces the icon of "Add account".
 * @slot icon-sign-out - Replaces the icon of "Sign out".
 * @slot icon-sign-out-all - Replaces the icon of "Sign out of all accounts".
 *
 * @csspart placeholder - The avatar-sized placeholder while the session loads.
 * @csspart trigger - The button that opens the menu.
 * @csspart avatar - Every avatar (image or initials).
 * @csspart name - The display name in the trigger (with `show-name` or `show-email`).
 * @csspart email - The email in the trigger (with `show-email`).
 * @csspart chevron - The up-and-down chevron in the trigger (with `show-email`).
 * @csspart popover - The menu's surface (in the top layer).
 * @csspart header - The current account above the menu: avatar, name and email.
 * @csspart header-name - An account's name: in the header and in each other account's row.
 * @csspart header-email - An account's email: in the header and in each other account's row.
 * @csspart menu - The `role="menu"` list.
 * @csspart menu-item - Every built-in menu item; each also has its own part: `manage-account`,
 *   `add-account`, `sign-out`, `sign-out-all` (e.g. `::part(menu-item sign-out)`).
 * @csspart manage-account - The "Manage account" item.
 * @csspart add-account - The "Add account" item.
 * @csspart sign-out - The "Sign out" item.
 * @csspart sign-out-all - The "Sign out of all accounts" item.
 * @csspart icon - Every built-in item's icon (an inline SVG, or what its `icon-*` slot holds).
 * @csspart separator - The lines between the menu's groups.
 * @csspart account - Each other signed-in account (also a `menu-item`).
 * @csspart accounts - The group of other accounts.
 *
 * @cssprop --auth-color-scheme - `light`, `dark` or `light dark` (default: the OS preference).
 * @cssprop --auth-accent - Focus ring colour.
 * @cssprop --auth-surface - Menu background.
 * @cssprop --auth-text - Text colour.
 * @cssprop --auth-border - Border colour.
 * @cssprop --auth-radius - Corner radius of the menu (default 8px).
 * @cssprop --auth-font - Font shorthand (default: inherited).
 * @cssprop --auth-avatar-size - Size of the trigger's avatar (default 2rem).
 * @cssprop --auth-icon-size - Size of the items' icons (default 1rem).
 * @cssprop --auth-menu-width - Width of the menu (default 18rem).
 * @cssprop --auth-z-index - Stacking of the menu where the top layer is not supported.
 *
 * @fires {AuthMenuOpenedEvent} auth-menu-opened - The menu opened (not when `open` is set).
 * @fires {AuthMenuClosedEvent} auth-menu-closed - The menu closed (not when `open` is set).
 * @fires {AuthManageAccountEvent} auth-manage-account - Cancelable; "Manage account" was chosen.
 * @fires {AuthAddAccountEvent} auth-add-account - Cancelable; "Add account" was chosen.
 * @fires {AuthSessionSwitchEvent} auth-session-switch - Cancelable; another account was chosen.
 * @fires {AuthSessionSwitchedEvent} auth-session-switched - The switch is done.
 * @fires {AuthSessionSwitchErrorEvent} auth-session-switch-error - The switch failed.
 * @fires {AuthSignOutEvent} auth-sign-out - Cancelable; a sign-out item was chosen.
 * @fires {AuthSignedOutEvent} auth-signed-out - After the client signed out, before navigation.
 * @fires {AuthSignOutErrorEvent} auth-sign-out-error - The sign-out failed.
 *
 * @cssstate busy - While a sign-out or switch of this element's client runs.
 */
export class AuthUserButton extends UserButtonBase {
  static override styles = [theme, avatarStyles, styles];

  /** Whether the trigger shows slotted content, which then names it. */
  #ownTrigger = false;
  /** Whether the last render had a session: losing it closes the menu. */
  #signedIn = false;
  /** Whether the menu has been shown: its content is rendered from its first opening on. */
  #built = false;
  /** Whether the page heard the open menu open (`auth-menu-opened`), and so hears it close. */
  #announced = false;
  /** Whether this update closes the announced menu because the session ended. */
  #closedHere = false;
  /** The menu's blocks in the order of `items`. */
  #order: readonly MenuToken[] = MENU_TOKENS;
  readonly #broken = new BrokenImages(this);
  readonly #menu = new MenuController(this, {
    menu: () => this.#part('[role=menu]'),
    trigger: () => this.#part('[part~=trigger]'),
    isOpen: () => this.#shown(),
    setOpen: open => this.#setOpen(open),
    toggled: open => this.#toggled(open),
  });

  constructor() {
    super();
    new AnchoredPopoverController(this, {
      anchor: () => this.#part('[part~=trigger]'),
      popover: () => this.#part('[popover]'),
      isOpen: () => this.#shown(),
      dir: () => this.locale.dir,
      placement: () => this.placement,
    });
  }

  /** Signs out as a click on "Sign out" would, but without `auth-sign-out`; never rejects. */
  signOut(options: { scope?: SignOutScope; sessionId?: string } = {}): Promise<void> {
    return this.#signOut(options.scope ?? 'current', false, options.sessionId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `open` waits for a session; a session that ends closes the menu.
    const signedIn = !!this.currentSession();
    if (this.#signedIn && !signedIn && this.open) {
      this.open = false;
      // Closed by the element, not by the host: the page hears it if it heard the menu open.
      this.#closedHere = this.#announced;
    }
    if (!this.open) this.#announced = false;
    this.#signedIn = signedIn;
    if (this.#shown()) this.#built = true;
    // Parsed when set, so that an unknown token warns before the menu first opens.
    if (changed.has('items'))
      this.#order = parseItems(this.items, token => this.warnOnce(`items: unknown token "${token}" ignored`));
  }

  protected override render(): TemplateResult {
    const s = this.locale.strings;
    const dir = this.locale.dir;
    const session = this.currentSession();
    const user = session?.user;
    const [name, email] = nameAndEmail(user);
    const { src, initials, style } = face(user, this.#broken);
    // The trigger's content (replaceable through the `trigger` slot) and its avatar are written out
    // here, not nested templates: template clones are the costliest part of a first render, and
    // this leaves one (plus the avatar's image, the sidebar's email and chevron when shown).
    // Its layouts: the avatar; with `show-name` the name; with `show-email` name, email and chevron.
    // Slotted content, or name and email, name the trigger; else its label says whose menu it opens.
    // No white space between the tags: a thousand buttons would clone a thousand times as many blank text nodes.
    // prettier-ignore
    return html`<span part="placeholder" role="img" aria-label=${s.loading} ?hidden=${session !== undefined}></span
      ><slot name="signed-out" ?hidden=${session !== null}></slot
      ><button
        part="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${String(this.#shown())}
        aria-label=${this.showEmail || this.#ownTrigger ? nothing : name ? format(s.openMenuFor, { name }) : s.openMenu}
        dir=${dir}
        ?hidden=${!session}
        @click=${this.#handleTriggerClick}
        @keydown=${this.#menu.handleTriggerKeydown}
      ><slot name="trigger" @slotchange=${this.#handleTriggerSlot}
        ><span part="avatar" aria-hidden="true" data-initials=${initials} style=${style}>${faceImage(src, this.#broken)}</span
        ><span class="identity"
          ><span part="name" ?hidden=${!this.showEmail && (!this.showName || !name)}>${name}</span
          >${this.showEmail ? triggerEmail(email) : nothing}</span
        >${this.showEmail ? CHEVRON : nothing}</slot
      ></button
      ><div part="popover" popover="manual" dir=${dir} ?hidden=${!session}
        >${this.#built ? this.#renderMenu(session) : nothing}</div
      >`;
  }

  /** The popover's content: the current account, then the menu. */
  #renderMenu(session: AuthSession | null | undefined): TemplateResult {
    const sessions = this.signedInSessions();
    const others = sessions.filter(other => other.id != session?.id);
    const view: MenuView = {
      strings: this.locale.strings,
      broken: this.#broken,
      busy: this.busy,
      others,
      order: this.#order,
      shown: {
        'manage-account': !!(this.manageAccount || this.profileUrl()),
        custom: this.#menu.hasSlotted,
        accounts: others.length > 0,
        'add-account': !!this.signInTarget(),
        'sign-out': true,
        'sign-out-all': sessions.length > 1,
      },
      handleSlotChange: this.#menu.handleSlotChange,
    };
    // prettier-ignore
    return html`${header(session?.user, this.#broken)}<div
          part="menu"
          role="menu"
          aria-labelledby="header"
          @keydown=${this.#menu.handleMenuKeydown}
          @click=${this.#handleMenuClick}
        >${menuContent(view)}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#closedHere) {
      this.#closedHere = false;
      this.#toggled(false);
    }
    this.#menu.setSlottedBusy(this.busy);
  }

  /** A rendered part of the shadow DOM. */
  #part<T extends HTMLElement>(selector: string): T | null {
    return this.renderRoot.querySelector<T>(selector);
  }

  /** `auth-menu-opened` or `auth-menu-closed`: the menu opened or closed, not by the host's `open`. */
  #toggled(open: boolean): void {
    this.#announced = open;
    emit(this, open ? 'auth-menu-opened' : 'auth-menu-closed', {});
  }

  /** Whether the menu is shown: open, and someone is signed in. */
  #shown(): boolean {
    return this.open && !!this.currentSession();
  }

  // Lit calls the templates' listeners with the element as `this`: methods, not a closure per instance.
  #handleTriggerSlot(event: Event): void {
    this.#ownTrigger = (event.target as HTMLSlotElement).assignedNodes().length > 0;
    this.requestUpdate();
  }

  async #setOpen(open: boolean): Promise<boolean> {
    if ((open && !this.currentSession()) || open == this.#shown()) return false;
    this.open = open;
    // The menu's first rendering slots the host's items, whose slotchange asks for one more update.
    do await this.updateComplete;
    while (this.isUpdatePending);
    return true;
  }

  #handleTriggerClick(): void {
    void (this.#shown() ? this.#menu.close('trigger') : this.#menu.open('first'));
  }

  #handleMenuClick(event: MouseEvent): void {
    const item = this.#menu.itemOf(event);
    if (!item) return;
    // Re-read the client at click time: a provider may have replaced window.Auth silently.
    this.authState.sync();
    if (this.busy) return void event.preventDefault();
    const key = item.dataset.item as ItemKey | undefined;
    if (key == 'manage' || key == 'add') {
      void this.#menu.close('trigger');
      followAccountLink(this, this.client, key, key == 'manage' ? this.profileUrl() : this.signInTarget());
    } else if (key == 'out') {
      void this.#signOut('current', true);
    } else if (key == 'all') {
      void this.#signOut('all', true);
    } else if (checkItem(item)) {
      // A checkable item of the host toggles; its own listeners run and the menu stays open.
    } else if (item.dataset.session) {
      void this.#switch(item.dataset.session);
    } else {
      // A slotted item of the host: its own listeners run; choosing it closes the menu.
      void this.#menu.close('trigger');
    }
  }

  async #switch(sessionId: string): Promise<void> {
    await runSwitch(this, sessionId, toTimeout(this.timeout), this.afterSwitchSessionUrl);
    await this.#menu.close('trigger');
  }

  async #signOut(scope: SignOutRequest['scope'], confirm: boolean, sessionId?: string): Promise<void> {
    const ours = ownsFocus(this);
    await runSignOut(this, {
      scope,
      sessionId,
      redirectUrl: this.redirectUrl,
      afterSwitchUrl: this.afterSwitchSessionUrl,
      timeout: toTimeout(this.timeout),
      confirm,
    });
    await this.updateComplete;
    if (this.currentSession()) return void (await this.#menu.close('trigger'));
    await this.#menu.close('none');
    // Signed out without leaving: the menu that had focus is gone; offer the signed-out content,
    // unless focus was elsewhere, or went elsewhere meanwhile (a click into a field, say).
    if (ours && ownsFocus(this)) firstInteractive(this.#part<HTMLSlotElement>('slot[name=signed-out]'))?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-user-button': AuthUserButton;
  }
}
