// The cross-tab hint (docs/contract.md, Cross-tab). A same-origin iframe stands in for another tab: it loads its own
// copy of the elements (its own registry and BroadcastChannel) and its own client. Both pages'
// clients sit on one simulated provider, so `refresh()` re-reads what the other page changed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AuthSignOutButton } from '../src/elements/sign-out-button.js';
import type { AuthSignedOutDetail } from '../src/index.js';
import type { FrameApi, FrameWindow } from './fixtures/frame.js';
import { applySignOut, fakeClient, nextTask, session, type FakeClient } from './helpers/index.js';

/** The provider both pages talk to: the ids of the sessions still signed in. */
function provider(...ids: string[]) {
  const live = new Set(ids);
  /** What a client's `refresh()` does: drop the sessions the provider no longer knows. */
  const reread = (client: FakeClient, notify = true) => {
    client.sessions = (client.sessions ?? []).filter(s => live.has(s.id));
    if (client.session && !live.has(client.session.id)) client.session = client.sessions[0] ?? null;
    if (notify) client.emitChange();
  };
  return {
    live,
    reread,
    /** Options for `fakeClient` (of either page) backed by this provider. */
    options: (make: (id: string) => ReturnType<typeof session> = session) => ({
      sessions: ids.map(make),
      navigate: true,
      signOut: (options: Parameters<FakeClient['signOut']>[0], client: FakeClient) => {
        if (options.scope == 'session') live.delete(options.sessionId!);
        else live.clear();
        applySignOut(client, options);
        return Promise.resolve();
      },
      refresh: (client: FakeClient) => reread(client),
    }),
  };
}

interface Received {
  detail: AuthSignedOutDetail;
  target: EventTarget | null;
}

/** Every `auth-signed-out` reaching `win`, with the target it was dispatched on. */
function listen(win: Window) {
  const events: Received[] = [];
  const listener = (event: Event) =>
    events.push({ detail: (event as CustomEvent<AuthSignedOutDetail>).detail, target: event.target });
  win.addEventListener('auth-signed-out', listener);
  return {
    events,
    otherTab: () => events.filter(e => e.detail.source == 'other-tab'),
    thisTab: () => events.filter(e => e.detail.source == 'this-tab'),
    stop: () => win.removeEventListener('auth-signed-out', listener),
  };
}

/** The frame fixture, once its module ran. Removed with the other fixtures after each test. */
async function openFrame(): Promise<{ iframe: HTMLIFrameElement; win: FrameWindow; api: FrameApi }> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/frame.html"></iframe>`);
  await waitUntil(() => (iframe.contentWindow as FrameWindow | null)?.frameApi, 'the frame did not load', {
    timeout: 5000,
  });
  const win = iframe.contentWindow as FrameWindow;
  return { iframe, win, api: win.frameApi! };
}

/** Sign-out buttons in the frame's document, bound to `client` (or to the frame's `window.Auth`). */
async function frameButtons(
  win: FrameWindow,
  client: FakeClient | null,
  count = 1,
  attributes: Record<string, string> = {},
) {
  const buttons = Array.from({ length: count }, () => {
    const el = win.document.createElement('auth-sign-out-button');
    if (client) el.auth = client;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    win.document.body.append(el);
    return el;
  });
  await Promise.all(buttons.map(el => el.updateComplete));
  return buttons;
}

/** Sign-out buttons on this page bound to `client`. */
async function buttons(client: FakeClient, count = 1, attributes: Record<string, string> = {}) {
  const root = await fixture<HTMLElement>(
    html`<div>
      ${Array.from({ length: count }, () => html`<auth-sign-out-button .auth=${client}></auth-sign-out-button>`)}
    </div>`,
  );
  const els = [...root.querySelectorAll('auth-sign-out-button')];
  for (const el of els) for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await Promise.all(els.map(el => el.updateComplete));
  return els;
}

