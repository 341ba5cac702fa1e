// <auth-sign-in-button>: a click's event order, cancel, the client's `signIn` (success, failure,
// timeout, busy), the sign-in URL with `{redirect}`, and hostile URLs refused without navigation.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthSignInButton, AuthSignOutButton } from '../../src/index.js';
import { createMemoryClient, type MemoryClientOptions } from '../../src/testing/index.js';
import { signInButton, signOutButton } from '../harness/index.js';
import {
  clickCenter,
  deferred,
  idle,
  nextTask,
  record,
  types,
  unhandledRejections,
  warnings,
} from '../helpers/index.js';

const SIGN_IN = ['auth-sign-in', 'auth-sign-in-error'];

/** A signed-out memory client that records navigations; `order` gets each step as it happens. */
function client(order: string[] = [], options: MemoryClientOptions = {}) {
  const c = createMemoryClient({ current: null, navigate: url => void order.push(`navigate ${url}`), ...options });
  return c;
}

const mount = (c: unknown) => fixture<AuthSignInButton>(html`<auth-sign-in-button .auth=${c}></auth-sign-in-button>`);

describe('<auth-sign-in-button> flow', () => {
  afterEach(() => resetMouse());

  it('renders "Sign in"; a click sends auth-sign-in with the URL, then navigates back-aware', async () => {
    const order: string[] = [];
    const c = client(order, { signInUrl: '/sign-in?redirect_url={redirect}' });
    const el = await mount(c);
    expect(signInButton(el).label()).to.equal('Sign in');
    expect(signInButton(el).button!.type).to.equal('button');
    await expect(el).to.be.accessible();

    const log = record(el, SIGN_IN);
    el.addEventListener('auth-sign-in', () => order.push('auth-sign-in'));
    await clickCenter(signInButton(el).button!);
    await waitUntil(() => c.navigations.length == 1);
    const url = `${location.origin}/sign-in?redirect_url=${encodeURIComponent(location.href)}`;
    expect(order).to.deep.equal(['auth-sign-in', `navigate ${url}`]);
    expect(log.map(e => e.detail)).to.deep.equal([{ url }]);
  });

  it('canceling auth-sign-in stops everything: no client call, no navigation, no error', async () => {
    const c = client([], { signInUrl: '/in', signIn: async () => ({ redirectTo: '/x' }) });
    const el = await mount(c);
    const log = record(el, SIGN_IN);
    el.addEventListener('auth-sign-in', event => event.preventDefault());
    signInButton(el).click();
    await nextTask();
    expect(types(log)).to.deep.equal(['auth-sign-in']);
    expect([c.signIns.length, c.navigations.length]).to.deep.equal([0, 0]);
  });

  it("the client's signIn: called once with redirectUrl and a signal, its redirectTo followed after it", async () => {
    const order: string[] = [];
    const c = client(order, {
      signIn: async options => (order.push(`signIn ${options.redirectUrl}`), { redirectTo: '/authorize?state=1' }),
    });
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button redirect-url="/welcome" .auth=${c}></auth-sign-in-button>`,
    );
    const log = record(el, SIGN_IN);
    el.addEventListener('auth-sign-in', () => order.push('auth-sign-in'));
    signInButton(el).click();
    await waitUntil(() => c.navigations.length == 1);
    expect(order).to.deep.equal([
      'auth-sign-in',
      `signIn ${location.origin}/welcome`,
      `navigate ${location.origin}/authorize?state=1`,
    ]);
    expect(c.signIns[0]!.signal).to.be.instanceOf(AbortSignal);
    expect(log.map(e => e.detail)).to.deep.equal([{ url: null }]);
  });

  it('busy while signIn runs: "Signing in…", a second click does nothing', async () => {
    const answer = deferred<void>();
    const c = client([], { signIn: () => answer.promise });
    const el = await mount(c);
    const log = record(el, SIGN_IN);
    signInButton(el).click();
    await waitUntil(() => el.hasAttribute('busy'));
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(signInButton(el).button!.getAttribute('aria-disabled')).to.equal('true');
    expect(signInButton(el).label()).to.equal('Signing in…');
    await expect(el).to.be.accessible();
    signInButton(el).click();
    await nextTask();
    expect(c.signIns.length).to.equal(1);
    answer.resolve();
    await idle(el);
    expect(signInButton(el).label()).to.equal('Sign in');
    expect(types(log)).to.deep.equal(['auth-sign-in']);
    expect(c.navigations).to.deep.equal([]);
  });

  it('each button names only its own flight: no "Signing in…" during a sign-out, no "Signing out…" during a sign-in', async () => {
    const out = deferred<void>();
    const inside = deferred<void>();
    const c = client([], { current: 'sess_ada', signIn: () => inside.promise, signOut: () => out.promise });
    const el = await mount(c);
    const signOut = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${c}></auth-sign-out-button>`);
    void signOut.signOut();
    await waitUntil(() => el.hasAttribute('busy'));
    expect(signInButton(el).button!.getAttribute('aria-disabled')).to.equal('true');
    expect(signInButton(el).label(), 'busy, not signing in').to.equal('Sign in');
    expect(signOutButton(signOut).label()).to.equal('Signing out…');
    out.resolve();
    await idle(el);

    void el.signIn();
    await waitUntil(() => signOut.hasAttribute('busy'));
    expect(signOutButton(signOut).label(), 'busy, not signing out').to.equal('Sign out');
    expect(signInButton(el).label()).to.equal('Signing in…');
    inside.resolve();
    await idle(el);
  });

  it('a failing signIn: one auth-sign-in-error "failed", no navigation, usable again', async () => {
    const rejections = unhandledRejections();
    const c = client([], { signIn: async () => ({ redirectTo: '/x' }) });
    c.failNext('provider down');
    const el = await mount(c);
    const log = record(el, SIGN_IN);
    const failed = oneEvent(el, 'auth-sign-in-error');
    signInButton(el).click();
    const { detail } = await failed;
    expect(detail.code).to.equal('failed');
    expect(detail.error.message).to.equal('provider down');
    await idle(el);
    await nextTask();
    expect(types(log)).to.deep.equal(['auth-sign-in', 'auth-sign-in-error']);
    expect(c.navigations).to.deep.equal([]);
    signInButton(el).click();
    await waitUntil(() => c.navigations.length == 1, 'the next click works');
    expect(rejections).to.deep.equal([]);
  });

  it('timeout: one auth-sign-in-error "timeout", the signal aborted, a late answer ignored', async () => {
    const answer = deferred<{ redirectTo: string }>();
    const c = client([], { signIn: () => answer.promise });
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button timeout="50" .auth=${c}></auth-sign-in-button>`,
    );
    const log = record(el, SIGN_IN);
    const failed = oneEvent(el, 'auth-sign-in-error');
    signInButton(el).click();
    expect((await failed).detail.code).to.equal('timeout');
    expect(c.signIns[0]!.signal.aborted).to.be.true;
    answer.resolve({ redirectTo: '/late' });
    await nextTask();
    expect(types(log)).to.deep.equal(['auth-sign-in', 'auth-sign-in-error']);
    expect(c.navigations).to.deep.equal([]);
    await idle(el);
  });

  for (const redirectTo of ['javascript:alert(1)', 'https://evil.example/login', 'https://user:pw@localhost/x'])
    it(`a hostile redirectTo (${redirectTo}) is refused: one "unsafe-url" error, a warning, no navigation`, async () => {
      const warned = warnings();
      const c = client([], { signIn: async () => ({ redirectTo }) });
      const el = await mount(c);
      const failed = oneEvent(el, 'auth-sign-in-error');
      signInButton(el).click();
      expect((await failed).detail.code).to.equal('unsafe-url');
      await nextTask();
      expect(c.navigations).to.deep.equal([]);
      expect(warned.some(m => m.includes('refused to navigate'))).to.be.true;
    });

  for (const url of ['javascript:alert(1)', 'https://evil.example/in?r={redirect}', 'data:text/html,<b>x</b>'])
    it(`a hostile sign-in-url (${url}) is refused: url null, one "unsafe-url" error, no navigation`, async () => {
      warnings();
      const c = client();
      const el = await fixture<AuthSignInButton>(
        html`<auth-sign-in-button sign-in-url=${url} .auth=${c}></auth-sign-in-button>`,
      );
      const log = record(el, SIGN_IN);
      signInButton(el).click();
      await waitUntil(() => log.length == 2);
      expect(log.map(e => (e.detail as { code?: string }).code ?? (e.detail as { url: unknown }).url)).to.deep.equal([
        null,
        'unsafe-url',
      ]);
      expect(c.navigations).to.deep.equal([]);
    });

  it('a hostile redirect-url is not passed on (refused with a warning); the sign-in still starts', async () => {
    const warned = warnings();
    const c = client([], { signInUrl: '/in?next={redirect}' });
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button redirect-url="https://evil.example/" .auth=${c}></auth-sign-in-button>`,
    );
    signInButton(el).click();
    await waitUntil(() => c.navigations.length == 1);
    expect(c.navigations).to.deep.equal([`${location.origin}/in?next=`]);
    expect(warned.some(m => m.includes('evil.example'))).to.be.true;
  });

  it('no client and no sign-in-url: one "no-auth-client" error', async () => {
    const el = await fixture<AuthSignInButton>(html`<auth-sign-in-button></auth-sign-in-button>`);
    const failed = oneEvent(el, 'auth-sign-in-error');
    signInButton(el).click();
    expect((await failed).detail.code).to.equal('no-auth-client');
  });

  it('without a client, every element is busy while the page leaves; only the sign-in button says "Signing in…"', async () => {
    const hash = location.hash;
    const el = await fixture<AuthSignInButton>(
      html`<auth-sign-in-button sign-in-url="#signing-in" timeout="1500"></auth-sign-in-button>`,
    );
    const signOut = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
    signInButton(el).click();
    await waitUntil(() => el.hasAttribute('busy') && signOut.hasAttribute('busy'), 'both busy');
    expect(location.hash, 'the same-page sign-in URL was followed').to.equal('#signing-in');
    expect(signInButton(el).label()).to.equal('Signing in…');
    expect(signOutButton(signOut).label(), 'busy, not signing out').to.equal('Sign out');
    // The page did not leave (a same-page URL): the hold ends with its timeout.
    await waitUntil(() => !el.hasAttribute('busy') && !signOut.hasAttribute('busy'), 'the hold ended', {
      timeout: 5000,
    });
    expect(signInButton(el).label()).to.equal('Sign in');
    history.replaceState(null, '', hash || location.pathname + location.search);
  });

  it('signIn() starts it as a click does, even when disabled', async () => {
    const c = client([], { signInUrl: '/in' });
    const el = await fixture<AuthSignInButton>(html`<auth-sign-in-button disabled .auth=${c}></auth-sign-in-button>`);
    signInButton(el).button!.click();
    await nextTask();
    expect(c.navigations).to.deep.equal([]);
    await el.signIn();
    await waitUntil(() => c.navigations.length == 1);
  });
});
