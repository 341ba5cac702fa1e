import { linkOf, resolveClient } from './client.js';
import { authEvent, emit, type AuthSignInErrorCode } from './events.js';
import {
  afterSettled,
  ask,
  DEFAULT_TIMEOUT,
  eventTarget,
  flightOf,
  fly,
  hasDeadline,
  reserve,
  toError,
} from './flight.js';
import { describe, navigate, vetUrl } from './navigate.js';
import { fillRedirect } from './redirect.js';
import type { FlowHost } from './sign-out.js';
import type { AuthClient } from './types.js';
import { warn } from '../core/log.js';
import { notify, registry, type Asking } from '../core/registry.js';

export interface SignInRequest {
  /** The sign-in page; default the client's `signInUrl`. Used when the client has no `signIn`. */
  signInUrl?: string | null;
  /** Where to come back: `undefined`/`null` = the current page, `''` = nowhere. */
  redirectUrl?: string | null;
  /** ms; ≤ 0, or above 2^31 − 1, = none. */
  timeout: number;
  /** Runs without `auth-sign-in`: a listener's request that replaces the sign-in it canceled. */
  confirmed?: boolean;
}

/**
 * Follows `url` and holds the caller's flight until the page is hidden (`pagehide`), the client's
 * `navigate` settled (a client whose `navigate` loads a new page should return a promise that
 * stays pending) or the navigation failed, or `timeout` passed (the default timeout when it sets
 * no deadline: a navigation that never leaves, such as a download or "Stay on page", must not
 * leave the page busy for good).
 * Meanwhile a second click cannot start a second sign-in.
 */
const leave = (client: AuthClient | null, url: string, timeout: number): Promise<void> =>
  new Promise(done => {
    const finish = () => {
      clearTimeout(timer);
      removeEventListener('pagehide', finish);
      done();
    };
    const timer = setTimeout(finish, hasDeadline(timeout) ? timeout : DEFAULT_TIMEOUT);
    addEventListener('pagehide', finish);
    void navigate(client, url).then(stays => stays && finish());
  });

/**
 * The one sign-in flow: the client (`host.auth`, else `window.Auth`) is resolved now, then the
 * cancelable `auth-sign-in` → the client's `signIn` as its single flight (registered before the
 * event) and its vetted `redirectTo`, or else the vetted sign-in URL. Never rejects; every failure
 * is exactly one `auth-sign-in-error`, and nothing unvetted is navigated to. While a flight of the
 * client runs (any element's), and while the page leaves for a sign-in, a request does nothing.
 */
export function runSignIn(host: FlowHost, request: SignInRequest): Promise<void> | void {
  const client = resolveClient(host.auth);
  const page = registry();
  const running = flightOf(client);
  // Asked by a listener of a flow's request event: run when the event is handled, as confirmed.
  const asking = running ? running.ask : page.ask;
  if (asking) return asking(() => runSignIn(host, { ...request, confirmed: true }));
  if (running) return afterSettled(running, () => runSignIn(host, request));
  if (page.leaving) return;
  const fail = (code: AuthSignInErrorCode, error: unknown) =>
    void emit(eventTarget(host), 'auth-sign-in-error', { code, error: toError(error) });
  /** `auth-sign-in` (unless confirmed), with the listeners' requests held by `holder`: see `ask`. */
  const requested = (holder: { ask?: Asking }, url: string | null, drop: () => void) =>
    request.confirmed || ask(holder, host, authEvent('auth-sign-in', { url }, true), drop);
  let signIn: unknown, template: string | undefined, back: string | null;
  try {
    signIn = client?.signIn;
    template = linkOf(request.signInUrl ?? client?.signInUrl);
    back = vetUrl(request.redirectUrl ?? location.href, client);
  } catch (error) {
    // A throwing getter of the client: the click still gets its event, then the error.
    const asked = requested(page, null, () => {});
    if (asked !== true) return asked;
    return fail('failed', error);
  }
  if (typeof signIn != 'function' || !client) {
    const raw = template ? fillRedirect(template, back) : null;
    const url = vetUrl(raw, client);
    // Without a client there is no flight to hold: the whole page holds (every element is busy).
    const flight = client && reserve(client, { scope: 'sign-in', target: null });
    const release = () => {
      if (flight) flight.cancel();
      else page.leaving = false;
    };
    if (!flight) page.leaving = true;
    const asked = requested(flight ? flight.flight : page, url, release);
    if (asked !== true) return asked;
    if (!url) {
      release();
      return raw
        ? fail('unsafe-url', `refused to navigate to ${JSON.stringify(raw)}`)
        : fail(client ? 'unsupported' : 'no-auth-client', 'no sign-in URL, and no auth client with signIn');
    }
    notify();
    return leave(client, url, request.timeout).then(() => {
      release();
      notify();
    });
  }
  if (request.signInUrl) warn('sign-in-url is not used: the auth client has its own signIn');
  const call = signIn as NonNullable<AuthClient['signIn']>;
  const flight = reserve(client, { scope: 'sign-in', target: null });
  const asked = requested(flight.flight, null, flight.cancel);
  if (asked !== true) return asked;
  return fly(
    flight,
    request.timeout,
    signal => call.call(client, { ...(back && { redirectUrl: back }), signal }),
    (result, code, error) => {
      if (code) return fail(code, error);
      // Nothing: the client signed in by itself (a popup, say); its listener re-renders.
      if (result == null) return;
      if (typeof result != 'object' || Array.isArray(result))
        return fail(
          'failed',
          `signIn resolved ${Array.isArray(result) ? 'an array' : typeof result}, not { redirectTo } or nothing`,
        );
      let to: unknown;
      try {
        to = (result as { redirectTo?: unknown }).redirectTo;
      } catch (reason) {
        return fail('failed', reason);
      }
      if (to == null || to === '') return;
      const url = vetUrl(to, client);
      if (url) return leave(client, url, request.timeout);
      fail('unsafe-url', `refused to navigate to ${describe(to)}`);
    },
  );
}