const click = (el: AuthSignOutButton) => el.shadowRoot!.querySelector('button')!.click();

/** Counts renders (reactive updates) of `el` from now on. */
function countRenders(el: AuthSignOutButton): { readonly count: number } {
  const target = el as unknown as { update(changed: Map<PropertyKey, unknown>): void };
  const update = target.update.bind(el);
  let count = 0;
  target.update = changed => (count++, update(changed));
  return {
    get count() {
      return count;
    },
  };
}

/** A channel of the test itself: what a forger (or another tab) can post, and what pages post. */
let channel: BroadcastChannel;
let posted: unknown[];
beforeEach(() => {
  channel = new BroadcastChannel('auth-elements');
  posted = [];
  channel.onmessage = ({ data }) => posted.push(data);
});
afterEach(() => channel.close());

/**
 * Resolves once every message posted on the channel so far has reached this page and its frames,
 * and their receivers ran: a marker posted now is delivered after them (one event loop, one task
 * source), and a witness channel sees it arrive. Receivers ignore the marker (no `v: 1`).
 */
async function allDelivered(): Promise<void> {
  const witness = new BroadcastChannel('auth-elements');
  const marker = Math.random().toString(36);
  const arrived = new Promise<void>(resolve => {
    witness.onmessage = ({ data }) => data?.marker === marker && resolve();
  });
  channel.postMessage({ marker });
  await arrived;
  witness.close();
  // The receivers' refreshes are promises: let them settle.
  await nextTask();
}

