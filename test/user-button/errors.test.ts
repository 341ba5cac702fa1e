// Every error from the menu of <auth-user-button>, the recovery after it, and focus after a
// sign-out that leaves the page signed out without navigating.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { at, expectUsable, three, two } from '../helpers/user-button-flows.js';
import {
  type FakeClient,
  type FakeOptions,
  applySignOut,
  deepActiveElement,
  deferred,
  fakeClient,
  idle,
  onCleanup,
  received,
  session,
  visible,
  warnings,
} from '../helpers/index.js';
import { nameOf, userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
  describe('errors from the menu, and recovery', () => {
    const failingFirst = (fail: () => Promise<void>, options: FakeOptions = {}) => {
      let calls = 0;
      return fakeClient({
        navigate: true,
        ...options,
        signOut: (signOutOptions, self) => {
          if (++calls == 1) return fail();
          applySignOut(self, signOutOptions);
          return Promise.resolve();
        },
      });
    };

    for (const [code, fail] of [
      ['failed', () => Promise.reject(new Error('provider down'))],
      ['timeout', () => new Promise<void>(() => {})],
    ] as const) {
      it(`"Sign out" when the client ${code == 'failed' ? 'rejects' : 'never answers'}: ${code}, then it works again`, async () => {
        const client = failingFirst(fail);
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button .auth=${client} timeout="50" redirect-url="/bye"></auth-user-button>`,
        );
        await userButton(el).open();
        const { type, detail } = await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
        expect(type).to.equal('auth-sign-out-error');
        expect(detail.code).to.equal(code);
        expect(detail.scope).to.equal('all');
        expect(detail.sessionId).to.equal(null);
        expect(detail.error).to.be.instanceOf(Error);
        expect(client.calls[0]!.signal.aborted).to.equal(code == 'timeout');
        expect(client.navigations).to.deep.equal([]);
        expect(userButton(el).label()).to.equal('Open account menu for User s1');
        await expectUsable(el, `after ${code}`);
        await userButton(el).chooseFor('out', ['auth-signed-out'], el);
        await waitUntil(() => client.navigations.length > 0, 'no navigation after the retry');
        expect(client.navigations).to.deep.equal([at('/bye')]);
      });
    }

    it('unsupported scope: "Sign out" with one session needs scope all; the client is not called', async () => {
      const client = fakeClient({ navigate: true });
      client.supportsScope = ['session'];
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(el).open();
      const { type, detail } = await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(type).to.equal('auth-sign-out-error');
      expect(detail.code).to.equal('unsupported');
      expect(detail.scope).to.equal('all');
      expect(client.calls).to.deep.equal([]);
      await expectUsable(el, 'after unsupported');
      client.supportsScope = ['session', 'all'];
      await userButton(el).chooseFor('out', ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    // Checks that end the flight before the client is called, then "Sign out of all" still works.
    const refusals: [title: string, code: string, target: string, setUp: (client: FakeClient) => void][] = [
      [
        'unsupported scope: "Sign out" with several sessions needs scope session; "Sign out of all" still works',
        'unsupported',
        's1',
        client => (client.supportsScope = ['all']),
      ],
      [
        "unknown-session: the current session is missing from the client's sessions; the client is not called",
        'unknown-session',
        's3',
        client => (client.session = session('s3')),
      ],
    ];
    for (const [title, code, target, setUp] of refusals) {
      it(title, async () => {
        const client = fakeClient({ navigate: true, sessions: two() });
        setUp(client);
        const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
        await userButton(el).open();
        const { type, detail } = await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
        expect(type).to.equal('auth-sign-out-error');
        expect(detail.code).to.equal(code);
        expect(detail.scope).to.equal('session');
        expect(detail.sessionId).to.equal(target);
        expect(client.calls).to.deep.equal([]);
        await expectUsable(el, `after ${code}`);
        await userButton(el).chooseFor('all', ['auth-signed-out'], el);
        expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      });
    }

    it('no-auth-client: the provider removed window.Auth without an event before the click (re-read at click time)', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true });
      window.Auth = client;
      const el = await fixture<AuthUserButton>(html`<auth-user-button redirect-url=""></auth-user-button>`);
      await userButton(el).open();
      const observed = Object.getOwnPropertyDescriptor(window, 'Auth')!;
      onCleanup(() => Object.defineProperty(window, 'Auth', observed));
      Object.defineProperty(window, 'Auth', { value: undefined, configurable: true, writable: true });
      const { type, detail } = await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(type).to.equal('auth-sign-out-error');
      expect(detail.code).to.equal('no-auth-client');
      expect(detail.scope).to.equal('all');
      expect(client.calls).to.deep.equal([]);
      expect(messages).to.have.length(1);
      await idle(el);

      // The provider's client is back, announced: the trigger works again.
      Object.defineProperty(window, 'Auth', observed);
      window.Auth = client;
      await el.updateComplete;
      await waitUntil(() => visible(userButton(el).trigger), 'the trigger is not shown again');
      await userButton(el).open();
      await userButton(el).chooseFor('out', ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });
  });

  describe('focus after signing out of everything without leaving', () => {
    it('"Sign out" of the only session with redirect-url="": focus moves to the signed-out slot\'s link', async () => {
      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client} redirect-url=""><a slot="signed-out" href="#in">Sign in</a></auth-user-button>
      `);
      const link = el.querySelector('a')!;
      await userButton(el).open();
      await userButton(el).chooseFor('out', ['auth-signed-out'], el);
      await waitUntil(() => deepActiveElement() == link, `focus is on ${nameOf(deepActiveElement())}`);
      expect(visible(link)).to.equal(true);
      expect(visible(userButton(el).trigger)).to.equal(false);
      expect(client.navigations).to.deep.equal([]);
    });

    it('"Sign out of all accounts": focus moves to the first focusable element inside the slotted content', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client} redirect-url="">
          <div slot="signed-out">
            <p>You are signed out.</p>
            <button id="in">Sign in</button>
          </div>
        </auth-user-button>
      `);
      const button = el.querySelector('#in')!;
      await userButton(el).open();
      await userButton(el).chooseFor('all', ['auth-signed-out'], el);
      await waitUntil(() => deepActiveElement() == button, `focus is on ${nameOf(deepActiveElement())}`);
      expect(visible(button)).to.equal(true);
      expect(client.navigations).to.deep.equal([]);
    });

    it("focus taken elsewhere while the sign-out ran, or never the element's, stays where it is", async () => {
      const out = deferred();
      const client = fakeClient({
        navigate: true,
        signOut: async (options, memory) => {
          await out.promise;
          applySignOut(memory, options);
        },
      });
      const el = await fixture<HTMLElement>(html`
        <div>
          <input id="search" />
          <auth-user-button .auth=${client} redirect-url=""
            ><a slot="signed-out" href="#in">Sign in</a></auth-user-button
          >
        </div>
      `);
      const button = el.querySelector('auth-user-button')!;
      const search = el.querySelector('input')!;
      await userButton(button).open();
      await userButton(button).choose('out');
      search.focus(); // a click into a field while the sign-out runs
      out.resolve();
      await waitUntil(() => !visible(userButton(button).trigger), 'still signed in');
      await idle();
      expect(deepActiveElement() == search, `focus is on ${nameOf(deepActiveElement())}`).to.equal(true);

      // A page's own signOut() (an idle timeout) while the user types elsewhere.
      client.addSession(session('s2'));
      await waitUntil(() => visible(userButton(button).trigger), 'not signed in again');
      search.focus();
      await button.signOut();
      await idle();
      expect(deepActiveElement() == search, `focus is on ${nameOf(deepActiveElement())}`).to.equal(true);
    });
  });
});
