import { notify, registry, type Asking, type Flight } from '../core/registry.js';
import type { AuthClient } from './types.js';

export const DEFAULT_TIMEOUT = 10_000;

/**
 * The longest timeout a timer can hold (2^31 − 1 ms, about 24.8 days). A longer one, like `0`
 * or a negative one, means no timeout: timers would fire at once or throw.
 */
export const MAX_TIMEOUT = 2 ** 31 - 1;

/** An element's `timeout` in ms: a finite number, else {@link DEFAULT_TIMEOUT}. */
export const toTimeout = (value: unknown): number =>
  value != null && String(value).trim() !== '' && Number.isFinite(+value!) ? +value! : DEFAULT_TIMEOUT;

/** Whether `timeout` (ms) sets a deadline: above 0 and at most {@link MAX_TIMEOUT}. */
export const hasDeadline = (timeout: number): boolean => timeout > 0 && timeout <= MAX_TIMEOUT;

/** The element that started a flight, or `window` once the host has removed it. */
export const eventTarget = (host: Element): EventTarget => (host.isConnected ? host : window);

/** The running (or reserved) flight of `client`, if any: every element bound to it is busy meanwhile. */
export const flightOf = (client: AuthClient | null): Flight | undefined =>
  client ? registry().flights.get(client) : undefined;

/** `reason` as an `Error`. */
export const toError = (reason: unknown): Error => (reason instanceof Error ? reason : Error(String(reason)));

/** A flight registered for `client` but not started: {@link fly} runs it, `cancel` drops it. */
export interface Reservation {
  readonly client: AuthClient;
  /** The registered flight. */
  readonly flight: Flight;
  /** Unregisters the flight and resolves its `done`. */
  cancel(): void;
}

/**
 * Registers the single flight of `client` before anything can run in between (the cancelable
 * request event's listeners, say), so that a re-entrant call joins it or is refused instead of
 * starting a second client call. Nothing re-renders until {@link fly} starts it.
 */
export function reserve(client: AuthClient, key: Omit<Flight, 'done'>): Reservation {
  const { flights } = registry();
  let end!: () => void;
  const flight: Flight = { ...key, done: new Promise<void>(resolve => (end = resolve)) };
  flights.set(client, flight);
  return {
    client,
    flight,
    cancel() {
      if (flights.get(client) == flight) flights.delete(client);
      end();
    },
  };
}

/**
 * Dispatches a flow's cancelable request `event` on `target`, with `holder` (the reserved flight,
 * or the page for a flow with none) taking the requests its listeners make meanwhile. The first
 * made before any listener canceled the event runs when the event went ahead (joining the flow,
 * or refused as any request while it runs) and falls with a cancel; the first made after a cancel
 * (a confirm step: cancel, ask, then call `signOut()`) runs in place of the canceled flow. Every
 * request resolves when the one that ran settled (at once when none ran). Returns `true` when
 * the flow goes ahead; else what the caller returns: `drop` was called, and the request that runs
 * instead, if any, is awaited.
 */
export function ask(
  holder: { ask?: Asking },
  target: EventTarget,
  event: Event,
  drop: () => void,
): true | Promise<void> | void {
  let join: (() => Promise<void> | void) | undefined;
  let instead: typeof join;
  let answer!: (result: Promise<void> | void) => void;
  const answered = new Promise<void>(resolve => (answer = resolve));
  holder.ask = run => {
    if (event.defaultPrevented) instead ??= run;
    else join ??= run;
    return answered;
  };
  let go: boolean;
  try {
    go = target.dispatchEvent(event);
  } finally {
    holder.ask = undefined;
  }
  if (!go) drop();
  answer((go ? join : instead)?.());
  return go || (instead && answered);
}

/**
 * When `running` is dispatching its result events, runs `request` once it has ended (a listener's
 * retry, say, would otherwise find the flight still running and do nothing); else `undefined`.
 */
export const afterSettled = (
  running: Flight | undefined,
  request: () => Promise<void> | void,
): Promise<void> | undefined => (running?.settling ? running.done.then(request) : undefined);

/**
 * Runs one client call as the reserved flight: busy page-wide, its signal aborted and the flight
 * failed with `timeout` after `timeout` ms (none unless {@link hasDeadline}), a synchronous throw
 * or a rejection turned into `failed`, whatever the call does after a timeout ignored, and the
 * flight ended only after `settle` (events, navigation) ran, or the promise it returns settled.
 * Never rejects, as long as `settle` does not throw or reject. A request made while `settle` runs
 * waits for the end: see {@link afterSettled}.
 */
export async function fly<T>(
  flight: Reservation,
  timeout: number,
  call: (signal: AbortSignal) => Promise<T>,
  settle: (value: T | undefined, code?: 'failed' | 'timeout', error?: Error) => void | Promise<unknown>,
): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = hasDeadline(timeout)
    ? setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), timeout)
    : undefined;
  let value: T | undefined;
  let error: Error | undefined;
  notify();
  try {
    // Promise.race handles a late rejection of the call, so it is never unhandled.
    value = await Promise.race([
      new Promise<T>(resolve => resolve(call(signal))),
      new Promise<never>((_, reject) => signal.addEventListener('abort', reject)),
    ]);
  } catch (reason) {
    error = signal.aborted ? Error(`no answer within ${timeout} ms`) : toError(reason);
  }
  clearTimeout(timer);
  try {
    // Requests made by the result events' listeners wait for the flight's end (`settling`); once
    // they are dispatched, a request while the flight holds (a navigation) does nothing.
    flight.flight.settling = true;
    const held = settle(value, error && (signal.aborted ? 'timeout' : 'failed'), error);
    flight.flight.settling = false;
    if (held) await held;
  } finally {
    flight.cancel();
    notify();
  }
}