describe('cross-tab: between pages', () => {
  it('a sign-out here makes the other page refresh and dispatch other-tab on its window (scope session)', async () => {
    const state = provider('s1', 's2');
    const { win, api } = await openFrame();
    const frameClient = api.fakeClient(state.options(api.session));
    const [frameEl] = await frameButtons(win, frameClient);
    const frameRenders = countRenders(frameEl!);
    const frameLog = listen(win);
    const client = fakeClient(state.options());
    const [el] = await buttons(client, 1, { 'session-id': 's1', 'redirect-url': '/after' });
    const here = listen(window);

    click(el!);
    await waitUntil(() => frameLog.events.length, 'no auth-signed-out in the frame');

    expect(frameLog.events).to.have.length(1);
    expect(frameLog.events[0]!.target, 'dispatched on the frame window').to.equal(win);
    expect({ ...frameLog.events[0]!.detail }).to.deep.equal({
      sessionId: 's1',
      scope: 'session',
      redirectUrl: null,
      source: 'other-tab',
    });
    expect(frameClient.refreshCount).to.equal(1);
    expect(frameClient.session?.id).to.equal('s2');
    await waitUntil(() => frameRenders.count > 0, 'the frame did not re-render');
    // The receiver never navigates, though the signing-out page had a redirect-url.
    expect(frameClient.navigations).to.deep.equal([]);
    expect(api.unloads).to.equal(0);
    // This page: its own event only, and no redirect (s2 stays signed in).
    expect(here.events.map(e => e.detail.source)).to.deep.equal(['this-tab']);
    expect(client.navigations).to.deep.equal([]);
    expect(client.refreshCount).to.equal(0);
    here.stop();
    frameLog.stop();
  });

  it('a sign-out of every session here reaches the other page with scope all', async () => {
    const state = provider('s1');
    const { win, api } = await openFrame();
    const frameClient = api.fakeClient(state.options(api.session));
    await frameButtons(win, frameClient);
    const frameLog = listen(win);
    const [el] = await buttons(fakeClient(state.options()), 1, { 'redirect-url': '/after' });

    click(el!);
    await waitUntil(() => frameLog.events.length, 'no auth-signed-out in the frame');
    expect({ ...frameLog.events[0]!.detail }).to.deep.equal({
      sessionId: null,
      scope: 'all',
      redirectUrl: null,
      source: 'other-tab',
    });
    expect(frameClient.refreshCount).to.equal(1);
    expect(frameClient.session).to.equal(null);
    expect(frameClient.navigations).to.deep.equal([]);
    frameLog.stop();
  });

  it('posts { v: 1, type, tab, sessionId, scope } and nothing else, no URL', async () => {
    const state = provider('s1');
    const client = fakeClient(state.options());
    const [el] = await buttons(client, 1, { 'redirect-url': '/after' });
    click(el!);
    await waitUntil(() => posted.length, 'nothing posted');
    expect(posted).to.have.length(1);
    const message = posted[0] as Record<string, unknown>;
    expect(Object.keys(message).sort()).to.deep.equal(['scope', 'sessionId', 'tab', 'type', 'v']);
    expect(message).to.include({ v: 1, type: 'signed-out', sessionId: null, scope: 'all' });
    expect(message.tab).to.be.a('string').and.not.equal('');
  });

  it('a sign-out in the other page reaches this page as other-tab on window', async () => {
    const state = provider('s1');
    const client = fakeClient(state.options());
    await buttons(client);
    const here = listen(window);
    const { win, api } = await openFrame();
    const frameClient = api.fakeClient(state.options(api.session));
    const [frameEl] = await frameButtons(win, frameClient);
    const frameLog = listen(win);

    click(frameEl!);
    await waitUntil(() => here.events.length, 'no auth-signed-out on this page');
    expect(here.events).to.have.length(1);
    expect(here.events[0]!.target).to.equal(window);
    expect({ ...here.events[0]!.detail }).to.deep.equal({
      sessionId: null,
      scope: 'all',
      redirectUrl: null,
      source: 'other-tab',
    });
    expect(client.refreshCount).to.equal(1);
    expect(client.session).to.equal(null);
    expect(client.navigations).to.deep.equal([]);
    expect(frameLog.events.map(e => e.detail.source)).to.deep.equal(['this-tab']);
    here.stop();
    frameLog.stop();
  });

  it('the signing-out page with two elements gets its own event once and no other-tab event', async () => {
    const state = provider('s1');
    const client = fakeClient(state.options());
    const [first, second] = await buttons(client, 2);
    const here = listen(window);
    const { win, api } = await openFrame();
    await frameButtons(win, api.fakeClient(state.options(api.session)));
    const frameLog = listen(win);

    click(first!);
    // Positive control: the message did reach the other page.
    await waitUntil(() => frameLog.otherTab().length, 'the frame got no other-tab event');
    await allDelivered();
    expect(here.events.map(e => e.detail.source)).to.deep.equal(['this-tab']);
    expect(here.events[0]!.target).to.equal(first);
    expect(client.calls).to.have.length(1);
    expect(client.refreshCount).to.equal(0);
    expect(second!.busy).to.equal(false);
    here.stop();
    frameLog.stop();
  });

  it('one other-tab event per page, however many elements and clients it holds', async () => {
    const state = provider('s1');
    const { win, api } = await openFrame();
    const a = api.fakeClient(state.options(api.session));
    const b = api.fakeClient(state.options(api.session));
    api.setAuth(b);
    await frameButtons(win, a, 2);
    await frameButtons(win, null, 1);
    expect(a.listenerCount + b.listenerCount, 'three elements bound').to.equal(3);
    const frameLog = listen(win);
    const [el] = await buttons(fakeClient(state.options()));

    click(el!);
    await waitUntil(() => frameLog.events.length, 'no auth-signed-out in the frame');
    await allDelivered();
    expect(frameLog.events).to.have.length(1);
    expect(frameLog.events[0]!.detail.source).to.equal('other-tab');
    expect([a.refreshCount, b.refreshCount], 'each client refreshed once').to.deep.equal([1, 1]);
    expect([a.session, b.session]).to.deep.equal([null, null]);
    frameLog.stop();
  });

  it('a session-switched message makes receivers refresh and re-render, without auth-signed-out', async () => {
    // The switch happened at the provider: s2 is current now. These refreshes do not notify
    // listeners, so a re-render can only come from the receiver itself.
    const switchTo = (client: FakeClient) => {
      client.session = client.sessions!.find(s => s.id == 's2');
    };
    const client = fakeClient({ sessions: [session('s1'), session('s2')], refresh: switchTo });
    const [el] = await buttons(client);
    const renders = countRenders(el!);
    const here = listen(window);
    const { win, api } = await openFrame();
    const frameClient = api.fakeClient({ sessions: [api.session('s1'), api.session('s2')], refresh: switchTo });
    const [frameEl] = await frameButtons(win, frameClient);
    const frameRenders = countRenders(frameEl!);
    const frameLog = listen(win);

    channel.postMessage({ v: 1, type: 'session-switched', tab: 'other-tab-id', sessionId: 's2' });
    await waitUntil(() => client.refreshCount && frameClient.refreshCount, 'no refresh');
    await waitUntil(() => renders.count && frameRenders.count, 'no re-render');
    expect([client.session?.id, frameClient.session?.id]).to.deep.equal(['s2', 's2']);
    await allDelivered();
    expect(here.events).to.deep.equal([]);
    expect(frameLog.events).to.deep.equal([]);
    expect([client.refreshCount, frameClient.refreshCount]).to.deep.equal([1, 1]);
    here.stop();
    frameLog.stop();
  });
});

