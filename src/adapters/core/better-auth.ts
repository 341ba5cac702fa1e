import { fillRedirect } from '../../auth/redirect.js';
import type {
  AuthDevice,
  AuthSession,
  ListDevicesOptions,
  SetActiveOptions,
  SignInOptions,
  SignOutOptions,
  SignOutScope,
} from '../../auth/types.js';
import { AuthAdapter, providerError, type AdapterOptions, type AdapterState } from './adapter.js';
import { parseUserAgent } from './user-agent.js';

/** What better-auth's client calls resolve: data or an error, never a throw for HTTP errors. */
export interface BetterAuthResult<T> {
  data: T | null;
  error: { message?: string; status?: number; statusText?: string; code?: string } | null;
}

interface FetchArg {
  fetchOptions?: { signal?: AbortSignal };
}

/** A row of better-auth's `listSessions()`: one session of the user, on any device. */
export interface BetterAuthSessionRow {
  id: string;
  token: string;
  createdAt?: string | Date;
  updatedAt?: string | Date;
  ipAddress?: string | null;
  userAgent?: string | null;
}

export interface BetterAuthSessionData {
  session: { id: string; token: string };
  user: { id: string; name?: string | null; email?: string | null; image?: string | null };
}

/**
 * The part of a better-auth browser client (`createAuthClient` from `better-auth/client`) the
 * adapter uses. The `multiSession` methods come from `multiSessionClient()`; without that plugin
 * the browser holds one session.
 */
export interface BetterAuthClientLike {
  getSession(arg?: FetchArg): Promise<BetterAuthResult<BetterAuthSessionData>>;
  signOut(arg?: FetchArg): Promise<BetterAuthResult<unknown>>;
  revokeSessions(arg?: FetchArg): Promise<BetterAuthResult<unknown>>;
  revokeOtherSessions?(arg?: FetchArg): Promise<BetterAuthResult<unknown>>;
  listSessions?(arg?: { query?: Record<string, never> } & FetchArg): Promise<BetterAuthResult<BetterAuthSessionRow[]>>;
  revokeSession?(arg: { token: string } & FetchArg): Promise<BetterAuthResult<unknown>>;
  multiSession?: {
    listDeviceSessions(arg?: FetchArg): Promise<BetterAuthResult<BetterAuthSessionData[]>>;
    setActive(arg: { sessionToken: string } & FetchArg): Promise<BetterAuthResult<unknown>>;
    revoke(arg: { sessionToken: string } & FetchArg): Promise<BetterAuthResult<unknown>>;
  };
  /**
   * The session atom of the vanilla client; it changes after sign-in, sign-out and account
   * switches, also in other tabs. The framework clients' `useSession` is a hook instead.
   */
  useSession?: SessionAtom | ((...args: never[]) => unknown);
  /** The client's stores: `atoms.session` is the session atom in every flavour of the client. */
  $store?: { atoms?: { session?: SessionAtom } };
}

type SessionAtom = { subscribe(listener: (value: { data?: unknown; isPending?: boolean }) => void): () => void };

export interface BetterAuthAdapterOptions extends AdapterOptions {
  /** The better-auth server's URL, when it is not this page's origin: its origin is allowed for navigation. */
  baseURL?: string;
}

/** Calls a better-auth client method and returns its data, or throws an `Error` for its `{ error }`. */
async function call<T>(name: string, result: Promise<BetterAuthResult<T>>): Promise<T | null> {
  let answer: BetterAuthResult<T>;
  try {
    answer = await result;
  } catch (error) {
    throw providerError(`better-auth ${name}`, error);
  }
  if (answer.error) throw providerError(`better-auth ${name}`, answer.error);
  return answer.data;
}

/** A session's id and user as one string, to tell a change. */
const key = (session?: { id: string }, user?: unknown): string => JSON.stringify([session?.id ?? null, user ?? null]);

function toSession({ session, user }: BetterAuthSessionData): AuthSession {
  return {
    id: session.id,
    user: { id: user.id, name: user.name ?? null, email: user.email ?? null, imageUrl: user.image ?? null },
  };
}

/**
 * better-auth, with or without the multiSession plugin. Sessions are the device sessions of this
 * browser. Scopes: `session` revokes one device session (`multiSession.revoke`; a session of
 * another device, as `listDevices` lists it, or a current one the plugin keeps no cookie of,
 * `revokeSession`), `all` signs out every session of this browser (`signOut()`), `others` ends the
 * current user's sessions on other devices (`revokeOtherSessions()`), `everywhere` ends them on
 * every device (`revokeSessions()`; other accounts on this browser stay in both). `listDevices` is
 * `listSessions()`, its stored User-Agent read by bowser; `lastActiveAt` is the session's
 * `updatedAt` (better-auth refreshes it daily).
 */
