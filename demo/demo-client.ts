// A small in-page auth client for the demo pages: three accounts signed in on "this browser",
// kept in sessionStorage so a reload keeps the state. The real backend replaces it later.
import type { AuthClient, AuthSession, SignOutOptions } from '../src/index.js';

const KEY = 'auth-elements-demo';
const accounts: AuthSession[] = [
  { id: 'sess_ada', user: { id: 'user_ada', name: 'Ada Lovelace', email: 'ada@example.com' } },
  { id: 'sess_alan', user: { id: 'user_alan', firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com' } },
  { id: 'sess_grace', user: { id: 'user_grace', username: 'grace', email: 'grace@example.com' } },
];

export interface DemoClient extends AuthClient {
  sessions: AuthSession[];
  addListener(listener: () => void): () => void;
  /** Milliseconds each call takes, to show the busy state. */
  delay: number;
  /** Makes the next call fail, to show error handling. */
  failNext: boolean;
  reset(): void;
}

export function createDemoClient(): DemoClient {
  const listeners = new Set<() => void>();
  const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { ids: string[]; current: string | null } | null;
  let ids = stored?.ids ?? accounts.map(a => a.id);
  let current = stored ? stored.current : ids[0]!;
  const save = () => {
    sessionStorage.setItem(KEY, JSON.stringify({ ids, current }));
    listeners.forEach(listener => listener());
  };
  const wait = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, client.delay);
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
    }).then(() => {
      if (client.failNext) {
        client.failNext = false;
        throw new Error('The demo server said no (simulated failure)');
      }
    });

  const client: DemoClient = {
    delay: 700,
    failNext: false,
    get session() {
      return accounts.find(a => a.id === current) ?? null;
    },
    get sessions() {
      return accounts.filter(a => ids.includes(a.id));
    },
    async signOut({ scope, sessionId, signal }: SignOutOptions) {
      await wait(signal);
      ids = scope === 'session' ? ids.filter(id => id !== sessionId) : [];
      if (!current || !ids.includes(current)) current = ids[0] ?? null;
      save();
    },
    async setActive({ sessionId, signal }) {
      await wait(signal);
      current = sessionId;
      save();
    },
    addListener(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      const next = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as typeof stored;
      if (next) ({ ids, current } = next);
      listeners.forEach(listener => listener());
    },
    navigate(url) {
      document.querySelector('#navigated')!.textContent = `Would navigate to ${url}`;
    },
    afterSignOutUrl: '/',
    reset() {
      ids = accounts.map(a => a.id);
      current = ids[0]!;
      save();
    },
  };
  return client;
}
