import type { AuthClient, SignOutScope } from '../auth/types.js';

/** A running sign-out, switch or sign-in, keyed by (client, scope, target). */
export interface Flight {
  readonly scope: SignOutScope | 'switch' | 'sign-in';
  readonly target: string | null;
  readonly done: Promise<void>;
  /** Set while the flight's cancelable request event is dispatched: see `ask` in src/auth/flight.ts. */
  ask?: Asking;
  /**
   * Set while the flight's result events are dispatched: a request their listeners make (a retry
   * after an error, a sign-in after a sign-out) runs once the flight has ended.
   */
  settling?: boolean;
}

/** Takes a request made by a listener of a request event; resolves when that request settled. */
export type Asking = (run: () => Promise<void> | void) => Promise<void>;

/** What the cross-tab receiver needs of a connected element: the client it is bound to. */
export interface Bound {
  readonly client: AuthClient | null;
}

/**
 * Page-wide state (no logging, no auth logic: the flow in `src/auth/`, the strings in
 * `src/i18n/` and the elements all read it), shared through `globalThis[Symbol.for('auth-elements')]` so that two copies of
 * the package on one page (an npm build and a CDN bundle, say) agree on flights, the cross-tab
 * channel and locales. Its shape is part of the compatibility promise: only add fields.
 */
export interface Registry {
  /** Running flights, one per client at most. */
  readonly flights: Map<AuthClient, Flight>;
  /** `change` whenever flights, strings or cross-tab state change: connected elements re-render. */
  readonly bus: EventTarget;
  /** The auth state of every connected element. */
  readonly bound: Set<Bound>;
  /** Registered locale strings by lower-case BCP 47 tag. */
  readonly strings: Map<string, Record<string, string>>;
  /** Random id of this page on the cross-tab channel. */
  tab?: string;
  channel?: BroadcastChannel;
  /** Set once `window.Auth` was made observable (or found not to be configurable). */
  watched?: boolean;
  /** The ids of the sessions each client showed recently (the cross-tab receiver's memory). */
  shown?: WeakMap<AuthClient, Set<string>>;
  /** Each client's running `refresh()` and the one queued behind it. */
  refreshing?: WeakMap<AuthClient, unknown>;
  /** Set while the page leaves for a sign-in page with no client (no flight to hold): every element is busy. */
  leaving?: boolean;
  /** Set while a flow with no client (no flight to hold it) dispatches its request event: see `Flight.ask`. */
  ask?: Asking;
  /** The session ids of each client's devices as last listed on this page: valid sign-out targets. */
  devices?: WeakMap<AuthClient, Set<string>>;
}

const KEY = Symbol.for('auth-elements');

/** The shared registry, created on first use (never at import). */
export function registry(): Registry {
  const g = globalThis as typeof globalThis & { [KEY]?: Registry };
  return (g[KEY] ??= { flights: new Map(), bus: new EventTarget(), bound: new Set(), strings: new Map() });
}

/**
 * `signed-out` on the bus after every sign-out, of this page or announced by another one (device
 * lists reload: the sessions they show may be gone even when this page's are not).
 */
export function signedOut(): void {
  registry().bus.dispatchEvent(new Event('signed-out'));
}

/** Tells every connected element to re-render. */
export function notify(): void {
  registry().bus.dispatchEvent(new Event('change'));
}
