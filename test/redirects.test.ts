// The redirect policy (docs/contract.md, Redirects and URL vetting) of the sign-out flow. Every target (the `redirect-url` attribute,
// the client's `afterSignOutUrl`, a `{ redirectTo }` from the client's `signOut`) is followed only
// when it is http(s), without credentials, on this page's origin or an allowed one; anything else
// is refused with one warning while the sign-out still completes. Navigations are observed through
// a recording `client.navigate`, so this page never leaves; the `location.assign` default runs in
// a same-origin iframe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AuthSignOutButton } from '../src/elements/sign-out-button.js';
import type { AuthSignedOutDetail, AuthSignOutDetail } from '../src/index.js';
import type { FrameWindow } from './fixtures/frame.js';
import {
  applySignOut,
  captureWarnings,
  fakeClient,
  recordEvents,
  session,
  pageQuiet,
  type FakeClient,
  type FakeOptions,
} from './helpers/index.js';

const { host, hostname, origin, port, protocol } = location;
/** The scheme this page does not use: the same host and port under it is another origin. */
const otherScheme = protocol == 'http:' ? 'https' : 'http';
/** This server under another host name: same machine, another origin. */
const otherHost = hostname == 'localhost' ? '127.0.0.1' : 'localhost';
/** `location.origin` with credentials in it. */
const withCredentials = (userinfo: string) => origin.replace('://', `://${userinfo}@`);

/** Never followed, whichever way they arrive. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  `javascript://${host}/%0aalert(1)`,
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '\\\\evil.example\\',
  '/\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  'https://evil.example/',
  '   https://evil.example/path   ',
  'HTTPS://EVIL.EXAMPLE/',
  `${otherScheme}:evil.example`,
  'http://user:pass@evil.example/',
  `http://evil.example@${host}/`,
  `https://evil.example@${host}`,
  `${origin}@evil.example/`,
  `http://${hostname}.evil.example:${port}/`,
  `${origin}.evil.example/`,
  'https://xn--80ak6aa92e.com/',
  'https://\u0430pple.com/',
  'ftp://evil.example/',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
  `blob:${origin}/x`,
  'about:blank',
  `view-source:${origin}/`,
  'https://evil.example:443/',
  `http://${hostname}:1/`,
  `http://${otherHost}:${port}/`,
  `http://${hostname}.:${port}/`,
  `${otherScheme}://${host}/`,
];

/** This origin, but with credentials: refused too. */
const CREDENTIALS = [withCredentials('u:p') + '/', withCredentials('u') + '/', withCredentials(':p') + '/after'];

/** Look hostile but resolve to this origin: whatever the element does, it must not leave it. */
const SAME_ORIGIN_LOOKALIKES = [
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  '%5C%5Cevil.example',
  `${protocol}evil.example`,
  './/evil.example',
  '/a//evil.example',
];

/** A base URL for the tests of relative targets, so that their expected results are literal. */
const BASE = `${origin}/deep/dir/page.html?base=1`;

/** Followed, as exactly this absolute URL (relative ones against BASE). */
const VALID: [target: string, expected: string][] = [
  ['/', `${origin}/`],
  ['./x', `${origin}/deep/dir/x`],
  ['../x', `${origin}/deep/x`],
  ['x/y', `${origin}/deep/dir/x/y`],
  ['.', `${origin}/deep/dir/`],
  ['?q=1', `${origin}/deep/dir/page.html?q=1`],
  ['#h', `${origin}/deep/dir/page.html?base=1#h`],
  ['/p?next=//evil.example', `${origin}/p?next=//evil.example`],
  ['/p#https://evil.example/', `${origin}/p#https://evil.example/`],
  ['/a/../b', `${origin}/b`],
  ['  /trimmed\n', `${origin}/trimmed`],
  [`HTTP://${host.toUpperCase()}/a`, `${origin}/a`],
  [`//${host}/scheme-relative`, `${origin}/scheme-relative`],
  [`${origin}/after?x=1#y`, `${origin}/after?x=1#y`],
];

const isSameOrigin = (url: string) => new URL(url).origin == origin;

interface Run {
  el: AuthSignOutButton;
  client: FakeClient;
  /** `detail.redirectUrl` of `auth-sign-out`. */
  requested: string | null | undefined;
  /** Details of every `auth-signed-out`. */
  signedOut: AuthSignedOutDetail[];
  errors: unknown[];
  warnings: string[];
}

/**
 * Clicks an `<auth-sign-out-button>` bound to `client` (with `redirect-url` when given, and under
 * `<base href=base>` when given) and waits until the flight is over, navigation included.
 */
