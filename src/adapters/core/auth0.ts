import type { AuthSession, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, listedUrl, providerError, textOf, type AdapterOptions, type AdapterState } from './adapter.js';

/** The part of an `Auth0Client` (`@auth0/auth0-spa-js`) the adapter uses. */
export interface Auth0ClientLike {
  isAuthenticated(): Promise<boolean>;
  getUser(): Promise<
    | {
        sub?: string;
        name?: string;
        given_name?: string;
        family_name?: string;
        nickname?: string;
        email?: string;
        picture?: string;
      }
    | undefined
  >;
  getIdTokenClaims(): Promise<{ sid?: unknown } | undefined>;
  /** Revokes the refresh token at `/oauth/revoke`; does nothing without `useRefreshTokens`. */
  revokeRefreshToken?(): Promise<void>;
  logout(options?: {
    logoutParams?: { returnTo?: string };
    openUrl?: false | ((url: string) => Promise<void> | void);
  }): Promise<void>;
}

export interface Auth0AdapterOptions extends AdapterOptions {
  /** Auth0's domain (`https://TENANT.auth0.com`): its origin is allowed for the logout navigation. */
  domain?: string;
  /**
   * Settles when the SDK has finished starting (your `handleRedirectCallback()` or
   * `checkSession()`): the session stays loading until then.
   */
  loaded?: Promise<unknown>;
  /**
   * Absolute URLs listed as "Allowed Logout URLs": an element's `redirect-url` is sent as
   * `returnTo` (as written here) only when it is one of them (`https://app.example` is
   * `https://app.example/`).
   */
  allowedLogoutUrls?: readonly string[];
}

/**
 * Auth0 through `@auth0/auth0-spa-js`. One session per browser (the ID token's `sid`, else the
 * user's `sub`). Signing out revokes the refresh token (`revokeRefreshToken()`, a no-op without
 * `useRefreshTokens`), clears the SDK's local session (`logout({ openUrl })` with a function,
 * so the SDK does not navigate) and resolves `{ redirectTo }`: Auth0's `/v2/logout` URL, which the
 * element vets and navigates to, ending Auth0's own session. `returnTo` is the element's vetted
 * redirect when listed in `allowedLogoutUrls`. No `everywhere` (that needs Auth0's Management API).
 */
export class Auth0Adapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all'];
  readonly #client: Auth0ClientLike;
  readonly #loaded: Promise<unknown>;
  readonly #logoutUrls: readonly string[];

  constructor(client: Auth0ClientLike, options: Auth0AdapterOptions = {}) {
    super(options, [options.domain]);
    this.#client = client;
    // A failed start (an invalid or replayed callback, say) is the app's to handle; said here too,
    // since the adapter may be the only one holding it. The session is read all the same.
    this.#loaded = Promise.resolve(options.loaded).catch(error =>
      console.warn('[auth-elements] auth0: the SDK did not start (loaded rejected):', error),
    );
    this.#logoutUrls = options.allowedLogoutUrls ?? [];
  }

  protected async read(): Promise<AdapterState> {
    await this.#loaded;
    const client = this.#client;
    let user: Awaited<ReturnType<Auth0ClientLike['getUser']>>;
    let claims: Awaited<ReturnType<Auth0ClientLike['getIdTokenClaims']>>;
    try {
      user = (await client.isAuthenticated()) ? await client.getUser() : undefined;
      claims = user && (await client.getIdTokenClaims());
    } catch (error) {
      throw providerError('auth0 getUser', error);
    }
    if (!user?.sub) return { session: null, sessions: [] };
    const session: AuthSession = {
      id: textOf(claims?.sid) ?? user.sub,
      user: {
        id: user.sub,
        name: textOf(user.name),
        firstName: textOf(user.given_name),
        lastName: textOf(user.family_name),
        username: textOf(user.nickname),
        email: textOf(user.email),
        imageUrl: textOf(user.picture),
      },
    };
    return { session, sessions: [session] };
  }

  async signOut({ scope, sessionId, redirectUrl, signal }: SignOutOptions): Promise<{ redirectTo?: string }> {
    this.supports(scope);
    // A failed first read is no reason to refuse: the session is checked below.
    await this.ready.catch(() => {});
    this.find(sessionId);
    // After an abort the element drops the logout navigation: clearing the local session then
    // would leave Auth0's session alive. Nothing is cleared; a retry does the whole sign-out.
    signal.throwIfAborted();
    try {
      await this.#client.revokeRefreshToken?.();
    } catch (error) {
      throw providerError('auth0 revokeRefreshToken', error);
    }
    signal.throwIfAborted();
    let redirectTo: string | undefined;
    const returnTo = listedUrl(this.#logoutUrls, redirectUrl);
    try {
      await this.#client.logout({
        ...(returnTo && { logoutParams: { returnTo } }),
        openUrl: url => void (redirectTo = url),
      });
    } catch (error) {
      throw providerError('auth0 logout', error);
    }
    this.allowOrigin(redirectTo);
    await this.refresh();
    return { redirectTo };
  }
}
