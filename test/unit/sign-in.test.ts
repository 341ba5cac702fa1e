// The sign-in flow without a browser: `{redirect}` filling, the order of event, client call and
// navigation, the single flight, the timeout (Node's mock timers), and exactly one
// `auth-sign-in-error` per failure, with its code. The page is a stand-in: `location` and
// `document.baseURI` of https://app.example/page, navigations recorded instead of followed.
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { fillRedirect } from '../../src/auth/redirect.js';
import { runSignIn, type SignInRequest } from '../../src/auth/sign-in.js';
import { flightOf } from '../../src/auth/flight.js';
import { registry } from '../../src/core/registry.js';
import type { AuthClient, SignInOptions } from '../../src/auth/types.js';

const PAGE = 'https://app.example/page?tab=1';
const assigned: string[] = [];
const flush = () => new Promise(resolve => setImmediate(resolve));
/** The page's `pagehide` listeners, and whether `location.assign` hides the page (it leaves). */
const onHide: (() => void)[] = [];
let leaves = true;
const hide = () => onHide.splice(0).forEach(listener => listener());

beforeEach(() => {
  assigned.length = 0;
  leaves = true;
  Object.assign(globalThis, {
    document: { baseURI: PAGE },
    location: {
      href: PAGE,
      origin: 'https://app.example',
      assign: (url: string) => {
        assigned.push(url);
        if (leaves) setImmediate(hide);
      },
    },
    addEventListener: (type: string, listener: () => void) => void (type == 'pagehide' && onHide.push(listener)),
    removeEventListener: (type: string, listener: () => void) =>
      void (type == 'pagehide' && onHide.includes(listener) && onHide.splice(onHide.indexOf(listener), 1)),
  });
  mock.method(console, 'warn', () => {});
});
afterEach(() => {
  mock.restoreAll();
  mock.timers.reset();
});

/** An element stand-in: events it receives, in order, with their details. */
function host(auth: AuthClient | null, cancel = false) {
  const target = new EventTarget() as EventTarget & { auth: AuthClient | null; isConnected: boolean };
  const log: [string, Record<string, unknown>][] = [];
  for (const name of ['auth-sign-in', 'auth-sign-in-error'])
    target.addEventListener(name, event => {
      log.push([name, (event as CustomEvent).detail]);
      if (cancel) event.preventDefault();
    });
  return Object.assign(target, { auth, isConnected: true, log }) as unknown as Element & {
    auth: AuthClient | null;
    log: typeof log;
  };
}

/** The events `el` received: [name, code of an error, else url]. */
const trail = (el: ReturnType<typeof host>) => el.log.map(([name, detail]) => [name, detail.code ?? detail.url]);

const request = (more: Partial<SignInRequest> = {}): SignInRequest => ({ timeout: 10_000, ...more });

/** A client whose `signIn` records its options and answers with `answer`. */
function client(answer?: (options: SignInOptions) => Promise<void | { redirectTo?: string }>, more = {}) {
  const calls: SignInOptions[] = [];
  const navigations: string[] = [];
  const c = {
    session: null,
    signOut: async () => {},
    navigate: (url: string) => void navigations.push(url),
    ...(answer && {
      signIn: (options: SignInOptions) => (calls.push(options), answer(options)),
    }),
    ...more,
  };
  return Object.assign(c, { calls, navigations });
}

describe('fillRedirect', () => {
  test('replaces every {redirect} with the encoded URL, or nothing', () => {
    assert.equal(
      fillRedirect('/in?next={redirect}&again={redirect}', 'https://a.example/p?q=1&r=2#h'),
      '/in?next=https%3A%2F%2Fa.example%2Fp%3Fq%3D1%26r%3D2%23h&again=https%3A%2F%2Fa.example%2Fp%3Fq%3D1%26r%3D2%23h',
    );
    assert.equal(fillRedirect('/in?next={redirect}', null), '/in?next=');
    assert.equal(fillRedirect('/in', 'https://a.example/'), '/in');
  });

  test('a URL object writes {redirect} in its path as %7Bredirect%7D: filled all the same', () => {
    const { href } = new URL('https://id.example/in/{redirect}?next={redirect}#{redirect}');
    assert.equal(href, 'https://id.example/in/%7Bredirect%7D?next={redirect}#{redirect}');
    assert.equal(fillRedirect(href, '/p?a'), 'https://id.example/in/%2Fp%3Fa?next=%2Fp%3Fa#%2Fp%3Fa');
    assert.equal(fillRedirect('/in/%7bredirect%7d', 'x'), '/in/x');
  });
});

