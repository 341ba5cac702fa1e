import { warn } from '../core/log.js';
import { AuthSignOutButton } from './sign-out-button.js';
import { AuthUserButton } from './user-button.js';
import { AuthAvatar } from './avatar.js';
import { AuthShow } from './show.js';
import { AuthSignInButton } from './sign-in-button.js';
import { AuthDeviceList } from './device-list.js';

/** Registers `tag` unless it is defined; defined by another class, it is left alone (one warning). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!existing) registry?.define(tag, element);
  else if (existing != element) warn(`<${tag}> is defined by another class: skipped`);
}

/** Registers every tag once (see `defineElement`). */
export function defineElements(): void {
  for (const [tag, element] of [
    ['auth-sign-out-button', AuthSignOutButton],
    ['auth-user-button', AuthUserButton],
    ['auth-show', AuthShow],
    ['auth-sign-in-button', AuthSignInButton],
    ['auth-avatar', AuthAvatar],
    ['auth-device-list', AuthDeviceList],
  ] as const)
    defineElement(tag, element);
}