describe('cross-tab: messages are hints', () => {
  it('a forged signed-out message for a session still signed in dispatches nothing', async () => {
    const state = provider('s1');
    const client = fakeClient(state.options());
    await buttons(client);
    const here = listen(window);

    channel.postMessage({ v: 1, type: 'signed-out', tab: 'forged', sessionId: 's1', scope: 'session' });
    channel.postMessage({ v: 1, type: 'signed-out', tab: 'forged', sessionId: null, scope: 'all' });
    channel.postMessage({ v: 1, type: 'signed-out', tab: 'forged', sessionId: null, scope: 'everywhere' });
    await waitUntil(() => client.refreshCount == 3, 'the hints were not checked with refresh()');
    await nextTask();
    expect(here.events).to.deep.equal([]);
    expect(client.session?.id).to.equal('s1');

    // Positive control: once the provider really lost the session, the same hint is an event.
    state.live.clear();
    channel.postMessage({ v: 1, type: 'signed-out', tab: 'forged', sessionId: 's1', scope: 'session' });
    await waitUntil(() => here.events.length, 'no auth-signed-out for a session that is gone');
    expect({ ...here.events[0]!.detail }).to.deep.equal({
      sessionId: 's1',
      scope: 'session',
      redirectUrl: null,
      source: 'other-tab',
    });
    here.stop();
  });

  it('an element with no client reports nothing, whatever the hint names', async () => {
    const state = provider('s1');
    const client = fakeClient(state.options());
    (window as { Auth?: unknown }).Auth = undefined;
    await fixture(html`<auth-sign-out-button></auth-sign-out-button>`);
    await buttons(client);
    const here = listen(window);
    channel.postMessage({ v: 1, type: 'signed-out', tab: 'forged', sessionId: 's1', scope: 'session' });
    await waitUntil(() => client.refreshCount == 1, 'the hint was not checked with refresh()');
    await allDelivered();
    expect(here.events, 'the client-less element must not count s1 as gone').to.deep.equal([]);
    here.stop();
  });

  it('a hint for every session (scope everywhere) is checked against the current session', async () => {
    const state = provider('s1');
    const client = fakeClient(state.options());
    await buttons(client);
    const here = listen(window);
    state.live.clear();
    channel.postMessage({ v: 1, type: 'signed-out', tab: 'forged', sessionId: null, scope: 'everywhere' });
    await waitUntil(() => here.events.length, 'no auth-signed-out');
    expect({ ...here.events[0]!.detail }).to.deep.equal({
      sessionId: null,
      scope: 'everywhere',
      redirectUrl: null,
      source: 'other-tab',
    });
    here.stop();
  });

  it('ignores malformed messages: no refresh(), no event', async () => {
    // The provider has lost s1 already: a message wrongly taken for a hint would be an event.
    const state = provider('s1');
    const client = fakeClient(state.options());
    await buttons(client);
    state.live.clear();
    const here = listen(window);
    const good = { v: 1, type: 'signed-out', tab: 'forged', sessionId: 's1', scope: 'session' };
    const without = (key: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([k]) => k != key));
    const malformed: unknown[] = [
      null,
      undefined,
      0,
      true,
      'signed-out',
      JSON.stringify(good),
      [],
      [good],
      {},
      without('v'),
      { ...good, v: 2 },
      { ...good, v: '1' },
      { ...good, v: [1] },
      without('tab'),
      { ...good, tab: 7 },
      { ...good, tab: null },
      { ...good, tab: ['forged'] },
      without('type'),
      { ...good, type: 'signed-in' },
      { ...good, type: 'SIGNED-OUT' },
      { ...good, type: ['signed-out'] },
      without('sessionId'),
      { ...good, sessionId: null },
      { ...good, sessionId: 7 },
      { ...good, sessionId: ['s1'] },
      { ...good, scope: 'galaxy' },
      { ...good, scope: ['session'] },
      { ...good, sessionId: null, scope: 'planet' },
      { ...good, sessionId: null, scope: ['all'] },
      { ...good, sessionId: null, scope: null },
      { v: 1, type: 'session-switched', tab: 'forged' },
      { v: 1, type: 'session-switched', tab: 'forged', sessionId: 7 },
      { v: 1, type: ['session-switched'], tab: 'forged', sessionId: 's1' },
    ];
    for (const message of malformed) channel.postMessage(message);
    // Control, posted last: a well-formed switch hint calls refresh() but never dispatches
    // auth-signed-out. Messages arrive in order, so the malformed ones were all handled first.
    channel.postMessage({ v: 1, type: 'session-switched', tab: 'forged', sessionId: 's1' });
    await waitUntil(() => client.refreshCount, 'the control message was not received');
    await nextTask();
    expect({ refreshes: client.refreshCount, events: here.events.map(e => ({ ...e.detail })) }).to.deep.equal({
      refreshes: 1,
      events: [],
    });
    here.stop();
  });

  it('never navigates and reads no URL from a message', async () => {
    const state = provider('s1');
    const client = Object.assign(fakeClient(state.options()), { afterSignOutUrl: '/bye' });
    const [el] = await buttons(client, 1, { 'redirect-url': '/after' });
    const here = listen(window);
    const { win, api } = await openFrame();
    const frameClient = Object.assign(api.fakeClient(state.options(api.session)), { afterSignOutUrl: '/bye' });
    await frameButtons(win, frameClient, 1, { 'redirect-url': '/after' });
    const frameLog = listen(win);
    state.live.clear();

    const lure = `${location.origin}/from-message`;
    channel.postMessage({
      v: 1,
      type: 'signed-out',
      tab: 'forged',
      sessionId: 's1',
      scope: 'session',
      redirectUrl: lure,
      url: lure,
      redirectTo: lure,
      afterSignOutUrl: lure,
    });
    await waitUntil(() => here.events.length && frameLog.events.length, 'no auth-signed-out');
    await nextTask();
    for (const received of [here.events, frameLog.events]) {
      expect(received).to.have.length(1);
      expect(received[0]!.detail.redirectUrl).to.equal(null);
      expect(received[0]!.detail.source).to.equal('other-tab');
    }
    expect(client.navigations).to.deep.equal([]);
    expect(frameClient.navigations).to.deep.equal([]);
    expect(api.unloads).to.equal(0);
    expect(el!.isConnected).to.equal(true);
    here.stop();
    frameLog.stop();
  });
});
