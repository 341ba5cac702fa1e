import { html, nothing, type TemplateResult } from 'lit';
import type { AuthSession, AuthUser } from '../auth/types.js';
import { avatar, type BrokenImages } from './avatar-image.js';
import { displayName, text } from './user.js';

// The avatar lives in its own module, shared with <auth-avatar>.
export { avatar, BrokenImages } from './avatar-image.js';

/** An account's name and email, the email only when it differs from the name. */
export function nameAndEmail(user: AuthUser | undefined): [string, string] {
  const name = user ? displayName(user) : '';
  const email = text(user?.email);
  return [name, email != name ? email : ''];
}

/** An account's name and email. */
function identity(user: AuthUser | undefined): TemplateResult {
  const [name, email] = nameAndEmail(user);
  return html`<span><span part="header-name">${name}</span><span part="header-email">${email}</span></span>`;
}

/** The menu item of another signed-in account: choosing it switches to that account. */
export function accountItem(session: AuthSession, broken: BrokenImages, busy: boolean): TemplateResult {
  return html`<button
    type="button"
    role="menuitem"
    tabindex="-1"
    part="menu-item account"
    data-session=${session.id}
    aria-disabled=${busy ? 'true' : nothing}
  >
    ${avatar(session.user, broken)}${identity(session.user)}
  </button>`;
}
