// Requests made by a listener of a flow's own request event (a confirm step: cancel, ask, then
// call `signOut()`), and client values that cannot be read as text. The page is a stand-in:
// `location` and `document.baseURI` of https://app.example/page, navigations recorded.
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { linkOf } from '../../src/auth/client.js';
import { flightOf } from '../../src/auth/flight.js';
import { runSignIn } from '../../src/auth/sign-in.js';
import { runSignOut, type SignOutRequest } from '../../src/auth/sign-out.js';
import { runSwitch } from '../../src/auth/switch.js';
import { registry } from '../../src/core/registry.js';
import { avatarColor } from '../../src/elements/user.js';
import type { AuthClient, SignOutOptions, SignOutScope } from '../../src/auth/types.js';

const PAGE = 'https://app.example/page';
const assigned: string[] = [];
const onHide: (() => void)[] = [];
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => void unhandled.push(reason);
const flush = () => new Promise(resolve => setImmediate(resolve));

beforeEach(() => {
  assigned.length = 0;
  unhandled.length = 0;
  process.on('unhandledRejection', recordUnhandled);
  Object.assign(globalThis, {
    window: new EventTarget(),
    document: { baseURI: PAGE },
    location: { href: PAGE, origin: 'https://app.example', assign: (url: string) => void assigned.push(url) },
    addEventListener: (type: string, listener: () => void) => void (type == 'pagehide' && onHide.push(listener)),
    removeEventListener: (type: string, listener: () => void) =>
      void (type == 'pagehide' && onHide.includes(listener) && onHide.splice(onHide.indexOf(listener), 1)),
  });
  mock.method(console, 'warn', () => {});
});
afterEach(() => {
  process.off('unhandledRejection', recordUnhandled);
  onHide.splice(0).forEach(leave => leave());
  mock.restoreAll();
});

const EVENTS = ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error', 'auth-sign-in', 'auth-sign-in-error'];

/** An element stand-in recording the flow events it receives: [name, scope or code]. */
function host(auth: AuthClient | null) {
  const target = new EventTarget();
  const log: [string, unknown][] = [];
  for (const name of EVENTS)
    target.addEventListener(name, event => {
      const { detail } = event as CustomEvent;
      log.push([name, detail.code ?? detail.scope ?? detail.url]);
    });
  return Object.assign(target, { auth, isConnected: true, log }) as unknown as Element & {
    auth: AuthClient | null;
    log: typeof log;
  };
}

/** An element on a page with no client (no `auth`, no `window.Auth`). */
function withoutClient() {
  (globalThis as { Auth?: unknown }).Auth = undefined;
  return host(null);
}

const ada = { id: 's1', user: { id: 'u1', name: 'Ada' } };
const grace = { id: 's2', user: { id: 'u2', name: 'Grace' } };

/** A client signed in as Ada and Grace whose `signOut` records its options. */
function twoAccounts(more: object = {}) {
  const calls: SignOutOptions[] = [];
  const client = {
    session: ada,
    sessions: [ada, grace],
    supportsScope: ['session', 'all'] as SignOutScope[],
    signOut: async (options: SignOutOptions) => void calls.push(options),
    ...more,
  };
  return Object.assign(client, { calls });
}

const click = (scope: SignOutRequest['scope']): SignOutRequest => ({ scope, timeout: 10_000, confirm: true });
const call = (scope: SignOutRequest['scope']): SignOutRequest => ({ scope, timeout: 10_000 });

