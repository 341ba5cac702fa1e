import { post } from './cross-tab.js';
import { emit } from './events.js';
import { eventTarget, flightOf, fly } from './flight.js';
import { navigate, vetUrl } from './navigate.js';
import { warn } from './registry.js';
import type { AuthClient, SignOutScope } from './types.js';

export const SCOPES: readonly SignOutScope[] = ['session', 'all', 'everywhere'];

export interface SignOutRequest {
  scope: SignOutScope;
  /** The target for scope `session`; default the client's current session. */
  sessionId?: string | null;
  /** `undefined`/`null`: the client's `afterSignOutUrl`; `''`: no navigation. */
  redirectUrl?: string | null;
  /** Where to go instead when another account of this browser stays signed in. */
  afterSwitchUrl?: string | null;
  /** ms; ≤ 0 = none. */
  timeout: number;
  /** Dispatch the cancelable `auth-sign-out` first (a click); `signOut()` calls skip it. */
  confirm?: boolean;
}

/**
 * The effective scope of a `scope` attribute with a `session-id` (docs/contract.md, `<auth-sign-out-button>`), and a warning when
 * the combination is not what the author meant.
 */
export function resolveScope(scope?: string | null, sessionId?: string | null): [SignOutScope, string?] {
  const valid = SCOPES.includes(scope as SignOutScope);
  return [
    valid ? (scope as SignOutScope) : sessionId ? 'session' : 'all',
    scope != null && !valid
      ? `scope "${scope}" is not one of ${SCOPES}`
      : sessionId && valid && scope != 'session'
        ? `session-id is ignored with scope "${scope}"`
        : undefined,
  ];
}

/**
 * The one sign-out flow (docs/contract.md, The sign-out flow, in order): `auth-sign-out` → checks → client call → cross-tab post →
 * `auth-signed-out` → navigation. Resolves when it settled; never rejects. While a flight of the
 * client runs, a request for the same target joins it and any other does nothing.
 */
export function runSignOut(host: Element, client: AuthClient | null, request: SignOutRequest): Promise<void> | void {
  const { scope } = request;
  const target = (scope == 'session' && (request.sessionId || client?.session?.id)) || null;
  const running = flightOf(client);
  if (running) return running.scope == scope && running.target == target ? running.done : undefined;

  const redirectUrl = vetUrl(request.redirectUrl ?? client?.afterSignOutUrl, client);
  const base = { sessionId: target, scope };
  if (request.confirm && !emit(host, 'auth-sign-out', { ...base, redirectUrl }, true)) return;

  const problem = !client
    ? 'no-auth-client'
    : !(client.supportsScope ?? SCOPES.slice(0, 2)).includes(scope)
      ? 'unsupported'
      : scope == 'session' && (!target || (client.sessions && !client.sessions.some(s => s.id == target)))
        ? 'unknown-session'
        : 0;
  if (problem || !client) {
    const error = Error(`cannot sign out (${scope} ${target ?? ''}): ${problem}`);
    if (!client) warn('no auth client: set window.Auth or the auth property');
    return void emit(eventTarget(host), 'auth-sign-out-error', { ...base, code: problem as 'no-auth-client', error });
  }

  return fly(
    client,
    { scope, target },
    request.timeout,
    signal =>
      client.signOut({
        scope,
        ...(target && { sessionId: target }),
        ...(redirectUrl && { redirectUrl }),
        signal,
      }),
    (result, code, error) => {
      const to = eventTarget(host);
      if (code) return void emit(to, 'auth-sign-out-error', { ...base, code, error: error! });
      const redirectTo = (result as { redirectTo?: string } | void)?.redirectTo;
      // Another account of this browser stays signed in: re-render instead of leaving.
      const stays = scope == 'session' && client.session && client.session.id != target;
      const url =
        (redirectTo && vetUrl(redirectTo, client)) || (stays ? vetUrl(request.afterSwitchUrl, client) : redirectUrl);
      post({ type: 'signed-out', sessionId: target, scope });
      emit(to, 'auth-signed-out', { ...base, redirectUrl: url, source: 'this-tab' });
      if (url) navigate(client, url);
    },
  );
}
