import { fillRedirect } from '../../auth/redirect.js';
import type {
  AuthDevice,
  ListDevicesOptions,
  SetActiveOptions,
  SignInOptions,
  SignOutOptions,
  SignOutScope,
} from '../../auth/types.js';
import { AuthAdapter, type AdapterOptions, type AdapterState } from './adapter.js';
import {
  active,
  call,
  revokeFailures,
  toDevice,
  toSession,
  type ClerkDeviceSessionLike,
  type ClerkLike,
} from './clerk-resources.js';

export type { ClerkDeviceSessionLike, ClerkLike, ClerkSessionLike, ClerkUserLike } from './clerk-resources.js';

/**
 * Clerk (`window.Clerk`). Sessions are the client's signed-in sessions. Scopes: `session` ends one
 * (`clerk.signOut(callback, { sessionId })`), `all` every session of this browser
 * (`clerk.signOut(callback)`), `others` every session of the current user on other devices and
 * `everywhere` on every device (`user.getSessions()` then `revoke()` each, every revoke run to its
 * end). The callback form keeps Clerk from navigating. `listDevices` is `user.getSessions()` with
 * each session's `latestActivity`; a listed device of another browser is ended by its `revoke()`.
 */
export class ClerkAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all', 'others', 'everywhere'];
  readonly #clerk: ClerkLike;
  readonly #signInUrl?: string;

  constructor(clerk: ClerkLike, options: AdapterOptions = {}) {
    super(options);
    this.#clerk = clerk;
    this.#signInUrl = options.signInUrl;
    // Clerk builds its URLs only once loaded ('' before): built when read, the options winning.
    for (const key of ['signInUrl', 'userProfileUrl', 'afterSignOutUrl'] as const)
      Object.defineProperty(this, key, { get: () => options[key] ?? this.#built(key) });
  }

  /** Clerk's `build…Url()` for `key`, or none (not loaded yet, or it throws). */
  #built(key: 'signInUrl' | 'userProfileUrl' | 'afterSignOutUrl'): string | undefined {
    const clerk = this.#clerk;
    const build = {
      signInUrl: clerk.buildSignInUrl,
      userProfileUrl: clerk.buildUserProfileUrl,
      afterSignOutUrl: clerk.buildAfterSignOutUrl,
    }[key];
    try {
      return build?.call(clerk) || undefined;
    } catch {
      return undefined;
    }
  }

  /** The origins of Clerk's URLs (your Account Portal) are allowed too, once Clerk builds them. */
  override get allowedRedirectOrigins(): readonly string[] {
    for (const key of ['signInUrl', 'userProfileUrl', 'afterSignOutUrl'] as const) this.allowOrigin(this.#built(key));
    return super.allowedRedirectOrigins;
  }

  protected override watch(changed: () => void): () => void {
    const clerk = this.#clerk;
    const off = clerk.addListener(changed);
    // clerk-js emits to addListener while still loading, then turns ready (or fails) with a
    // status event only.
    const status = typeof clerk.on == 'function' && typeof clerk.off == 'function';
    if (status) clerk.on!('status', changed);
    return () => {
      off();
      if (status) clerk.off!('status', changed);
    };
  }

  protected async read(): Promise<AdapterState | undefined> {
    const clerk = this.#clerk;
    // A failed load: signed out (the base class), not loading for good.
    if (clerk.status == 'error') throw new Error('clerk: Clerk failed to load');
    // Not loaded yet: stay in the loading state until Clerk's listener reports.
    if (!clerk.loaded || clerk.session === undefined) return undefined;
    return {
      session: active(clerk.session) ? toSession(clerk.session) : null,
      sessions: (clerk.client?.signedInSessions ?? []).filter(active).map(toSession),
    };
  }

  async signOut({ scope, sessionId, signal }: SignOutOptions): Promise<void> {
    const clerk = this.#clerk;
    const done = () => {};
    this.supports(scope);
    // Clerk's calls take no signal: after an abort, start nothing.
    signal.throwIfAborted();
    let unrevoked: Error | undefined;
    const device = sessionId === undefined ? undefined : this.#devices.get(sessionId);
    if (scope == 'session' && device && !this.sessions.some(({ id }) => id == sessionId)) {
      // Another browser's session, as listDevices listed it: this browser's state does not change.
      await call('session.revoke', () => device.revoke());
      this.#devices.delete(sessionId!);
      return;
    }
    if (scope == 'everywhere' || scope == 'others') {
      const current = clerk.session?.id;
      const sessions = await this.#userSessions();
      signal.throwIfAborted();
      // Every other device's revoke runs to its end, whatever the others do; for `everywhere`
      // this browser's session then always ends through Clerk (which updates its client), so a
      // retry starts from a signed-out browser instead of repeating a half-done sign-out.
      const others = sessions.filter(({ id }) => id != current);
      const results = await Promise.allSettled(others.map(session => session.revoke()));
      unrevoked = revokeFailures(others, results);
      // Listed again: a device that signed in meanwhile is named, not reported as signed out.
      const left = unrevoked ? [] : (await this.#userSessions()).filter(({ id }) => id != current);
      if (left.length)
        unrevoked = new Error(`clerk: still signed in on other devices: ${left.map(({ id }) => id).join(', ')}`);
      if (scope == 'everywhere') await call('signOut', () => clerk.signOut(done, { sessionId: current }));
    } else if (scope == 'all') {
      await call('signOut', () => clerk.signOut(done));
    } else {
      const { id } = this.find(sessionId);
      await call('signOut', () => clerk.signOut(done, { sessionId: id }));
    }
    await this.refresh();
    // Clerk leaves no current session when the current one of several ended: make one current.
    const next = this.sessions[0];
    if (this.session === null && next) await this.switchAfterSignOut(next.id, signal);
    if (unrevoked) throw unrevoked;
  }

  /** The sessions `listDevices` listed last, by id (a device of another browser ends by its `revoke()`). */
  readonly #devices = new Map<string, ClerkDeviceSessionLike>();

  async #userSessions(): Promise<ClerkDeviceSessionLike[]> {
    const user = this.#clerk.session?.user;
    if (!user) throw new Error('auth-elements: no signed-in Clerk user');
    // clerk-js answers the first list again (kept on the User): a device signed in since would be
    // missed. Cleared, the list is fetched fresh.
    if ('cachedSessionsWithActivities' in user) user.cachedSessionsWithActivities = null;
    const sessions = await call('user.getSessions', () => user.getSessions());
    // Clerk marks a revoked session in place: only signed-in ones are devices.
    return sessions.filter(({ status }) => status == null || status == 'active' || status == 'pending');
  }

  async listDevices({ signal }: ListDevicesOptions): Promise<AuthDevice[]> {
    const sessions = await this.#userSessions();
    signal.throwIfAborted();
    this.#devices.clear();
    for (const session of sessions) this.#devices.set(session.id, session);
    return sessions.map(session => toDevice(session, this.#clerk.session?.id));
  }

  async setActive({ sessionId }: SetActiveOptions): Promise<void> {
    const { id } = this.find(sessionId);
    await call('setActive', () => this.#clerk.setActive({ session: id }));
    await this.refresh();
  }

  /**
   * Clerk's sign-in page (`buildSignInUrl`), coming back to `redirectUrl` after signing in (as
   * Clerk's `SignInButton` does with `fallbackRedirectUrl`).
   */
  async signIn({ redirectUrl }: SignInOptions): Promise<{ redirectTo: string }> {
    // The adapter's own `signInUrl` option wins, as it does for the user button's "Add account".
    if (this.#signInUrl) return { redirectTo: fillRedirect(this.#signInUrl, redirectUrl) };
    const clerk = this.#clerk;
    const url = await call('buildSignInUrl', async () => {
      if (typeof clerk.buildSignInUrl != 'function') throw new Error('Clerk has no buildSignInUrl');
      const built = clerk.buildSignInUrl(redirectUrl ? { signInFallbackRedirectUrl: redirectUrl } : undefined);
      // Clerk builds '' until it has loaded: a click then must fail, not end in silence.
      if (!built) throw new Error('Clerk has not loaded yet: no sign-in URL');
      return built;
    });
    this.allowOrigin(url);
    return { redirectTo: url };
  }
}
