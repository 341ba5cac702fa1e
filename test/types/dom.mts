// The DOM types every user gets from `auth-elements`: the tags in HTMLElementTagNameMap, every
// event in GlobalEventHandlersEventMap (element and window listeners), and `window.Auth` from
// `auth-elements/global`.
import type { AuthClient, AuthSignOutButton, AuthSignOutErrorCode, AuthUserButton, SignOutScope } from 'auth-elements';
import type {} from 'auth-elements/global';

const signOut: AuthSignOutButton = document.createElement('auth-sign-out-button');
const user: AuthUserButton = document.createElement('auth-user-button');
// @ts-expect-error -- the tag of the other element
const wrong: AuthSignOutButton = document.createElement('auth-user-button');

signOut.scope = 'everywhere';
// @ts-expect-error -- "bogus" is not a SignOutScope
signOut.scope = 'bogus';
signOut.timeout = 5000;
user.showName = true;
// @ts-expect-error -- a property, typed: not a string
user.open = 'true';
void user.signOut({ scope: 'all' });
// @ts-expect-error -- not a SignOutScope
void user.signOut({ scope: 'device' });

const client: AuthClient = {
  session: { id: 's1', user: { id: 'u1', name: 'Ada' } },
  async signOut({ scope, sessionId, signal }) {
    const known: SignOutScope = scope;
    void [known, sessionId, signal.aborted];
  },
};
signOut.auth = client;
// @ts-expect-error -- a client needs signOut()
user.auth = { session: null };
window.Auth = client;
// @ts-expect-error -- window.Auth is a client or null
window.Auth = 'client';

signOut.addEventListener('auth-sign-out', event => {
  event.preventDefault();
  const scope: SignOutScope = event.detail.scope;
  const target: string | null = event.detail.sessionId;
  // @ts-expect-error -- only auth-signed-out says where it came from
  void event.detail.source;
  void [scope, target];
});
signOut.addEventListener('auth-sign-out-error', event => {
  const code: AuthSignOutErrorCode = event.detail.code;
  const error: Error = event.detail.error;
  // @ts-expect-error -- codes are a closed set
  if (event.detail.code === 'network') void error;
  void code;
});
window.addEventListener('auth-signed-out', event => {
  const source: 'this-tab' | 'other-tab' = event.detail.source;
  void source;
});
user.addEventListener('auth-session-switch', event => void event.detail.sessionId.toUpperCase());
user.addEventListener('auth-session-switched', event => void event.detail.sessionId);
user.addEventListener('auth-session-switch-error', event => {
  // @ts-expect-error -- a switch cannot fail with a sign-out code
  if (event.detail.code === 'no-auth-client') return;
});
user.addEventListener('auth-manage-account', event => {
  // @ts-expect-error -- the url may be null
  const url: string = event.detail.url;
  void url;
});
user.addEventListener('auth-add-account', event => void event.detail.url?.length);
user.addEventListener('auth-menu-opened', event => void event.detail);
user.addEventListener('auth-menu-closed', event => void event.detail);
window.addEventListener('auth-client-change', event => void event.detail);

export { signOut, user, wrong };
