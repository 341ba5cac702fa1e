import { emit } from './events.js';
import { notify, registry } from './registry.js';
import type { SignOutScope } from './types.js';

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
 * A message is a hint only: malformed ones and this page's own are ignored; otherwise every
 * client in use re-reads its state, the elements re-render, and `auth-signed-out` (source
 * `other-tab`) is dispatched on `window` once, and only if the named session (for `all` and
 * `everywhere`: the current one) is gone afterwards. No URL is read from a message.
 */
async function receive(message: unknown): Promise<void> {
  const reg = registry();
  // Strict comparisons only: `['all'] == 'all'` is true.
  const { v, type, tab, sessionId, scope } = Object(message) as Record<string, unknown>;
  const one = scope === 'session';
  let told = type !== 'signed-out';
  if (
    v !== 1 ||
    typeof tab != 'string' ||
    tab === reg.tab ||
    !(type === 'session-switched'
      ? typeof sessionId == 'string'
      : !told &&
        (one ? typeof sessionId == 'string' : sessionId === null && (scope === 'all' || scope === 'everywhere')))
  ) {
    return;
  }
  for (const client of new Set([...reg.bound].map(bound => bound.client))) {
    if (!client) continue;
    const watched = one ? sessionId : client.session?.id;
    try {
      await client.refresh?.();
    } catch {
      // a failed refresh leaves the state as it was
    }
    if (!told && watched && client.session?.id !== watched && !client.sessions?.some(s => s.id === watched)) {
      told = true;
      emit(window, 'auth-signed-out', {
        sessionId: sessionId as string | null,
        scope: scope as SignOutScope,
        redirectUrl: null,
        source: 'other-tab',
      });
    }
  }
  notify();
}