async function signOut(client: FakeClient, redirectUrl?: string, base?: string): Promise<Run> {
  const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
  if (redirectUrl !== undefined) el.setAttribute('redirect-url', redirectUrl);
  await el.updateComplete;
  const events = recordEvents(el, ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error']);
  const warnings = captureWarnings();
  const baseElement = base
    ? document.head.appendChild(Object.assign(document.createElement('base'), { href: base }))
    : null;
  try {
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => events.log.length > 1 && !el.busy, 'the sign-out did not settle');
  } finally {
    warnings.restore();
    events.stop();
    baseElement?.remove();
  }
  const details = (type: string) => events.log.filter(e => e.type == type).map(e => e.detail);
  return {
    el,
    client,
    requested: (details('auth-sign-out')[0] as AuthSignOutDetail | undefined)?.redirectUrl,
    signedOut: details('auth-signed-out') as AuthSignedOutDetail[],
    errors: details('auth-sign-out-error'),
    warnings: warnings.messages,
  };
}

/** A signed-in client that records navigations instead of leaving the page. */
const client = (options: FakeOptions = {}, fields: Partial<FakeClient> = {}): FakeClient =>
  Object.assign(fakeClient({ navigate: true, ...options }), fields);

/** A client whose `signOut` resolves `{ redirectTo }`, as an OpenID adapter does. */
const redirectingClient = (redirectTo: string, fields: Partial<FakeClient> = {}): FakeClient =>
  client(
    {
      signOut: (options, self) => {
        applySignOut(self, options);
        return Promise.resolve({ redirectTo });
      },
    },
    fields,
  );

/** The sign-out completed (one client call, one `auth-signed-out`, no error). */
function expectCompleted(run: Run): AuthSignedOutDetail {
  expect(run.errors, 'auth-sign-out-error').to.deep.equal([]);
  expect(run.client.calls, 'client.signOut calls').to.have.length(1);
  expect(run.signedOut, 'auth-signed-out').to.have.length(1);
  expect(run.signedOut[0]!.source).to.equal('this-tab');
  expect(run.el.busy).to.equal(false);
  return run.signedOut[0]!;
}

/** Completed without any navigation, `url` named by the one warning and handed to nobody. */
function expectRefused(run: Run, url: string): void {
  const detail = expectCompleted(run);
  expect(run.client.navigations, 'navigations').to.deep.equal([]);
  expect(detail.redirectUrl, 'auth-signed-out redirectUrl').to.equal(null);
  expect(run.client.calls[0]!.redirectUrl, 'redirectUrl given to the client').to.equal(undefined);
  expect(run.warnings, 'warnings').to.have.length(1);
  expect(
    run.warnings[0]!.includes(url) || run.warnings[0]!.includes(JSON.stringify(url)),
    `the warning ${JSON.stringify(run.warnings[0])} names ${JSON.stringify(url)}`,
  ).to.equal(true);
}

/** Completed, and navigated exactly once to `expected`, announced as such. */
function expectFollowed(run: Run, expected: string): void {
  const detail = expectCompleted(run);
  expect(run.warnings, 'warnings').to.deep.equal([]);
  expect(run.client.navigations, 'navigations').to.deep.equal([expected]);
  expect(detail.redirectUrl, 'auth-signed-out redirectUrl').to.equal(expected);
}

describe('redirects: hostile targets', () => {
  for (const url of [...HOSTILE, ...CREDENTIALS]) {
    const name = JSON.stringify(url);

    it(`refuses redirect-url=${name}`, async () => {
      const run = await signOut(client(), url);
      expectRefused(run, url);
      expect(run.requested, 'auth-sign-out redirectUrl').to.equal(null);
    });

    it(`refuses afterSignOutUrl ${name}`, async () => {
      const run = await signOut(client({}, { afterSignOutUrl: url }));
      expectRefused(run, url);
      expect(run.requested, 'auth-sign-out redirectUrl').to.equal(null);
    });

    it(`refuses { redirectTo: ${name} } from signOut`, async () => {
      expectRefused(await signOut(redirectingClient(url)), url);
    });
  }

  it('refuses an off-origin redirectTo while a same-origin redirect-url is set, without leaving', async () => {
    const run = await signOut(redirectingClient('https://evil.example/logout'), '/after');
    const detail = expectCompleted(run);
    expect(run.warnings).to.have.length(1);
    expect(run.warnings[0]).to.contain('https://evil.example/logout');
    expect(run.client.navigations.every(isSameOrigin), run.client.navigations.join()).to.equal(true);
    expect(detail.redirectUrl == null || isSameOrigin(detail.redirectUrl)).to.equal(true);
  });

  for (const url of SAME_ORIGIN_LOOKALIKES) {
    it(`stays on this origin with redirect-url=${JSON.stringify(url)}`, async () => {
      const run = await signOut(client(), url);
      const detail = expectCompleted(run);
      const resolved = new URL(url, document.baseURI).href;
      expect(isSameOrigin(resolved), resolved).to.equal(true);
      // Followed as the resolved same-origin URL, or refused: never anything else.
      expect([[], [resolved]]).to.deep.include(run.client.navigations);
      expect([null, resolved]).to.include(detail.redirectUrl);
    });
  }
});

