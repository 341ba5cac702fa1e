import '../src/define.js';
import { setAuth, type AuthUserButton } from '../src/index.js';
import { createPageClient } from './client.js';

const client = createPageClient();
Object.assign(client, { userProfileUrl: '/demo/account.html' });
setAuth(client);
// A client that never finishes loading, to show the placeholder.
document.querySelector<AuthUserButton>('#loading')!.auth = { session: undefined, signOut: () => new Promise(() => {}) };

document.querySelector('#reset')!.addEventListener('click', () => client.reset());
const log = document.querySelector('#log')!;
for (const type of [
  'auth-menu-opened',
  'auth-menu-closed',
  'auth-session-switch',
  'auth-session-switched',
  'auth-sign-out',
  'auth-signed-out',
  'auth-manage-account',
  'auth-add-account',
] as const) {
  window.addEventListener(type, event => {
    const line = document.createElement('li');
    line.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.prepend(line);
  });
}
