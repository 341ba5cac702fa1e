// Registers the elements' tags. The only module of the npm build with side effects.
import { warn } from './auth/registry.js';
import { AuthSignOutButton } from './elements/sign-out-button.js';
import { AuthUserButton } from './elements/user-button.js';

function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, element);
  else if (existing !== element) warn(`<${tag}> is already defined by another class; left as it is`);
}

define('auth-sign-out-button', AuthSignOutButton);
define('auth-user-button', AuthUserButton);
