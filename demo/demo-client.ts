// The in-page client of the demo pages (`?client=memory`): the package's memory client with three
// made-up accounts signed in on "this browser", kept in sessionStorage so a reload keeps the state,
// slow enough to show the busy state, and navigations shown in the page instead of followed.
import type { AuthDevice, AuthSession } from '../src/index.js';
import { createMemoryClient, type MemoryClient } from '../src/testing/index.js';

const KEY = 'auth-elements-demo';
const accounts = (): AuthSession[] => [
  { id: 'sess_ada', user: { id: 'user_ada', name: 'Ada Lovelace', email: 'ada@example.com' } },
  { id: 'sess_alan', user: { id: 'user_alan', firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com' } },
  { id: 'sess_grace', user: { id: 'user_grace', username: 'grace', email: 'grace@example.com' } },
];

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** Ada's made-up devices: this browser, her phone and a shared computer. */
const devices = (): AuthDevice[] => [
  {
    sessionId: 'sess_ada',
    current: true,
    browser: 'Firefox',
    os: 'Linux',
    deviceType: 'desktop',
    lastActiveAt: ago(0),
  },
  {
    sessionId: 'dev_phone',
    current: false,
    browser: 'Safari',
    os: 'iOS',
    deviceType: 'mobile',
    location: 'Paris, France',
    lastActiveAt: ago(12),
  },
  {
    sessionId: 'dev_library',
    current: false,
    browser: 'Edge',
    os: 'Windows',
    deviceType: 'desktop',
    location: 'London, United Kingdom',
    lastActiveAt: ago(3 * 24 * 60),
  },
];

export interface DemoClient extends MemoryClient {
  /** Signs the made-up accounts back in. */
  reset(): void;
}

/** Shows a navigation in the page's `#navigated` status line instead of leaving the page, where there is one. */
export function showNavigation(url: string): void {
  const status = document.querySelector('#navigated');
  if (status) status.textContent = `Would navigate to ${url}`;
  else location.assign(url);
}

export function createDemoClient(): DemoClient {
  const client = createMemoryClient({
    sessions: accounts(),
    delay: 700,
    persist: { storage: sessionStorage, key: KEY },
    navigate: showNavigation,
    afterSignOutUrl: '/',
    devices: devices(),
    supportsScope: ['session', 'all', 'others'],
  });
  return Object.assign(client, {
    reset() {
      for (const account of accounts().reverse()) client.addSession(account);
      client.devices = devices();
    },
  });
}
