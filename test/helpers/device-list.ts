// The device list's test client and fixture: Ada signed in here, on a phone and on a tablet.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthDevice, AuthDeviceList, AuthSignOutButton } from '../../src/index.js';
import { createMemoryClient, type MemoryClient, type MemoryClientOptions } from '../../src/testing/index.js';
import { deviceList } from '../harness/device-list.js';
import { signOutButton } from '../harness/sign-out-button.js';
import { deferred, type Deferred } from './client.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** This browser (Ada's current session), her phone (5 minutes ago) and her tablet (3 days ago). */
export const devices = (): AuthDevice[] => [
  {
    sessionId: 'sess_ada',
    current: true,
    browser: 'Firefox',
    os: 'Linux',
    deviceType: 'desktop',
    location: 'London, United Kingdom',
    ipAddress: '203.0.113.7',
    lastActiveAt: minutesAgo(0),
  },
  {
    sessionId: 'dev_phone',
    current: false,
    browser: 'Safari',
    os: 'iOS',
    deviceType: 'mobile',
    location: 'Paris, France',
    ipAddress: '198.51.100.4',
    lastActiveAt: minutesAgo(5),
  },
  {
    sessionId: 'dev_tablet',
    current: false,
    browser: 'Chrome',
    os: 'Android',
    deviceType: 'tablet',
    lastActiveAt: minutesAgo(3 * 24 * 60),
  },
];

/** A memory client with Ada's devices, `others` supported. */
export const deviceClient = (options: MemoryClientOptions = {}): MemoryClient =>
  createMemoryClient({ devices: devices(), supportsScope: ['session', 'all', 'others'], ...options });

/** An `<auth-device-list>` of `client`, once its devices are shown (or `ready` is false). */
export async function listOf(client: MemoryClient | null, lang?: string, ready = true): Promise<AuthDeviceList> {
  const el = await fixture<AuthDeviceList>(
    html`<auth-device-list lang=${lang ?? 'en'} .auth=${client}></auth-device-list>`,
  );
  if (ready) await waitUntil(() => deviceList(el).ready(), 'the devices are shown', { timeout: 5000 });
  return el;
}

/** `client`'s `listDevices` calls, held: each waits for its own gate until `open()`. */
export interface HeldLoads {
  /** One gate per held call, in call order. */
  readonly gates: Deferred<void>[];
  /** Lets every held call and every later one through. */
  open(): void;
  /** The client's own `listDevices` again. */
  restore(): void;
}

/** Holds every later `listDevices` call of `client`; each answers its list, or rejects with `error`. */
export function holdLoads(client: MemoryClient, error?: Error): HeldLoads {
  const listDevices = client.listDevices!.bind(client);
  const gates: Deferred<void>[] = [];
  let opened = false;
  client.listDevices = async options => {
    if (!opened) {
      const gate = deferred<void>();
      gates.push(gate);
      await gate.promise;
    }
    if (error) throw error;
    return listDevices(options);
  };
  return {
    gates,
    open() {
      opened = true;
      gates.forEach(gate => gate.resolve());
    },
    restore() {
      client.listDevices = listDevices;
    },
  };
}

/**
 * Asserts that `sessionId` is no sign-out target of `client` now: a sign-out button naming it
 * ends in `unknown-session`, with no `signOut` call. Returns the button.
 */
export async function expectNoTarget(client: MemoryClient, sessionId: string): Promise<AuthSignOutButton> {
  const button = await fixture<AuthSignOutButton>(
    html`<auth-sign-out-button session-id=${sessionId} .auth=${client}></auth-sign-out-button>`,
  );
  setTimeout(() => signOutButton(button).click());
  const { detail } = await oneEvent(button, 'auth-sign-out-error');
  expect(detail.code, `${sessionId} is no target`).to.equal('unknown-session');
  expect(client.calls, 'no signOut call').to.have.length(0);
  return button;
}
