// Findings 9, 10, 11 and 3: single flight under re-entrant calls, and the cross-tab receiver.
// Another page is stood in for by a BroadcastChannel of this page posting the documented hint
// `{ v: 1, tab, type, sessionId, scope }`; a second channel created after the elements' own
// receives every hint after it, which tells the test the elements have it too.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthSignOutButton, AuthSignedOutDetail, AuthUserButton } from '../../src/index.js';
import { deferred, fakeClient, nextTask, recordEvents, session, type Deferred, type FakeClient } from '../helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function record(target: EventTarget, names: string[]) {
  const recorder = recordEvents(target, names);
  cleanups.push(recorder.stop);
  return recorder.log;
}

/** A client whose `signOut` calls stay pending until the test answers them. */
function pendingClient() {
  const answers: Deferred<void>[] = [];
  const client = fakeClient({
    navigate: true,
    signOut: () => {
      const answer = deferred();
      answers.push(answer);
      return answer.promise;
    },
  });
  return { client, answers };
}

describe('finding 9: re-entrant sign-out keeps single flight', () => {
  it('signOut() from an auth-sign-out listener of the sign-out button joins the flight: one call, busy until it ends', async () => {
    const { client, answers } = pendingClient();
    const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
    const log = record(window, ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error']);
    let inner: Promise<void> | undefined;
    el.addEventListener('auth-sign-out', () => (inner = el.signOut()), { once: true });
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => client.calls.length > 0, 'the client was not called');
    await nextTask();
    expect(client.calls).to.have.length(1);
    expect(el.busy).to.equal(true);
    let innerDone = false;
    void inner!.then(() => (innerDone = true));
    await nextTask();
    expect(innerDone, 'the joined call waits for the flight').to.equal(false);
    answers[0]!.resolve();
    await inner;
    await waitUntil(() => !el.busy, 'still busy');
    expect(client.calls).to.have.length(1);
    expect(log.map(e => e.type)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
  });

  it('signOut() from an auth-sign-out listener of the user button: one call, busy until it ends', async () => {
    const { client, answers } = pendingClient();
    const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
    const log = record(window, ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error']);
    el.addEventListener('auth-sign-out', () => void el.signOut(), { once: true });
    const opened = oneEvent(el, 'auth-menu-opened');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!.click();
    await opened;
    const out = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')].find(
      item => item.textContent?.trim() == 'Sign out',
    )!;
    out.click();
    await waitUntil(() => client.calls.length > 0, 'the client was not called');
    await nextTask();
    expect(client.calls).to.have.length(1);
    expect(el.busy).to.equal(true);
    answers[0]!.resolve();
    await waitUntil(() => !el.busy, 'still busy');
    expect(client.calls).to.have.length(1);
    expect(log.map(e => e.type)).to.deep.equal(['auth-sign-out', 'auth-signed-out']);
  });
});

/** This page's stand-in for another tab: posts hints and knows when the elements received them. */
function otherTab() {
  const sender = new BroadcastChannel('auth-elements');
  const probe = new BroadcastChannel('auth-elements');
  let received = 0;
  probe.onmessage = () => received++;
  let sent = 0;
  cleanups.push(() => (sender.close(), probe.close()));
  return {
    post(message: object, times = 1) {
      for (let i = 0; i < times; i++) sender.postMessage({ v: 1, tab: 'another-tab', ...message });
      sent += times;
    },
    /** Resolves once every hint posted so far reached this page (the elements' channel first). */
    // 2,000 messages take Firefox over a second on a loaded machine: a wait bound, not a timing check.
    delivered: () => waitUntil(() => received == sent, 'hints not delivered', { timeout: 10_000 }),
  };
}

/** The provider's sessions as a client reads them on refresh. */
function providerClient(ids: string[], options: { current?: string | null; list?: boolean } = {}) {
  const live = new Set(ids);
  const client: FakeClient = fakeClient({
    sessions: ids.map(id => session(id)),
    ...('current' in options && { current: options.current }),
    refresh: self => {
      if (self.session) self.session = live.has(self.session.id) ? self.session : null;
      if (self.sessions) self.sessions = self.sessions.filter(s => live.has(s.id));
      if (!self.session && self.sessions?.[0]) self.session = self.sessions[0];
      self.emitChange();
    },
  });
  if (options.list === false) delete (client as { sessions?: unknown }).sessions;
  return { client, live };
}

/** Elements bound to `client` (their receiver is what is tested). */
const bind = (client: FakeClient) =>
  fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);

const otherTabEvents = () => {
  const log = record(window, ['auth-signed-out']);
  return () => log.map(e => e.detail as AuthSignedOutDetail).filter(d => d.source == 'other-tab');
};

