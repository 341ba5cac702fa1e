import { notify, registry, type Flight } from './registry.js';
import type { AuthClient } from './types.js';

export const DEFAULT_TIMEOUT = 10_000;

/** The element that started a flight, or `window` once the host has removed it. */
export const eventTarget = (host: Element): EventTarget => (host.isConnected ? host : window);

/** The running flight of `client`, if any: every element bound to it is busy meanwhile. */
export const flightOf = (client: AuthClient | null): Flight | undefined =>
  client ? registry().flights.get(client) : undefined;

/**
 * Runs one client call as the single flight of `client`: registers it page-wide (busy), aborts
 * its signal and fails with `timeout` after `timeout` ms (≤ 0: never), turns a synchronous throw
 * or a rejection into `failed`, ignores whatever the call does after a timeout, and ends the
 * flight only after `settle` (events, navigation) ran.
 */
export async function fly<T>(
  client: AuthClient,
  key: Omit<Flight, 'done'>,
  timeout: number,
  call: (signal: AbortSignal) => Promise<T>,
  settle: (value: T | undefined, code?: 'failed' | 'timeout', error?: Error) => void,
): Promise<void> {
  const { flights } = registry();
  const signal = timeout > 0 ? AbortSignal.timeout(timeout) : new AbortController().signal;
  let end!: () => void;
  let value: T | undefined;
  let error: Error | undefined;
  flights.set(client, { ...key, done: new Promise(resolve => (end = resolve)) });
  notify();
  try {
    // Promise.race handles a late rejection of the call, so it is never unhandled.
    value = await Promise.race([
      new Promise<T>(resolve => resolve(call(signal))),
      new Promise<never>((_, reject) => signal.addEventListener('abort', reject)),
    ]);
  } catch (reason) {
    error = signal.aborted
      ? Error(`no answer within ${timeout} ms`)
      : reason instanceof Error
        ? reason
        : Error(String(reason));
  }
  try {
    settle(value, error && (signal.aborted ? 'timeout' : 'failed'), error);
  } finally {
    flights.delete(client);
    notify();
    end();
  }
}