describe('redirects: valid targets', () => {
  for (const [url, expected] of VALID) {
    it(`follows redirect-url=${JSON.stringify(url)} to ${expected}`, async () => {
      const run = await signOut(client(), url, BASE);
      expectFollowed(run, expected);
      expect(run.requested, 'auth-sign-out redirectUrl').to.equal(expected);
      expect(run.client.calls[0]!.redirectUrl, 'redirectUrl given to the client').to.equal(expected);
    });
  }

  it('follows afterSignOutUrl when there is no redirect-url', async () => {
    expectFollowed(await signOut(client({}, { afterSignOutUrl: '/bye?x=1' })), `${origin}/bye?x=1`);
  });

  it('prefers redirect-url to afterSignOutUrl', async () => {
    expectFollowed(await signOut(client({}, { afterSignOutUrl: '/bye' }), '/chosen'), `${origin}/chosen`);
  });

  it('does not navigate with redirect-url="" even when afterSignOutUrl is set', async () => {
    const run = await signOut(client({}, { afterSignOutUrl: '/bye' }), '');
    const detail = expectCompleted(run);
    expect(run.client.navigations).to.deep.equal([]);
    expect(detail.redirectUrl).to.equal(null);
    expect(run.requested).to.equal(null);
    expect(run.warnings).to.deep.equal([]);
  });

  it('does not navigate without any target', async () => {
    const run = await signOut(client());
    expect(expectCompleted(run).redirectUrl).to.equal(null);
    expect(run.client.navigations).to.deep.equal([]);
    expect(run.warnings).to.deep.equal([]);
  });

  it('follows an origin of allowedRedirectOrigins, whatever path its entry has', async () => {
    const run = await signOut(
      client({}, { allowedRedirectOrigins: ['https://id.example.com/anything'] }),
      'https://id.example.com/logout?x=1',
    );
    expectFollowed(run, 'https://id.example.com/logout?x=1');
  });

  it('normalises an allowed target (scheme and host case, default port)', async () => {
    const run = await signOut(
      client({}, { allowedRedirectOrigins: ['https://id.example.com'] }),
      'HTTPS://ID.EXAMPLE.COM:443/logout',
    );
    expectFollowed(run, 'https://id.example.com/logout');
  });

  it("follows the client's { redirectTo } on an allowed origin, before redirect-url", async () => {
    const endSession = `https://id.example.com/session/end?post_logout_redirect_uri=${encodeURIComponent(origin + '/')}`;
    const run = await signOut(
      redirectingClient(endSession, { allowedRedirectOrigins: ['https://id.example.com'] }),
      '/after',
    );
    expectFollowed(run, endSession);
  });

  it('follows a same-origin { redirectTo }, resolved to an absolute URL', async () => {
    expectFollowed(await signOut(redirectingClient('/signed-out?from=provider')), `${origin}/signed-out?from=provider`);
  });

  it('ignores unparseable allowedRedirectOrigins entries and still honours the others', async () => {
    const allowedRedirectOrigins = ['not a url', '', '//id.example.com', 'id.example.com', 'https://id.example.com'];
    expectFollowed(
      await signOut(client({}, { allowedRedirectOrigins }), 'https://id.example.com/x'),
      'https://id.example.com/x',
    );
  });

  it('lets unparseable allowedRedirectOrigins entries allow nothing', async () => {
    const allowedRedirectOrigins = ['evil.example', '//evil.example', 'not a url', '*'];
    for (const url of ['https://evil.example/', 'http://evil.example/']) {
      expectRefused(await signOut(client({}, { allowedRedirectOrigins }), url), url);
    }
  });

  it('treats wildcards in allowedRedirectOrigins as allowing nothing', async () => {
    const allowedRedirectOrigins = ['https://*.example.com', '*', 'https://*', '*://id.example.com'];
    for (const url of ['https://id.example.com/', 'https://example.com/', 'http://id.example.com/']) {
      expectRefused(await signOut(client({}, { allowedRedirectOrigins }), url), url);
    }
  });

  it('matches allowed origins exactly: no subdomains, other schemes, ports or credentials', async () => {
    const allowedRedirectOrigins = ['https://example.com'];
    for (const url of [
      'https://id.example.com/',
      'http://example.com/',
      'https://example.com:8443/',
      'https://user@example.com/',
      'https://example.com.evil.example/',
    ]) {
      expectRefused(await signOut(client({}, { allowedRedirectOrigins }), url), url);
    }
  });

  it('redirects after signing out every session of a multi-session client', async () => {
    expectFollowed(await signOut(client({ sessions: [session('s1'), session('s2')] }), '/after'), `${origin}/after`);
  });

  it('does not navigate when another account stays signed in after a scope-session sign-out', async () => {
    const multi = client({ sessions: [session('s1'), session('s2')] });
    const el = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${multi} session-id="s1" redirect-url="/after"></auth-sign-out-button>`,
    );
    const events = recordEvents(el, ['auth-signed-out']);
    await el.signOut();
    expect(multi.session?.id).to.equal('s2');
    expect(multi.navigations).to.deep.equal([]);
    expect((events.log[0]?.detail as AuthSignedOutDetail).redirectUrl).to.equal(null);
  });

  it('still redirects a plain client that keeps reporting the signed-out session', async () => {
    const plain = client({ signOut: () => Promise.resolve() });
    const el = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${plain} session-id="s1" redirect-url="/after"></auth-sign-out-button>`,
    );
    await el.signOut();
    expect(plain.navigations).to.deep.equal([`${origin}/after`]);
  });
});