describe('sign-in without the client’s signIn: the sign-in URL', () => {
  test('event with the vetted URL, then the navigation through the client; back = the current page', async () => {
    const c = client(undefined, { signInUrl: '/sign-in?next={redirect}' });
    const el = host(c);
    await runSignIn(el, request());
    const url = 'https://app.example/sign-in?next=' + encodeURIComponent(PAGE);
    assert.deepEqual(el.log, [['auth-sign-in', { url }]]);
    await flush();
    assert.deepEqual(c.navigations, [url]);
  });

  test('sign-in-url wins over the client’s signInUrl; redirect-url fills {redirect}; "" fills nothing', async () => {
    const c = client(undefined, { signInUrl: '/other' });
    await runSignIn(host(c), request({ signInUrl: '/in?r={redirect}', redirectUrl: '/back' }));
    await runSignIn(host(c), request({ signInUrl: '/in?r={redirect}', redirectUrl: '' }));
    await flush();
    assert.deepEqual(c.navigations, [
      'https://app.example/in?r=' + encodeURIComponent('https://app.example/back'),
      'https://app.example/in?r=',
    ]);
  });

  test('a URL object as the client’s signInUrl: {redirect} in its path filled too', async () => {
    const c = client(undefined, { signInUrl: new URL('https://app.example/in/{redirect}') });
    await runSignIn(host(c), request({ redirectUrl: '/back' }));
    await flush();
    assert.deepEqual(c.navigations, ['https://app.example/in/' + encodeURIComponent('https://app.example/back')]);
  });

  test('no client: the sign-in URL through location.assign', async () => {
    await runSignIn(host(null), request({ signInUrl: '/in' }));
    await flush();
    assert.deepEqual(assigned, ['https://app.example/in']);
  });

  test('held while the page leaves: a second click neither sends an event nor navigates again', async () => {
    leaves = false;
    const c = client(undefined, { signInUrl: '/in', navigate: undefined });
    const [first, second, lone] = [host(c), host(c), host(null)];
    const leaving = runSignIn(first, request());
    assert.equal(flightOf(c)?.scope, 'sign-in', 'busy while leaving');
    assert.equal(runSignIn(second, request()), undefined);
    hide();
    await leaving;
    assert.deepEqual([assigned.length, second.log.length, flightOf(c)], [1, 0, undefined]);
    // Without a client there is no flight to hold: the page-wide hold does the same.
    const alone = runSignIn(lone, request({ signInUrl: '/in' }));
    assert.equal(runSignIn(host(null), request({ signInUrl: '/in' })), undefined);
    hide();
    await alone;
    assert.equal(assigned.length, 2);
  });

  test('a client navigate: held until it settles, or until the page is hidden while it is pending', async () => {
    let arrive!: () => void;
    const c = client(undefined, {
      signInUrl: '/in',
      navigate: () => new Promise<void>(resolve => (arrive = resolve)),
    });
    const routed = runSignIn(host(c), request());
    await flush();
    assert.ok(flightOf(c), 'held while the router works');
    arrive();
    await routed;
    assert.equal(flightOf(c), undefined, 'released once it settled');

    const leaving = runSignIn(host(c), request());
    await flush();
    hide();
    await leaving;
    assert.deepEqual([flightOf(c), onHide.length], [undefined, 0], 'released on pagehide, its listener gone');
  });

  test('timeout 0 (none) still bounds the hold by the default timeout; no client holds the whole page', async () => {
    leaves = false;
    mock.timers.enable({ apis: ['setTimeout'] });
    const leaving = runSignIn(host(null), request({ signInUrl: '/file', timeout: 0 }));
    assert.equal(registry().leaving, true, 'every element shows busy');
    mock.timers.tick(9_999);
    await flush();
    assert.equal(registry().leaving, true);
    mock.timers.tick(1);
    await leaving;
    assert.deepEqual([registry().leaving, onHide.length], [false, 0]);
  });

  test('a page that does not leave (a download, say) is released after the timeout', async () => {
    leaves = false;
    mock.timers.enable({ apis: ['setTimeout'] });
    const c = client(undefined, { signInUrl: '/file', navigate: undefined });
    const leaving = runSignIn(host(c), request({ timeout: 500 }));
    mock.timers.tick(499);
    await flush();
    assert.ok(flightOf(c), 'still held');
    mock.timers.tick(1);
    await leaving;
    assert.deepEqual([flightOf(c), onHide.length], [undefined, 0], 'released, its pagehide listener removed');
  });

  test('a canceled auth-sign-in navigates nowhere and reports nothing else', async () => {
    const c = client(undefined, { signInUrl: '/in' });
    const el = host(c, true);
    await runSignIn(el, request());
    await flush();
    assert.deepEqual(
      el.log.map(([name]) => name),
      ['auth-sign-in'],
    );
    assert.deepEqual(c.navigations, []);
  });

  const hostile = ['javascript:alert(1)', 'https://evil.example/in', 'https://u:p@app.example/in', 'data:text/html,x'];
  for (const url of hostile)
    test(`a hostile sign-in URL ${url}: url null in the event, one unsafe-url error, no navigation`, async () => {
      const c = client(undefined, { signInUrl: url });
      const el = host(c);
      await runSignIn(el, request());
      await flush();
      assert.deepEqual(trail(el), [
        ['auth-sign-in', null],
        ['auth-sign-in-error', 'unsafe-url'],
      ]);
      assert.ok(el.log[1]![1].error instanceof Error);
      assert.deepEqual([c.navigations, assigned], [[], []]);
    });

  test('no URL: unsupported with a client, no-auth-client without one', async () => {
    for (const [auth, code] of [
      [client(), 'unsupported'],
      [null, 'no-auth-client'],
    ] as const) {
      const el = host(auth);
      await runSignIn(el, request());
      assert.deepEqual(trail(el), [
        ['auth-sign-in', null],
        ['auth-sign-in-error', code],
      ]);
    }
  });

  test('a client getter that throws: the event, then one failed error', async () => {
    const c = Object.defineProperty(client(), 'signInUrl', {
      get() {
        throw new Error('getter');
      },
    });
    const el = host(c);
    await runSignIn(el, request());
    assert.deepEqual(trail(el), [
      ['auth-sign-in', null],
      ['auth-sign-in-error', 'failed'],
    ]);
    assert.equal((el.log[1]![1].error as Error).message, 'getter');
  });
});

