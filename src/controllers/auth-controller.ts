import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveClient, safely, watchGlobalClient } from '../auth/client.js';
import { openChannel, watch } from '../auth/cross-tab.js';
import { flightOf } from '../auth/flight.js';
import { warn } from '../core/log.js';
import { registry, type Flight } from '../core/registry.js';
import type { AuthClient } from '../auth/types.js';

type Host = ReactiveControllerHost & HTMLElement & { auth?: AuthClient | null };

/**
 * The controllers of this copy's connected elements. One page listener for all of them: a
 * thousand listeners on `window` would each be checked against the others as they are added.
 */
const connected = new Set<AuthController>();
const syncAll = (): void => connected.forEach(controller => controller.sync());

function listen(method: 'addEventListener' | 'removeEventListener'): void {
  // A flow resolves the client when it starts (`change` on the bus): follow it if it found a new one.
  window[method]('auth-client-change', syncAll);
  registry().bus[method]('change', syncAll);
}

/**
 * Binds an element to its auth client while connected: resolves it (the `auth` property, else
 * `window.Auth`), follows `auth-client-change`, subscribes with `addListener`, and re-renders the
 * element on every change of the client, of any flight, or of the strings.
 */
export class AuthController implements ReactiveController {
  /** The client in use, `null` when there is none. */
  client: AuthClient | null = null;
  #host: Host;
  #off?: () => void;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  /**
   * What keeps the element busy: the kind of its client's flight (on this page, by any element),
   * or `sign-in` while the page leaves for a sign-in page without a client; else nothing.
   */
  get busyWith(): Flight['scope'] | undefined {
    return flightOf(this.client)?.scope ?? (registry().leaving ? 'sign-in' : undefined);
  }

  get busy(): boolean {
    return !!this.busyWith;
  }

  hostConnected(): void {
    watchGlobalClient();
    openChannel();
    if (!connected.size) listen('addEventListener');
    connected.add(this);
    registry().bound.add(this);
    this.sync();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) listen('removeEventListener');
    registry().bound.delete(this);
    this.#bind(null);
  }

  /** Re-resolves the client (after `auth` or `window.Auth` changed) and re-renders. */
  sync(): void {
    // A removed element binds nothing (a listener that removed it may run before its own
    // handler calls this): it would stay subscribed to the client for good.
    if (!this.#host.isConnected) return;
    // Never throws: one element must not keep the others (one page listener) from following.
    const client = safely(() => resolveClient(this.#host.auth), null);
    if (client != this.client) this.#bind(client);
    this.#changed();
  }

  readonly #changed = (): void => this.#host.requestUpdate();

  #bind(client: AuthClient | null): void {
    const off = this.#off;
    this.#off = undefined;
    this.client = client;
    if (off) safely(off, undefined);
    try {
      this.#off = client ? watch(client, this.#changed) : undefined;
    } catch (error) {
      warn('addListener failed: ' + error);
    }
  }
}
