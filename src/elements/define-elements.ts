import { warn } from '../core/log.js';
import { AuthSignOutButton } from './sign-out-button.js';
import { AuthUserButton } from './user-button.js';
import { AuthAvatar } from './avatar.js';
import { AuthShow } from './show.js';
import { AuthSignInButton } from './sign-in-button.js';
import { AuthDeviceList } from './device-list.js';

/** Registers every tag once; a tag already defined by another class is left alone (one warning). */
export function defineElements(): void {
  const registry = globalThis.customElements;
  for (const [tag, element] of [
    ['auth-sign-out-button', AuthSignOutButton],
    ['auth-user-button', AuthUserButton],
    ['auth-show', AuthShow],
    ['auth-sign-in-button', AuthSignInButton],
    ['auth-avatar', AuthAvatar],
    ['auth-device-list', AuthDeviceList],
  ] as const) {
    const existing = registry?.get(tag);
    if (!existing) registry?.define(tag, element);
    else if (existing != element) warn(`<${tag}> is defined by another class: skipped`);
  }
}
