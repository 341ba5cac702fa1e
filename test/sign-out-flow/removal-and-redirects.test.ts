// The sign-out flow when the host removes the element, and where it navigates afterwards.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { type AuthSignOutButton, type SignOutOptions } from '../../src/index.js';
import { BYE, click, clickFor, signOutWith, expectSignedOutInPlace } from '../helpers/sign-out-flow.js';
import { applySignOut, fakeClient, nextTask, onCleanup, received, record, session, types } from '../helpers/index.js';

describe('sign-out flow', () => {
  describe('the host removes the element mid-flight', () => {
    it('auth-signed-out reaches window once and the navigation still happens', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      // The host unmounts the button when the client reports the sign-out, before signOut() resolves.
      onCleanup(client.addListener!(() => client.session === null && el.remove()));
      const onWindow = record(window);
      click(el);
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await nextTask();
      expect(el.isConnected).to.equal(false);
      expect(types(onWindow)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(onWindow[1]!.detail).to.deep.equal({
        sessionId: null,
        scope: 'all',
        redirectUrl: BYE(),
        source: 'this-tab',
      });
      expect(client.navigations).to.deep.equal([BYE()]);
      expect(client.calls[0]!.signal.aborted).to.equal(false);
    });

    it('a failure after the removal reaches window once', async () => {
      const client = fakeClient({
        navigate: true,
        signOut: async (_options, self) => {
          self.emitChange();
          throw new Error('provider down');
        },
      });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      onCleanup(client.addListener!(() => el.remove()));
      const onWindow = record(window);
      await clickFor(el, 'auth-sign-out-error', window);
      await nextTask();
      expect(el.isConnected).to.equal(false);
      expect(types(onWindow)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(client.navigations).to.deep.equal([]);
    });
  });

  describe('the host removes the element in its auth-sign-out listener', () => {
    it('the flight goes on: auth-signed-out reaches window and the navigation happens', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      el.addEventListener('auth-sign-out', () => el.remove());
      const onWindow = record(window);
      click(el);
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await nextTask();
      expect(types(onWindow)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(client.navigations).to.deep.equal([BYE()]);
    });

    it('a failed check (unsupported scope) still reaches window', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} scope="everywhere"></auth-sign-out-button>`,
      );
      el.addEventListener('auth-sign-out', () => el.remove());
      const onWindow = record(window);
      click(el);
      await nextTask();
      expect(types(onWindow)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(client.calls).to.deep.equal([]);
    });
  });

  describe('redirect after a session sign-out', () => {
    it('signing out a non-current session: another account stays, no navigation', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      const el = await signOutWith(
        html`<auth-sign-out-button .auth=${client} session-id="s2" redirect-url="/bye"></auth-sign-out-button>`,
      );
      await nextTask();
      expect(client.session?.id).to.equal('s1');
      expect(client.navigations).to.deep.equal([]);
      expect(el.isConnected).to.equal(true);
    });

    it('signing out the current session when the client makes another current: no navigation', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} scope="session" redirect-url="/bye"></auth-sign-out-button>`,
      );
      const { detail } = await clickFor(el, 'auth-signed-out');
      await nextTask();
      expect(received(client)).to.deep.equal([{ scope: 'session', sessionId: 's1', redirectUrl: BYE() }]);
      expect(client.session?.id).to.equal('s2');
      expect(detail.redirectUrl).to.equal(null);
      expect(client.navigations).to.deep.equal([]);
    });

    it('a plain client that never updates its session still gets its redirect', async () => {
      const calls: SignOutOptions[] = [];
      const navigations: string[] = [];
      const client = {
        session: session('s1'),
        signOut: async (options: SignOutOptions) => void calls.push(options),
        navigate: (url: string) => void navigations.push(url),
      };
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} scope="session" redirect-url="/bye"></auth-sign-out-button>`,
      );
      const { detail } = await clickFor(el, 'auth-signed-out');
      await waitUntil(() => navigations.length > 0, 'no navigation');
      expect(calls.map(({ scope, sessionId }) => ({ scope, sessionId }))).to.deep.equal([
        { scope: 'session', sessionId: 's1' },
      ]);
      expect(detail.redirectUrl).to.equal(BYE());
      expect(navigations).to.deep.equal([BYE()]);
    });
  });

  describe('redirect target', () => {
    it("the client's afterSignOutUrl is the default target", async () => {
      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const request = oneEvent(el, 'auth-sign-out');
      const done = clickFor(el, 'auth-signed-out');
      const target = location.origin + '/after';
      expect((await request).detail.redirectUrl).to.equal(target);
      expect((await done).detail.redirectUrl).to.equal(target);
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      expect(received(client)).to.deep.equal([{ scope: 'all', redirectUrl: target }]);
      expect(client.navigations).to.deep.equal([target]);
    });

    it('redirect-url="" overrides afterSignOutUrl: no navigation, redirectUrl null', async () => {
      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url=""></auth-sign-out-button>`,
      );
      await expectSignedOutInPlace(el, client);
    });

    it("the client's redirectTo is where the element navigates", async () => {
      const end = location.origin + '/end';
      const client = fakeClient({
        navigate: true,
        signOut: async (options, self) => {
          applySignOut(self, options);
          return { redirectTo: end };
        },
      });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      const { detail } = await clickFor(el, 'auth-signed-out');
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await nextTask();
      expect(detail.redirectUrl).to.equal(end);
      expect(client.navigations).to.deep.equal([end]);
    });
  });
});
