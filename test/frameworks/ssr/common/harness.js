// What every server-rendered app's page shares with the test (test/node/frameworks-ssr.test.mjs):
// `window.harness = { name, client, events }`, made once per page in the browser. `client` is
// the package's in-memory client (`createMemoryClient` from `auth-elements/testing`: Ada Lovelace
// and Grace Hopper signed in, every call recorded, no navigation followed); `events` records the type of every
// `auth-*` event in the order the app's own handlers received them. On the server there is no
// harness and no client: the elements render in their loading state.
import { createMemoryClient } from 'auth-elements/testing';

/**
 * The page's harness, created on first use; null on the server.
 * @param {string} name the app and route, as the test expects it
 * @returns {{ name: string, client: import('auth-elements/testing').MemoryClient, events: string[], hydrated?: boolean } | null}
 */
export function harness(name) {
  if (typeof window == 'undefined') return null;
  const w = /** @type {any} */ (window);
  w.harness ??= { name, client: createMemoryClient(), events: [] };
  return w.harness;
}

/** The handler the apps bind to every `auth-*` event: records its type. */
export function record(/** @type {Event} */ event) {
  harness('')?.events.push(event.type);
}
