import { resolveClient, safely } from './client.js';
import { post } from './cross-tab.js';
import { emit } from './events.js';
import { afterSettled, eventTarget, flightOf, fly, reserve } from './flight.js';
import { navigate, vetUrl } from './navigate.js';
import type { FlowHost } from './sign-out.js';

/**
 * Makes another signed-in session current for `host` (its client resolved now, as for a sign-out), by the flight rules of the sign-out: cancelable
 * `auth-session-switch`, then `setActive` as the client's single flight (registered before the
 * event, so a switch started by one of its listeners does nothing; one started by a listener of
 * its result events runs after it), a cross-tab hint,
 * `auth-session-switched`, and the vetted `afterUrl` if any. Never rejects; a `setActive` that
 * is no function (or whose getter throws) is `unsupported`.
 */
export function runSwitch(
  host: FlowHost,
  sessionId: string,
  timeout: number,
  afterUrl?: string | null,
): Promise<void> | void {
  const client = resolveClient(host.auth);
  const running = flightOf(client);
  if (running) return afterSettled(running, () => runSwitch(host, sessionId, timeout, afterUrl));
  const flight = client && reserve(client, { scope: 'switch', target: sessionId });
  if (!emit(host, 'auth-session-switch', { sessionId }, true)) return flight?.cancel();
  const setActive = safely(() => client?.setActive, undefined);
  if (!flight || typeof setActive != 'function') {
    flight?.cancel();
    const error = Error('the auth client has no setActive');
    return void emit(eventTarget(host), 'auth-session-switch-error', { sessionId, code: 'unsupported', error });
  }
  return fly(
    flight,
    timeout,
    signal => setActive.call(flight.client, { sessionId, signal }),
    (_, code, error) => {
      const to = eventTarget(host);
      if (code) return void emit(to, 'auth-session-switch-error', { sessionId, code, error: error! });
      post({ type: 'session-switched', sessionId });
      emit(to, 'auth-session-switched', { sessionId });
      const url = vetUrl(afterUrl, flight.client);
      if (url) navigate(flight.client, url);
    },
  );
}
