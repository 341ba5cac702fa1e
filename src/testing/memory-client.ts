import type { AuthSession } from '../auth/types.js';
import type { MemoryClient, MemoryClientOptions } from './memory-types.js';

export type { MemoryAnswer, MemoryClient, MemoryClientOptions } from './memory-types.js';

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