describe("a listener's own request", () => {
  test('cancel, then signOut() for the same scope: signed out once, the call resolving when done', async () => {
    const client = twoAccounts();
    const el = host(client);
    let asked: unknown;
    const order: string[] = [];
    el.addEventListener('auth-sign-out', event => {
      event.preventDefault();
      asked = runSignOut(el, call('all')); // after a synchronous confirm() said yes
      order.push(`listener returned, ${client.calls.length} calls`);
    });
    await runSignOut(el, click('all'));
    assert.deepEqual(order, ['listener returned, 0 calls']);
    assert.ok(asked instanceof Promise, 'signOut() from the listener resolves when it settled');
    await asked;
    assert.deepEqual(
      client.calls.map(o => o.scope),
      ['all'],
    );
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'all'],
      ['auth-signed-out', 'all'],
    ]);
    assert.equal(flightOf(client), undefined);
  });

  test('cancel, then signOut() for another scope: that scope runs instead', async () => {
    const client = twoAccounts();
    const el = host(client);
    el.addEventListener('auth-sign-out', event => {
      event.preventDefault();
      void runSignOut(el, call('all')); // the dialog offered "all accounts"
    });
    await runSignOut(el, click('session'));
    await flush();
    assert.deepEqual(
      client.calls.map(o => o.scope),
      ['all'],
    );
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'session'],
      ['auth-signed-out', 'all'],
    ]);
  });

  test('not canceled: the same request joins the flight (one client call)', async () => {
    const client = twoAccounts();
    const el = host(client);
    let asked: unknown;
    el.addEventListener('auth-sign-out', () => (asked = runSignOut(el, call('all'))));
    await runSignOut(el, click('all'));
    await asked;
    assert.equal(client.calls.length, 1);
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'all'],
      ['auth-signed-out', 'all'],
    ]);
  });

  test('canceled with no request: nothing runs, no flight is left', async () => {
    const client = twoAccounts();
    const el = host(client);
    el.addEventListener('auth-sign-out', event => event.preventDefault());
    assert.equal(runSignOut(el, click('all')), undefined);
    assert.equal(client.calls.length, 0);
    assert.equal(flightOf(client), undefined);
  });

  test('sign-in without a client, asked again by a listener: one event, one navigation', async () => {
    const el = withoutClient();
    let again = true;
    el.addEventListener('auth-sign-in', () => {
      if (again) ((again = false), runSignIn(el, { signInUrl: '/login', timeout: 10_000 }));
    });
    const done = runSignIn(el, { signInUrl: '/login', timeout: 10_000 });
    assert.deepEqual(assigned, ['https://app.example/login']);
    assert.deepEqual(el.log, [['auth-sign-in', 'https://app.example/login']]);
    assert.equal(registry().leaving, true, 'the page holds while it leaves');
    onHide.splice(0).forEach(leave => leave());
    await done;
    assert.equal(registry().leaving, false);
  });

  test('sign-in without a client, canceled, then asked again: it runs after the event, without a second one', async () => {
    const el = withoutClient();
    const order: string[] = [];
    el.addEventListener('auth-sign-in', event => {
      event.preventDefault();
      void runSignIn(el, { signInUrl: '/login', timeout: 10_000 });
      order.push(`listener returned, ${assigned.length} navigations`);
    });
    void runSignIn(el, { signInUrl: '/login', timeout: 10_000 });
    assert.deepEqual(order, ['listener returned, 0 navigations']);
    assert.deepEqual(el.log, [['auth-sign-in', 'https://app.example/login']]);
    assert.deepEqual(assigned, ['https://app.example/login']);
  });

  test("sign-in with the client's signIn, canceled, then asked again: one event, one call (no loop)", async () => {
    const calls: unknown[] = [];
    const client = {
      session: null,
      signOut: async () => {},
      signIn: async (options: unknown) => void calls.push(options),
    };
    const el = host(client as unknown as AuthClient);
    let asked: unknown;
    el.addEventListener('auth-sign-in', event => {
      event.preventDefault();
      asked = runSignIn(el, { timeout: 10_000 }); // signIn() after a confirm, from the same listener
    });
    await runSignIn(el, { timeout: 10_000 });
    await asked;
    assert.equal(calls.length, 1);
    assert.deepEqual(el.log, [['auth-sign-in', null]]);
    assert.equal(flightOf(client as unknown as AuthClient), undefined);
  });

  test("a request made before another listener's cancel falls with it: the cancel wins", async () => {
    const client = twoAccounts();
    const el = host(client);
    let asked: unknown;
    el.addEventListener('auth-sign-out', () => (asked = runSignOut(el, call('all'))));
    el.addEventListener('auth-sign-out', event => event.preventDefault()); // the user said no
    assert.equal(runSignOut(el, click('all')), undefined);
    await asked;
    await flush();
    assert.equal(client.calls.length, 0);
    assert.deepEqual(el.log, [['auth-sign-out', 'all']]);
    assert.equal(flightOf(client), undefined);
  });

  test('a request from a listener on another element bound to the same client waits for the event too', async () => {
    const client = twoAccounts();
    const el = host(client);
    const other = host(client);
    el.addEventListener('auth-sign-out', event => {
      event.preventDefault();
      void runSignOut(other, call('session'));
    });
    await runSignOut(el, click('all'));
    await flush();
    assert.deepEqual(
      client.calls.map(o => o.scope),
      ['session'],
    );
    assert.deepEqual(other.log, [['auth-signed-out', 'session']]);
  });

  test("without a client, a canceling listener's signOut() runs after the event: one no-auth-client error", async () => {
    const el = withoutClient();
    const order: string[] = [];
    el.addEventListener('auth-sign-out-error', () => order.push('error'));
    el.addEventListener('auth-sign-out', event => {
      event.preventDefault();
      void runSignOut(el, call('all'));
      order.push('listener returned');
    });
    await runSignOut(el, click('all'));
    assert.deepEqual(order, ['listener returned', 'error']);
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'all'],
      ['auth-sign-out-error', 'no-auth-client'],
    ]);
  });
});

