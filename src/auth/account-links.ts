import { emit } from './events.js';
import { navigate, vetUrl } from './navigate.js';
import { fillRedirect } from './redirect.js';
import type { AuthClient } from './types.js';

/**
 * "Manage account" or "Add account" was chosen: the cancelable event with the vetted URL (`null`
 * when there is none or it was refused, as the default action uses), then the navigation unless
 * canceled. "Add account" comes back to this page, as the sign-in button does.
 */
export function followAccountLink(
  host: Element,
  client: AuthClient | null,
  key: 'manage' | 'add',
  target: string | null | undefined,
): void {
  const url = vetUrl(key == 'add' && target ? fillRedirect(target, location.href) : target, client);
  if (emit(host, key == 'manage' ? 'auth-manage-account' : 'auth-add-account', { url }, true) && url)
    void navigate(client, url);
}
