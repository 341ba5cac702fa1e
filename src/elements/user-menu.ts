import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AuthSession, AuthUser } from '../auth/types.js';
import type { AuthStrings } from '../i18n/strings.js';
import { accountItem, avatar, type BrokenImages, nameAndEmail } from './account.js';
import { menuBlocks, menuItem, type MenuToken } from './menu-items.js';

/** What the user button's menu shows. */
export interface MenuView {
  strings: AuthStrings;
  broken: BrokenImages;
  busy: boolean;
  /** The other signed-in accounts. */
  others: readonly AuthSession[];
  order: readonly MenuToken[];
  /** Which blocks have something to show. */
  shown: Record<MenuToken, boolean>;
  handleSlotChange(event: Event): void;
}

/** The label of each built-in item. */
const LABELS = {
  'manage-account': 'manageAccount',
  'add-account': 'addAccount',
  'sign-out': 'signOut',
  'sign-out-all': 'signOutAll',
} as const;

/** The email under the name in the trigger's sidebar layout (`show-email`); hidden when empty. */
export const triggerEmail = (email: string): TemplateResult =>
  html`<span part="email" ?hidden=${!email}>${email}</span>`;

/** The menu's content: its items in the asked order, separated by group. */
export function menuContent(view: MenuView): unknown {
  const { strings: s, busy } = view;
  // prettier-ignore
  return menuBlocks(view.order, view.shown, (token, separated, hidden) =>
    token == 'custom'
      ? html`<div role="separator" part="separator" ?hidden=${!separated}></div><slot name="menu-item" ?hidden=${hidden} @slotchange=${view.handleSlotChange}></slot>`
      : token == 'accounts'
        ? html`<div role="separator" part="separator" ?hidden=${!separated}></div><div part="accounts" role="group" aria-label=${s.otherAccounts} ?hidden=${hidden}>${repeat(view.others, other => other.id, other => accountItem(other, view.broken, busy))}</div>`
        : menuItem(token, s[LABELS[token]], separated, hidden, busy),
  );
}

/** The popover's header: the current account. */
export const header = (user: AuthUser | undefined, broken: BrokenImages): TemplateResult => {
  const [name, email] = nameAndEmail(user);
  // The identity written out (not a nested template): one clone per render.
  // prettier-ignore
  return html`<div part="header" id="header">${avatar(user, broken)}<span><span part="header-name">${name}</span><span part="header-email">${email}</span></span></div>`;
};
