import { emit } from './events.js';
import { registry } from '../core/registry.js';
import type { AuthClient, AuthSession, AuthUser } from './types.js';

type WithAuth = typeof globalThis & { Auth?: AuthClient | null };

/**
 * The client an element uses: its `auth` property when set, else `window.Auth`; a value without
 * a `signOut` method is no client.
 */
export function resolveClient(own?: AuthClient | null): AuthClient | null {
  const value = own ?? (globalThis as WithAuth).Auth;
  return safely(() => typeof value?.signOut == 'function', false) ? value! : null;
}

const isSession = (value: unknown): value is AuthSession =>
  typeof (value as AuthSession | null)?.id == 'string' && typeof (value as AuthSession).user == 'object';

/**
 * A copy of `session` whose user holds its fields as read once, so that rendering reads no
 * getter: a user whose fields throw when read (a getter, a revoked proxy) has none (an empty id).
 */
function copy({ id, user }: AuthSession): AuthSession {
  return {
    id,
    user: safely<AuthUser>(
      () => {
        const { id, name, firstName, lastName, username, email, imageUrl } = user;
        return { id, name, firstName, lastName, username, email, imageUrl };
      },
      { id: '' },
    ),
  };
}

/**
 * The client's current session (a copy: see `copy`): `undefined` while loading, `null` when signed
 * out or when the value is not a session (no string `id`, no `user` object). Throws what a getter
 * of the client or the session throws.
 */
export function currentOf(client: AuthClient | null): AuthSession | null | undefined {
  const session = client?.session;
  return session === undefined ? undefined : isSession(session) ? copy(session) : null;
}

/**
 * The client's `sessions` when it is an array (copies of its entries that are sessions), else
 * `undefined`, as if absent. Throws what a getter of the client or a session throws.
 */
export function listOf(client: AuthClient | null): readonly AuthSession[] | undefined {
  const sessions: unknown = client?.sessions;
  return Array.isArray(sessions) ? sessions.filter(isSession).map(copy) : undefined;
}

/**
 * A link target as text: a string, or a `URL`'s href; anything else is none. It is vetted where
 * it is followed.
 */
export const linkOf = (value: unknown): string | undefined =>
  typeof value == 'string' ? value : value instanceof URL ? value.href : undefined;

/** `read()`, or `fallback` when it throws: for rendering, which must never throw. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * Turns `window.Auth` into an accessor (keeping its value) whose setter dispatches
 * `auth-client-change`, so that a plain `window.Auth = client` after the elements connected is
 * seen. Not possible when the property is not configurable (a global `var Auth`): elements still
 * re-read it at click time, and `setAuth()` announces changes itself.
 */
export function watchGlobalClient(): void {
  const reg = registry();
  if (reg.watched) return;
  reg.watched = true;
  let value = (window as WithAuth).Auth;
  try {
    Object.defineProperty(window, 'Auth', {
      configurable: true,
      enumerable: true,
      get: () => value,
      set(next) {
        value = next;
        emit(window, 'auth-client-change', {});
      },
    });
  } catch {
    // not configurable
  }
}

/** Sets `window.Auth` (or `globalThis.Auth` outside a browser) and tells every element. */
export function setAuth(client: AuthClient | null): void {
  const browser = typeof window == 'object';
  if (browser) watchGlobalClient();
  (globalThis as WithAuth).Auth = client;
  if (browser && !Object.getOwnPropertyDescriptor(window, 'Auth')?.set) emit(window, 'auth-client-change', {});
}
