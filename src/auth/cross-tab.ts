import { currentOf, listOf, safely } from './client.js';
import { emit } from './events.js';
import { DEFAULT_TIMEOUT } from './flight.js';
import { notify, registry, signedOut } from '../core/registry.js';
import type { AuthClient, SignOutScope } from './types.js';

export type CrossTabMessage =
  | { type: 'signed-out'; sessionId: string | null; scope: SignOutScope }
  | { type: 'session-switched'; sessionId: string };

/** Opens this page's `BroadcastChannel('auth-elements')` once, when an element connects. */
export function openChannel(): void {
  const reg = registry();
  if (!reg.channel && typeof BroadcastChannel == 'function') {
    reg.tab = Math.random().toString(36);
    (reg.channel = new BroadcastChannel('auth-elements')).onmessage = ({ data }) => void receive(data);
  }
}

/** Tells other pages of this origin what happened here: `{ v: 1, type, tab, sessionId, scope? }`. */
export function post(message: CrossTabMessage): void {
  const { channel, tab } = registry();
  channel?.postMessage({ v: 1, tab, ...message });
}

/**
 * The message `data` carries, when it is a well-formed one from another page (not `ownTab`): a
 * switch names a session; a sign-out names one with scope `session`, none (`null`) with `all`,
 * `others` or `everywhere`. Anything else is `null`. No URL is read from a message.
 */
export function parseMessage(data: unknown, ownTab?: string): CrossTabMessage | null {
  // Strict comparisons only: `['all'] == 'all'` is true.
  const { v, type, tab, sessionId, scope } = Object(data) as Record<string, unknown>;
  if (v !== 1 || typeof tab != 'string' || tab === ownTab) return null;
  if (type === 'session-switched') return typeof sessionId == 'string' ? { type, sessionId } : null;
  if (type !== 'signed-out') return null;
  if (scope === 'session') return typeof sessionId == 'string' ? { type, scope, sessionId } : null;
  return sessionId === null && (scope === 'all' || scope === 'others' || scope === 'everywhere')
    ? { type, scope, sessionId }
    : null;
}

/** The ids of the sessions `client` shows now (current and listed); none when reading throws. */
const idsOf = (client: AuthClient): string[] =>
  safely(() => [currentOf(client), ...(listOf(client) ?? [])].flatMap(s => (s ? [s.id] : [])), []);

/**
 * Remembers the sessions `client` shows now, on every notification and refresh: the sessions it
 * showed recently are what the receiver judges a sign-out in another page by, whichever reached
 * this page first, that page's message or the provider's own sync. A session found missing for
 * longer than {@link DEFAULT_TIMEOUT} is forgotten: it ended some other way (the app's own code,
 * an expiry), and a later message is not about it.
 */
export function remember(client: AuthClient): void {
  // A client may notify while its state is read: that notification is this very read.
  if (remembering.has(client)) return;
  remembering.add(client);
  try {
    const shown = (registry().shown ??= new WeakMap());
    const ids = shown.get(client) ?? new Set<string>();
    shown.set(client, ids);
    const now = idsOf(client);
    for (const id of now) ids.add(id);
    for (const id of ids)
      if (now.includes(id)) missing.delete(id);
      else if (Date.now() - (missing.get(id) ?? missing.set(id, Date.now()).get(id)!) > DEFAULT_TIMEOUT) ids.delete(id);
  } finally {
    remembering.delete(client);
  }
}

/** When `remember` first found each remembered session missing (by id: ids are unique enough). */
const missing = new Map<string, number>();

/** The clients whose sessions are being read by `remember`. */
const remembering = new WeakSet<AuthClient>();

/** The sessions `client` showed recently and no longer has. */
export function goneOf(client: AuthClient): string[] {
  const now = new Set(idsOf(client));
  return [...(registry().shown?.get(client) ?? [])].filter(id => !now.has(id));
}

/** Forgets the sessions `client` no longer has (or just `ids`): their end was reported. */
export function forgetGone(client: AuthClient, ids = goneOf(client)): void {
  for (const id of ids) registry().shown?.get(client)?.delete(id);
}

/** The clients `watch` read, until the microtask queued by the first of those reads runs. */
let watchedNow: Set<AuthClient> | undefined;

/**
 * Subscribes `listener` to `client` (its `addListener`, if any) and remembers the sessions it
 * shows now and after each notification. Returns the unsubscribe function.
 */
export function watch(client: AuthClient, listener: () => void): () => void {
  // Elements connected together (a thousand in one task) read their client's sessions once. Each
  // notification reads them again, so a change meanwhile is read as long as a subscription stays.
  if (!watchedNow?.has(client)) {
    if (!watchedNow) queueMicrotask(() => (watchedNow = undefined));
    (watchedNow ??= new Set()).add(client);
    remember(client);
  }
  const off = client.addListener?.(() => {
    remember(client);
    listener();
  });
  return () => {
    // Without a subscription a change goes unheard: the next bind reads again.
    watchedNow?.delete(client);
    if (typeof off == 'function') off();
  };
}

interface Refreshing {
  current: Promise<void>;
  queued?: Promise<void>;
}

/**
 * `client.refresh()`, coalesced: at most one call in flight per client and one queued behind it,
 * which every request made meanwhile shares. Never rejects (a failed refresh leaves the state as
 * it was).
 */
export function refreshOnce(client: AuthClient): Promise<void> {
  const reg = registry();
  const all = (reg.refreshing ??= new WeakMap<AuthClient, Refreshing>()) as WeakMap<AuthClient, Refreshing>;
  const start = async (state: Refreshing) => {
    try {
      await client.refresh?.();
    } catch {
      // a failed refresh leaves the state as it was
    }
    if (!state.queued) all.delete(client);
  };
  const state = all.get(client);
  if (state)
    return (state.queued ??= state.current.then(() => {
      state.queued = undefined;
      return (state.current = start(state));
    }));
  const fresh: Refreshing = { current: Promise.resolve() };
  all.set(client, fresh);
  return (fresh.current = start(fresh));
}

/**
 * A message is a hint only: malformed ones and this page's own are ignored; otherwise every
 * client in use re-reads its state (coalesced), the elements re-render, and `auth-signed-out`
 * (source `other-tab`) is dispatched on `window` once, and only for a session this page showed
 * recently and no longer has: the named one for scope `session`, any for the others. Device lists
 * reload after every sign-out message.
 */
async function receive(data: unknown): Promise<void> {
  const reg = registry();
  const message = parseMessage(data, reg.tab);
  if (!message) return;
  let told = message.type != 'signed-out';
  for (const client of new Set([...reg.bound].map(bound => bound.client))) {
    if (!client) continue;
    remember(client);
    await refreshOnce(client);
    if (told || message.type != 'signed-out') continue;
    const gone = goneOf(client);
    const ended = message.scope == 'session' ? gone.filter(id => id == message.sessionId) : gone;
    if (!ended.length) continue;
    told = true;
    forgetGone(client, ended);
    emit(window, 'auth-signed-out', {
      sessionId: message.sessionId,
      scope: message.scope,
      redirectUrl: null,
      source: 'other-tab',
    });
  }
  if (message.type == 'signed-out') signedOut();
  notify();
}
