import type {
  AuthClient,
  AuthDevice,
  AuthSession,
  ListDevicesOptions,
  SetActiveOptions,
  SignInOptions,
  SignOutOptions,
  SignOutScope,
} from '../auth/types.js';

/** How a memory client answers a sign-out or switch: by default it applies it and resolves. */
export type MemoryAnswer<O> = (options: O, client: MemoryClient) => Promise<void | { redirectTo?: string }>;

export interface MemoryClientOptions {
  /** The accounts signed in on "this browser". Default: Ada Lovelace and Grace Hopper. */
  sessions?: AuthSession[];
  /** The current session's id; `null` = signed out. Default: the first session. */
  current?: string | null;
  /** Start still loading (`session` undefined) until `load()` is called. */
  loading?: boolean;
  /**
   * Milliseconds each `signOut` and `setActive` takes (default 0); the call's signal cuts it short.
   * With no delay an answer runs within the call, so what it does (even throwing) the client does.
   */
  delay?: number;
  /** Replaces the default `signOut` (which applies the sign-out); it is still recorded in `calls`. */
  signOut?: MemoryAnswer<SignOutOptions>;
  /**
   * Replaces the default `setActive`; it is still recorded in `switches`. `false`: the client has
   * no `setActive`, as a provider without account switching.
   */
  setActive?: MemoryAnswer<SetActiveOptions> | false;
  /**
   * Runs on `refresh()` (after a message from another tab) instead of the default, which re-reads
   * `persist.storage` and notifies the listeners; a hook notifies them itself if it wants to.
   */
  refresh?: (client: MemoryClient) => void | Promise<void>;
  /**
   * Receives every navigation the elements make (after vetting). Default: recorded in
   * `navigations` and not followed. `false`: the client has no `navigate`, so the elements use
   * `location.assign`.
   */
  navigate?: ((url: string) => void) | false;
  /** Keeps the state in this storage (e.g. `sessionStorage`) under `key`: a reload keeps it. */
  persist?: { storage: Storage; key: string };
  supportsScope?: SignOutScope[];
  signInUrl?: string;
  userProfileUrl?: string;
  afterSignOutUrl?: string;
  allowedRedirectOrigins?: string[];
  /**
   * Gives the client the contract's `signIn`, answered by this function (recorded in `signIns`;
   * `delay` and `failNext` apply). Without it the client has no `signIn`, and the sign-in button
   * follows the sign-in URL.
   */
  signIn?: MemoryAnswer<SignInOptions>;
  /**
   * The current user's sessions on every device: the client gets `listDevices` (without this
   * option it has none). A device whose `sessionId` is the current session's is the current one.
   * `failNext` and `delay` apply to `listDevices` too.
   */
  devices?: AuthDevice[];
}

/** An {@link AuthClient} held in memory, for tests, demos and prototypes, with what a test needs to see. */
export interface MemoryClient extends AuthClient {
  session: AuthSession | null | undefined;
  sessions: AuthSession[];
  supportsScope?: SignOutScope[];
  signInUrl?: string;
  userProfileUrl?: string;
  afterSignOutUrl?: string;
  allowedRedirectOrigins?: string[];
  delay: number;
  addListener(listener: () => void): () => void;
  refresh(): Promise<void>;
  /** Every `signOut` call's options, in order. */
  readonly calls: SignOutOptions[];
  /** Every `setActive` call's options, in order. */
  readonly switches: SetActiveOptions[];
  /** Every URL given to `navigate`, in order. */
  readonly navigations: string[];
  /** Listeners subscribed right now. */
  readonly listenerCount: number;
  /** How many times `refresh()` was called. */
  refreshCount: number;
  /**
   * Makes the next `signOut`, `setActive` or `signIn` reject with this error (a string becomes an `Error`);
   * `null` cancels a failure not yet used.
   */
  failNext(error?: Error | string | null): void;
  /** Ends loading: the current session becomes known. */
  load(): void;
  /** Signs an account in on "this browser" and makes it current. */
  addSession(session: AuthSession): void;
  /** Every `signIn` call's options, in order (see the `signIn` option). */
  readonly signIns: SignInOptions[];
  /** Removes the sessions a sign-out with `options` ends, makes a remaining one current, notifies. */
  apply(options: Pick<SignOutOptions, 'scope' | 'sessionId'>): void;
  /** Calls every listener, as a provider does after a change. */
  emitChange(): void;
  /** The devices `listDevices` reports (see the `devices` option); a sign-out removes the ended ones. */
  devices: AuthDevice[];
  /** Every `listDevices` call's options, in order. */
  readonly listings: ListDevicesOptions[];
  listDevices?(options: ListDevicesOptions): Promise<AuthDevice[]>;
}

/** Two made-up accounts, Ada Lovelace (current) and Grace Hopper. */
export const demoSessions = (): AuthSession[] => [
  { id: 'sess_ada', user: { id: 'user_ada', name: 'Ada Lovelace', email: 'ada@example.com' } },
  { id: 'sess_grace', user: { id: 'user_grace', name: 'Grace Hopper', email: 'grace@example.com' } },
];

/**
 * Runs `answer` after `ms`, or at once when `ms` ≤ 0 (so that a throwing answer throws from the
 * call, as a client's own code would); rejects with the signal's reason when it aborts first.
 */
