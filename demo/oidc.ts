// OpenID Connect relying party for the demo's OpenID Provider: oidc-client-ts plus the OIDC adapter.
import '../src/define.js';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { oidcClient } from '../src/adapters/oidc.js';
import { setAuth } from '../src/index.js';
import { logEvents, showState } from './log.js';

const here = location.origin + location.pathname;
const config = (await (await fetch('/oidc.json')).json()) as { issuer: string; clientId: string };
const manager = new UserManager({
  authority: config.issuer,
  client_id: config.clientId,
  redirect_uri: here,
  post_logout_redirect_uri: here,
  response_type: 'code',
  scope: 'openid profile email',
  loadUserInfo: true,
  automaticSilentRenew: false,
  revokeTokensOnSignout: true,
  userStore: new WebStorageStateStore({ store: localStorage }),
});

const state = document.querySelector('#state')!;
const params = new URLSearchParams(location.search);
if (params.has('code') || params.has('error')) {
  let back = location.pathname;
  try {
    // The sign-in button's page to come back to travels as the sign-in's state.
    const { state: wanted } = await manager.signinRedirectCallback();
    const url = typeof wanted == 'string' ? new URL(wanted, location.href) : null;
    if (url?.origin == location.origin && url.pathname == location.pathname) back = url.pathname + url.search;
  } catch (error) {
    state.textContent = `Sign-in failed: ${(error as Error).message}`;
  }
  history.replaceState(null, '', back);
}

const auth = oidcClient(manager, { postLogoutRedirectUris: [here] });
setAuth(auth);
(window as unknown as { oidcManager: UserManager }).oidcManager = manager;

showState(auth, state);
await auth.ready.catch(() => {});

for (const button of document.querySelectorAll('.sign-in'))
  button.addEventListener('click', () => void manager.signinRedirect());

logEvents(document.querySelector('#log')!);
