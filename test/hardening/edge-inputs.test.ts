// Findings 8 and the placeholder rule: edge inputs never break the event promise (every
// sign-out ends in exactly one terminal event, `signOut()` never rejects) and never break a
// render. Only the public API: tags, attributes, properties, events, methods, `setStrings`.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import {
  setStrings,
  type AuthSignOutButton,
  type AuthUserButton,
  type AuthSignOutErrorEvent,
} from '../../src/index.js';
import {
  deferred,
  fakeClient,
  recordEvents,
  recordUnhandledRejections,
  session,
  nextTask,
  settle,
  type FakeClient,
} from '../helpers.js';

const FLOW = ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'];
/** Long enough for every engine to report an unhandled rejection. */
const REJECTION_WAIT = 100;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function record(target: EventTarget = window) {
  const recorder = recordEvents(target, FLOW);
  cleanups.push(recorder.stop);
  return recorder.log;
}

/** The reasons of every `unhandledrejection` on window from now until the end of the test. */
function unhandledRejections(): unknown[] {
  const recorder = recordUnhandledRejections();
  cleanups.push(recorder.stop);
  return recorder.reasons;
}

/** The errors of every uncaught exception (`error` on window) from now until the end of the test. */
function uncaughtErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  window.addEventListener('error', onError);
  cleanups.push(() => window.removeEventListener('error', onError));
  return errors;
}

const button = (el: AuthSignOutButton) => el.shadowRoot!.querySelector('button')!;
const trigger = (el: AuthUserButton) => el.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!;

/** A client whose `name` getter throws. */
function throwing(client: FakeClient, name: string): FakeClient {
  Object.defineProperty(client, name, {
    configurable: true,
    get() {
      throw new Error(`${name} getter broke`);
    },
  });
  return client;
}

