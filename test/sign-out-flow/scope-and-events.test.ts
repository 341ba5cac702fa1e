// The sign-out flow of <auth-sign-out-button> as a host page sees it: what the client receives,
// which events fire in which order, and events-only mode (no client).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { type AuthSignOutButton } from '../../src/index.js';
import { ALL_EVENTS, BYE, click, clickFor, signOutWith, expectSignedOutInPlace } from '../helpers/sign-out-flow.js';
import {
  FLOW,
  fakeClient,
  nextTask,
  onCleanup,
  orderRecordingClient,
  received,
  record,
  session,
  types,
  warnings,
} from '../helpers/index.js';

describe('sign-out flow', () => {
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
      await nextTask();
      expect(order).to.deep.equal(['auth-sign-out (cancelable)', 'client call', 'auth-signed-out', 'navigation']);
      expect(client.navigations).to.deep.equal([BYE()]);
    });

    it('preventDefault() on auth-sign-out stops the sign-out', async () => {
      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/bye' } });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const log = record();
      el.addEventListener('auth-sign-out', event => event.preventDefault());
      click(el);
      await nextTask();
      await el.updateComplete;
      expect(types(log)).to.deep.equal(['auth-sign-out']);
      expect(client.calls).to.deep.equal([]);
      expect(client.navigations).to.deep.equal([]);
      expect(client.session?.id).to.equal('s1');
      expect(el.hasAttribute('busy')).to.equal(false);
    });

    it('a confirm step: canceled, then signOut() from the same listener signs out once', async () => {
      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/bye' } });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      const log = record();
      let asked: Promise<void> | undefined;
      el.addEventListener('auth-sign-out', event => {
        event.preventDefault();
        asked = el.signOut(); // after a synchronous window.confirm() said yes
      });
      click(el);
      await asked;
      await nextTask();
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
      expect(client.calls.map(call => call.scope)).to.deep.equal(['all']);
      expect(client.navigations).to.deep.equal([BYE()]);
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
      await expectSignedOutInPlace(el, client);
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
      onCleanup(() => FLOW.forEach(name => document.removeEventListener(name, listener)));
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
      await nextTask();
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
      onCleanup(() => document.removeEventListener('auth-sign-out', handle));
      click(el);
      await nextTask();
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
      await nextTask();
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);
      expect(detail.code).to.equal('no-auth-client');
      expect(detail.scope).to.equal('all');
      expect(detail.sessionId).to.equal(null);
      expect(detail.error).to.be.instanceOf(Error);
      expect(messages).to.have.length(1);
    });
  });
});
