import type { AuthClient, AuthSession, SignOutOptions } from '../../src/index.js';

/** An auth client for a backend with `GET {base}/get-session` and `POST {base}/sign-out`. */
export function restClient(base = '/api/auth'): AuthClient & { refresh(): Promise<void> } {
  const listeners = new Set<() => void>();
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(base + path, { ...init, headers: { 'content-type': 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(`${path}: ${body?.message ?? `HTTP ${response.status}`}`);
    return body;
  };
  const client = {
    session: undefined as AuthSession | null | undefined,
    get sessions() {
      return client.session ? [client.session] : [];
    },
    async refresh() {
      const data = await call('/get-session');
      const next = data && {
        id: data.session.id,
        user: { id: data.user.id, name: data.user.name, email: data.user.email },
      };
      if (JSON.stringify(next) == JSON.stringify(client.session)) return;
      client.session = next;
      listeners.forEach(listener => listener());
    },
    async signOut({ scope, sessionId, signal }: SignOutOptions) {
      if (scope != 'session' && scope != 'all') throw new Error(`scope '${scope}' is not supported`);
      if (sessionId && sessionId != client.session?.id) throw new Error(`no session ${sessionId}`);
      await call('/sign-out', { method: 'POST', body: '{}', signal });
      await client.refresh();
    },
    addListener(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return client;
}
