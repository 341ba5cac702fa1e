// Shared test helpers: an in-test auth client whose calls are recorded and whose answers the test
// controls, console capture, and event recording.
import type { AuthClient, AuthSession, SignOutOptions, SignOutScope } from '../src/index.js';

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

export interface FakeClient extends AuthClient {
  session: AuthSession | null | undefined;
  sessions?: AuthSession[];
  supportsScope?: SignOutScope[];
  afterSignOutUrl?: string;
  allowedRedirectOrigins?: string[];
  /** Every `signOut` call's options, in order. */
  calls: SignOutOptions[];
  /** Every URL given to `navigate`, in order (only when created with `navigate: true`). */
  navigations: string[];
  /** How many listeners are subscribed right now. */
  readonly listenerCount: number;
  refreshCount: number;
  /** Calls every listener, as a provider does after a change. */
  emitChange(): void;
}

export interface FakeOptions {
  sessions?: AuthSession[];
  current?: string | null | undefined;
  /** How `signOut` answers: the default removes the sessions and resolves. */
  signOut?: (options: SignOutOptions, client: FakeClient) => Promise<void | { redirectTo?: string }>;
  navigate?: boolean;
  refresh?: (client: FakeClient) => void | Promise<void>;
  extra?: Partial<Omit<FakeClient, 'calls' | 'navigations' | 'listenerCount' | 'refreshCount' | 'emitChange'>>;
}

/** Removes the sessions `options` names, makes a remaining one current, and notifies. */
export function applySignOut(client: FakeClient, options: SignOutOptions): void {
  const all = client.sessions ?? (client.session ? [client.session] : []);
  const left = options.scope === 'session' ? all.filter(s => s.id !== options.sessionId) : [];
  if (client.sessions) client.sessions = left;
  if (!client.session || !left.some(s => s.id === client.session!.id)) client.session = left[0] ?? null;
  client.emitChange();
}

export function fakeClient(options: FakeOptions = {}): FakeClient {
  const listeners = new Set<() => void>();
  const sessions = options.sessions ?? [session('s1')];
  const current = options.current === undefined && !('current' in options) ? sessions[0]?.id : options.current;
  const client: FakeClient = {
    session: current === undefined ? undefined : current === null ? null : sessions.find(s => s.id === current),
    sessions: [...sessions],
    calls: [],
    navigations: [],
    refreshCount: 0,
    get listenerCount() {
      return listeners.size;
    },
    emitChange() {
      for (const listener of [...listeners]) listener();
    },
    signOut(signOutOptions) {
      client.calls.push(signOutOptions);
      if (options.signOut) return options.signOut(signOutOptions, client);
      applySignOut(client, signOutOptions);
      return Promise.resolve();
    },
    addListener(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      client.refreshCount++;
      await options.refresh?.(client);
    },
    ...options.extra,
  };
  if (options.navigate) client.navigate = (url: string) => void client.navigations.push(url);
  return client;
}

/** Records console.warn calls (restore with `.restore()`). */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Records the reasons of every `unhandledrejection` on window until `stop()`. */
export function recordUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  window.addEventListener('unhandledrejection', listener);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', listener) };
}

/** Records the named events dispatched to `target` (in order), with their details. */
export function recordEvents(
  target: EventTarget,
  names: string[],
): { log: { type: string; detail: unknown; target: EventTarget | null }[]; stop(): void } {
  const log: { type: string; detail: unknown; target: EventTarget | null }[] = [];
  const listener = (event: Event) =>
    log.push({ type: event.type, detail: (event as CustomEvent).detail, target: event.currentTarget });
  for (const name of names) target.addEventListener(name, listener);
  return { log, stop: () => names.forEach(name => target.removeEventListener(name, listener)) };
}

/** Resolves after pending microtasks and a macrotask have run. */
export const settle = (ms = 0): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

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
      applySignOut(self, signOutOptions);
    },
  });
  const navigate = client.navigate!;
  client.navigate = url => {
    order.push('navigation');
    return navigate(url);
  };
  return client;
}
