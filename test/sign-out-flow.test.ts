// The sign-out flow of <auth-sign-out-button> as a host page sees it (SPEC §2–§5): what the client
// receives, which events fire in which order, single flight, timeouts, failures and redirects.
// Every client records navigations instead of leaving the test page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { setAuth, type AuthSignOutButton, type SignOutOptions } from '../src/index.js';
import {
  applySignOut,
  captureWarnings,
  clearGlobalClient,
  deferred,
  fakeClient,
  recordEvents,
  recordUnhandledRejections,
  session,
  settle,
  type Deferred,
  type FakeClient,
  type FakeOptions,
  orderRecordingClient,
} from './helpers.js';

const FLOW = ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'];
const ALL_EVENTS = [
  ...FLOW,
  'auth-session-switch',
  'auth-session-switched',
  'auth-session-switch-error',
  'auth-manage-account',
  'auth-add-account',
  'auth-menu-opened',
  'auth-menu-closed',
  'auth-client-change',
];
const BYE = () => location.origin + '/bye';
/** Long enough for every engine to report an unhandled rejection (checked by the first test). */
const REJECTION_WAIT = 100;

type Answer = void | { redirectTo?: string };
type Log = ReturnType<typeof recordEvents>['log'];

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  clearGlobalClient();
});

/** Records the flow events reaching `target`; stops after the test. */
function record(target: EventTarget = document, names = FLOW): Log {
  const recorder = recordEvents(target, names);
  cleanups.push(recorder.stop);
  return recorder.log;
}

const types = (log: Log) => log.map(entry => entry.type);

/** Console warnings from now until the end of the test. */
function warnings(): string[] {
  const capture = captureWarnings();
  cleanups.push(capture.restore);
  return capture.messages;
}

/** The reasons of every `unhandledrejection` on window from now until the end of the test. */
function unhandledRejections(): unknown[] {
  const recorder = recordUnhandledRejections();
  cleanups.push(recorder.stop);
  return recorder.reasons;
}

/** A recording client whose `signOut` calls stay pending until the test answers them. */
function pendingClient(options: FakeOptions = {}): { client: FakeClient; answers: Deferred<Answer>[] } {
  const answers: Deferred<Answer>[] = [];
  const client = fakeClient({
    navigate: true,
    ...options,
    signOut: () => {
      const answer = deferred<Answer>();
      answers.push(answer);
      return answer.promise;
    },
  });
  // Nothing may stay pending into the next test.
  cleanups.push(() => answers.forEach(answer => answer.resolve()));
  return { client, answers };
}

/** What the client received, without the signal (checked to be an AbortSignal). */
function received(client: FakeClient): Omit<SignOutOptions, 'signal'>[] {
  return client.calls.map(({ signal, ...rest }) => {
    expect(signal).to.be.instanceOf(AbortSignal);
    return rest;
  });
}