function after<T>(ms: number, signal: AbortSignal, answer: () => T): T | Promise<Awaited<T>> {
  if (ms <= 0) return answer();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(answer() as Awaited<T>);
      } catch (error) {
        reject(error);
      }
    }, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * An auth client that keeps its accounts in memory (or in `persist.storage`): sign-out, switching
 * and listeners behave as a provider's do, and every call is recorded. Use it in the tests of your
 * own pages, in demos, and to try the elements before a provider is wired:
 *
 * ```js
 * import { createMemoryClient } from 'auth-elements/testing';
 * window.Auth = createMemoryClient({ delay: 300 });
 * ```
 */
export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const listeners = new Set<() => void>();
  const { persist } = options;
  const initial = options.sessions ?? demoSessions();
  const first = options.current === undefined ? initial[0]?.id : options.current;
  let failure: Error | undefined;
  let loading = !!options.loading;

  const save = () => {
    if (persist) {
      const { session, sessions } = client;
      persist.storage.setItem(persist.key, JSON.stringify({ sessions, current: session?.id ?? null }));
    }
  };
  const restore = () => {
    const stored = persist && JSON.parse(persist.storage.getItem(persist.key) ?? 'null');
    if (!stored) return false;
    client.sessions = stored.sessions;
    client.session = loading ? undefined : (stored.sessions.find((s: AuthSession) => s.id == stored.current) ?? null);
    return true;
  };
  /** The error `failNext` set, once. */
  const failed = () => {
    const error = failure;
    failure = undefined;
    return error;
  };

  const client: MemoryClient = {
    session: loading ? undefined : (initial.find(s => s.id == first) ?? null),
    sessions: [...initial],
    supportsScope: options.supportsScope,
    signInUrl: options.signInUrl,
    userProfileUrl: options.userProfileUrl,
    afterSignOutUrl: options.afterSignOutUrl,
    allowedRedirectOrigins: options.allowedRedirectOrigins,
    delay: options.delay ?? 0,
    calls: [],
    switches: [],
    signIns: [],
    devices: [...(options.devices ?? [])],
    listings: [],
    navigations: [],
    refreshCount: 0,
    get listenerCount() {
      return listeners.size;
    },
    signOut(signOutOptions) {
      client.calls.push(signOutOptions);
      return Promise.resolve(
        after(client.delay, signOutOptions.signal, () => {
          const error = failed();
          if (error) return Promise.reject(error);
          if (options.signOut) return options.signOut(signOutOptions, client);
          client.apply(signOutOptions);
        }),
      );
    },
    setActive(setActiveOptions) {
      client.switches.push(setActiveOptions);
      return Promise.resolve(
        after(client.delay, setActiveOptions.signal, async () => {
          const error = failed();
          if (error) throw error;
          if (typeof options.setActive == 'function') return void (await options.setActive(setActiveOptions, client));
          const next = client.sessions.find(s => s.id == setActiveOptions.sessionId);
          if (!next) throw new Error(`no signed-in session ${setActiveOptions.sessionId}`);
          client.session = next;
          save();
          client.emitChange();
        }),
      );
    },
    addListener(listener) {
      // Wrapped, so that the same function added twice counts twice, as it must be removed twice.
      const entry = () => listener();
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    async refresh() {
      client.refreshCount++;
      if (options.refresh) return void (await options.refresh(client));
      restore();
      client.emitChange();
    },
    failNext(error = 'The next call was set to fail') {
      failure = typeof error == 'string' ? new Error(error) : (error ?? undefined);
    },
    load() {
      loading = false;
      if (!restore()) client.session = client.sessions.find(s => s.id == first) ?? null;
      client.emitChange();
    },
    addSession(session) {
      client.sessions = [...client.sessions.filter(s => s.id != session.id), session];
      client.session = session;
      save();
      client.emitChange();
    },
    apply({ scope, sessionId }) {
      const target = scope == 'session' ? (sessionId ?? client.session?.id) : undefined;
      const here = client.session?.id;
      // `others` ends the user's other devices; every account of this browser stays.
      const local = new Set(client.sessions.map(s => s.id));
      client.devices = client.devices.filter(({ sessionId: id }) =>
        scope == 'session' ? id != target : scope == 'others' ? id == here : scope == 'all' && !local.has(id),
      );
      if (scope == 'others') return client.emitChange();
      client.sessions = scope == 'session' ? client.sessions.filter(s => s.id != target) : [];
      if (!client.session || !client.sessions.some(s => s.id == client.session!.id)) {
        client.session = client.sessions[0] ?? null;
      }
      save();
      client.emitChange();
    },
    emitChange() {
      for (const listener of [...listeners]) listener();
    },
  };
  if (options.setActive === false) delete client.setActive;
  const answer = options.signIn;
  if (answer) {
    client.signIn = signInOptions => {
      client.signIns.push(signInOptions);
      return Promise.resolve(
        after(client.delay, signInOptions.signal, () => {
          const error = failed();
          return error ? Promise.reject(error) : answer(signInOptions, client);
        }),
      );
    };
  }
  if (options.devices) {
    client.listDevices = listOptions => {
      client.listings.push(listOptions);
      return Promise.resolve(
        after(client.delay, listOptions.signal, () => {
          const error = failed();
          if (error) throw error;
          // As a provider answers a signed-out browser.
          if (!client.session) throw new Error('not signed in');
          return client.devices.map(device => ({ ...device, current: device.sessionId == client.session?.id }));
        }),
      );
    };
  }
  if (options.navigate !== false) {
    const follow = options.navigate;
    client.navigate = url => {
      client.navigations.push(url);
      follow?.(url);
    };
  }
  if (persist && !restore()) save();
  return client;
}
