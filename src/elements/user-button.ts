import type { PropertyDeclarations, PropertyValues } from '@lit/reactive-element';
import { currentOf, listOf, safely } from '../auth/client.js';
import { emit } from '../auth/events.js';
import { navigate, vetUrl } from '../auth/navigate.js';
import { runSignOut, type SignOutRequest } from '../auth/sign-out.js';
import { runSwitch } from '../auth/switch.js';
import type { AuthSession, AuthUser, SignOutScope } from '../auth/types.js';
import { en, format } from '../i18n/strings.js';
import { AuthElement, toTimeout } from './auth-element.js';
import { INTERACTIVE } from './selectors.js';
import { theme } from './theme.styles.js';
import { avatarColor, displayName, imageUrl, initials } from './user.js';
import { styles } from './user-button.styles.js';

Object.assign(en, {
  signOutAll: 'Sign out of all accounts',
  openMenu: 'Open account menu',
  openMenuFor: 'Open account menu for {name}',
  manageAccount: 'Manage account',
  addAccount: 'Add account',
  otherAccounts: 'Other accounts',
  loading: 'Loading account',
});

/** The user each avatar element shows, so that an update re-renders it only when it changed. */
const shown = new WeakMap<Element, string>();

/** `document.createElement` with attributes and children. */
function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Shows `user` in an avatar element: the image when it is safe, else initials on its colour. */
function paintAvatar(avatar: HTMLElement, user: AuthUser): void {
  const src = imageUrl(user.imageUrl);
  const text = initials(user);
  const key = `${user.id}\n${src}\n${text}`;
  if (shown.get(avatar) == key) return;
  shown.set(avatar, key);
  const letters = () => {
    avatar.style.background = avatarColor(user.id);
    // Painted by CSS, not text: the initials picture the user, they are no label (WCAG 2.5.3).
    avatar.dataset.initials = text;
    avatar.replaceChildren();
  };
  if (!src) return letters();
  const image = make(avatar.ownerDocument, 'img', { alt: '', referrerpolicy: 'no-referrer', src });
  image.onerror = letters;
  avatar.style.background = '';
  avatar.removeAttribute('data-initials');
  avatar.replaceChildren(image);
}