const button = (el: AuthSignOutButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;

/** A user's click on the rendered button. */
function click(el: AuthSignOutButton): void {
  const control = button(el);
  expect(control, 'the rendered sign-out button').to.exist;
  control.click();
}

/** Clicks and resolves with the first `name` event that reaches `target` (default: the element). */
function clickFor<K extends keyof GlobalEventHandlersEventMap>(
  el: AuthSignOutButton,
  name: K,
  target: EventTarget = el,
): Promise<GlobalEventHandlersEventMap[K]> {
  const event = oneEvent<GlobalEventHandlersEventMap[K]>(target, name);
  click(el);
  return event;
}

const idle = (...els: AuthSignOutButton[]) =>
  waitUntil(() => els.every(el => !el.hasAttribute('busy')), 'the elements stay busy');
const busy = (...els: AuthSignOutButton[]) =>
  waitUntil(() => els.every(el => el.hasAttribute('busy')), 'the elements never become busy');

/** Clicks `template`'s element and waits until the client's answer was handled. */
async function signOutWith(template: TemplateResult): Promise<AuthSignOutButton> {
  const el = await fixture<AuthSignOutButton>(template);
  await clickFor(el, 'auth-signed-out');
  return el;
}

describe('sign-out flow', () => {
  it('the unhandledrejection watch used below sees a rejection nobody handles', async () => {
    const reasons = unhandledRejections();
    const probe = Promise.reject(new Error('probe'));
    // The runner logs an unhandled rejection through the promise's `catch`: keep the probe out of it.
    Object.defineProperty(probe, 'catch', { value: () => probe });
    await settle(REJECTION_WAIT);
    probe.then(undefined, () => {});
    expect(reasons).to.have.length(1);
    expect((reasons[0] as Error).message).to.equal('probe');
  });

  describe('scope resolution: what the client receives', () => {
    it('no attributes: every session of this browser', async () => {
      const client = fakeClient({ navigate: true });
      await signOutWith(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    it('session-id: that session', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      await signOutWith(html`<auth-sign-out-button .auth=${client} session-id="s2"></auth-sign-out-button>`);
      expect(received(client)).to.deep.equal([{ scope: 'session', sessionId: 's2' }]);
    });

    it('scope="session" alone: the current session of the client', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')], current: 's2' });
      await signOutWith(html`<auth-sign-out-button .auth=${client} scope="session"></auth-sign-out-button>`);
      expect(received(client)).to.deep.equal([{ scope: 'session', sessionId: 's2' }]);
    });

    it('session-id with scope="all": scope all, and one warning', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      await signOutWith(
        html`<auth-sign-out-button .auth=${client} scope="all" session-id="s2"></auth-sign-out-button>`,
      );
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('session-id');
    });

    it('an invalid scope counts as absent: scope all, and one warning', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true });
      await signOutWith(html`<auth-sign-out-button .auth=${client} scope="bogus"></auth-sign-out-button>`);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('bogus');
    });

    it('scope="everywhere" without client support: unsupported, the client is not called', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} scope="everywhere"></auth-sign-out-button>`,
      );
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      expect(detail.code).to.equal('unsupported');
      expect(detail.scope).to.equal('everywhere');
      expect(detail.sessionId).to.equal(null);
      expect(detail.error).to.be.instanceOf(Error);
      expect(client.calls).to.deep.equal([]);
    });

    it('scope="everywhere" with client support: the client is called with it', async () => {
      const client = fakeClient({ navigate: true, extra: { supportsScope: ['session', 'all', 'everywhere'] } });
      await signOutWith(html`<auth-sign-out-button .auth=${client} scope="everywhere"></auth-sign-out-button>`);
      expect(received(client)).to.deep.equal([{ scope: 'everywhere' }]);
    });

    it('a session-id the client does not know: unknown-session, the client is not called', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} session-id="s9"></auth-sign-out-button>`,
      );
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      expect(detail.code).to.equal('unknown-session');
      expect(detail.sessionId).to.equal('s9');
      expect(detail.scope).to.equal('session');
      expect(client.calls).to.deep.equal([]);
    });

    it('redirect-url reaches the client as an absolute URL', async () => {
      const client = fakeClient({ navigate: true });
      await signOutWith(html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`);
      expect(received(client)).to.deep.equal([{ scope: 'all', redirectUrl: BYE() }]);
    });
  });

  describe('events', () => {
    it('auth-sign-out (cancelable) → client call → auth-signed-out → navigation', async () => {
      const order: string[] = [];
      const client = orderRecordingClient(order);
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      for (const name of FLOW) {
        el.addEventListener(name, event => order.push(`${event.type}${event.cancelable ? ' (cancelable)' : ''}`));
      }
      click(el);
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await settle();
      expect(order).to.deep.equal(['auth-sign-out (cancelable)', 'client call', 'auth-signed-out', 'navigation']);
      expect(client.navigations).to.deep.equal([BYE()]);
    });

    it('preventDefault() on auth-sign-out stops the sign-out', async () => {
      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/bye' } });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const log = record();
      el.addEventListener('auth-sign-out', event => event.preventDefault());
      click(el);
      await settle();
      await el.updateComplete;
      expect(types(log)).to.deep.equal(['auth-sign-out']);
      expect(client.calls).to.deep.equal([]);
      expect(client.navigations).to.deep.equal([]);
      expect(client.session?.id).to.equal('s1');
      expect(el.hasAttribute('busy')).to.equal(false);
    });

    it('details are frozen and exactly as specified (scope all)', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      const log = record(el);
      await clickFor(el, 'auth-signed-out');
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      const [request, done] = log.map(entry => entry.detail);
      expect(Object.isFrozen(request)).to.equal(true);
      expect(request).to.deep.equal({ sessionId: null, scope: 'all', redirectUrl: BYE() });
      expect(Object.isFrozen(done)).to.equal(true);
      expect(done).to.deep.equal({ sessionId: null, scope: 'all', redirectUrl: BYE(), source: 'this-tab' });
    });

    it('details name the session for scope session, and redirectUrl null without a target', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} session-id="s1"></auth-sign-out-button>`,
      );
      const log = record(el);
      await clickFor(el, 'auth-signed-out');
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: 's1', scope: 'session', redirectUrl: null },
        { sessionId: 's1', scope: 'session', redirectUrl: null, source: 'this-tab' },
      ]);
      expect(client.navigations).to.deep.equal([]);
    });

    it('a refused redirect-url is null in the details, warned about, and not followed', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="https://evil.example/"></auth-sign-out-button>`,
      );
      const log = record(el);
      await clickFor(el, 'auth-signed-out');
      await settle();
      expect(log.map(entry => (entry.detail as { redirectUrl: unknown }).redirectUrl)).to.deep.equal([null, null]);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      expect(client.navigations).to.deep.equal([]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('https://evil.example/');
    });

    it('events bubble and are composed: a document listener hears them from inside a shadow root', async () => {
      const ok = fakeClient({ navigate: true });
      const failing = fakeClient({ navigate: true, signOut: () => Promise.reject(new Error('down')) });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const [first, second] = [ok, failing].map(client => {
        const el = document.createElement('auth-sign-out-button');
        el.auth = client;
        root.append(el);
        return el;
      });
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      const seen: Event[] = [];
      const listener = (event: Event) => seen.push(event);
      for (const name of FLOW) document.addEventListener(name, listener);
      cleanups.push(() => FLOW.forEach(name => document.removeEventListener(name, listener)));
      await clickFor(first!, 'auth-signed-out', document);
      await clickFor(second!, 'auth-sign-out-error', document);
      expect(seen.map(event => event.type)).to.deep.equal([
        'auth-sign-out',
        'auth-signed-out',
        'auth-sign-out',
        'auth-sign-out-error',
      ]);
      for (const event of seen) {
        expect(event, event.type).to.be.instanceOf(CustomEvent);
        expect(event.bubbles, event.type).to.equal(true);
        expect(event.composed, event.type).to.equal(true);
        expect(event.cancelable, event.type).to.equal(event.type == 'auth-sign-out');
        expect(Object.isFrozen((event as CustomEvent).detail), event.type).to.equal(true);
      }
    });

    it('setting properties and attributes dispatches no event', async () => {
      const client = fakeClient({ navigate: true, sessions: [session('s1'), session('s2')] });
      const other = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const onElement = record(el, ALL_EVENTS);
      const onWindow = record(window, ALL_EVENTS);
      el.scope = 'session';
      el.setAttribute('session-id', 's2');
      el.redirectUrl = '/bye';
      el.setAttribute('timeout', '20');
      el.disabled = true;
      await el.updateComplete;
      el.auth = other;
      el.removeAttribute('disabled');
      el.setAttribute('scope', 'all');
      el.removeAttribute('session-id');
      await el.updateComplete;
      await settle(50);
      expect(onElement).to.deep.equal([]);
      expect(onWindow).to.deep.equal([]);
      expect(client.calls).to.deep.equal([]);
      expect(other.calls).to.deep.equal([]);
    });
  });

  describe('events-only mode (no client)', () => {
    it('a listener that cancels auth-sign-out handles it: no error, no warning', async () => {
      const messages = warnings();
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      const log = record();
      const requests: unknown[] = [];
      const handle = (event: Event) => {
        requests.push((event as CustomEvent).detail);
        event.preventDefault();
      };
      document.addEventListener('auth-sign-out', handle);
      cleanups.push(() => document.removeEventListener('auth-sign-out', handle));
      click(el);
      await settle();
      await el.updateComplete;
      expect(requests).to.deep.equal([{ sessionId: null, scope: 'all', redirectUrl: null }]);
      expect(types(log)).to.deep.equal(['auth-sign-out']);
      expect(messages).to.deep.equal([]);
      expect(el.hasAttribute('busy')).to.equal(false);
    });

    it('nobody handles it: one no-auth-client error and one warning', async () => {
      const messages = warnings();
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
      const log = record();
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      await settle();
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(detail.code).to.equal('no-auth-client');
      expect(detail.scope).to.equal('all');
      expect(detail.sessionId).to.equal(null);
      expect(detail.error).to.be.instanceOf(Error);
      expect(messages).to.have.length(1);
    });
  });

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
      cleanups.push(() => Object.defineProperty(window, 'Auth', observed));
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
        await settle();
      }
      click(c!);
      await settle();
      expect(client.calls).to.have.length(1);
      expect(types(log)).to.deep.equal(['auth-sign-out']);
      for (const el of [a!, b!, c!]) {
        expect(el.getAttribute('aria-busy'), el.id).to.equal('true');
        expect(button(el).getAttribute('aria-disabled'), el.id).to.equal('true');
      }
      expect(button(b!).textContent!.trim()).to.equal('Signing out…');

      answers[0]!.resolve();
      await idle(a!, b!, c!);
      await settle();
      expect(client.calls).to.have.length(1);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(types(fromA)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(fromB).to.deep.equal([]);
      expect(button(b!).textContent!.trim()).to.equal('Sign out');

      click(b!);
      await settle();
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
      cleanups.push(() => FLOW.forEach(name => document.removeEventListener(name, listener)));
      const first = a!.signOut().then(() => order.push('a.signOut() resolved'));
      await busy(a!, b!);
      // Called meanwhile on another element of the client: it joins the running flight.
      const second = b!.signOut().then(() => order.push('b.signOut() resolved'));
      await settle();
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

  describe('timeout', () => {
    it('an unanswered call fails with timeout and its signal is aborted; a late answer does nothing', async () => {
      const { client, answers } = pendingClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} timeout="50" redirect-url="/bye"></auth-sign-out-button>`,
      );
      const log = record(window);
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      expect(detail.code).to.equal('timeout');
      expect(detail.error).to.be.instanceOf(Error);
      expect(client.calls[0]!.signal.aborted).to.equal(true);
      await idle(el);

      answers[0]!.resolve();
      await settle();
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(client.navigations).to.deep.equal([]);

      // The flight is over: the next click starts a new one.
      click(el);
      await waitUntil(() => client.calls.length == 2, 'no second call');
      expect(client.calls[1]!.signal.aborted).to.equal(false);
      answers[1]!.resolve();
      await waitUntil(() => client.navigations.length > 0, 'no navigation after the second flight');
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error', 'auth-sign-out', 'auth-signed-out']);
      expect(client.navigations).to.deep.equal([BYE()]);
    });

    it('a late rejection after a timeout is swallowed', async () => {
      const rejections = unhandledRejections();
      const { client, answers } = pendingClient();
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} timeout="50" redirect-url="/bye"></auth-sign-out-button>`,
      );
      const log = record(window);
      await clickFor(el, 'auth-sign-out-error');
      answers[0]!.reject(new Error('late'));
      await settle(REJECTION_WAIT);
      expect(rejections).to.deep.equal([]);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(client.navigations).to.deep.equal([]);
    });

    it('timeout="0" and negative timeouts mean no timeout', async () => {
      const zero = pendingClient();
      const negative = pendingClient();
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <auth-sign-out-button .auth=${zero.client} timeout="0"></auth-sign-out-button>
          <auth-sign-out-button .auth=${negative.client} timeout="-1"></auth-sign-out-button>
        </div>
      `);
      const els = [...page.querySelectorAll('auth-sign-out-button')] as AuthSignOutButton[];
      await Promise.all(els.map(el => el.updateComplete));
      const log = record();
      els.forEach(click);
      await busy(...els);
      await settle(200);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out']);
      expect(zero.client.calls[0]!.signal.aborted).to.equal(false);
      expect(negative.client.calls[0]!.signal.aborted).to.equal(false);
      expect(els.every(el => el.hasAttribute('busy'))).to.equal(true);
      zero.answers[0]!.resolve();
      negative.answers[0]!.resolve();
      await idle(...els);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out', 'auth-signed-out', 'auth-signed-out']);
    });

    // The 10 s themselves run on mock timers in test/unit/flight.test.ts ("with the default an
    // unanswered call fails with timeout at 10 s exactly, and its signal aborts").
    it('an invalid timeout attribute means the default, 10 s', async () => {
      const values = ['soon', '', 'Infinity', ' '];
      for (const value of values) {
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${pendingClient().client} timeout=${value}></auth-sign-out-button>`,
        );
        expect(el.timeout, `timeout="${value}"`).to.equal(10000);
      }
    });
  });

  describe('failures', () => {
    const failures: [string, string, (options: SignOutOptions) => Promise<Answer>][] = [
      ['rejects with an Error', 'failed', () => Promise.reject(new Error('provider down'))],
      ['rejects with a string', 'failed', () => Promise.reject('provider down')],
      ['rejects with a plain object', 'failed', () => Promise.reject({ status: 500 })],
      ['rejects with undefined', 'failed', () => Promise.reject(undefined)],
      [
        'throws synchronously',
        'failed',
        () => {
          throw new Error('provider down');
        },
      ],
      ['never answers', 'timeout', () => new Promise<never>(() => {})],
    ];

    for (const [what, expected, fail] of failures) {
      it(`the client ${what}: ${expected}, no navigation, the control works again`, async () => {
        const rejections = unhandledRejections();
        let calls = 0;
        const client = fakeClient({
          navigate: true,
          signOut: (options, self) => {
            if (++calls == 1) return fail(options);
            applySignOut(self, options);
            return Promise.resolve();
          },
        });
        const el = await fixture<AuthSignOutButton>(
          html`<auth-sign-out-button .auth=${client} timeout="100" redirect-url="/bye"></auth-sign-out-button>`,
        );
        const log = record(window);
        const { detail } = await clickFor(el, 'auth-sign-out-error');
        expect(detail.code).to.equal(expected);
        expect(detail.error).to.be.instanceOf(Error);
        expect(detail.scope).to.equal('all');
        expect(detail.sessionId).to.equal(null);
        expect(Object.isFrozen(detail)).to.equal(true);
        await idle(el);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
        expect(button(el).textContent!.trim()).to.equal('Sign out');
        expect(client.session?.id).to.equal('s1');
        expect(client.navigations).to.deep.equal([]);

        await clickFor(el, 'auth-signed-out');
        expect(client.calls).to.have.length(2);
        await settle(REJECTION_WAIT);
        expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error', 'auth-sign-out', 'auth-signed-out']);
        expect(client.navigations).to.deep.equal([BYE()]);
        expect(rejections).to.deep.equal([]);
      });
    }

    it('a rejection keeps its Error object and message', async () => {
      const error = new Error('provider down');
      const client = fakeClient({ navigate: true, signOut: () => Promise.reject(error) });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const { detail } = await clickFor(el, 'auth-sign-out-error');
      expect(detail.error).to.equal(error);
    });
  });

  describe('the host removes the element mid-flight', () => {
    it('auth-signed-out reaches window once and the navigation still happens', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} redirect-url="/bye"></auth-sign-out-button>`,
      );
      // The host unmounts the button when the client reports the sign-out, before signOut() resolves.
      cleanups.push(client.addListener!(() => client.session === null && el.remove()));
      const onWindow = record(window);
      click(el);
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await settle();
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
      cleanups.push(client.addListener!(() => el.remove()));
      const onWindow = record(window);
      await clickFor(el, 'auth-sign-out-error', window);
      await settle();
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
      await settle();
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
      await settle();
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
      await settle();
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
      await settle();
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
      const log = record(el);
      await clickFor(el, 'auth-signed-out');
      await settle();
      expect(log.map(entry => (entry.detail as { redirectUrl: unknown }).redirectUrl)).to.deep.equal([null, null]);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      expect(client.navigations).to.deep.equal([]);
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
      await settle();
      expect(detail.redirectUrl).to.equal(end);
      expect(client.navigations).to.deep.equal([end]);
    });
  });
});