describe('finding 10: other tabs report only sign-outs of sessions they showed', () => {
  it('a session id this tab never showed: nothing; one it showed and no longer has: one event', async () => {
    const { client, live } = providerClient(['s1', 's2']);
    await bind(client);
    const events = otherTabEvents();
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: 'ghost', scope: 'session' });
    await tab.delivered();
    await waitUntil(() => client.refreshCount == 1, 'no refresh');
    await nextTask();
    expect(events()).to.deep.equal([]);

    live.delete('s2');
    tab.post({ type: 'signed-out', sessionId: 's2', scope: 'session' });
    await waitUntil(() => events().length == 1, 'the sign-out of a shown session was not reported');
    expect(events()[0]).to.include({ sessionId: 's2', scope: 'session', source: 'other-tab' });
  });

  it('a tab still loading reports nothing', async () => {
    const { client } = providerClient(['s1'], { current: undefined });
    client.session = undefined;
    client.sessions = [];
    await bind(client);
    const events = otherTabEvents();
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: 's1', scope: 'session' });
    tab.post({ type: 'signed-out', sessionId: null, scope: 'all' });
    await tab.delivered();
    await waitUntil(() => client.refreshCount >= 1, 'no refresh');
    await nextTask();
    expect(events()).to.deep.equal([]);
  });

  it('a client without sessions reports only its current session', async () => {
    const { client, live } = providerClient(['s1'], { list: false });
    await bind(client);
    const events = otherTabEvents();
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: 's9', scope: 'session' });
    await tab.delivered();
    await waitUntil(() => client.refreshCount == 1, 'no refresh');
    await nextTask();
    expect(events()).to.deep.equal([]);

    live.delete('s1');
    tab.post({ type: 'signed-out', sessionId: 's1', scope: 'session' });
    await waitUntil(() => events().length == 1, 'not reported');
    expect(events()[0]).to.include({ sessionId: 's1', source: 'other-tab' });
  });
});

describe('finding 11: cross-tab refreshes are coalesced', () => {
  it('2,000 hints while a refresh runs: one refresh in flight, one queued, never more', async () => {
    const pending: Deferred<void>[] = [];
    let running = 0;
    let most = 0;
    const client = fakeClient({
      refresh: async () => {
        running++;
        most = Math.max(most, running);
        const answer = deferred();
        pending.push(answer);
        await answer.promise;
        running--;
      },
    });
    await bind(client);
    const tab = otherTab();
    tab.post({ type: 'session-switched', sessionId: 's1' }, 2000);
    await tab.delivered();
    await nextTask();
    expect(client.refreshCount).to.equal(1);
    pending[0]!.resolve();
    await waitUntil(() => client.refreshCount == 2, 'the queued refresh did not run');
    await nextTask();
    expect(client.refreshCount).to.equal(2);
    pending[1]!.resolve();
    await waitUntil(() => running == 0, 'a refresh still runs');
    await nextTask();
    expect([client.refreshCount, most]).to.deep.equal([2, 1]);

    // Later hints refresh again.
    tab.post({ type: 'session-switched', sessionId: 's1' });
    await waitUntil(() => client.refreshCount == 3, 'no refresh for a later hint');
    pending[2]!.resolve();
  });
});

describe('finding 3: the other-tab event does not depend on which channel arrives first', () => {
  it("the provider's own tab sync first, the hint later: one auth-signed-out (other-tab)", async () => {
    const { client, live } = providerClient(['s1']);
    const el = await bind(client);
    const events = otherTabEvents();
    // The provider's sync reaches this tab first: the client already shows nobody.
    live.clear();
    await client.refresh!();
    await el.updateComplete;
    expect(client.session).to.equal(null);
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: null, scope: 'all' });
    await waitUntil(() => events().length == 1, 'the other-tab event was lost');
    await tab.delivered();
    await nextTask();
    expect(events()).to.have.length(1);
    expect(events()[0]).to.include({ sessionId: null, scope: 'all', source: 'other-tab' });
  });

  it("the provider's sync first after an 'everywhere' that left another account current: one event", async () => {
    const { client, live } = providerClient(['s1', 's2']);
    const el = await bind(client);
    const events = otherTabEvents();
    live.delete('s1');
    await client.refresh!();
    await el.updateComplete;
    expect(client.session?.id).to.equal('s2');
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: null, scope: 'everywhere' });
    await waitUntil(() => events().length == 1, 'the other-tab event was lost');
    expect(events()[0]).to.include({ scope: 'everywhere', source: 'other-tab' });
  });

  it('the hint first, the provider answering the refresh later: one event', async () => {
    const gate = deferred();
    const live = new Set(['s1']);
    const client = fakeClient({
      refresh: async self => {
        await gate.promise;
        if (self.session && !live.has(self.session.id)) self.session = null;
        self.sessions = (self.sessions ?? []).filter(s => live.has(s.id));
        self.emitChange();
      },
    });
    await bind(client);
    const events = otherTabEvents();
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: null, scope: 'all' });
    await tab.delivered();
    await nextTask();
    expect(events()).to.deep.equal([]);
    live.clear();
    gate.resolve();
    await waitUntil(() => events().length == 1, 'no other-tab event');
    expect(events()[0]).to.include({ scope: 'all', source: 'other-tab' });
  });

  it('a sign-out reported by this tab is not reported again when another tab says the same', async () => {
    const { client, live } = providerClient(['s1']);
    const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`);
    const events = otherTabEvents();
    const done = oneEvent(el, 'auth-signed-out');
    live.clear();
    await el.signOut();
    await done;
    const tab = otherTab();
    tab.post({ type: 'signed-out', sessionId: null, scope: 'all' });
    await tab.delivered();
    await waitUntil(() => client.refreshCount == 1, 'no refresh');
    await nextTask();
    expect(events()).to.deep.equal([]);
  });
});