export class BetterAuthAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all', 'others', 'everywhere'];
  readonly #client: BetterAuthClientLike;
  /**
   * Each session's token, by session id: better-auth switches and revokes by token, and a token
   * is a credential, so it stays off the public client object (`window.Auth`).
   */
  readonly #tokens = new Map<string, string>();
  /** The tokens of the sessions the multiSession plugin listed last (it holds a cookie of each). */
  #listed = new Set<string>();
  /**
   * Whether the server has the multiSession plugin: until its list answers 404. The client cannot
   * tell: better-auth's client is a proxy that answers every property (`client.multiSession` too).
   */
  #plugin = true;
  /** The current session's id and user as the adapter read them last (see `watch`). */
  #read?: string;

  /**
   * The app's own sign-in page (the `signInUrl` option, each `{redirect}` in it replaced by the
   * URL-encoded page to come back to): better-auth signs in on a page of the app. Absent without
   * `signInUrl`.
   */
  readonly signIn?: (options: SignInOptions) => Promise<{ redirectTo: string }>;

  constructor(client: BetterAuthClientLike, options: BetterAuthAdapterOptions = {}) {
    super(options, [options.baseURL]);
    this.#client = client;
    const page = options.signInUrl;
    if (page) this.signIn = async ({ redirectUrl }) => ({ redirectTo: fillRedirect(page, redirectUrl) });
  }

  /**
   * better-auth's session atom, while the adapter has listeners: it answers at once, then after
   * every sign-in, sign-out, switch and user update, in this tab or another (not when a device
   * session is revoked), and after its own refetches (focus, polling), which re-read nothing
   * unless the session or its user differ from what the adapter read last.
   */
  protected override watch(): () => void {
    // better-auth/react's and /vue's `useSession` is a hook: the atom is in `$store` there.
    const client = this.#client;
    const atom = client.$store?.atoms?.session ?? (client.useSession as SessionAtom | undefined);
    const off = atom?.subscribe?.(({ data, isPending }) => {
      if (isPending) return;
      const { session, user } = (data ?? {}) as Partial<BetterAuthSessionData>;
      // Compared with the adapter's own last read, not with the atom's last answer: its first
      // answer may already carry a change made since that read.
      // Settled, not only re-read: when the current session ended elsewhere (revoked from another
      // device) and other accounts of this browser remain, one of them becomes current.
      if (key(session, user) != this.#read) void this.settle().catch(error => console.warn('[auth-elements]', error));
    });
    return () => off?.();
  }

  protected async read(signal?: AbortSignal): Promise<AdapterState> {
    const fetchOptions = { signal };
    const client = this.#client;
    const plugin = this.#multiSession();
    const [current, list] = await Promise.all([
      call('getSession', client.getSession({ fetchOptions })),
      plugin &&
        call(
          'listDeviceSessions',
          plugin.listDeviceSessions({ fetchOptions }).then(answer => {
            if (answer?.error?.status != 404) return answer;
            this.#plugin = false;
            return { data: null, error: null };
          }),
        ),
    ]);
    for (const { session } of [...(current ? [current] : []), ...(list ?? [])])
      this.#tokens.set(session.id, session.token);
    this.#listed = new Set(list?.map(({ session }) => session.token));
    this.#read = key(current?.session, current?.user);
    const session = current ? toSession(current) : null;
    // The plugin lists the sessions it holds a cookie of, in its own order. The current session
    // may have none (signed in over `maximumSessions`, or before the plugin was added): it is
    // still this browser's, listed first.
    const sessions = list ? list.map(toSession) : [];
    if (session && !sessions.some(({ id }) => id == session.id)) sessions.unshift(session);
    return { session, sessions };
  }

  async signOut({ scope, sessionId, signal }: SignOutOptions): Promise<void> {
    this.supports(scope);
    const client = this.#client;
    const fetchOptions = { signal };
    const device = sessionId === undefined ? undefined : this.#devices.get(sessionId);
    if (scope == 'session' && device && !this.sessions.some(({ id }) => id == sessionId)) {
      // Another device's session: this browser's state does not change.
      await call('revokeSession', this.#need('revokeSession')({ token: device, fetchOptions }));
      this.#devices.delete(sessionId!);
      return;
    }
    if (scope == 'others') {
      await call('revokeOtherSessions', this.#need('revokeOtherSessions')({ fetchOptions }));
    } else if (scope == 'everywhere') {
      await call('revokeSessions', client.revokeSessions({ fetchOptions }));
    } else if (scope == 'all') {
      await call('signOut', client.signOut({ fetchOptions }));
    } else {
      const token = this.#token(sessionId);
      const plugin = this.#multiSession();
      if (plugin && this.#listed.has(token)) {
        await call('multiSession.revoke', plugin.revoke({ sessionToken: token, fetchOptions }));
      } else if (plugin) {
        // The current session without the plugin's cookie: the plugin refuses it, better-auth
        // revokes it by token (`signOut()` would end every session of this browser).
        await call('revokeSession', this.#need('revokeSession')({ token, fetchOptions }));
      } else {
        // Without the plugin the browser holds one session, the current one: `find` allows only it.
        await call('signOut', client.signOut({ fetchOptions }));
      }
    }
    // The provider call succeeded: the sign-out stands, whatever the signal does now (the abort
    // rule), so this browser's state is re-read to its end, not dropped half-way.
    await this.settle();
  }

  async setActive({ sessionId, signal }: SetActiveOptions): Promise<void> {
    const token = this.#token(sessionId);
    const plugin = this.#multiSession();
    if (!plugin) return;
    await call('multiSession.setActive', plugin.setActive({ sessionToken: token, fetchOptions: { signal } }));
    await this.refresh(signal);
  }

  /**
   * The tokens of the sessions `listDevices` listed last, by id: a device is signed out by its
   * token, which, as a credential, never leaves the adapter.
   */
  readonly #devices = new Map<string, string>();

  async listDevices({ signal }: ListDevicesOptions): Promise<AuthDevice[]> {
    const listing = this.#need('listSessions')({ fetchOptions: { signal } });
    const rows =
      (await call(
        'listSessions',
        listing.then(answer => {
          // better-auth lists sessions only for a session younger than `session.freshAge`.
          if (answer?.error?.code != 'SESSION_NOT_FRESH') return answer;
          const message = `${answer.error.message ?? 'Session is not fresh'}: better-auth lists the devices only for a session younger than session.freshAge (1 day by default); sign in again, or set session.freshAge to 0`;
          return { ...answer, error: { ...answer.error, message } };
        }),
      )) ?? [];
    const current = this.session?.id;
    this.#devices.clear();
    return rows.map(row => {
      this.#devices.set(row.id, row.token);
      return {
        sessionId: row.id,
        current: row.id == current,
        ...parseUserAgent(row.userAgent),
        ...(row.ipAddress && { ipAddress: row.ipAddress }),
        ...iso('lastActiveAt', row.updatedAt ?? row.createdAt),
        ...iso('createdAt', row.createdAt),
      };
    });
  }

  /** The multiSession plugin's calls, unless the client lacks them or the server has no plugin. */
  #multiSession(): BetterAuthClientLike['multiSession'] {
    return this.#plugin ? this.#client.multiSession : undefined;
  }

  /** A method of the better-auth client that older clients may lack, or an error naming it. */
  #need<K extends 'listSessions' | 'revokeSession' | 'revokeOtherSessions'>(
    name: K,
  ): NonNullable<BetterAuthClientLike[K]> {
    const method = this.#client[name];
    if (typeof method != 'function') throw new Error(`auth-elements: the better-auth client has no ${name}()`);
    // Not bound: better-auth's client is a proxy that reads every property (`bind` too) as a path.
    return method;
  }

  /** The token of a signed-in session (`find` refuses an unknown one). */
  #token(sessionId: string | undefined): string {
    return this.#tokens.get(this.find(sessionId).id) ?? '';
  }

  /** Re-reads after a sign-out; when the current session ended and others remain, makes one current. */
  async settle(signal?: AbortSignal): Promise<void> {
    await this.refresh(signal);
    const next = this.sessions[0];
    if (this.session === null && next) await this.switchAfterSignOut(next.id, signal ?? new AbortController().signal);
  }
}

/** `{ [key]: the ISO string of date }`, or nothing for a missing or invalid date. */
function iso<K extends string>(key: K, date: string | Date | undefined): Partial<Record<K, string>> {
  const time = date === undefined ? NaN : new Date(date).getTime();
  return Number.isNaN(time) ? {} : ({ [key]: new Date(time).toISOString() } as Record<K, string>);
}
