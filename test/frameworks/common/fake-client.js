// A fake auth client for the framework apps: signed in with two accounts, Ada Lovelace
// (current) and Grace Hopper. It counts its live subscribers so a test can see that toggling the
// elements does not leak any, records its calls, and never navigates.

/**
 * @typedef {{ id: string, user: { id: string, name: string, email: string } }} FakeSession
 * @typedef {'session' | 'all' | 'everywhere'} Scope
 * @typedef {object} FakeClient
 * @property {FakeSession | null} session the current session; null once signed out
 * @property {readonly FakeSession[]} sessions every session signed in on this browser
 * @property {number} subscriberCount listeners added with `addListener` and not yet removed
 * @property {{ scope: Scope, sessionId?: string }[]} signOutCalls every `signOut` call, in order
 * @property {string[]} navigations every URL the elements asked to navigate to
 * @property {(listener: () => void) => () => void} addListener
 * @property {(options: { scope: Scope, sessionId?: string, signal: AbortSignal }) => Promise<void>} signOut
 * @property {(options: { sessionId: string, signal: AbortSignal }) => Promise<void>} setActive
 * @property {(url: string) => void} navigate
 */

/** @returns {FakeClient} */
export function createClient() {
  /** @type {FakeSession[]} */
  let sessions = [
    { id: 'sess_ada', user: { id: 'user_ada', name: 'Ada Lovelace', email: 'ada@example.com' } },
    { id: 'sess_grace', user: { id: 'user_grace', name: 'Grace Hopper', email: 'grace@example.com' } },
  ];
  /** @type {FakeSession | null} */
  let session = sessions[0];
  /** @type {Set<() => void>} */
  const listeners = new Set();
  const notify = () => [...listeners].forEach(listener => listener());

  return {
    get session() {
      return session;
    },
    get sessions() {
      return sessions;
    },
    get subscriberCount() {
      return listeners.size;
    },
    signOutCalls: [],
    navigations: [],
    addListener(listener) {
      // A Set would hide a double subscription of the same function: wrap it so each counts.
      const entry = () => listener();
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    async signOut({ scope, sessionId }) {
      this.signOutCalls.push(sessionId ? { scope, sessionId } : { scope });
      sessions = scope == 'session' ? sessions.filter(s => s.id != sessionId) : [];
      // After the current one of several is signed out, another becomes current (docs/contract.md, The client contract).
      if (!sessions.includes(/** @type {FakeSession} */ (session))) session = sessions[0] ?? null;
      notify();
    },
    async setActive({ sessionId }) {
      session = sessions.find(s => s.id == sessionId) ?? session;
      notify();
    },
    navigate(url) {
      this.navigations.push(url);
    },
  };
}