describe("a request made by a listener of a flight's result event runs once the flight ended", () => {
  test('a retry from auth-sign-out-error: the client is called again, with its own events', async () => {
    let fail = true;
    const client = twoAccounts({
      signOut: async (options: SignOutOptions) => {
        client.calls.push(options);
        if (fail) throw new Error('offline');
      },
    });
    const el = host(client);
    let retried: unknown;
    el.addEventListener('auth-sign-out-error', () => {
      fail = false;
      retried = runSignOut(el, click('all'));
    });
    await runSignOut(el, click('all'));
    assert.ok(retried instanceof Promise, 'the retry resolves when it settled');
    await retried;
    assert.equal(client.calls.length, 2);
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'all'],
      ['auth-sign-out-error', 'failed'],
      ['auth-sign-out', 'all'],
      ['auth-signed-out', 'all'],
    ]);
    assert.equal(flightOf(client), undefined);
  });

  test('a sign-in from auth-signed-out: signIn is called', async () => {
    const signIns: unknown[] = [];
    const client = twoAccounts({ signIn: async (options: unknown) => void signIns.push(options) });
    const el = host(client);
    let asked: unknown;
    el.addEventListener('auth-signed-out', () => (asked = runSignIn(el, { timeout: 10_000 })));
    await runSignOut(el, click('all'));
    await asked;
    assert.equal(signIns.length, 1);
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'all'],
      ['auth-signed-out', 'all'],
      ['auth-sign-in', null],
    ]);
    assert.equal(flightOf(client), undefined);
  });

  test('a retry from auth-sign-in-error: signIn is called again', async () => {
    let calls = 0;
    const client = twoAccounts({
      signIn: async () => {
        if (++calls == 1) throw new Error('popup blocked');
      },
    });
    const el = host(client);
    let retried: unknown;
    el.addEventListener('auth-sign-in-error', () => (retried = runSignIn(el, { timeout: 10_000 })), { once: true });
    await runSignIn(el, { timeout: 10_000 });
    await retried;
    assert.equal(calls, 2);
    assert.deepEqual(el.log, [
      ['auth-sign-in', null],
      ['auth-sign-in-error', 'failed'],
      ['auth-sign-in', null],
    ]);
  });

  test('a retry from auth-session-switch-error: setActive is called again', async () => {
    let calls = 0;
    const client = twoAccounts({
      setActive: async () => {
        if (++calls == 1) throw new Error('offline');
      },
    });
    const el = host(client);
    const seen: string[] = [];
    for (const name of ['auth-session-switch', 'auth-session-switched', 'auth-session-switch-error'])
      el.addEventListener(name, () => seen.push(name));
    let retried: unknown;
    el.addEventListener('auth-session-switch-error', () => (retried = runSwitch(el, 's2', 10_000)), { once: true });
    await runSwitch(el, 's2', 10_000);
    await retried;
    assert.equal(calls, 2);
    assert.deepEqual(seen, [
      'auth-session-switch',
      'auth-session-switch-error',
      'auth-session-switch',
      'auth-session-switched',
    ]);
  });

  test('while a sign-in holds its flight for the navigation, a request still does nothing', async () => {
    const client = twoAccounts({ signIn: async () => ({ redirectTo: '/login' }) });
    const el = host(client);
    const held = runSignIn(el, { timeout: 10_000 });
    await flush();
    assert.deepEqual(assigned, ['https://app.example/login']);
    assert.ok(flightOf(client), 'held until the page is hidden');
    assert.equal(runSignOut(el, click('all')), undefined);
    assert.equal(runSignIn(el, { timeout: 10_000 }), undefined);
    onHide.splice(0).forEach(leave => leave());
    await held;
    assert.deepEqual(client.calls, []);
    assert.deepEqual(el.log, [['auth-sign-in', null]]);
  });
});