/**
 * An avatar button that opens an account menu: manage the account, switch between the accounts
 * signed in on this browser, add one, sign out of one or all.
 *
 * @tagname auth-user-button
 * @summary The account menu: Clerk's UserButton for any auth client.
 *
 * @slot signed-out - Shown instead of the button when nobody is signed in (e.g. a sign-in link).
 * @slot menu-item - Your own menu items (`<a href>` or `<button>`), after "Manage account"; they
 *   stay in your DOM and get `role="menuitem"` while slotted.
 *
 * @csspart placeholder - The avatar-sized placeholder while the session loads.
 * @csspart trigger - The button that opens the menu.
 * @csspart avatar - Every avatar (image or initials).
 * @csspart name - The display name in the trigger (with `show-name`).
 * @csspart popover - The menu's surface (in the top layer).
 * @csspart header - The current account above the menu: avatar, name and email.
 * @csspart header-name - An account's name: in the header and in each other account's row.
 * @csspart header-email - An account's email: in the header and in each other account's row.
 * @csspart menu - The `role="menu"` list.
 * @csspart menu-item - Every built-in menu item.
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
export class AuthUserButton extends AuthElement {
  static override styles = [theme, styles];

  static override properties: PropertyDeclarations = {
    showName: { type: Boolean, attribute: 'show-name' },
    open: { type: Boolean, reflect: true },
    manageAccount: { type: Boolean, attribute: 'manage-account' },
    userProfileUrl: { attribute: 'user-profile-url' },
    signInUrl: { attribute: 'sign-in-url' },
    redirectUrl: { attribute: 'redirect-url' },
    afterSwitchSessionUrl: { attribute: 'after-switch-session-url' },
  };

  /** Shows the display name beside the avatar. */
  declare showName: boolean;
  /** Whether the menu is open (reflected; forced false unless signed in). */
  declare open: boolean;
  /** Shows "Manage account" without a profile URL, for hosts that open their own dialog. */
  declare manageAccount: boolean;
  /** "Manage account" target; default the client's `userProfileUrl`. */
  declare userProfileUrl: string | null;
  /** "Add account" target; default the client's `signInUrl`. */
  declare signInUrl: string | null;
  /** Where to go after signing out; as on `<auth-sign-out-button>`. */
  declare redirectUrl: string | null;
  /** Where to go after switching accounts (and after signing out of one of several). */
  declare afterSwitchSessionUrl: string | null;

  /** The last signed-in session, shown during this element's own flights (no placeholder flash). */
  #last?: AuthSession;
  #parts?: Record<string, HTMLElement>;
  /** Slotted menu items this element gave a role, to take it back when they leave. */
  #items = new Set<Element>();
  /** Whether the window listeners of an open menu are attached. */
  #listening = false;

  constructor() {
    super();
    this.showName = this.open = this.manageAccount = false;
    this.userProfileUrl = this.signInUrl = this.redirectUrl = this.afterSwitchSessionUrl = null;
    // Focus moving to something else on the page (not a press on the menu's own text) closes it.
    this.addEventListener('focusout', ({ relatedTarget }) => {
      if (this.open && relatedTarget && !this.contains(relatedTarget as Node)) void this.#toggle(false);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
  }

  /** Signs out as a click on "Sign out" would, but without `auth-sign-out`; never rejects. */
  signOut(options: { scope?: SignOutScope; sessionId?: string } = {}): Promise<void> {
    return this.#signOut(options.scope ?? 'current', false, options.sessionId);
  }

  #session(): AuthSession | null | undefined {
    const session = safely(() => currentOf(this.client), null);
    if (session) this.#last = session;
    // During a flight keep showing who was signed in, whatever the client reports meanwhile.
    return this.busy && this.#last ? this.#last : session;
  }

  #sessions(): readonly AuthSession[] {
    const current = safely(() => currentOf(this.client), null);
    return safely(() => listOf(this.client), undefined) ?? (current ? [current] : []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.open && !this.#session()) this.open = false;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const p = (this.#parts ??= this.#build());
    const s = this.locale.strings;
    const session = this.#session();
    const user = session?.user;
    const name = user ? displayName(user) : '';
    const sessions = this.#sessions();
    const busy = this.busy;

    p.placeholder!.hidden = session !== undefined;
    p.placeholder!.ariaLabel = s.loading;
    p.signedOut!.hidden = session !== null;
    p.trigger!.hidden = !session;
    p.trigger!.ariaLabel = name ? format(s.openMenuFor, { name }) : s.openMenu;
    p.trigger!.ariaExpanded = String(this.open);
    p.trigger!.dir = p.popover!.dir = this.locale.dir;
    p.name!.hidden = !this.showName || !name;
    p.name!.textContent = name;
    p.headerName!.textContent = name;
    p.headerEmail!.textContent = user?.email && user.email != name ? user.email : '';
    if (user) {
      paintAvatar(p.avatar!, user);
      paintAvatar(p.headerAvatar!, user);
    }

    const others = sessions.filter(other => other.id != session?.id);
    p.manage!.hidden = !(this.manageAccount || this.#profileUrl());
    p.add!.hidden = !this.#signInTarget();
    p.all!.hidden = sessions.length < 2;
    p.accounts!.hidden = !others.length;
    p.accounts!.ariaLabel = s.otherAccounts;
    const group = p.accounts!;
    const accounts = others.map(other => this.#account(other, group));
    // Re-inserting a node drops its focus: remove the accounts that left, insert only the new.
    for (const child of [...group.children]) if (!accounts.includes(child as HTMLElement)) child.remove();
    accounts.forEach((account, i) => {
      if (group.children[i] != account) group.insertBefore(account, group.children[i] ?? null);
    });
    for (const [key, label] of [
      ['manage', s.manageAccount],
      ['add', s.addAccount],
      ['out', s.signOut],
      ['all', s.signOutAll],
    ] as const) {
      p[key]!.textContent = label;
    }
    for (const item of this.#menuItems(true)) item.ariaDisabled = busy ? 'true' : null;

    const popover = p.popover!;
    try {
      if (this.open != popover.matches(':popover-open')) {
        if (this.open) popover.showPopover();
        else popover.hidePopover();
      }
    } catch {
      // no popover API: the styles show it by the `open` attribute (above the page by --auth-z-index)
    }
    this.#listen(this.open);
    if (this.open) this.#place();
  }

  /** The shadow DOM, built once; updates change it in place. */
  #build(): Record<string, HTMLElement> {
    const doc = this.ownerDocument;
    const item = (key: string) =>
      make(doc, 'button', { type: 'button', role: 'menuitem', tabindex: '-1', part: 'menu-item', 'data-item': key });
    const parts = {
      placeholder: make(doc, 'span', { part: 'placeholder', role: 'img' }),
      signedOut: make(doc, 'slot', { name: 'signed-out' }),
      avatar: make(doc, 'span', { part: 'avatar', 'aria-hidden': 'true' }),
      name: make(doc, 'span', { part: 'name' }),
      headerAvatar: make(doc, 'span', { part: 'avatar', 'aria-hidden': 'true' }),
      headerName: make(doc, 'span', { part: 'header-name' }),
      headerEmail: make(doc, 'span', { part: 'header-email' }),
      manage: item('manage'),
      custom: make(doc, 'slot', { name: 'menu-item' }),
      accounts: make(doc, 'div', { part: 'accounts', role: 'group' }),
      add: item('add'),
      out: item('out'),
      all: item('all'),
    } as Record<string, HTMLElement>;
    parts.trigger = make(
      doc,
      'button',
      { part: 'trigger', type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
      parts.avatar!,
      parts.name!,
    );
    parts.menu = make(
      doc,
      'div',
      { part: 'menu', role: 'menu', 'aria-labelledby': 'header' },
      parts.manage!,
      parts.custom!,
      parts.accounts!,
      parts.add!,
      parts.out!,
      parts.all!,
    );
    parts.popover = make(
      doc,
      'div',
      { part: 'popover', popover: 'manual' },
      make(
        doc,
        'div',
        { part: 'header', id: 'header' },
        parts.headerAvatar!,
        make(doc, 'span', {}, parts.headerName!, parts.headerEmail!),
      ),
      parts.menu,
    );
    parts.trigger.addEventListener('click', () => this.#toggle(!this.open, 0));
    parts.trigger.addEventListener('keydown', this.#handleTriggerKeydown);
    parts.menu.addEventListener('keydown', this.#handleMenuKeydown);
    parts.menu.addEventListener('click', this.#handleMenuClick);
    parts.custom!.addEventListener('slotchange', () => this.#claimItems());
    // Replaces what a server rendered into the shadow root (src/ssr.ts): the same nodes, now live.
    this.renderRoot.replaceChildren(parts.placeholder!, parts.signedOut!, parts.trigger, parts.popover);
    return parts;
  }

  /** The menu item of another account, reused while that account stays (so focus stays too). */
  #account({ id, user }: AuthSession, group: HTMLElement): HTMLElement {
    const doc = this.ownerDocument;
    const name = displayName(user);
    const button =
      ([...group.children] as HTMLElement[]).find(child => child.dataset.session == id) ??
      make(
        doc,
        'button',
        { type: 'button', role: 'menuitem', tabindex: '-1', part: 'menu-item account', 'data-session': id },
        make(doc, 'span', { part: 'avatar', 'aria-hidden': 'true' }),
        make(doc, 'span'),
      );
    paintAvatar(button.firstElementChild as HTMLElement, user);
    button.lastElementChild!.replaceChildren(
      make(doc, 'span', { part: 'header-name' }, name),
      make(doc, 'span', { part: 'header-email' }, user.email && user.email != name ? user.email : ''),
    );
    return button;
  }

  #profileUrl(): string | null | undefined {
    return this.userProfileUrl ?? this.client?.userProfileUrl;
  }

  #signInTarget(): string | null | undefined {
    return this.signInUrl ?? this.client?.signInUrl;
  }

  /** The menu's items in order, built-in and slotted; only those shown unless `all`. */
  #menuItems(all = false): HTMLElement[] {
    const menu = this.#parts?.menu;
    if (!menu) return [];
    const items: HTMLElement[] = [];
    for (const child of menu.children) {
      const list =
        child instanceof HTMLSlotElement
          ? child.assignedElements()
          : child.getAttribute('role') == 'group'
            ? [...child.children]
            : [child];
      for (const item of list as HTMLElement[])
        if (all || !(item.hidden || (child as HTMLElement).hidden)) items.push(item);
    }
    return items;
  }

  /** Gives slotted menu items their role, and takes it back from items that left. */
  #claimItems(): void {
    const now = new Set(this.#parts!.custom instanceof HTMLSlotElement ? this.#parts!.custom.assignedElements() : []);
    for (const item of this.#items) {
      if (!now.has(item)) {
        item.removeAttribute('role');
        item.removeAttribute('tabindex');
        item.removeAttribute('aria-disabled');
      }
    }
    for (const item of now) {
      item.setAttribute('role', 'menuitem');
      item.setAttribute('tabindex', '-1');
    }
    this.#items = now;
    this.requestUpdate();
  }

  async #toggle(open: boolean, focus?: number): Promise<void> {
    if (open && !this.#session()) return;
    if (open != this.open) {
      this.open = open;
      await this.updateComplete;
      emit(this, open ? 'auth-menu-opened' : 'auth-menu-closed', {});
    }
    const items = this.#menuItems();
    if (open && focus != null) items.at(focus)?.focus();
    else if (!open && focus != null) this.#parts?.trigger?.focus();
  }

  #handleTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key == 'ArrowDown' || event.key == 'ArrowUp') {
      event.preventDefault();
      void this.#toggle(true, event.key == 'ArrowUp' ? -1 : 0);
    } else if (event.key == 'Escape' && this.open) {
      event.preventDefault();
      void this.#toggle(false, 0);
    }
  };

  #handleMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.#menuItems();
    const index = items.indexOf(event.composedPath().find(node => items.includes(node as HTMLElement)) as HTMLElement);
    const key = event.key;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 }[key];
    if (next != null) {
      event.preventDefault();
      items.at(next % items.length)?.focus();
    } else if (key == 'Escape') {
      event.preventDefault();
      void this.#toggle(false, 0);
    } else if (key == 'Tab') {
      void this.#toggle(false);
    } else if (key == ' ' && items[index] instanceof HTMLAnchorElement) {
      event.preventDefault();
      items[index]!.click();
    }
  };

  #handleMenuClick = (event: MouseEvent): void => {
    const items = this.#menuItems();
    const item = event.composedPath().find(node => items.includes(node as HTMLElement)) as HTMLElement | undefined;
    if (!item) return;
    // Re-read the client at click time (SPEC §2): a provider may have replaced window.Auth silently.
    this.authState.sync();
    const key = item.dataset.item ?? (item.dataset.session ? 'account' : '');
    if (this.busy) {
      event.preventDefault();
      return;
    }
    if (key == 'manage' || key == 'add') {
      // The detail carries the vetted URL (null when none or refused), as the default action uses.
      const url = vetUrl(key == 'manage' ? this.#profileUrl() : this.#signInTarget(), this.client);
      void this.#toggle(false, 0);
      if (emit(this, key == 'manage' ? 'auth-manage-account' : 'auth-add-account', { url }, true) && url) {
        navigate(this.client, url);
      }
    } else if (key == 'out') {
      void this.#signOut('current', true);
    } else if (key == 'all') {
      void this.#signOut('all', true);
    } else if (key == 'account') {
      void this.#switch(item.dataset.session!);
    } else {
      // A slotted item of the host: its own listeners run; choosing it closes the menu.
      void this.#toggle(false, 0);
    }
  };

  async #switch(sessionId: string): Promise<void> {
    await runSwitch(this, sessionId, toTimeout(this.timeout), this.afterSwitchSessionUrl);
    await this.#toggle(false, 0);
  }

  async #signOut(scope: SignOutRequest['scope'], confirm: boolean, sessionId?: string): Promise<void> {
    await runSignOut(this, {
      scope,
      sessionId,
      redirectUrl: this.redirectUrl,
      afterSwitchUrl: this.afterSwitchSessionUrl,
      timeout: toTimeout(this.timeout),
      confirm,
    });
    await this.updateComplete;
    if (this.#session()) return void (await this.#toggle(false, 0));
    await this.#toggle(false);
    // Signed out without leaving: focus the first focusable of the signed-out slot (SPEC §5.5).
    const slot = this.#parts!.signedOut as HTMLSlotElement;
    const first = slot
      .assignedElements({ flatten: true })
      .flatMap(element => [element, ...element.querySelectorAll(INTERACTIVE)])
      .find(element => element.matches(INTERACTIVE) && !element.matches(':disabled')) as HTMLElement | undefined;
    if (this.isConnected && this.matches(':focus-within')) (first ?? this.ownerDocument.body).focus();
    else first?.focus();
  }

  #listen(on: boolean): void {
    if (on == this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('resize', this.#reposition);
    window[method]('scroll', this.#reposition, true);
    window[method]('pointerdown', this.#handleOutside, true);
  }

  #reposition = (): void => this.#place();

  #handleOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) void this.#toggle(false);
  };

  /**
   * Below the trigger (4 px gap), end edges aligned (the left ones in RTL); above when only that
   * fits; when neither does, on the roomier side, scrolling within it; always 8 px inside.
   */
  #place(): void {
    const { trigger, popover } = this.#parts!;
    const style = popover!.style;
    style.maxHeight = '';
    const t = trigger!.getBoundingClientRect();
    const { width, height } = popover!.getBoundingClientRect();
    const { clientWidth, clientHeight } = this.ownerDocument.documentElement;
    const below = clientHeight - t.bottom - 12;
    const above = t.top - 12;
    const up = height > below && (height <= above || above > below);
    const room = up ? above : below;
    if (height > room) style.maxHeight = room + 'px';
    const top = up ? t.top - 4 - Math.min(height, room) : t.bottom + 4;
    const left = this.locale.dir == 'rtl' ? t.left : t.right - width;
    style.top = Math.max(8, Math.min(top, clientHeight - 8 - Math.min(height, room))) + 'px';
    style.left = Math.max(8, Math.min(left, clientWidth - 8 - width)) + 'px';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-user-button': AuthUserButton;
  }
}
