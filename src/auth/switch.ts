import { post } from './cross-tab.js';
import { emit } from './events.js';
import { eventTarget, flightOf, fly } from './flight.js';
import { navigate, vetUrl } from './navigate.js';
import type { AuthClient } from './types.js';

/**
 * Makes another signed-in session current, by the flight rules (docs/contract.md, Single flight): cancelable
 * `auth-session-switch`, then `setActive` as the client's single flight, a cross-tab hint,
 * `auth-session-switched`, and the vetted `afterUrl` if any. Never rejects.
 */
export function runSwitch(
  host: Element,
  client: AuthClient | null,
  sessionId: string,
  timeout: number,
  afterUrl?: string | null,
): Promise<void> | void {
  if (flightOf(client) || !emit(host, 'auth-session-switch', { sessionId }, true)) return;
  if (!client?.setActive) {
    const error = Error('the auth client has no setActive');
    return void emit(eventTarget(host), 'auth-session-switch-error', { sessionId, code: 'unsupported', error });
  }
  return fly(
    client,
    { scope: 'switch', target: sessionId },
    timeout,
    signal => client.setActive!({ sessionId, signal }),
    (_, code, error) => {
      const to = eventTarget(host);
      if (code) return void emit(to, 'auth-session-switch-error', { sessionId, code, error: error! });
      post({ type: 'session-switched', sessionId });
      emit(to, 'auth-session-switched', { sessionId });
      const url = vetUrl(afterUrl, client);
      if (url) navigate(client, url);
    },
  );
}