describe('client values that are no text', () => {
  const noText = () => Object.create(null) as object;

  test('afterSignOutUrl that converts to no text: refused, and the sign-out still ends in its event', async () => {
    const client = twoAccounts({ afterSignOutUrl: noText() });
    const el = host(client);
    await runSignOut(el, click('all'));
    assert.deepEqual(el.log, [
      ['auth-sign-out', 'all'],
      ['auth-signed-out', 'all'],
    ]);
    assert.deepEqual(assigned, []);
  });

  test('signIn resolving { redirectTo } that converts to no text: one auth-sign-in-error unsafe-url', async () => {
    const client = { session: null, signOut: async () => {}, signIn: async () => ({ redirectTo: noText() }) };
    const el = host(client as unknown as AuthClient);
    await runSignIn(el, { timeout: 10_000 });
    assert.deepEqual(el.log, [
      ['auth-sign-in', null],
      ['auth-sign-in-error', 'unsafe-url'],
    ]);
    assert.equal(flightOf(client as unknown as AuthClient), undefined);
  });

  test('a signInUrl given as a URL object is followed like its text', async () => {
    assert.equal(registry().leaving, false);
    const client = { session: null, signOut: async () => {}, signInUrl: new URL('https://app.example/login') };
    const el = host(client as unknown as AuthClient);
    void runSignIn(el, { timeout: 10_000 });
    assert.deepEqual(assigned, ['https://app.example/login']);
  });

  test('a navigate getter that throws: a failed navigation (no unhandled rejection), the hold ends', async () => {
    const client = {
      session: null,
      signOut: async () => {},
      signInUrl: '/login',
      get navigate(): never {
        throw Error('navigate getter');
      },
    };
    const el = host(client as unknown as AuthClient);
    const done = runSignIn(el, { timeout: 10_000 });
    await done; // without pagehide
    await flush();
    assert.deepEqual(assigned, []);
    assert.deepEqual(unhandled, []);
    assert.equal(flightOf(client as unknown as AuthClient), undefined);
  });

  test('linkOf: a string or a URL as text; anything else none', () => {
    assert.equal(linkOf('/profile'), '/profile');
    assert.equal(linkOf(new URL('https://app.example/p')), 'https://app.example/p');
    for (const value of [42, {}, noText(), null, undefined, ['/a'], () => '/a']) assert.equal(linkOf(value), undefined);
  });

  test('an avatar colour for a user id that converts to no text', () => {
    assert.equal(avatarColor(noText()), avatarColor(''));
    assert.equal(avatarColor(42), avatarColor('42'));
  });
});