describe('finding 8: edge inputs keep the event promise', () => {
  it('timeout="1e16" (beyond what a timer holds) means no timeout: the sign-out completes, nothing unhandled', async () => {
    const rejections = unhandledRejections();
    const answer = deferred();
    const client = fakeClient({ navigate: true, signOut: () => answer.promise });
    const el = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${client} timeout="1e16"></auth-sign-out-button>`,
    );
    const log = record();
    button(el).click();
    await waitUntil(() => client.calls.length == 1, 'the client was not called');
    expect(el.busy).to.equal(true);
    expect(client.calls[0]!.signal.aborted).to.equal(false);
    answer.resolve();
    await waitUntil(() => !el.busy, 'the sign-out never settled');
    await settle(REJECTION_WAIT);
    expect(log.map(e => e.type)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
    expect(rejections).to.deep.equal([]);
  });

  it('timeouts just above 2^31 - 1 ms, and huge ones given as a property, mean no timeout too', async () => {
    const rejections = unhandledRejections();
    for (const timeout of [2 ** 31, Number.MAX_SAFE_INTEGER, 1e300]) {
      const answer = deferred();
      const client = fakeClient({ navigate: true, signOut: () => answer.promise });
      const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
      el.timeout = timeout;
      const done = el.signOut();
      await waitUntil(() => client.calls.length == 1, `timeout ${timeout}: the client was not called`);
      await nextTask();
      expect(client.calls[0]!.signal.aborted, `timeout ${timeout}`).to.equal(false);
      answer.resolve();
      await done;
    }
    await settle(REJECTION_WAIT);
    expect(rejections).to.deep.equal([]);
  });

  for (const getter of ['supportsScope', 'session', 'sessions', 'afterSignOutUrl']) {
    it(`a throwing ${getter} getter ends in auth-sign-out-error "failed"; signOut() resolves`, async () => {
      const rejections = unhandledRejections();
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${client} scope="session"></auth-sign-out-button>`,
      );
      throwing(client, getter);
      const log = record();
      const error = oneEvent(el, 'auth-sign-out-error') as Promise<AuthSignOutErrorEvent>;
      button(el).click();
      const { detail } = await error;
      expect(detail.code).to.equal('failed');
      expect(detail.error.message).to.equal(`${getter} getter broke`);
      expect(client.calls).to.have.length(0);
      expect(log.map(e => e.type)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error']);

      // The method never rejects either.
      let rejected = false;
      await el.signOut().catch(() => (rejected = true));
      expect(rejected).to.equal(false);
      expect(log.map(e => e.type)).to.deep.equal(['auth-sign-out', 'auth-sign-out-error', 'auth-sign-out-error']);
      await settle(REJECTION_WAIT);
      expect(rejections).to.deep.equal([]);
    });
  }

  it('a throwing redirectTo getter on the answer ends in auth-sign-out-error "failed", once', async () => {
    const rejections = unhandledRejections();
    const answer = {
      get redirectTo(): string {
        throw new Error('redirectTo getter broke');
      },
    };
    const client = fakeClient({ navigate: true, signOut: async () => answer });
    const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
    const log = record();
    let rejected = false;
    await el.signOut().catch(() => (rejected = true));
    expect(rejected).to.equal(false);
    expect(log.map(e => [e.type, (e.detail as { code?: string }).code])).to.deep.equal([
      ['auth-sign-out-error', 'failed'],
    ]);
    expect(client.navigations).to.deep.equal([]);
    expect(el.busy).to.equal(false);
    await settle(REJECTION_WAIT);
    expect(rejections).to.deep.equal([]);
  });

  it('a sessions value that is no array counts as absent: the sign-out of the named session runs', async () => {
    const rejections = unhandledRejections();
    const client = fakeClient({ navigate: true, signOut: async () => {} });
    (client as { sessions: unknown }).sessions = { length: 1, 0: session('s1') };
    const el = await fixture<AuthSignOutButton>(
      html`<auth-sign-out-button .auth=${client} session-id="s1"></auth-sign-out-button>`,
    );
    const signedOut = oneEvent(el, 'auth-signed-out');
    button(el).click();
    await signedOut;
    expect(client.calls.map(c => [c.scope, c.sessionId])).to.deep.equal([['session', 's1']]);
    await settle(REJECTION_WAIT);
    expect(rejections).to.deep.equal([]);
  });

  it('a numeric user.name, a non-array sessions and throwing getters never break the user button', async () => {
    const errors = uncaughtErrors();
    const rejections = unhandledRejections();

    const numeric = fakeClient({ sessions: [{ id: 's1', user: { id: 'u1', name: 42 as unknown as string } }] });
    (numeric as { sessions: unknown }).sessions = 'not a list';
    const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${numeric}></auth-user-button>`);
    expect(trigger(el).getAttribute('aria-label')).to.equal('Open account menu for 42');

    const odd = fakeClient({
      sessions: [
        {
          id: 's2',
          user: {
            id: 7 as unknown as string,
            firstName: {} as string,
            lastName: 5 as unknown as string,
            email: 'e@example.com',
          },
        },
      ],
    });
    el.auth = odd;
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-label')).to.equal('Open account menu for 5');

    const broken = throwing(throwing(fakeClient(), 'session'), 'sessions');
    el.auth = broken;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="trigger"]:not([hidden])')).to.equal(null);
    numeric.emitChange();
    await settle(REJECTION_WAIT);
    expect(errors).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
  });
});

describe('user button: client values that are no text', () => {
  it('throwing or non-text link targets and a user whose email and id convert to no text: the menu opens and works', async () => {
    const errors = uncaughtErrors();
    const rejections = unhandledRejections();

    const noText = () => Object.create(null) as string;
    const client = fakeClient({
      sessions: [{ id: 's1', user: { id: noText(), name: 'Ada', email: noText() } }],
      navigate: true,
    });
    Object.defineProperty(client, 'userProfileUrl', {
      get() {
        throw new Error('not loaded yet');
      },
    });
    (client as { signInUrl?: unknown }).signInUrl = new URL('/sign-in?back={redirect}', location.href);
    const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
    trigger(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=menu]'), 'the menu never rendered');
    await el.updateComplete;
    const item = (key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-item=${key}]`)!;
    expect(item('manage').hidden, 'a throwing userProfileUrl: no "Manage account"').to.equal(true);
    expect(item('add').hidden, 'a URL object is a sign-in target').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~=header-email]')!.textContent).to.equal('');

    const added = oneEvent(el, 'auth-add-account');
    item('add').click();
    const { detail } = await added;
    expect(detail.url).to.equal(new URL(`/sign-in?back=${encodeURIComponent(location.href)}`, location.href).href);
    await settle(REJECTION_WAIT);
    expect(client.navigations).to.deep.equal([detail.url]);
    expect(errors).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
  });
});

describe('placeholders: {constructor}-style keys never resolve inherited properties', () => {
  afterEach(() => setStrings('en', { openMenuFor: 'Open account menu for {name}' }));

  it('a string with {constructor}, {toString} and {__proto__} renders them as written', async () => {
    setStrings('en', { openMenuFor: 'Menu {constructor} {toString} {__proto__} {hasOwnProperty} for {name}' });
    const client = fakeClient({ sessions: [session('s1', 'Ada')] });
    const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} lang="en"></auth-user-button>`);
    expect(trigger(el).getAttribute('aria-label')).to.equal(
      'Menu {constructor} {toString} {__proto__} {hasOwnProperty} for Ada',
    );
  });
});
