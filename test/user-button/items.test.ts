// What each menu item of <auth-user-button> asks of the client, as a host page sees it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { at, expectFocus, three, two } from '../helpers/user-button-flows.js';
import {
  FLOW,
  type FakeClient,
  applySignOut,
  busy,
  deferred,
  fakeClient,
  idle,
  nextTask,
  orderRecordingClient,
  received,
  record,
  types,
  visible,
  warnings,
} from '../helpers/index.js';
import { userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
  describe('what each item asks of the client', () => {
    it('one session: "Sign out" sends { scope: "all" } and there is no "Sign out of all accounts"', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client}><a slot="signed-out" href="#in">Sign in</a></auth-user-button>
      `);
      await userButton(el).open();
      expect(userButton(el).item('out').textContent).to.equal('Sign out');
      expect(visible(userButton(el).item('all')), '"Sign out of all accounts" with one session').to.equal(false);
      const log = record(el, FLOW);
      await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      expect(client.calls[0]!.signal.aborted).to.equal(false);
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: null, scope: 'all', redirectUrl: null },
        { sessionId: null, scope: 'all', redirectUrl: null, source: 'this-tab' },
      ]);
      await idle(el);
      expect(visible(userButton(el).trigger), 'the trigger after signing out').to.equal(false);
      expect(visible(el.querySelector('a')), 'the signed-out slot').to.equal(true);
      expect(client.navigations).to.deep.equal([]);
    });

    it('several sessions: "Sign out" sends { scope: "session", sessionId: current }; the next current user is shown', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      expect(userButton(el).label()).to.equal('Open account menu for User s1');
      await userButton(el).open();
      const log = record(el, FLOW);
      await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(received(client)).to.deep.equal([{ scope: 'session', sessionId: 's1' }]);
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: 's1', scope: 'session', redirectUrl: null },
        { sessionId: 's1', scope: 'session', redirectUrl: null, source: 'this-tab' },
      ]);
      await idle(el);
      expect(client.session?.id).to.equal('s2');
      expect(userButton(el).label()).to.equal('Open account menu for User s2');
      expect(userButton(el).part('name').textContent).to.equal('User s2');
      expect(userButton(el).isOpen(), 'the menu after signing out of one account').to.equal(false);
      expectFocus(userButton(el).trigger, 'focus after signing out of one account');
      await userButton(el).open();
      expect(userButton(el).part('header-name').textContent).to.equal('User s2');
      expect(userButton(el).otherAccounts()).to.deep.equal(['s3']);
      expect(visible(userButton(el).item('all')), '"Sign out of all accounts" with two sessions left').to.equal(true);
      expect(client.navigations).to.deep.equal([]);
    });

    it('several sessions: no sign-out redirect after "Sign out" while another account stays', async () => {
      const client = fakeClient({ navigate: true, sessions: two(), extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} redirect-url="/bye"></auth-user-button>`,
      );
      await userButton(el).open();
      const { detail } = await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
      await idle(el);
      await nextTask();
      expect(client.calls.map(({ scope, sessionId }) => ({ scope, sessionId }))).to.deep.equal([
        { scope: 'session', sessionId: 's1' },
      ]);
      expect(detail.redirectUrl).to.equal(null);
      expect(client.navigations).to.deep.equal([]);
      expect(userButton(el).label()).to.equal('Open account menu for User s2');
    });

    it('several sessions: "Sign out" goes to after-switch-session-url, after auth-signed-out', async () => {
      const order: string[] = [];
      const client = orderRecordingClient(order, { sessions: two() });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} redirect-url="/bye" after-switch-session-url="/switched">
        </auth-user-button>`,
      );
      for (const name of FLOW) el.addEventListener(name, event => order.push(event.type));
      await userButton(el).open();
      userButton(el).choose('out');
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await nextTask();
      expect(order).to.deep.equal(['auth-sign-out', 'client call', 'auth-signed-out', 'navigation']);
      expect(client.navigations).to.deep.equal([at('/switched')]);
    });

    it('a hostile after-switch-session-url is never followed after "Sign out"', async () => {
      const messages = warnings();
      const urls = [
        'javascript:alert(1)',
        'https://evil.example/switched',
        'data:text/html,<b>x</b>',
        '//evil.example/',
      ];
      for (const url of urls) {
        const client = fakeClient({ navigate: true, sessions: two() });
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button .auth=${client} after-switch-session-url=${url}></auth-user-button>`,
        );
        await userButton(el).open();
        const { detail } = await userButton(el).chooseFor('out', ['auth-signed-out', 'auth-sign-out-error'], el);
        await idle(el);
        await nextTask();
        expect(detail.redirectUrl, url).to.equal(null);
        expect(client.navigations, url).to.deep.equal([]);
        expect(
          messages.some(message => message.includes(JSON.stringify(url))),
          `a warning names ${url}`,
        ).to.equal(true);
        expect(userButton(el).label(), url).to.equal('Open account menu for User s2');
      }
    });

    it('"Sign out of all accounts" (several sessions only) sends { scope: "all" } and follows redirect-url', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} redirect-url="/bye"></auth-user-button>`,
      );
      await userButton(el).open();
      expect(userButton(el).item('all').textContent).to.equal('Sign out of all accounts');
      const log = record(el, FLOW);
      await userButton(el).chooseFor('all', ['auth-signed-out', 'auth-sign-out-error'], el);
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      expect(received(client)).to.deep.equal([{ scope: 'all', redirectUrl: at('/bye') }]);
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: null, scope: 'all', redirectUrl: at('/bye') },
        { sessionId: null, scope: 'all', redirectUrl: at('/bye'), source: 'this-tab' },
      ]);
      expect(client.navigations).to.deep.equal([at('/bye')]);
      expect(client.sessions).to.deep.equal([]);
    });

    it('one session: redirect-url, else the client\'s afterSignOutUrl, is followed after "Sign out"', async () => {
      const own = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/after' } });
      const byAttribute = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${own} redirect-url="/bye"></auth-user-button>`,
      );
      await userButton(byAttribute).open();
      userButton(byAttribute).choose('out');
      await waitUntil(() => own.navigations.length > 0, 'no navigation to redirect-url');
      expect(received(own)).to.deep.equal([{ scope: 'all', redirectUrl: at('/bye') }]);
      expect(own.navigations).to.deep.equal([at('/bye')]);

      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/after' } });
      const byClient = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(byClient).open();
      userButton(byClient).choose('out');
      await waitUntil(() => client.navigations.length > 0, 'no navigation to afterSignOutUrl');
      expect(client.navigations).to.deep.equal([at('/after')]);
    });

    it('signOut() signs out as "Sign out" would, without auth-sign-out, and resolves when the flight settled', async () => {
      const answer = deferred();
      const one = fakeClient({
        navigate: true,
        signOut: async (options, self) => {
          await answer.promise;
          applySignOut(self, options);
        },
      });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${one}></auth-user-button>`);
      const log = record(el, FLOW);
      let resolved = false;
      const done = el.signOut().then(value => {
        resolved = true;
        return value;
      });
      await busy(el);
      await nextTask();
      expect(resolved, 'resolved before the client answered').to.equal(false);
      answer.resolve();
      expect(await done).to.equal(undefined);
      expect(types(log)).to.deep.equal(['auth-signed-out']);
      expect(received(one)).to.deep.equal([{ scope: 'all' }]);

      const several = fakeClient({ navigate: true, sessions: three() });
      const multi = await fixture<AuthUserButton>(html`<auth-user-button .auth=${several}></auth-user-button>`);
      const multiLog = record(multi, FLOW);
      expect(await multi.signOut()).to.equal(undefined);
      await multi.updateComplete;
      expect(received(several)).to.deep.equal([{ scope: 'session', sessionId: 's1' }]);
      expect(userButton(multi).label()).to.equal('Open account menu for User s2');
      expect(await multi.signOut({ scope: 'all' })).to.equal(undefined);
      expect(received(several)).to.deep.equal([{ scope: 'session', sessionId: 's1' }, { scope: 'all' }]);
      expect(types(multiLog)).to.deep.equal(['auth-signed-out', 'auth-signed-out']);
    });

    it('signOut() never rejects: each failure is an auth-sign-out-error and the promise resolves', async () => {
      warnings();
      const rejecting = () => fakeClient({ navigate: true, signOut: () => Promise.reject(new Error('down')) });
      const cases: [FakeClient | undefined, string, Parameters<AuthUserButton['signOut']>[0]][] = [
        [rejecting(), 'failed', {}],
        [fakeClient({ navigate: true, signOut: () => new Promise(() => {}) }), 'timeout', {}],
        [undefined, 'no-auth-client', {}],
        [rejecting(), 'unsupported', { scope: 'everywhere' }],
        [fakeClient({ navigate: true, sessions: two() }), 'unknown-session', { scope: 'session', sessionId: 'nope' }],
      ];
      for (const [client, code, options] of cases) {
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button .auth=${client} timeout="50"></auth-user-button>`,
        );
        const log = record(el, FLOW);
        expect(await el.signOut(options), code).to.equal(undefined);
        expect(
          log.map(entry => `${entry.type} ${(entry.detail as { code?: string }).code}`),
          code,
        ).to.deep.equal([`auth-sign-out-error ${code}`]);
      }
    });
  });
});