describe('sign-in with the client’s signIn', () => {
  test('called once with the vetted redirectUrl and a signal; its redirectTo vetted and followed', async () => {
    const c = client(async () => ({ redirectTo: 'https://app.example/authorize?x=1' }), { signInUrl: '/unused' });
    const el = host(c);
    await runSignIn(el, request({ redirectUrl: '/back' }));
    assert.equal(c.calls.length, 1);
    assert.equal(c.calls[0]!.redirectUrl, 'https://app.example/back');
    assert.ok(c.calls[0]!.signal instanceof AbortSignal);
    assert.deepEqual(el.log, [['auth-sign-in', { url: null }]]);
    await flush();
    assert.deepEqual(c.navigations, ['https://app.example/authorize?x=1']);
  });

  test('a redirectTo on an allowed origin is followed; void means signed in by itself, no navigation', async () => {
    const c = client(async () => ({ redirectTo: 'https://id.example/auth' }), {
      allowedRedirectOrigins: ['https://id.example'],
    });
    await runSignIn(host(c), request());
    const quiet = client(async () => undefined);
    const el = host(quiet);
    await runSignIn(el, request());
    await flush();
    assert.deepEqual(c.navigations, ['https://id.example/auth']);
    assert.deepEqual([quiet.navigations, el.log.length], [[], 1]);
  });

  test('the sign-in page of a client with signIn is held too; an explicit sign-in-url is not used, with a warning', async () => {
    leaves = false;
    const c = client(async () => ({ redirectTo: '/authorize' }), { navigate: undefined });
    const leaving = runSignIn(host(c), request({ signInUrl: '/in' }));
    await flush();
    assert.deepEqual(assigned, ['https://app.example/authorize']);
    assert.ok(flightOf(c), 'held until the page is hidden');
    hide();
    await leaving;
    assert.equal(flightOf(c), undefined);
    const warned = (console.warn as unknown as { mock: { calls: { arguments: unknown[] }[] } }).mock.calls;
    assert.ok(warned.some(call => String(call.arguments[0]).includes('sign-in-url is not used')));
  });

  for (const answer of ['https://app.example/in', 1, true, ['/in']])
    test(`signIn resolving ${JSON.stringify(answer)} (no object): one failed error, no navigation`, async () => {
      const c = client(async () => answer as unknown as { redirectTo: string });
      const el = host(c);
      await runSignIn(el, request());
      assert.deepEqual(trail(el), [
        ['auth-sign-in', null],
        ['auth-sign-in-error', 'failed'],
      ]);
      assert.deepEqual([c.navigations, assigned], [[], []]);
    });

  for (const redirectTo of ['javascript:alert(1)', 'https://evil.example/', '//evil.example/x', 5])
    test(`a hostile redirectTo ${String(redirectTo)}: one unsafe-url error, no navigation`, async () => {
      const c = client(async () => ({ redirectTo }) as { redirectTo: string });
      const el = host(c);
      await runSignIn(el, request());
      await flush();
      assert.deepEqual(trail(el), [
        ['auth-sign-in', null],
        ['auth-sign-in-error', 'unsafe-url'],
      ]);
      assert.deepEqual([c.navigations, assigned], [[], []]);
    });

  test('a rejection and a synchronous throw are one failed error each', async () => {
    for (const answer of [
      () => Promise.reject(new Error('down')),
      () => {
        throw new Error('down');
      },
    ]) {
      const el = host(client(answer));
      await runSignIn(el, request());
      assert.deepEqual(trail(el), [
        ['auth-sign-in', null],
        ['auth-sign-in-error', 'failed'],
      ]);
      assert.equal((el.log[1]![1].error as Error).message, 'down');
    }
  });

  test('canceled: the client is not called and its flight is released', async () => {
    const c = client(async () => undefined);
    await runSignIn(host(c, true), request());
    assert.equal(c.calls.length, 0);
    assert.equal(flightOf(c), undefined);
  });

  test('single flight: a second request while one runs does nothing', async () => {
    let release!: () => void;
    const c = client(() => new Promise<void>(resolve => (release = resolve)));
    const first = host(c);
    const second = host(c);
    const running = runSignIn(first, request());
    assert.equal(runSignIn(second, request()), undefined);
    assert.equal(flightOf(c)?.scope, 'sign-in');
    release();
    await running;
    assert.deepEqual([c.calls.length, second.log.length, flightOf(c)], [1, 0, undefined]);
  });

  test('timeout: the signal aborts, one timeout error, a late redirectTo is not followed', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    let answer!: (value: { redirectTo: string }) => void;
    const c = client(() => new Promise(resolve => (answer = resolve)));
    const el = host(c);
    const running = runSignIn(el, request({ timeout: 500 }));
    mock.timers.tick(499);
    await flush();
    assert.equal(el.log.length, 1);
    mock.timers.tick(1);
    await running;
    assert.ok(c.calls[0]!.signal.aborted);
    answer({ redirectTo: '/late' });
    await flush();
    assert.deepEqual(trail(el), [
      ['auth-sign-in', null],
      ['auth-sign-in-error', 'timeout'],
    ]);
    assert.deepEqual(c.navigations, []);
  });
});
