import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentOf, safely } from '../auth/client.js';
import { emit } from '../auth/events.js';
import { hasDeadline, toError } from '../auth/flight.js';
import { registry } from '../core/registry.js';
import type { AuthClient, AuthDevice } from '../auth/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the list shows: a list, a first load, a failed load, or a client without `listDevices`. */
export type DevicesState = 'ready' | 'loading' | 'error' | 'unsupported';

const TYPES = ['desktop', 'mobile', 'tablet', 'other'];
const FIELDS = [
  'sessionId',
  'browser',
  'os',
  'deviceType',
  'ipAddress',
  'location',
  'lastActiveAt',
  'createdAt',
] as const;

/**
 * A device as reported, kept only when it has a string `sessionId`; fields that are not
 * non-blank strings, and dates that do not parse, are dropped; an unknown `deviceType` is `other`.
 */
export function cleanDevice(value: unknown): AuthDevice | null {
  const raw = Object(value) as Record<string, unknown>;
  const device = { current: raw.current === true } as AuthDevice;
  for (const key of FIELDS) {
    const field = raw[key];
    if (typeof field == 'string' && field.trim() && !(key.endsWith('At') && Number.isNaN(Date.parse(field))))
      device[key] = field as never;
  }
  if (device.deviceType && !TYPES.includes(device.deviceType)) device.deviceType = 'other';
  return device.sessionId ? device : null;
}

/** This device first, then the most recently active. */
const order = (a: AuthDevice, b: AuthDevice): number =>
  +b.current - +a.current || (Date.parse(b.lastActiveAt ?? '') || 0) - (Date.parse(a.lastActiveAt ?? '') || 0);

/**
 * Loads the devices of the host's client (`listDevices`) when the client or its current session
 * changes, after every sign-out of this page or announced by another tab, and when the page is
 * shown again (a device may have been signed out elsewhere meanwhile). One load at a time: a new
 * one aborts the last. A failed load keeps the devices shown before and ends in one
 * `auth-device-list-error`. While connected and visible, the host renders again every minute.
 */
export class DevicesController implements ReactiveController {
  state: DevicesState = 'loading';
  devices: readonly AuthDevice[] = [];
  #key?: unknown[];
  /** Disconnected since the last load: the list is loaded again on the next update. */
  #stale = false;
  /** The newest load. */
  #loading?: Promise<void>;
  #abort?: AbortController;
  #ticks?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: Host,
    private readonly client: () => AuthClient | null,
    private readonly timeout: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    registry().bus.addEventListener('signed-out', this.reload);
    this.host.ownerDocument.addEventListener('visibilitychange', this.#handleVisibility);
    this.#tick();
  }

  hostDisconnected(): void {
    registry().bus.removeEventListener('signed-out', this.reload);
    this.host.ownerDocument.removeEventListener('visibilitychange', this.#handleVisibility);
    this.#abort?.abort();
    // Whoever is signed in when it comes back, its list is loaded again then.
    this.#stale = true;
    this.#tick();
  }

  /**
   * One timer per list, while it is connected and the page visible: a render every minute, so
   * that "5 minutes ago" stays true (no load: only the clock moved).
   */
  #tick(): void {
    clearInterval(this.#ticks);
    if (this.host.isConnected && this.host.ownerDocument.visibilityState == 'visible')
      this.#ticks = setInterval(() => this.host.requestUpdate(), 60_000);
  }

  /** Whose devices are shown: a new value whenever the client or its current session changes. */
  get account(): unknown {
    return this.#key;
  }

  /** Before each update: loads when the client or its session changed since the last load. */
  hostUpdate(): void {
    const client = this.client();
    const session = safely(() => currentOf(client), null);
    const key = [client, session?.id];
    const same = this.#key?.every((part, i) => part === key[i]);
    if (same && !this.#stale) return;
    this.#stale = false;
    // Another account, or none: nothing of the last one stays on screen or a valid sign-out target.
    if (this.#key && !same) this.#forget(this.#key[0]);
    this.#key = key;
    if (client && session) void this.reload();
  }

  #forget(client: unknown): void {
    this.#abort?.abort();
    this.#abort = undefined;
    // The load under way was the last account's: it resolves at once, not with a load of its own.
    this.#loading = undefined;
    this.devices = [];
    if (this.state != 'unsupported') this.state = 'loading';
    if (client) registry().devices?.delete(client as AuthClient);
  }

  /**
   * Takes the devices a sign-out of this page ended (one, or with `null` every other one) off the
   * list and the sign-out targets at once: the reload that confirms it may be slow or fail, and
   * meanwhile their buttons must not sign them out a second time.
   */
  ended(sessionId: string | null): void {
    this.devices = this.devices.filter(device => (sessionId ? device.sessionId != sessionId : device.current));
    const client = this.client();
    if (client) this.#target(client);
  }

  /** The devices a sign-out may name: the ones listed now (a device signed out since is not). */
  #target(client: AuthClient): void {
    (registry().devices ??= new WeakMap()).set(client, new Set(this.devices.map(({ sessionId }) => sessionId)));
  }

  #handleVisibility = (): void => {
    this.#tick();
    if (this.host.ownerDocument.visibilityState == 'visible') void this.reload();
  };

  /** Loads the list again; resolves when it, or a newer load that replaced it, is shown (or failed). */
  readonly reload = (): Promise<void> => (this.#loading = this.#load());

  async #load(): Promise<void> {
    const client = this.client();
    // Signed out or still loading: there is nobody's list to load (and no failure to report).
    if (!client || !this.host.isConnected || !safely(() => currentOf(client), null)) return;
    if (typeof safely(() => client.listDevices, undefined) != 'function') {
      this.state = 'unsupported';
      return this.host.requestUpdate();
    }
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const timeout = this.timeout();
    const timer = hasDeadline(timeout) ? setTimeout(() => abort.abort(), timeout) : undefined;
    // A reload keeps showing the list it replaces; only a first load (or a retry) shows progress.
    if (this.state != 'ready') this.state = 'loading';
    this.host.requestUpdate();
    try {
      const listed: unknown = await Promise.race([
        new Promise(resolve => resolve(client.listDevices!({ signal: abort.signal }))),
        new Promise((_, reject) => abort.signal.addEventListener('abort', () => reject(abort.signal.reason))),
      ]);
      // Replaced by a newer load: done when that one is.
      if (abort != this.#abort) return this.#loading;
      if (!Array.isArray(listed)) throw new TypeError('listDevices did not resolve an array');
      this.devices = listed.flatMap(device => cleanDevice(device) ?? []).sort(order);
      this.#target(client);
      this.state = 'ready';
    } catch (reason) {
      // Replaced by a newer load (which reports), or the element was removed.
      if (abort != this.#abort) return this.#loading;
      if (!this.host.isConnected) return;
      const timedOut = abort.signal.aborted;
      this.state = 'error';
      const error = timedOut ? Error(`no answer within ${timeout} ms`) : toError(reason);
      emit(this.host, 'auth-device-list-error', { error, code: timedOut ? 'timeout' : 'failed' });
    } finally {
      clearTimeout(timer);
      if (abort == this.#abort) this.host.requestUpdate();
    }
  }
}
