// The sign-out flow with a client that arrives late, and single flight across elements and copies.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { setAuth, type AuthSignOutButton } from '../../src/index.js';
import { notify } from '../../src/core/registry.js';
import { button, click, clickFor, pendingClient } from '../helpers/sign-out-flow.js';
import {
  FLOW,
  type FakeClient,
  busy,
  fakeClient,
  idle,
  nextTask,
  onCleanup,
  received,
  record,
  session,
  types,
  warnings,
} from '../helpers/index.js';

describe('sign-out flow', () => {
  describe('late client', () => {
    it('a plain window.Auth assignment announces itself and the element uses that client', async () => {
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      const client = fakeClient({ navigate: true });
      const announced = oneEvent(window, 'auth-client-change');
      window.Auth = client;
      const { detail } = await announced;
      expect(detail).to.deep.equal({});
      expect(client.listenerCount).to.equal(1);
      await clickFor(el, 'auth-signed-out');
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    it('setAuth() announces the new client and the element switches to it', async () => {
      const first = fakeClient({ navigate: true });
      const second = fakeClient({ navigate: true });
      window.Auth = first;
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      expect(first.listenerCount).to.equal(1);
      const announced = oneEvent(window, 'auth-client-change');
      setAuth(second);
      await announced;
      expect(window.Auth).to.equal(second);
      expect(first.listenerCount).to.equal(0);
      expect(second.listenerCount).to.equal(1);
      await clickFor(el, 'auth-signed-out');
      expect(first.calls).to.deep.equal([]);
      expect(received(second)).to.deep.equal([{ scope: 'all' }]);
    });

    it('subscribes while connected and unsubscribes when removed', async () => {
      const client = fakeClient({ navigate: true });
      window.Auth = client;
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      expect(client.listenerCount).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(client.listenerCount).to.equal(0);
      parent.append(el);
      expect(client.listenerCount).to.equal(1);
      el.remove();
      expect(client.listenerCount).to.equal(0);
    });

    it('every connected element follows setAuth() and the bus through one page listener, added and removed once', async () => {
      // Count the page listeners for auth-client-change as they come and go.
      const changes: string[] = [];
      const { addEventListener: add, removeEventListener: remove } = window;
      window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
        if (args[0] == 'auth-client-change') changes.push('added');
        return add.apply(this, args);
      } as typeof add;
      window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
        if (args[0] == 'auth-client-change') changes.push('removed');
        return remove.apply(this, args);
      } as typeof remove;
      onCleanup(() => {
        // Own properties: deleting them shows EventTarget.prototype's again.
        delete (window as Partial<Window>).addEventListener;
        delete (window as Partial<Window>).removeEventListener;
      });

      const clients = [1, 2, 3, 4].map(() => fakeClient({ navigate: true }));
      window.Auth = clients[0];
      const parent = await fixture<HTMLDivElement>(
        html`<div><auth-sign-out-button></auth-sign-out-button><auth-sign-out-button></auth-sign-out-button></div>`,
      );
      const [a, b] = [...parent.querySelectorAll('auth-sign-out-button')] as [AuthSignOutButton, AuthSignOutButton];
      expect(changes, 'one listener for both elements').to.deep.equal(['added']);
      const counts = () => clients.map(client => client.listenerCount);
      setAuth(clients[1]!);
      expect(counts(), 'both moved to the second client').to.deep.equal([0, 2, 0, 0]);
      a.remove();
      setAuth(clients[2]!);
      expect(counts(), 'the one still connected moved on').to.deep.equal([0, 0, 1, 0]);
      b.remove();
      expect(changes, 'removed with the last element').to.deep.equal(['added', 'removed']);
      setAuth(clients[3]!);
      expect(counts(), 'none connected: none bound').to.deep.equal([0, 0, 0, 0]);
      parent.append(a, b);
      expect(changes, 'added again with the first one back').to.deep.equal(['added', 'removed', 'added']);
      expect(counts(), 'both back, on the client of now').to.deep.equal([0, 0, 0, 2]);
      setAuth(clients[0]!);
      expect(counts(), 'and they follow the next change').to.deep.equal([2, 0, 0, 0]);
      await Promise.all([a.updateComplete, b.updateComplete]);
      notify();
      expect([a.isUpdatePending, b.isUpdatePending], 'a change on the bus re-renders both').to.deep.equal([true, true]);
    });

    it('a client whose unsubscribe throws keeps no element from following the next client', async () => {
      const broken = fakeClient({ navigate: true });
      const subscribe = broken.addListener!.bind(broken);
      broken.addListener = listener => {
        subscribe(listener);
        return () => {
          throw new Error('unsubscribe failed');
        };
      };
      const next = fakeClient({ navigate: true });
      window.Auth = broken;
      await fixture(
        html`<div><auth-sign-out-button></auth-sign-out-button><auth-sign-out-button></auth-sign-out-button></div>`,
      );
      setAuth(next);
      expect(next.listenerCount, 'both elements moved on').to.equal(2);
    });

    it('an element whose auth getter throws keeps no other element from following the next client', async () => {
      const next = fakeClient({ navigate: true });
      window.Auth = fakeClient({ navigate: true });
      const parent = await fixture<HTMLDivElement>(
        html`<div><auth-sign-out-button></auth-sign-out-button><auth-sign-out-button></auth-sign-out-button></div>`,
      );
      const [a] = parent.querySelectorAll('auth-sign-out-button');
      Object.defineProperty(a!, 'auth', {
        configurable: true,
        get() {
          throw new Error('a hostile getter');
        },
      });
      setAuth(next);
      expect(next.listenerCount, 'the other element moved on').to.equal(1);
    });

    it('the auth property wins over window.Auth; auth = null falls back to window.Auth', async () => {
      const global = fakeClient({ navigate: true });
      const own = fakeClient({ navigate: true });
      window.Auth = global;
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${own}></auth-sign-out-button>`);
      expect([global.listenerCount, own.listenerCount]).to.deep.equal([0, 1]);
      await clickFor(el, 'auth-signed-out');
      expect(global.calls).to.have.length(0);
      expect(own.calls).to.have.length(1);

      el.auth = null;
      await el.updateComplete;
      expect([global.listenerCount, own.listenerCount]).to.deep.equal([1, 0]);
      await clickFor(el, 'auth-signed-out');
      expect(global.calls).to.have.length(1);
      expect(own.calls).to.have.length(1);
    });

    it('re-reads the client at click time', async () => {
      const first = fakeClient({ navigate: true });
      const second = fakeClient({ navigate: true });
      const third = fakeClient({ navigate: true });
      window.Auth = first;
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      // A property set just before the click, before the element re-rendered.
      el.auth = second;
      await clickFor(el, 'auth-signed-out');
      expect([first.calls.length, second.calls.length]).to.deep.equal([0, 1]);
      // A provider script that redefines the global without any event.
      el.auth = null;
      await el.updateComplete;
      const observed = Object.getOwnPropertyDescriptor(window, 'Auth')!;
      onCleanup(() => Object.defineProperty(window, 'Auth', observed));
      Object.defineProperty(window, 'Auth', { value: third, configurable: true, writable: true });
      await clickFor(el, 'auth-signed-out');
      expect([first.calls.length, second.calls.length, third.calls.length]).to.deep.equal([0, 1, 1]);
    });
  });

  describe('single flight', () => {
    it('20 clicks over two elements of one client: one flight; every element of the client is busy', async () => {
      const { client, answers } = pendingClient({ sessions: [session('s1'), session('s2')] });
      window.Auth = client;
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <auth-sign-out-button id="a"></auth-sign-out-button>
          <auth-sign-out-button id="b"></auth-sign-out-button>
          <auth-sign-out-button id="c" session-id="s2"></auth-sign-out-button>
        </div>
      `);
      const [a, b, c] = [...page.querySelectorAll('auth-sign-out-button')] as AuthSignOutButton[];
      await Promise.all([a!.updateComplete, b!.updateComplete, c!.updateComplete]);
      const log = record();
      const fromA = record(a!);
      const fromB = record(b!);

      // A burst in one task, then clicks spread over later tasks.
      for (let i = 0; i < 10; i++) click(i % 2 ? b! : a!);
      await busy(a!, b!, c!);
      for (let i = 0; i < 10; i++) {
        click(i % 2 ? a! : b!);
        await nextTask();
      }
      click(c!);
      await nextTask();
      expect(client.calls).to.have.length(1);
      expect(types(log)).to.deep.equal(['auth-sign-out']);
      for (const el of [a!, b!, c!]) {
        expect(el.getAttribute('aria-busy'), el.id).to.equal('true');
        expect(button(el).getAttribute('aria-disabled'), el.id).to.equal('true');
      }
      expect(button(b!).textContent!.trim()).to.equal('Signing out…');

      answers[0]!.resolve();
      await idle(a!, b!, c!);
      await nextTask();
      expect(client.calls).to.have.length(1);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(types(fromA)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(fromB).to.deep.equal([]);
      expect(button(b!).textContent!.trim()).to.equal('Sign out');

      click(b!);
      await nextTask();
      expect(client.calls).to.have.length(2);
      expect(types(fromB)).to.deep.equal(['auth-sign-out']);
      answers[1]!.resolve();
      await idle(a!, b!, c!);
      expect(types(fromB)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
    });

    it('signOut() runs without auth-sign-out and resolves when the flight settled', async () => {
      const { client, answers } = pendingClient();
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <auth-sign-out-button .auth=${client}></auth-sign-out-button>
          <auth-sign-out-button .auth=${client}></auth-sign-out-button>
        </div>
      `);
      const [a, b] = [...page.querySelectorAll('auth-sign-out-button')] as AuthSignOutButton[];
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      const order: string[] = [];
      const listener = (event: Event) => order.push(event.type);
      for (const name of FLOW) document.addEventListener(name, listener);
      onCleanup(() => FLOW.forEach(name => document.removeEventListener(name, listener)));
      const first = a!.signOut().then(() => order.push('a.signOut() resolved'));
      await busy(a!, b!);
      // Called meanwhile on another element of the client: it joins the running flight.
      const second = b!.signOut().then(() => order.push('b.signOut() resolved'));
      await nextTask();
      expect(client.calls).to.have.length(1);
      expect(order).to.deep.equal([]);
      answers[0]!.resolve();
      await Promise.all([first, second]);
      expect(order[0]).to.equal('auth-signed-out');
      expect(order.slice(1).sort()).to.deep.equal(['a.signOut() resolved', 'b.signOut() resolved']);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    it('signOut() never rejects', async () => {
      warnings();
      const rejecting = fakeClient({ navigate: true, signOut: () => Promise.reject(new Error('down')) });
      const throwing = fakeClient({
        navigate: true,
        signOut: () => {
          throw new Error('sync');
        },
      });
      const cases: [FakeClient | undefined, string, Parameters<AuthSignOutButton['signOut']>[0]][] = [
        [rejecting, 'failed', {}],
        [throwing, 'failed', {}],
        [undefined, 'no-auth-client', {}],
        [rejecting, 'unsupported', { scope: 'everywhere' }],
        [rejecting, 'unknown-session', { sessionId: 'nope' }],
      ];
      for (const [client, code, options] of cases) {
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`,
        );
        const log = record(el);
        expect(await el.signOut(options), code).to.equal(undefined);
        expect(
          log.map(entry => entry.type + ' ' + (entry.detail as { code?: string }).code),
          code,
        ).to.deep.equal([`auth-sign-out-error ${code}`]);
      }
    });
  });
});
