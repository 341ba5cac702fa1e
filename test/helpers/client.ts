// The tests' auth client: the package's own memory client (auth-elements/testing) with the
// defaults these tests are written against.
import type { AuthSession, SignOutOptions } from '../../src/index.js';
import { createMemoryClient, type MemoryClient, type MemoryClientOptions } from '../../src/testing/index.js';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

export const session = (id: string, name = `User ${id}`): AuthSession => ({
  id,
  user: { id: `u-${id}`, name, email: `${id}@example.com` },
});

/** The client of the tests: a memory client. */
export type FakeClient = MemoryClient;

export interface FakeOptions extends Pick<MemoryClientOptions, 'signOut' | 'refresh' | 'setActive'> {
  /** Default: one session, `s1`. */
  sessions?: AuthSession[];
  /** The current session's id; `null` = signed out, `undefined` given explicitly = still loading. */
  current?: string | null | undefined;
  /** Record navigations in `navigations` (default: the client has no `navigate`). */
  navigate?: boolean;
  /** Fields set on the client after it is made (URLs, `supportsScope`, replaced methods). */
  extra?: Partial<Omit<FakeClient, 'calls' | 'switches' | 'navigations' | 'listenerCount'>>;
}

/** What a provider does on sign-out: removes the sessions `options` names, makes another current, notifies. */
export function applySignOut(client: FakeClient, options: Pick<SignOutOptions, 'scope' | 'sessionId'>): void {
  client.apply(options);
}

/**
 * A memory client as most tests want it: one session `s1` unless told, no `setActive` (switching
 * tests ask for it), and no `navigate` unless `navigate: true` (then navigations are recorded).
 */
export function fakeClient(options: FakeOptions = {}): FakeClient {
  const loading = 'current' in options && options.current === undefined;
  const client = createMemoryClient({
    sessions: options.sessions ?? [session('s1')],
    current: loading ? undefined : options.current,
    loading,
    signOut: options.signOut,
    refresh: options.refresh,
    setActive: options.setActive ?? false,
    navigate: options.navigate ? undefined : false,
  });
  return Object.assign(client, options.extra);
}

/** Removes `window.Auth` (whatever kind of property it is now) and sets it to undefined. */
export function clearGlobalClient(): void {
  (window as { Auth?: unknown }).Auth = undefined;
}

/**
 * A client that writes 'client call' and 'navigation' into `order` as they happen (with the
 * default sign-out behaviour and recorded navigations), for tests of event order.
 */
export function orderRecordingClient(order: string[], options: FakeOptions = {}): FakeClient {
  const client = fakeClient({
    navigate: true,
    ...options,
    signOut: async (signOutOptions, self) => {
      order.push('client call');
      self.apply(signOutOptions);
    },
  });
  const navigate = client.navigate!;
  client.navigate = url => {
    order.push('navigation');
    return navigate(url);
  };
  return client;
}
