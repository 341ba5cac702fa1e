import { OidcClient, type User, type UserManager } from 'oidc-client-ts';
import type { AuthSession, SignInOptions, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, listedUrl, providerError, textOf, type AdapterOptions, type AdapterState } from './adapter.js';

export interface OidcAdapterOptions extends AdapterOptions {
  /**
   * Absolute URLs registered at the OpenID Provider as `post_logout_redirect_uris`. An element's
   * `redirect-url` is sent as `post_logout_redirect_uri` (as written here) only when it is one of
   * them (`https://app.example` is `https://app.example/`); otherwise the UserManager's
   * `post_logout_redirect_uri` setting is sent.
   */
  postLogoutRedirectUris?: readonly string[];
}

function toSession(user: User | null): AuthSession | null {
  if (!user) return null;
  const profile = user.profile;
  return {
    id: textOf(profile.sid) ?? profile.sub,
    user: {
      id: profile.sub,
      name: textOf(profile.name),
      firstName: textOf(profile.given_name),
      lastName: textOf(profile.family_name),
      username: textOf(profile.preferred_username),
      email: textOf(profile.email),
      imageUrl: textOf(profile.picture),
    },
  };
}

/**
 * OpenID Connect through oidc-client-ts. The browser holds one session: the signed-in user of the
 * UserManager while its access token has not expired (its id is the ID token's `sid`, else `sub`).
 * Signing out builds the OpenID Provider's end-session URL, removes the user (revoking its tokens
 * first when the UserManager's `revokeTokensOnSignout` is set) and resolves `{ redirectTo }`: the
 * element vets that URL (the issuer's origin is allowed) and navigates, and the provider ends its
 * own session there. Scopes: `session` and `all` (the same thing with one session); no
 * `everywhere`. Signing in builds the authorization request (code flow with PKCE, its state stored
 * as `signinRedirect` stores it) and resolves `{ redirectTo }`: the page then completes it with
 * `signinRedirectCallback()`, whose user's `state` is the page to come back to.
 */
export class OidcAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all'];
  readonly #manager: UserManager;
  readonly #oidc: OidcClient;
  readonly #postLogout: readonly string[];
  /**
   * Set when the provider said the user signed out there (`userSignedOut`, with `monitorSession`):
   * oidc-client-ts keeps the stored user then; the elements show signed out until a user loads.
   */
  #endedThere = false;

  constructor(manager: UserManager, options: OidcAdapterOptions = {}) {
    super(options, [manager.settings.authority]);
    this.#manager = manager;
    this.#oidc = new OidcClient(manager.settings);
    this.#postLogout = options.postLogoutRedirectUris ?? [];
  }

  protected override watch(changed: () => void): () => void {
    const { events, settings } = this.#manager;
    // oidc-client-ts raises its events in the tab that made the change only: another tab's
    // sign-in, sign-out or renewal shows as a change of the stored user (with a `localStorage`
    // store; `storage` events are heard only from other tabs).
    const key = `user:${settings.authority}:${settings.client_id}`;
    const stored = ({ key: storedKey }: StorageEvent) => {
      if (storedKey && !storedKey.endsWith(key)) return;
      this.#endedThere = false;
      changed();
    };
    globalThis.addEventListener?.('storage', stored);
    const off = [
      events.addUserLoaded(() => {
        this.#endedThere = false;
        changed();
      }),
      events.addUserUnloaded(changed),
      events.addUserSignedOut(() => {
        this.#endedThere = true;
        changed();
      }),
      events.addUserSessionChanged(changed),
      // Raised once more after every getUser() of an expired user: heard only while signed in.
      events.addAccessTokenExpired(() => {
        if (this.session) changed();
      }),
      () => globalThis.removeEventListener?.('storage', stored),
    ];
    return () => off.forEach(remove => remove());
  }

  protected async read(): Promise<AdapterState> {
    let user: User | null;
    try {
      user = await this.#manager.getUser();
    } catch (error) {
      throw providerError('oidc getUser', error);
    }
    // A stored user whose access token expired (not renewed in time, or the page was closed
    // past its expiry) is signed out here, as oidc-client-ts apps judge it; "Sign in" renews it.
    const session = user?.expired || this.#endedThere ? null : toSession(user);
    return { session, sessions: session ? [session] : [] };
  }

  async signOut({ scope, sessionId, redirectUrl, signal }: SignOutOptions): Promise<void | { redirectTo?: string }> {
    this.supports(scope);
    // Read the stored user once: the session to end is the one it holds now.
    const manager = this.#manager;
    const user = await manager.getUser();
    const session = toSession(user);
    if (!user || !session || (sessionId !== undefined && sessionId != session.id))
      throw new Error(`auth-elements: no signed-in session ${sessionId ?? '(current)'}`);
    const listed = listedUrl(this.#postLogout, redirectUrl);
    let url: string | undefined;
    try {
      // A provider that publishes no end-session endpoint (Google's, say) has only the local
      // sign-out: the user is removed here, and its session at the provider stays.
      if (await this.#oidc.metadataService.getEndSessionEndpoint())
        ({ url } = await this.#oidc.createSignoutRequest({
          id_token_hint: user.id_token,
          post_logout_redirect_uri: listed ?? manager.settings.post_logout_redirect_uri,
        }));
      signal.throwIfAborted();
      if (manager.settings.revokeTokensOnSignout) await manager.revokeTokens();
    } catch (error) {
      throw providerError('oidc sign-out', error);
    }
    // The abort rule: after a timeout the element drops the end-session navigation, so removing
    // the user now would end only the local half of the sign-out (the provider's session would
    // sign the next "Sign in" straight back in). Keep the user: a retry does the whole sign-out.
    signal.throwIfAborted();
    // The end-session endpoint comes from the provider's own metadata.
    this.allowOrigin(url);
    await manager.removeUser();
    await this.refresh();
    return url ? { redirectTo: url } : undefined;
  }

  async signIn({ redirectUrl, signal }: SignInOptions): Promise<{ redirectTo: string }> {
    signal.throwIfAborted();
    const manager = this.#manager;
    const { dpop, stateStore } = manager.settings;
    let url: string, stateId: string;
    try {
      // As `signinRedirect` does: a DPoP-bound authorization code when the settings ask for one.
      const dpopJkt = dpop?.bind_authorization_code ? await manager.generateDPoPJkt(dpop) : undefined;
      // `si:r` is the request type of `signinRedirect`: `signinCallback()` completes it.
      ({
        url,
        state: { id: stateId },
      } = await this.#oidc.createSigninRequest({
        request_type: 'si:r',
        state: redirectUrl,
        dpopJkt,
      }));
    } catch (error) {
      throw providerError('oidc sign-in', error);
    }
    if (signal.aborted) {
      // Nobody will follow this request: its stored state (PKCE verifier, nonce) goes now.
      await stateStore.remove(stateId).catch(() => {});
      signal.throwIfAborted();
    }
    // The authorization endpoint comes from the provider's own metadata.
    this.allowOrigin(url);
    return { redirectTo: url };
  }
}