describe('redirects: location.assign without client.navigate', () => {
  /** The frame fixture: its own copy of the elements, a client without `navigate`. */
  async function frameSignOut(url: string) {
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/frame.html"></iframe>`);
    await waitUntil(() => (iframe.contentWindow as FrameWindow | null)?.frameApi, 'the frame did not load', {
      timeout: 5000,
    });
    const win = iframe.contentWindow as FrameWindow;
    const api = win.frameApi!;
    const frameClient = api.fakeClient();
    expect(frameClient.navigate).to.equal(undefined);
    const el = win.document.createElement('auth-sign-out-button');
    el.auth = frameClient;
    el.setAttribute('redirect-url', url);
    win.document.body.append(el);
    await el.updateComplete;
    const signedOut: AuthSignedOutDetail[] = [];
    win.addEventListener('auth-signed-out', event => signedOut.push(event.detail));
    const loaded = new Promise(resolve => iframe.addEventListener('load', resolve, { once: true }));
    const warnings = api.captureWarnings();
    try {
      el.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => signedOut.length && !el.busy, 'the sign-out in the frame did not settle');
    } finally {
      warnings.restore();
    }
    return { iframe, win, api, el, client: frameClient, signedOut, loaded, warnings: warnings.messages };
  }

  /** Where the frame is, without failing when it is on another origin. */
  const frameLocation = (iframe: HTMLIFrameElement) => {
    try {
      return iframe.contentWindow!.location.href;
    } catch {
      return 'another origin';
    }
  };

  const landings: [target: string, path: string][] = [
    ['/test/fixtures/landing.html?from=absolute-path', '/test/fixtures/landing.html?from=absolute-path'],
    ['landing.html#relative', '/test/fixtures/landing.html#relative'],
    [`HTTP://${host.toUpperCase()}/test/fixtures/landing.html?from=upper`, '/test/fixtures/landing.html?from=upper'],
  ];
  for (const [url, path] of landings) {
    it(`navigates the frame to ${JSON.stringify(url)}`, async () => {
      const { iframe, api, signedOut, loaded, warnings, client: frameClient } = await frameSignOut(url);
      expect(frameClient.calls).to.have.length(1);
      expect(signedOut[0]!.redirectUrl).to.equal(origin + path);
      expect(warnings).to.deep.equal([]);
      await loaded;
      const landed = iframe.contentWindow!.location;
      expect(landed.pathname + landed.search + landed.hash).to.equal(path);
      expect(api.unloads, 'beforeunload in the frame').to.equal(1);
      if (api.navigationApi) expect(api.navigations).to.deep.equal([origin + path]);
      expect(api.dialogs).to.deep.equal([]);
    });
  }

  for (const url of [
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/',
    `http://${hostname}:1/`,
    `${otherScheme}://${host}/test/fixtures/landing.html`,
    withCredentials('u:p') + '/test/fixtures/landing.html',
  ]) {
    it(`leaves the frame where it is with ${JSON.stringify(url)}`, async () => {
      const { iframe, win, api, signedOut, warnings, client: frameClient } = await frameSignOut(url);
      const before = win.location.href;
      expect(frameClient.calls).to.have.length(1);
      expect(signedOut).to.have.length(1);
      expect(signedOut[0]!.redirectUrl).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.includes(url) || warnings[0]!.includes(JSON.stringify(url))).to.equal(true);
      // location.assign would have started at once (the navigate test above shows the frame does
      // leave); give a javascript: URL or a failing load time to show up.
      await pageQuiet();
      expect(frameLocation(iframe)).to.equal(before);
      expect((iframe.contentWindow as FrameWindow).frameApi, 'the same document').to.equal(api);
      expect(api.unloads, 'beforeunload in the frame').to.equal(0);
      expect(api.navigations).to.deep.equal([]);
      expect(api.dialogs).to.deep.equal([]);
    });
  }
});
