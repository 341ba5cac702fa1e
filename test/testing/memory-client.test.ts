// createMemoryClient (auth-elements/testing) on its own and with the elements: the public test
// double must behave as the client contract says (docs/contract.md, The client contract).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthSession, AuthSignOutButton, AuthUserButton } from '../../src/index.js';
import { createMemoryClient, demoSessions } from '../../src/testing/index.js';
import { userButton } from '../harness/user-button.js';
import { deferred } from '../helpers/client.js';
import '../helpers/cleanup.js';

const signal = () => new AbortController().signal;
const ids = (sessions: readonly AuthSession[]) => sessions.map(s => s.id);

describe('createMemoryClient', () => {
  describe('state', () => {
    it('starts with Ada Lovelace (current) and Grace Hopper', () => {
      const client = createMemoryClient();
      expect(client.session).to.deep.equal(demoSessions()[0]);
      expect(ids(client.sessions)).to.deep.equal(['sess_ada', 'sess_grace']);
    });

    const starts: [string, Parameters<typeof createMemoryClient>[0], string | null | undefined][] = [
      ['current names the current session', { current: 'sess_grace' }, 'sess_grace'],
      ['current null is signed out', { current: null }, null],
      ['loading keeps session undefined', { loading: true }, undefined],
      ['an unknown current id is signed out', { current: 'nope' }, null],
    ];
    for (const [what, options, expected] of starts) {
      it(what, () => {
        const client = createMemoryClient(options);
        expect(client.session === undefined ? undefined : (client.session?.id ?? null)).to.equal(expected);
      });
    }

    it('load() ends loading and notifies', () => {
      const client = createMemoryClient({ loading: true });
      let heard = 0;
      client.addListener(() => heard++);
      client.load();
      expect(client.session?.id).to.equal('sess_ada');
      expect(heard).to.equal(1);
    });

    it('addSession() adds an account and makes it current; the same id replaces the old entry', () => {
      const client = createMemoryClient();
      const alan: AuthSession = { id: 'sess_alan', user: { id: 'user_alan', name: 'Alan Turing' } };
      client.addSession(alan);
      expect(client.session).to.equal(alan);
      expect(ids(client.sessions)).to.deep.equal(['sess_ada', 'sess_grace', 'sess_alan']);
      client.addSession({ ...alan, user: { ...alan.user, name: 'A. Turing' } });
      expect(ids(client.sessions)).to.deep.equal(['sess_ada', 'sess_grace', 'sess_alan']);
      expect(client.session?.user.name).to.equal('A. Turing');
    });

    it('counts listeners, twice for the same function added twice, and each unsubscribe removes one', () => {
      const client = createMemoryClient();
      const listener = () => {};
      const off1 = client.addListener(listener);
      const off2 = client.addListener(listener);
      expect(client.listenerCount).to.equal(2);
      off1();
      expect(client.listenerCount).to.equal(1);
      off2();
      expect(client.listenerCount).to.equal(0);
    });
  });

  describe('signOut', () => {
    const cases: [string, { scope: 'session' | 'all'; sessionId?: string }, string[], string | null][] = [
      [
        'scope session on the current one makes another current',
        { scope: 'session', sessionId: 'sess_ada' },
        ['sess_grace'],
        'sess_grace',
      ],
      [
        'scope session on another one keeps the current one',
        { scope: 'session', sessionId: 'sess_grace' },
        ['sess_ada'],
        'sess_ada',
      ],
      ['scope session without an id ends the current one', { scope: 'session' }, ['sess_grace'], 'sess_grace'],
      ['scope all ends every session', { scope: 'all' }, [], null],
    ];
    for (const [what, options, left, current] of cases) {
      it(what, async () => {
        const client = createMemoryClient();
        let heard = 0;
        client.addListener(() => heard++);
        const request = { ...options, signal: signal() };
        expect(await client.signOut(request)).to.equal(undefined);
        expect(ids(client.sessions)).to.deep.equal(left);
        expect(client.session?.id ?? null).to.equal(current);
        expect(client.calls).to.deep.equal([request]);
        expect(heard).to.equal(1);
      });
    }

    it('failNext makes the next call reject once, with the message given; null cancels', async () => {
      const client = createMemoryClient();
      client.failNext('provider down');
      const error = await client.signOut({ scope: 'all', signal: signal() }).catch((e: unknown) => e);
      expect((error as Error).message).to.equal('provider down');
      expect(ids(client.sessions), 'nothing changed').to.deep.equal(['sess_ada', 'sess_grace']);
      client.failNext();
      client.failNext(null);
      await client.signOut({ scope: 'all', signal: signal() });
      expect(client.session).to.equal(null);
      expect(client.calls).to.have.length(2);
    });

    it('a signOut answer replaces the default and is still recorded; a throwing one throws from the call', async () => {
      const answer = deferred<{ redirectTo: string }>();
      const client = createMemoryClient({ signOut: () => answer.promise });
      const call = client.signOut({ scope: 'all', signal: signal() });
      answer.resolve({ redirectTo: '/bye' });
      expect(await call).to.deep.equal({ redirectTo: '/bye' });
      expect(client.session?.id, 'the answer did not sign out').to.equal('sess_ada');
      const throwing = createMemoryClient({
        signOut: () => {
          throw new Error('sync');
        },
      });
      expect(() => throwing.signOut({ scope: 'all', signal: signal() })).to.throw('sync');
      expect(throwing.calls).to.have.length(1);
    });

    it('delay holds the answer until it passes, and the signal cuts it short', async () => {
      const client = createMemoryClient({ delay: 60_000 });
      const controller = new AbortController();
      const call = client.signOut({ scope: 'all', signal: controller.signal });
      expect(client.calls, 'recorded at once').to.have.length(1);
      controller.abort(new Error('gave up'));
      const error = await call.catch((e: unknown) => e);
      expect((error as Error).message).to.equal('gave up');
      expect(client.session?.id, 'not signed out').to.equal('sess_ada');
    });
  });

  describe('setActive', () => {
    it('makes a signed-in session current, records the call and notifies; an unknown one rejects', async () => {
      const client = createMemoryClient();
      let heard = 0;
      client.addListener(() => heard++);
      await client.setActive!({ sessionId: 'sess_grace', signal: signal() });
      expect(client.session?.id).to.equal('sess_grace');
      expect(client.switches.map(s => s.sessionId)).to.deep.equal(['sess_grace']);
      expect(heard).to.equal(1);
      const error = await client.setActive!({ sessionId: 'nope', signal: signal() }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(Error);
      expect(client.session?.id).to.equal('sess_grace');
    });

    it('setActive: false gives a client without switching', () => {
      expect(createMemoryClient({ setActive: false }).setActive).to.equal(undefined);
    });
  });

  describe('signIn', () => {
    it('is absent unless given an answer; then recorded, answered, failNext and the signal apply', async () => {
      expect(createMemoryClient().signIn, 'no signIn by default').to.equal(undefined);
      const client = createMemoryClient({
        signIn: async ({ redirectUrl }) => ({ redirectTo: `/in?r=${redirectUrl}` }),
      });
      expect(await client.signIn!({ redirectUrl: '/back', signal: signal() })).to.deep.equal({
        redirectTo: '/in?r=/back',
      });
      client.failNext('down');
      const failed = await client.signIn!({ signal: signal() }).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failed).to.equal('down');
      expect(client.signIns.map(o => o.redirectUrl)).to.deep.equal(['/back', undefined]);

      client.delay = 60_000;
      const controller = new AbortController();
      const pending = client.signIn!({ signal: controller.signal });
      controller.abort(new Error('gave up'));
      expect(
        await pending.then(
          () => null,
          (error: Error) => error.message,
        ),
      ).to.equal('gave up');
    });
  });

  describe('navigate, refresh, persist', () => {
    it('records navigations, passes them to a navigate function, and has none with navigate: false', () => {
      const followed: string[] = [];
      const client = createMemoryClient({ navigate: url => followed.push(url) });
      void client.navigate!('/a');
      expect(client.navigations).to.deep.equal(['/a']);
      expect(followed).to.deep.equal(['/a']);
      expect(createMemoryClient({ navigate: false }).navigate).to.equal(undefined);
    });

    it('persist keeps the state in storage: a second client on the same key sees it, refresh() re-reads it', async () => {
      const key = `memory-client-test-${Math.random()}`;
      const storage = sessionStorage;
      try {
        const first = createMemoryClient({ persist: { storage, key } });
        const second = createMemoryClient({ persist: { storage, key } });
        await first.signOut({ scope: 'session', sessionId: 'sess_ada', signal: signal() });
        expect(second.session?.id, 'before refresh').to.equal('sess_ada');
        let heard = 0;
        second.addListener(() => heard++);
        await second.refresh();
        expect(second.session?.id).to.equal('sess_grace');
        expect(second.refreshCount).to.equal(1);
        expect(heard).to.equal(1);
        expect(createMemoryClient({ persist: { storage, key } }).session?.id, 'a new client').to.equal('sess_grace');
      } finally {
        storage.removeItem(key);
      }
    });

    it('a refresh hook replaces the default and notifies only if it wants to', async () => {
      let heard = 0;
      const client = createMemoryClient({ refresh: self => void (self.session = self.sessions[1]) });
      client.addListener(() => heard++);
      await client.refresh();
      expect(client.session?.id).to.equal('sess_grace');
      expect(heard).to.equal(0);
    });
  });

  describe('with the elements', () => {
    it('the user button signs out of one of two accounts and switches, as with a provider', async () => {
      const client = createMemoryClient();
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      expect(client.listenerCount, 'the element subscribed').to.equal(1);
      const ub = userButton(el);
      await ub.open();
      ub.choose(ub.account('sess_grace'));
      await oneEvent(el, 'auth-session-switched');
      expect(client.switches.map(s => s.sessionId)).to.deep.equal(['sess_grace']);
      await waitUntil(() => ub.label() == 'Open account menu for Grace Hopper', 'the trigger shows Grace');
      await ub.open();
      const done = oneEvent(el, 'auth-signed-out');
      ub.choose('out');
      await done;
      expect(client.calls.map(({ scope, sessionId }) => ({ scope, sessionId }))).to.deep.equal([
        { scope: 'session', sessionId: 'sess_grace' },
      ]);
      await waitUntil(() => ub.label() == 'Open account menu for Ada Lovelace', 'the trigger shows Ada');
      el.remove();
      expect(client.listenerCount, 'unsubscribed when removed').to.equal(0);
    });

    it('a failure set with failNext reaches the sign-out button as one error event', async () => {
      const client = createMemoryClient({ current: 'sess_ada' });
      client.failNext('provider down');
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const error = oneEvent(el, 'auth-sign-out-error');
      el.shadowRoot!.querySelector('button')!.click();
      const { detail } = await error;
      expect(detail.code).to.equal('failed');
      expect(detail.error.message).to.equal('provider down');
      expect(client.navigations).to.deep.equal([]);
    });
  });
});
