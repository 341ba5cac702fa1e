import { currentOf, listOf, resolveClient } from './client.js';
import { forgetGone, post } from './cross-tab.js';
import { authEvent, emit } from './events.js';
import { afterSettled, ask, eventTarget, flightOf, fly, reserve, toError } from './flight.js';
import { navigate, vetUrl } from './navigate.js';
import { warn } from '../core/log.js';
import { registry, signedOut } from '../core/registry.js';
import type { AuthClient, SignOutScope } from './types.js';

export const SCOPES: readonly SignOutScope[] = ['session', 'all', 'others', 'everywhere'];

/**
 * The element a flow runs for: its `auth` property (else `window.Auth`) is the client, resolved
 * when the flow starts, and its events go to it (to `window` once it is removed).
 */
export type FlowHost = Element & { auth?: AuthClient | null };

export interface SignOutRequest {
  /**
   * What to end. `'current'` is the account menu's "Sign out": scope `session` on the current
   * session when the client lists more than one session, else `all`.
   */
  scope: SignOutScope | 'current';
  /** The target for scope `session`; default the client's current session. */
  sessionId?: string | null;
  /**
   * `undefined`/`null`: the client's `afterSignOutUrl` (none for scope `others`, which keeps this
   * browser signed in); `''`: no navigation.
   */
  redirectUrl?: string | null;
  /** Where to go instead when another account of this browser stays signed in. */
  afterSwitchUrl?: string | null;
  /** ms; ≤ 0, or above 2^31 − 1, = none. */
  timeout: number;
  /** Dispatch the cancelable `auth-sign-out` first (a click); `signOut()` calls skip it. */
  confirm?: boolean;
}

/**
 * The effective scope of a `scope` attribute with a `session-id`, and a warning when
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

/** The scope a request means when the client lists `listed` sessions (see `'current'`). */
export const scopeOf = (scope: SignOutRequest['scope'], listed: number): SignOutScope =>
  scope == 'current' ? (listed > 1 ? 'session' : 'all') : scope;

/** What the checks before the client call see. */
export interface SignOutCheck {
  hasClient: boolean;
  /** A getter of the client threw. */
  threw: boolean;
  /** The client's `supportsScope`, as read (anything but an array counts as absent). */
  supported: unknown;
  scope: SignOutScope;
  target: string | null;
  /** The ids of `client.sessions`, `undefined` when it lists none. */
  listed: readonly string[] | undefined;
  /**
   * The ids of the client's devices, as last listed on this page for the current account (also
   * valid targets).
   */
  devices?: ReadonlySet<string>;
}

/**
 * The checks, in order: no client → `no-auth-client`; a throwing getter → `failed`; scope not
 * supported (absent: `session` and `all`) → `unsupported`; scope `session` without a target or
 * with one the client does not list → `unknown-session`. `null`: go ahead.
 */
export function checkSignOut(
  check: SignOutCheck,
): 'no-auth-client' | 'failed' | 'unsupported' | 'unknown-session' | null {
  const { scope, target, listed, devices } = check;
  const supported = Array.isArray(check.supported) ? (check.supported as unknown[]) : SCOPES.slice(0, 2);
  return !check.hasClient
    ? 'no-auth-client'
    : check.threw
      ? 'failed'
      : !supported.includes(scope)
        ? 'unsupported'
        : scope == 'session' && (!target || (listed && !listed.includes(target) && !devices?.has(target)))
          ? 'unknown-session'
          : null;
}

/**
 * The one sign-out flow: the client (`host.auth`, else `window.Auth`) is resolved now, then
 * `auth-sign-out` → checks → client call → cross-tab post → `auth-signed-out` → navigation.
 * Resolves when it settled; never rejects, and ends in exactly one terminal event: anything the
 * client throws (a getter of `session`, `sessions`, `supportsScope`, `afterSignOutUrl`, or of the
 * answer's `redirectTo`) is `auth-sign-out-error` with code `failed`. While a flight of the client
 * runs, a request for the same target joins it and any other does nothing; the flight is
 * registered before `auth-sign-out` is dispatched, so a `signOut()` from one of its listeners
 * joins it instead of starting a second call; one from a listener of its result events runs
 * after it.
 */
export function runSignOut(host: FlowHost, request: SignOutRequest): Promise<void> | void {
  const client = resolveClient(host.auth);
  let failure: Error | undefined;
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch (reason) {
      failure ??= toError(reason);
      return undefined;
    }
  };
  const listed = read(() => listOf(client))?.map(s => s.id);
  const scope = scopeOf(request.scope, listed?.length ?? 0);
  const target = (scope == 'session' && (request.sessionId || read(() => currentOf(client)?.id))) || null;
  const running = flightOf(client);
  const page = registry();
  // Asked by a listener of a flow's request event: run when the event is handled, as confirmed.
  const asking = running ? running.ask : page.ask;
  if (asking) return asking(() => runSignOut(host, { ...request, confirm: false }));
  if (running)
    return (
      afterSettled(running, () => runSignOut(host, request)) ??
      (running.scope == scope && running.target == target ? running.done : undefined)
    );

  // `others` keeps this browser signed in: only an explicit redirect-url leaves the page.
  const fallback = scope == 'others' ? null : read(() => client?.afterSignOutUrl);
  const redirectUrl = vetUrl(request.redirectUrl ?? fallback, client);
  const base = { sessionId: target, scope };
  const flight = client && reserve(client, { scope, target });
  if (request.confirm) {
    const event = authEvent('auth-sign-out', { ...base, redirectUrl }, true);
    const asked = ask(flight ? flight.flight : page, host, event, () => flight?.cancel());
    if (asked !== true) return asked;
  }

  const supported = read(() => client?.supportsScope);
  // The devices listed for the account signed in now (its list includes this device): another
  // account's, listed before a change while no list was on the page, are no targets.
  const shown = client ? page.devices?.get(client) : undefined;
  const current = read(() => currentOf(client)?.id);
  const devices = current && shown?.has(current) ? shown : undefined;
  const problem = checkSignOut({ hasClient: !!client, threw: !!failure, supported, scope, target, listed, devices });
  if (problem || !flight) {
    flight?.cancel();
    const error = failure ?? Error(`cannot sign out (${scope} ${target ?? ''}): ${problem}`);
    if (!client) warn('no auth client: set window.Auth or the auth property');
    return void emit(eventTarget(host), 'auth-sign-out-error', { ...base, code: problem ?? 'failed', error });
  }
  return fly(
    flight,
    request.timeout,
    signal =>
      flight.client.signOut({
        scope,
        ...(target && { sessionId: target }),
        ...(redirectUrl && { redirectUrl }),
        signal,
      }),
    (result, code, error) => {
      const to = eventTarget(host);
      let url: string | null = null;
      if (!code) {
        try {
          const redirectTo: unknown = (result as { redirectTo?: unknown } | undefined)?.redirectTo;
          // Another account of this browser stays signed in: re-render instead of leaving.
          const current = currentOf(flight.client);
          const stays = scope == 'session' && current && current.id != target;
          url =
            vetUrl(redirectTo, flight.client) || (stays ? vetUrl(request.afterSwitchUrl, flight.client) : redirectUrl);
        } catch (reason) {
          [code, error] = ['failed', toError(reason)];
        }
      }
      if (code) return void emit(to, 'auth-sign-out-error', { ...base, code, error: error! });
      post({ type: 'signed-out', sessionId: target, scope });
      forgetGone(flight.client);
      signedOut();
      emit(to, 'auth-signed-out', { ...base, redirectUrl: url, source: 'this-tab' });
      if (url) navigate(flight.client, url);
    },
  );
}
