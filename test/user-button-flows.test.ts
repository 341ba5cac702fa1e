// Flows of <auth-user-button> as a host page sees them (SPEC §4–§6): what each menu item asks of
// the client, account switching, cancelable events, every error and the recovery after it, focus
// after signing out, custom menu items, hostile user data and live updates. Every client records
// navigations instead of leaving the test page; menus are opened and items chosen by clicking.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { AuthSession, AuthUser, AuthUserButton, SetActiveOptions, SignOutOptions } from '../src/index.js';
import {
  applySignOut,
  captureWarnings,
  clearGlobalClient,
  deferred,
  fakeClient,
  recordEvents,
  session,
  settle,
  type FakeClient,
  type FakeOptions,
  orderRecordingClient,
} from './helpers.js';

const FLOW = ['auth-sign-out', 'auth-signed-out', 'auth-sign-out-error'];
const SWITCH = ['auth-session-switch', 'auth-session-switched', 'auth-session-switch-error'];
const NAVIGATE = ['auth-manage-account', 'auth-add-account'];
/** Every event of the package except the menu's own open/close events. */
const ACTIONS = [...FLOW, ...SWITCH, ...NAVIGATE];

const at = (path: string): string => location.origin + path;
const two = (): AuthSession[] => [session('s1'), session('s2')];
const three = (): AuthSession[] => [session('s1'), session('s2'), session('s3')];

type Log = ReturnType<typeof recordEvents>['log'];
type Key = 'manage' | 'add' | 'out' | 'all';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  clearGlobalClient();
});

/** Records the named events reaching `target`; stops after the test. */
function record(target: EventTarget, names: string[]): Log {
  const recorder = recordEvents(target, names);
  cleanups.push(recorder.stop);
  return recorder.log;
}

const types = (log: Log): string[] => log.map(entry => entry.type);

/** Console warnings from now until the end of the test. */
function warnings(): string[] {
  const capture = captureWarnings();
  cleanups.push(capture.restore);
  return capture.messages;
}

/** Resolves with whichever of `names` reaches `target` first. */
function firstOf(target: EventTarget, names: string[]): Promise<CustomEvent> {
  return new Promise(resolve => {
    const listener = (event: Event) => {
      names.forEach(name => target.removeEventListener(name, listener));
      resolve(event as CustomEvent);
    };
    names.forEach(name => target.addEventListener(name, listener));
  });
}

/** What the client received, without the signal (checked to be a live AbortSignal). */
function received(client: FakeClient): Omit<SignOutOptions, 'signal'>[] {
  return client.calls.map(({ signal, ...rest }) => {
    expect(signal).to.be.instanceOf(AbortSignal);
    return rest;
  });
}

/** A client with `setActive` (recorded); the default answer makes the session current and notifies. */
function switchingClient(
  options: FakeOptions = {},
  answer?: (options: SetActiveOptions, client: FakeClient, call: number) => Promise<void>,
): { client: FakeClient; switches: SetActiveOptions[] } {
  const client = fakeClient({ navigate: true, sessions: three(), ...options });
  const switches: SetActiveOptions[] = [];
  client.setActive = setActiveOptions => {
    switches.push(setActiveOptions);
    return answer ? answer(setActiveOptions, client, switches.length) : activate(client, setActiveOptions.sessionId);
  };
  return { client, switches };
}

/** What a provider does on a successful switch: another session becomes current, listeners hear it. */
async function activate(client: FakeClient, sessionId: string): Promise<void> {
  client.session = client.sessions!.find(candidate => candidate.id == sessionId)!;
  client.emitChange();
}

/** A promise that stays pending until the test ends. */
function pending(): Promise<void> {
  const answer = deferred();
  cleanups.push(() => answer.resolve());
  return answer.promise;
}

// The shadow DOM as a user meets it.
const shadow = (el: AuthUserButton): ShadowRoot => el.shadowRoot!;
const trigger = (el: AuthUserButton) => shadow(el).querySelector<HTMLButtonElement>('button[part~="trigger"]')!;
const menu = (el: AuthUserButton) => shadow(el).querySelector<HTMLElement>('[part~="menu"][role="menu"]')!;
const item = (el: AuthUserButton, key: Key) =>
  shadow(el).querySelector<HTMLButtonElement>(`[part~="menu"] button[role="menuitem"][data-item="${key}"]`)!;
const account = (el: AuthUserButton, id: string) =>
  shadow(el).querySelector<HTMLButtonElement>(
    `[part~="accounts"][role="group"] button[role="menuitem"][part~="account"][data-session="${id}"]`,
  );
const part = (el: AuthUserButton, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const triggerAvatar = (el: AuthUserButton) => trigger(el).querySelector<HTMLElement>('[part~="avatar"]')!;
const headerAvatar = (el: AuthUserButton) => part(el, 'header').querySelector<HTMLElement>('[part~="avatar"]')!;
const label = (el: AuthUserButton) => trigger(el).getAttribute('aria-label');

/** Rendered, i.e. not hidden and not inside a closed popover. */
const visible = (node: Element | null | undefined): boolean => !!node && node.getClientRects().length > 0;

/** The menu items on screen, built-in and slotted, top to bottom. */
function itemsOnScreen(el: AuthUserButton): HTMLElement[] {
  return [
    ...shadow(el).querySelectorAll<HTMLElement>('[role="menuitem"]'),
    ...el.querySelectorAll<HTMLElement>('[role="menuitem"]'),
  ]
    .filter(visible)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

const nameOf = (node: Element | null): string =>
  !node
    ? 'nothing'
    : node instanceof HTMLElement && node.dataset.session
      ? `account ${node.dataset.session}`
      : node.textContent!.trim() || node.localName;

/** The other accounts the open menu shows, top to bottom. */
const otherAccounts = (el: AuthUserButton): string[] =>
  itemsOnScreen(el)
    .filter(node => node.dataset.session)
    .map(node => node.dataset.session!);

/** The element that has focus, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of a node for assertion messages (a DOM diff of whole elements is huge). */
function where(node: Element | null): string {
  if (!node) return 'nothing';
  if (node == document.body) return 'body';
  if (node.matches('[part~="trigger"]')) return 'the trigger';
  return `${nameOf(node)} <${node.localName}>`;
}

/** Checks that `node` has focus. */
function expectFocus(node: Element | null, what: string): void {
  expect(where(deepActiveElement()), what).to.equal(where(node));
  expect(deepActiveElement() == node, `${what}: the very node`).to.equal(true);
}

/** The initials an avatar shows (painted from `data-initials`, or as text), or null with an image. */
function initialsOf(avatar: HTMLElement): string | null {
  if (avatar.querySelector('img')) return null;
  return avatar.getAttribute('data-initials') ?? avatar.textContent;
}

/** Whether the menu is open, checking that `open`, `aria-expanded` and the screen agree. */
function isOpen(el: AuthUserButton): boolean {
  const open = visible(menu(el));
  expect(el.open, 'the open property matches the screen').to.equal(open);
  expect(trigger(el).getAttribute('aria-expanded'), 'aria-expanded matches the screen').to.equal(String(open));
  return open;
}

/** Opens the menu with a click on the trigger. */
async function openMenu(el: AuthUserButton): Promise<void> {
  expect(visible(trigger(el)), 'the trigger is shown').to.equal(true);
  expect(isOpen(el), 'the menu is closed before the click').to.equal(false);
  const opened = oneEvent(el, 'auth-menu-opened');
  trigger(el).click();
  await opened;
  expect(isOpen(el), 'the menu opened').to.equal(true);
}

/** A click on a menu item the user can see. */
function choose(node: HTMLElement | null): void {
  expect(node, 'the item exists').to.exist;
  expect(visible(node), `"${nameOf(node)}" is shown`).to.equal(true);
  node!.click();
}

/** Chooses `node` and resolves with the first of `names` that reaches `target`. */
function chooseFor(node: HTMLElement | null, names: string[], target: EventTarget): Promise<CustomEvent> {
  const event = firstOf(target, names);
  choose(node);
  return event;
}

const idle = (el: AuthUserButton) => waitUntil(() => !el.hasAttribute('busy'), 'the element stays busy');
const busy = (el: AuthUserButton) => waitUntil(() => el.hasAttribute('busy'), 'the element never became busy');

/**
 * After a failure: not busy, focus still with the element, the trigger opens the menu and no item
 * is disabled.
 */
async function expectUsable(el: AuthUserButton, what: string): Promise<void> {
  await idle(el);
  await el.updateComplete;
  expect(el.hasAttribute('aria-busy'), `${what}: aria-busy`).to.equal(false);
  const active = deepActiveElement();
  expect(
    !!active && (active == el || shadow(el).contains(active) || el.contains(active)),
    `${what}: focus stays with the element (it is on ${nameOf(active)})`,
  ).to.equal(true);
  if (!isOpen(el)) await openMenu(el);
  const items = itemsOnScreen(el);
  expect(items.length, `${what}: items on screen`).to.be.greaterThan(0);
  for (const node of items) {
    expect(node.hasAttribute('aria-disabled'), `${what}: "${nameOf(node)}" aria-disabled`).to.equal(false);
  }
}

/** Sets the element's client's current session (and the list) the way a provider reports it. */
async function change(el: AuthUserButton, client: FakeClient, current: AuthSession | null, list?: AuthSession[]) {
  if (list) client.sessions = list;
  client.session = current;
  client.emitChange();
  await el.updateComplete;
}

describe('<auth-user-button> flows', () => {
  describe('what each item asks of the client', () => {
    it('one session: "Sign out" sends { scope: "all" } and there is no "Sign out of all accounts"', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client}><a slot="signed-out" href="#in">Sign in</a></auth-user-button>
      `);
      await openMenu(el);
      expect(item(el, 'out').textContent).to.equal('Sign out');
      expect(visible(item(el, 'all')), '"Sign out of all accounts" with one session').to.equal(false);
      const log = record(el, FLOW);
      await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
      expect(client.calls[0]!.signal.aborted).to.equal(false);
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: null, scope: 'all', redirectUrl: null },
        { sessionId: null, scope: 'all', redirectUrl: null, source: 'this-tab' },
      ]);
      await idle(el);
      expect(visible(trigger(el)), 'the trigger after signing out').to.equal(false);
      expect(visible(el.querySelector('a')), 'the signed-out slot').to.equal(true);
      expect(client.navigations).to.deep.equal([]);
    });

    it('several sessions: "Sign out" sends { scope: "session", sessionId: current }; the next current user is shown', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      expect(label(el)).to.equal('Open account menu for User s1');
      await openMenu(el);
      const log = record(el, FLOW);
      await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(received(client)).to.deep.equal([{ scope: 'session', sessionId: 's1' }]);
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: 's1', scope: 'session', redirectUrl: null },
        { sessionId: 's1', scope: 'session', redirectUrl: null, source: 'this-tab' },
      ]);
      await idle(el);
      expect(client.session?.id).to.equal('s2');
      expect(label(el)).to.equal('Open account menu for User s2');
      expect(part(el, 'name').textContent).to.equal('User s2');
      expect(isOpen(el), 'the menu after signing out of one account').to.equal(false);
      expectFocus(trigger(el), 'focus after signing out of one account');
      await openMenu(el);
      expect(part(el, 'header-name').textContent).to.equal('User s2');
      expect(otherAccounts(el)).to.deep.equal(['s3']);
      expect(visible(item(el, 'all')), '"Sign out of all accounts" with two sessions left').to.equal(true);
      expect(client.navigations).to.deep.equal([]);
    });

    it('several sessions: no sign-out redirect after "Sign out" while another account stays', async () => {
      const client = fakeClient({ navigate: true, sessions: two(), extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} redirect-url="/bye"></auth-user-button>`,
      );
      await openMenu(el);
      const { detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
      await idle(el);
      await settle();
      expect(client.calls.map(({ scope, sessionId }) => ({ scope, sessionId }))).to.deep.equal([
        { scope: 'session', sessionId: 's1' },
      ]);
      expect(detail.redirectUrl).to.equal(null);
      expect(client.navigations).to.deep.equal([]);
      expect(label(el)).to.equal('Open account menu for User s2');
    });

    it('several sessions: "Sign out" goes to after-switch-session-url, after auth-signed-out', async () => {
      const order: string[] = [];
      const client = orderRecordingClient(order, { sessions: two() });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} redirect-url="/bye" after-switch-session-url="/switched">
        </auth-user-button>`,
      );
      for (const name of FLOW) el.addEventListener(name, event => order.push(event.type));
      await openMenu(el);
      choose(item(el, 'out'));
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      await settle();
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
        await openMenu(el);
        const { detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
        await idle(el);
        await settle();
        expect(detail.redirectUrl, url).to.equal(null);
        expect(client.navigations, url).to.deep.equal([]);
        expect(
          messages.some(message => message.includes(JSON.stringify(url))),
          `a warning names ${url}`,
        ).to.equal(true);
        expect(label(el), url).to.equal('Open account menu for User s2');
      }
    });

    it('"Sign out of all accounts" (several sessions only) sends { scope: "all" } and follows redirect-url', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} redirect-url="/bye"></auth-user-button>`,
      );
      await openMenu(el);
      expect(item(el, 'all').textContent).to.equal('Sign out of all accounts');
      const log = record(el, FLOW);
      await chooseFor(item(el, 'all'), ['auth-signed-out', 'auth-sign-out-error'], el);
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
      await openMenu(byAttribute);
      choose(item(byAttribute, 'out'));
      await waitUntil(() => own.navigations.length > 0, 'no navigation to redirect-url');
      expect(received(own)).to.deep.equal([{ scope: 'all', redirectUrl: at('/bye') }]);
      expect(own.navigations).to.deep.equal([at('/bye')]);

      const client = fakeClient({ navigate: true, extra: { afterSignOutUrl: '/after' } });
      const byClient = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(byClient);
      choose(item(byClient, 'out'));
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
      await settle();
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
      expect(label(multi)).to.equal('Open account menu for User s2');
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

  describe('switching accounts', () => {
    it('auth-session-switch (cancelable), setActive, auth-session-switched; menu closed, focus on the trigger, new user shown', async () => {
      const order: string[] = [];
      const { client, switches } = switchingClient({}, async (options, self) => {
        order.push(`setActive ${options.sessionId}`);
        await activate(self, options.sessionId);
      });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      const page = location.href;
      const events: Event[] = [];
      for (const name of SWITCH) {
        el.addEventListener(name, event => {
          events.push(event);
          const { detail, cancelable } = event as CustomEvent;
          order.push(`${event.type}${cancelable ? ' (cancelable)' : ''} ${JSON.stringify(detail)}`);
        });
      }
      await openMenu(el);
      expect(otherAccounts(el)).to.deep.equal(['s2', 's3']);
      expect(account(el, 's2')!.textContent).to.contain('User s2').and.contain('s2@example.com');
      const closed = oneEvent(el, 'auth-menu-closed');
      choose(account(el, 's2'));
      await closed;
      expect(order).to.deep.equal([
        'auth-session-switch (cancelable) {"sessionId":"s2"}',
        'setActive s2',
        'auth-session-switched {"sessionId":"s2"}',
      ]);
      for (const event of events) {
        expect(event.bubbles && event.composed, event.type).to.equal(true);
        expect(Object.isFrozen((event as CustomEvent).detail), event.type).to.equal(true);
      }
      expect(switches).to.have.length(1);
      expect(switches[0]!.sessionId).to.equal('s2');
      expect(switches[0]!.signal).to.be.instanceOf(AbortSignal);
      expect(switches[0]!.signal.aborted).to.equal(false);
      expect(isOpen(el)).to.equal(false);
      expectFocus(trigger(el), 'focus after switching');
      // Re-rendered in place: same element, same page, no navigation.
      expect(el.isConnected).to.equal(true);
      expect(location.href).to.equal(page);
      expect(label(el)).to.equal('Open account menu for User s2');
      expect(part(el, 'name').textContent).to.equal('User s2');
      expect(client.navigations).to.deep.equal([]);
      expect(client.calls).to.deep.equal([]);
      await openMenu(el);
      expect(part(el, 'header-name').textContent).to.equal('User s2');
      expect(otherAccounts(el)).to.deep.equal(['s1', 's3']);
    });

    it('after-switch-session-url is followed after auth-session-switched', async () => {
      const order: string[] = [];
      const { client } = switchingClient();
      const navigate = client.navigate!;
      client.navigate = url => {
        order.push('navigation');
        return navigate(url);
      };
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} after-switch-session-url="/switched"></auth-user-button>`,
      );
      el.addEventListener('auth-session-switched', () => order.push('auth-session-switched'));
      await openMenu(el);
      choose(account(el, 's3'));
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      expect(order).to.deep.equal(['auth-session-switched', 'navigation']);
      expect(client.navigations).to.deep.equal([at('/switched')]);
    });

    it('a hostile after-switch-session-url is never followed after a switch', async () => {
      const messages = warnings();
      const urls = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'https://evil.example/', 'file:///etc/passwd'];
      for (const url of urls) {
        const { client } = switchingClient();
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button .auth=${client} after-switch-session-url=${url}></auth-user-button>`,
        );
        await openMenu(el);
        await chooseFor(account(el, 's2'), SWITCH.slice(1), el);
        await idle(el);
        await settle();
        expect(client.session?.id, url).to.equal('s2');
        expect(client.navigations, url).to.deep.equal([]);
        expect(
          messages.some(message => message.includes(JSON.stringify(url))),
          `a warning names ${url}`,
        ).to.equal(true);
      }
    });

    it('preventDefault() on auth-session-switch stops the switch', async () => {
      const { client, switches } = switchingClient();
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} after-switch-session-url="/switched"></auth-user-button>`,
      );
      const log = record(el, ACTIONS);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('auth-session-switch', cancel);
      await openMenu(el);
      choose(account(el, 's2'));
      await settle();
      await el.updateComplete;
      expect(types(log)).to.deep.equal(['auth-session-switch']);
      expect(switches).to.deep.equal([]);
      expect(client.session?.id).to.equal('s1');
      expect(label(el)).to.equal('Open account menu for User s1');
      expect(client.navigations).to.deep.equal([]);
      expect(el.hasAttribute('busy')).to.equal(false);

      el.removeEventListener('auth-session-switch', cancel);
      if (!isOpen(el)) await openMenu(el);
      await chooseFor(account(el, 's2'), SWITCH.slice(1), el);
      expect(switches.map(({ sessionId }) => sessionId)).to.deep.equal(['s2']);
    });

    it('timeout: an unanswered setActive fails with code timeout and an aborted signal; switching works again', async () => {
      const { client, switches } = switchingClient({}, (options, self, call) =>
        call == 1 ? pending() : activate(self, options.sessionId),
      );
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} timeout="50" after-switch-session-url="/switched"></auth-user-button>`,
      );
      await openMenu(el);
      const { type, detail } = await chooseFor(account(el, 's2'), SWITCH.slice(1), el);
      expect(type).to.equal('auth-session-switch-error');
      expect(detail.code).to.equal('timeout');
      expect(detail.sessionId).to.equal('s2');
      expect(detail.error).to.be.instanceOf(Error);
      expect(switches[0]!.signal.aborted).to.equal(true);
      expect(client.navigations).to.deep.equal([]);
      expect(label(el)).to.equal('Open account menu for User s1');
      await expectUsable(el, 'after a switch timeout');

      const next = await chooseFor(account(el, 's3'), SWITCH.slice(1), el);
      expect(next.type).to.equal('auth-session-switched');
      await waitUntil(() => client.navigations.length > 0, 'no navigation after the second switch');
      expect(label(el)).to.equal('Open account menu for User s3');
    });

    it('a rejecting setActive fails with code failed; the menu is usable again', async () => {
      const error = new Error('provider down');
      const { client } = switchingClient({}, (options, self, call) =>
        call == 1 ? Promise.reject(error) : activate(self, options.sessionId),
      );
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      const { type, detail } = await chooseFor(account(el, 's2'), SWITCH.slice(1), el);
      expect(type).to.equal('auth-session-switch-error');
      expect(detail).to.deep.equal({ sessionId: 's2', code: 'failed', error });
      expect(label(el)).to.equal('Open account menu for User s1');
      await expectUsable(el, 'after a failed switch');
      const next = await chooseFor(account(el, 's2'), SWITCH.slice(1), el);
      expect(next.type).to.equal('auth-session-switched');
      await el.updateComplete;
      expect(label(el)).to.equal('Open account menu for User s2');
    });

    it('a client without setActive: an unclaimed switch ends in code unsupported, a claimed one in nothing', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      const log = record(el, ACTIONS);
      await openMenu(el);
      const { type, detail } = await chooseFor(account(el, 's2'), SWITCH.slice(1), el);
      expect(type).to.equal('auth-session-switch-error');
      expect(detail.code).to.equal('unsupported');
      expect(detail.sessionId).to.equal('s2');
      expect(detail.error).to.be.instanceOf(Error);
      expect(client.calls).to.deep.equal([]);
      await expectUsable(el, 'after an unsupported switch');

      // A host that switches by itself claims the event: no error.
      const claimed: string[] = [];
      el.addEventListener('auth-session-switch', event => {
        claimed.push(event.detail.sessionId);
        event.preventDefault();
      });
      choose(account(el, 's3'));
      await settle();
      expect(claimed).to.deep.equal(['s3']);
      expect(types(log)).to.deep.equal(['auth-session-switch', 'auth-session-switch-error', 'auth-session-switch']);
    });

    it('single flight: while a switch runs every item is aria-disabled, the host aria-busy, and clicks do nothing', async () => {
      const answer = deferred();
      cleanups.push(() => answer.resolve());
      const { client, switches } = switchingClient(
        { extra: { userProfileUrl: '/profile', signInUrl: '/sign-in' } },
        async (options, self) => {
          await answer.promise;
          await activate(self, options.sessionId);
        },
      );
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client}><button slot="menu-item">Billing</button></auth-user-button>
      `);
      const log = record(el, ACTIONS);
      await openMenu(el);
      choose(account(el, 's2'));
      await busy(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const items = itemsOnScreen(el);
      expect(items.map(nameOf)).to.deep.equal([
        'Manage account',
        'Billing',
        'account s2',
        'account s3',
        'Add account',
        'Sign out',
        'Sign out of all accounts',
      ]);
      for (const node of items) expect(node.getAttribute('aria-disabled'), nameOf(node)).to.equal('true');
      for (const node of [...items, ...items]) {
        if (node.localName == 'button' && !node.slot) node.click();
        await settle();
      }
      expect(switches.map(({ sessionId }) => sessionId)).to.deep.equal(['s2']);
      expect(client.calls).to.deep.equal([]);
      expect(client.navigations).to.deep.equal([]);
      expect(types(log)).to.deep.equal(['auth-session-switch']);

      answer.resolve();
      await idle(el);
      await el.updateComplete;
      expect(types(log)).to.deep.equal(['auth-session-switch', 'auth-session-switched']);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(label(el)).to.equal('Open account menu for User s2');
      if (!isOpen(el)) await openMenu(el);
      for (const node of itemsOnScreen(el)) expect(node.hasAttribute('aria-disabled'), nameOf(node)).to.equal(false);
    });
  });

  describe('cancelable events', () => {
    it('preventDefault() on auth-sign-out from the menu stops "Sign out" and "Sign out of all accounts"', async () => {
      const client = fakeClient({ navigate: true, sessions: two(), extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      const log = record(el, ACTIONS);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('auth-sign-out', cancel);
      for (const key of ['out', 'all'] as const) {
        if (!isOpen(el)) await openMenu(el);
        choose(item(el, key));
        await settle();
        await el.updateComplete;
      }
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: 's1', scope: 'session', redirectUrl: at('/after') },
        { sessionId: null, scope: 'all', redirectUrl: at('/after') },
      ]);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out']);
      expect(client.calls).to.deep.equal([]);
      expect(client.navigations).to.deep.equal([]);
      expect(label(el)).to.equal('Open account menu for User s1');
      expect(el.hasAttribute('busy')).to.equal(false);

      el.removeEventListener('auth-sign-out', cancel);
      if (!isOpen(el)) await openMenu(el);
      await chooseFor(item(el, 'all'), ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all', redirectUrl: at('/after') }]);
    });

    it('"Manage account" dispatches cancelable auth-manage-account { url } and navigates to user-profile-url', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} user-profile-url=${at('/profile')}></auth-user-button>`,
      );
      const log = record(el, ACTIONS);
      await openMenu(el);
      expect(item(el, 'manage').textContent).to.equal('Manage account');
      const closed = oneEvent(el, 'auth-menu-closed');
      const event = await chooseFor(item(el, 'manage'), ['auth-manage-account'], el);
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ url: at('/profile') });
      await closed;
      expect(isOpen(el)).to.equal(false);
      expectFocus(trigger(el), 'focus after "Manage account"');
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      expect(client.navigations).to.deep.equal([at('/profile')]);
      expect(types(log)).to.deep.equal(['auth-manage-account']);
      expect(client.calls).to.deep.equal([]);
    });

    it('"Manage account" defaults to the client\'s userProfileUrl; the attribute wins; canceled, nothing happens', async () => {
      const client = fakeClient({ navigate: true, extra: { userProfileUrl: '/client-profile' } });
      const byClient = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(byClient);
      choose(item(byClient, 'manage'));
      await waitUntil(() => client.navigations.length > 0, 'no navigation to userProfileUrl');
      expect(client.navigations).to.deep.equal([at('/client-profile')]);

      const second = fakeClient({ navigate: true, extra: { userProfileUrl: '/client-profile' } });
      const byAttribute = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${second} user-profile-url="/own-profile"></auth-user-button>`,
      );
      await openMenu(byAttribute);
      choose(item(byAttribute, 'manage'));
      await waitUntil(() => second.navigations.length > 0, 'no navigation to user-profile-url');
      expect(second.navigations).to.deep.equal([at('/own-profile')]);

      const third = fakeClient({ navigate: true, extra: { userProfileUrl: '/client-profile' } });
      const canceled = await fixture<AuthUserButton>(html`<auth-user-button .auth=${third}></auth-user-button>`);
      canceled.addEventListener('auth-manage-account', event => event.preventDefault());
      await openMenu(canceled);
      await chooseFor(item(canceled, 'manage'), ['auth-manage-account'], canceled);
      await settle(50);
      expect(third.navigations).to.deep.equal([]);
      expect(isOpen(canceled)).to.equal(false);
    });

    it('the manage-account attribute without a URL: "Manage account" shown, detail.url null, no navigation', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true });
      const plain = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(plain);
      expect(visible(item(plain, 'manage')), '"Manage account" without URL or attribute').to.equal(false);

      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} manage-account></auth-user-button>`,
      );
      await openMenu(el);
      const { detail } = await chooseFor(item(el, 'manage'), ['auth-manage-account'], el);
      expect(detail).to.deep.equal({ url: null });
      await settle(50);
      expect(client.navigations).to.deep.equal([]);
      expect(messages).to.deep.equal([]);
      expect(isOpen(el)).to.equal(false);
    });

    it('"Add account" dispatches cancelable auth-add-account { url } and navigates to sign-in-url or signInUrl', async () => {
      const client = fakeClient({ navigate: true, sessions: two(), extra: { signInUrl: '/client-sign-in' } });
      const byAttribute = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} sign-in-url=${at('/sign-in')}></auth-user-button>`,
      );
      await openMenu(byAttribute);
      expect(item(byAttribute, 'add').textContent).to.equal('Add account');
      const event = await chooseFor(item(byAttribute, 'add'), ['auth-add-account'], byAttribute);
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ url: at('/sign-in') });
      await waitUntil(() => client.navigations.length > 0, 'no navigation to sign-in-url');
      expect(client.navigations).to.deep.equal([at('/sign-in')]);
      expect(isOpen(byAttribute)).to.equal(false);

      const second = fakeClient({ navigate: true, extra: { signInUrl: '/client-sign-in' } });
      const byClient = await fixture<AuthUserButton>(html`<auth-user-button .auth=${second}></auth-user-button>`);
      await openMenu(byClient);
      choose(item(byClient, 'add'));
      await waitUntil(() => second.navigations.length > 0, 'no navigation to signInUrl');
      expect(second.navigations).to.deep.equal([at('/client-sign-in')]);

      const third = fakeClient({ navigate: true, extra: { signInUrl: '/client-sign-in' } });
      const canceled = await fixture<AuthUserButton>(html`<auth-user-button .auth=${third}></auth-user-button>`);
      canceled.addEventListener('auth-add-account', event => event.preventDefault());
      await openMenu(canceled);
      await chooseFor(item(canceled, 'add'), ['auth-add-account'], canceled);
      await settle(50);
      expect(third.navigations).to.deep.equal([]);

      const none = fakeClient({ navigate: true });
      const without = await fixture<AuthUserButton>(html`<auth-user-button .auth=${none}></auth-user-button>`);
      await openMenu(without);
      expect(visible(item(without, 'add')), '"Add account" without a sign-in URL').to.equal(false);
    });

    it('hostile profile and sign-in URLs are never navigated to', async () => {
      const messages = warnings();
      const dialogs: unknown[] = [];
      const alert = window.alert;
      window.alert = (...args: unknown[]) => void dialogs.push(args);
      cleanups.push(() => (window.alert = alert));
      const urls = [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(2)',
        ' javascript:alert(3)',
        'java\tscript:alert(4)',
        'vbscript:msgbox(5)',
        'data:text/html,<script>alert(6)</script>',
        'https://evil.example/profile',
        `http://user:pass@${location.host}/profile`,
        'file:///etc/passwd',
      ];
      for (const url of urls) {
        for (const [key, event, attribute, clientField] of [
          ['manage', 'auth-manage-account', 'user-profile-url', 'userProfileUrl'],
          ['add', 'auth-add-account', 'sign-in-url', 'signInUrl'],
        ] as const) {
          for (const via of ['attribute', 'client'] as const) {
            const what = `${url} as ${via == 'attribute' ? attribute : clientField}`;
            const client = fakeClient({ navigate: true, extra: via == 'client' ? { [clientField]: url } : {} });
            const el = document.createElement('auth-user-button');
            el.auth = client;
            if (via == 'attribute') el.setAttribute(attribute, url);
            const container = await fixture<HTMLDivElement>(html`<div></div>`);
            container.append(el);
            await el.updateComplete;
            await openMenu(el);
            const before = messages.length;
            const { detail } = await chooseFor(item(el, key), [event], el);
            await settle();
            expect(client.navigations, what).to.deep.equal([]);
            // A host that navigates to detail.url itself never gets the refused URL.
            expect(detail.url, `detail.url for ${what}`).to.equal(null);
            expect(
              messages.slice(before).some(message => message.includes(JSON.stringify(url))),
              `a warning names ${what}`,
            ).to.equal(true);
          }
        }
      }
      await settle(50);
      expect(dialogs).to.deep.equal([]);
    });
  });

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
        await openMenu(el);
        const { type, detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
        expect(type).to.equal('auth-sign-out-error');
        expect(detail.code).to.equal(code);
        expect(detail.scope).to.equal('all');
        expect(detail.sessionId).to.equal(null);
        expect(detail.error).to.be.instanceOf(Error);
        expect(client.calls[0]!.signal.aborted).to.equal(code == 'timeout');
        expect(client.navigations).to.deep.equal([]);
        expect(label(el)).to.equal('Open account menu for User s1');
        await expectUsable(el, `after ${code}`);
        await chooseFor(item(el, 'out'), ['auth-signed-out'], el);
        await waitUntil(() => client.navigations.length > 0, 'no navigation after the retry');
        expect(client.navigations).to.deep.equal([at('/bye')]);
      });
    }

    it('unsupported scope: "Sign out" with one session needs scope all; the client is not called', async () => {
      const client = fakeClient({ navigate: true });
      client.supportsScope = ['session'];
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      const { type, detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(type).to.equal('auth-sign-out-error');
      expect(detail.code).to.equal('unsupported');
      expect(detail.scope).to.equal('all');
      expect(client.calls).to.deep.equal([]);
      await expectUsable(el, 'after unsupported');
      client.supportsScope = ['session', 'all'];
      await chooseFor(item(el, 'out'), ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    it('unsupported scope: "Sign out" with several sessions needs scope session; "Sign out of all" still works', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      client.supportsScope = ['all'];
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      const { type, detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(type).to.equal('auth-sign-out-error');
      expect(detail.code).to.equal('unsupported');
      expect(detail.scope).to.equal('session');
      expect(detail.sessionId).to.equal('s1');
      expect(client.calls).to.deep.equal([]);
      await expectUsable(el, 'after unsupported');
      await chooseFor(item(el, 'all'), ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    it("unknown-session: the current session is missing from the client's sessions; the client is not called", async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      client.session = session('s3');
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      const { type, detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
      expect(type).to.equal('auth-sign-out-error');
      expect(detail.code).to.equal('unknown-session');
      expect(detail.scope).to.equal('session');
      expect(detail.sessionId).to.equal('s3');
      expect(client.calls).to.deep.equal([]);
      await expectUsable(el, 'after unknown-session');
      await chooseFor(item(el, 'all'), ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all' }]);
    });

    it('no-auth-client: the provider removed window.Auth without an event before the click (re-read at click time)', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true });
      window.Auth = client;
      const el = await fixture<AuthUserButton>(html`<auth-user-button redirect-url=""></auth-user-button>`);
      await openMenu(el);
      const observed = Object.getOwnPropertyDescriptor(window, 'Auth')!;
      cleanups.push(() => Object.defineProperty(window, 'Auth', observed));
      Object.defineProperty(window, 'Auth', { value: undefined, configurable: true, writable: true });
      const { type, detail } = await chooseFor(item(el, 'out'), ['auth-signed-out', 'auth-sign-out-error'], el);
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
      await waitUntil(() => visible(trigger(el)), 'the trigger is not shown again');
      await openMenu(el);
      await chooseFor(item(el, 'out'), ['auth-signed-out'], el);
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
      await openMenu(el);
      await chooseFor(item(el, 'out'), ['auth-signed-out'], el);
      await waitUntil(() => deepActiveElement() == link, `focus is on ${nameOf(deepActiveElement())}`);
      expect(visible(link)).to.equal(true);
      expect(visible(trigger(el))).to.equal(false);
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
      await openMenu(el);
      await chooseFor(item(el, 'all'), ['auth-signed-out'], el);
      await waitUntil(() => deepActiveElement() == button, `focus is on ${nameOf(deepActiveElement())}`);
      expect(visible(button)).to.equal(true);
      expect(client.navigations).to.deep.equal([]);
    });
  });

  describe('custom items', () => {
    const template = (client: FakeClient) => html`
      <auth-user-button .auth=${client} manage-account sign-in-url="/sign-in">
        <button slot="menu-item" id="billing">Billing</button>
        <a slot="signed-out" href="#in">Sign in</a>
        <a slot="menu-item" href="#docs" id="docs">Docs</a>
      </auth-user-button>
    `;
    const ORDER = [
      'Manage account',
      'Billing',
      'Docs',
      'account s2',
      'account s3',
      'Add account',
      'Sign out',
      'Sign out of all accounts',
    ];

    it('order on screen and by ArrowDown: Manage account, host items in DOM order, accounts, Add account, Sign out, Sign out of all', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(template(client));
      await openMenu(el);
      expect(itemsOnScreen(el).map(nameOf)).to.deep.equal(ORDER);
      expect(nameOf(deepActiveElement()), 'focus after opening').to.equal(ORDER[0]);
      const reached: string[] = [];
      for (let i = 0; i < ORDER.length; i++) {
        await sendKeys({ press: 'ArrowDown' });
        reached.push(nameOf(deepActiveElement()));
      }
      expect(reached).to.deep.equal([...ORDER.slice(1), ORDER[0]]);
    });

    it('role="menuitem" and tabindex="-1" are set on each slotted item and removed when it leaves the slot', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      const el = await fixture<AuthUserButton>(template(client));
      const billing = el.querySelector<HTMLElement>('#billing')!;
      const docs = el.querySelector<HTMLElement>('#docs')!;
      const signIn = el.querySelector<HTMLElement>('a[slot="signed-out"]')!;
      const roles = (node: HTMLElement) => [node.getAttribute('role'), node.getAttribute('tabindex')];
      await settle();
      expect(roles(billing)).to.deep.equal(['menuitem', '-1']);
      expect(roles(docs)).to.deep.equal(['menuitem', '-1']);
      expect(roles(signIn), 'the signed-out slot content').to.deep.equal([null, null]);

      docs.remove();
      await settle();
      expect(roles(docs), 'removed from the host').to.deep.equal([null, null]);

      billing.slot = 'elsewhere';
      await settle();
      expect(roles(billing), 'slot attribute changed').to.deep.equal([null, null]);
      billing.slot = 'menu-item';
      await settle();
      expect(roles(billing), 'back in the slot').to.deep.equal(['menuitem', '-1']);
      billing.removeAttribute('slot');
      await settle();
      expect(roles(billing), 'slot attribute removed').to.deep.equal([null, null]);

      el.append(docs);
      await settle();
      expect(roles(docs), 'appended again').to.deep.equal(['menuitem', '-1']);
    });

    it('items added, relabelled and removed while the menu is open update it, keyboard reach included', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client}>
          <button slot="menu-item" id="billing">Billing</button>
          <a slot="menu-item" href="#docs" id="docs">Docs</a>
        </auth-user-button>
      `);
      const billing = el.querySelector<HTMLElement>('#billing')!;
      const docs = el.querySelector<HTMLElement>('#docs')!;
      await openMenu(el);
      expect(itemsOnScreen(el).map(nameOf)).to.deep.equal([
        'Billing',
        'Docs',
        'account s2',
        'Sign out',
        'Sign out of all accounts',
      ]);

      const team = document.createElement('button');
      team.slot = 'menu-item';
      team.textContent = 'Team';
      el.append(team);
      await settle();
      expect(isOpen(el), 'open after adding').to.equal(true);
      expect(team.getAttribute('role')).to.equal('menuitem');
      expect(itemsOnScreen(el).map(nameOf)).to.deep.equal([
        'Billing',
        'Docs',
        'Team',
        'account s2',
        'Sign out',
        'Sign out of all accounts',
      ]);
      billing.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expectFocus(team, 'ArrowDown reaches the added item');
      await sendKeys({ press: 'ArrowDown' });
      expect(nameOf(deepActiveElement())).to.equal('account s2');

      docs.textContent = 'Handbook';
      await settle();
      expect(isOpen(el), 'open after relabelling').to.equal(true);
      expect(docs.innerText.trim()).to.equal('Handbook');
      expect(itemsOnScreen(el).map(nameOf).slice(0, 3)).to.deep.equal(['Billing', 'Handbook', 'Team']);

      docs.remove();
      await settle();
      expect(isOpen(el), 'open after removing').to.equal(true);
      expect(itemsOnScreen(el).map(nameOf).slice(0, 3)).to.deep.equal(['Billing', 'Team', 'account s2']);
      team.focus();
      await sendKeys({ press: 'ArrowUp' });
      expectFocus(billing, 'ArrowUp skips the removed item');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowDown' });
      expectFocus(billing, 'wrapping from the last item');
    });

    it('choosing one closes the menu, returns focus to the trigger, and the host listener runs once', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      const el = await fixture<AuthUserButton>(template(client));
      const billing = el.querySelector<HTMLElement>('#billing')!;
      const docs = el.querySelector<HTMLElement>('#docs')!;
      const clicks: string[] = [];
      billing.addEventListener('click', () => clicks.push('billing'));
      docs.addEventListener('click', event => {
        clicks.push('docs');
        // The host's router takes the link over.
        event.preventDefault();
      });
      const log = record(el, ACTIONS);
      const hash = location.hash;

      await openMenu(el);
      let closed = oneEvent(el, 'auth-menu-closed');
      choose(docs);
      await closed;
      expect(clicks).to.deep.equal(['docs']);
      expect(isOpen(el)).to.equal(false);
      expectFocus(trigger(el), 'focus after choosing a link');

      await openMenu(el);
      billing.focus();
      closed = oneEvent(el, 'auth-menu-closed');
      await sendKeys({ press: 'Enter' });
      await closed;
      expect(clicks).to.deep.equal(['docs', 'billing']);
      expect(isOpen(el)).to.equal(false);
      expectFocus(trigger(el), 'focus after choosing a button by Enter');

      expect(log).to.deep.equal([]);
      expect(client.calls).to.deep.equal([]);
      expect(client.navigations).to.deep.equal([]);
      expect(location.hash).to.equal(hash);
    });

    it('items are never cloned or moved: the same nodes stay in the light DOM', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      const el = await fixture<AuthUserButton>(template(client));
      const before = [...el.children];
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver(records => mutations.push(...records));
      observer.observe(el, { childList: true, subtree: true, characterData: true });
      cleanups.push(() => observer.disconnect());

      await openMenu(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const closed = oneEvent(el, 'auth-menu-closed');
      choose(el.querySelector<HTMLElement>('#billing'));
      await closed;
      await openMenu(el);
      await settle();
      observer.disconnect();

      expect(mutations.map(record => `${record.type} ${record.target.nodeName}`)).to.deep.equal([]);
      expect([...el.children].length).to.equal(before.length);
      expect(
        [...el.children].every((child, i) => child == before[i]),
        'the same light DOM nodes, in the same order',
      ).to.equal(true);
      const slot = shadow(el).querySelector('slot[name="menu-item"]')!;
      for (const id of ['billing', 'docs']) {
        const node = el.querySelector<HTMLElement>(`#${id}`)!;
        expect(node.parentElement == el, `#${id} is still the host's child`).to.equal(true);
        expect(node.assignedSlot == slot, `#${id} is assigned to the menu-item slot`).to.equal(true);
        expect(!!shadow(el).querySelector(`#${id}`), `a copy of #${id} in the shadow root`).to.equal(false);
      }
      expect(!!shadow(el).querySelector('a'), 'a link in the shadow root').to.equal(false);
      expect(shadow(el).textContent).not.to.contain('Billing');
      expect(shadow(el).textContent).not.to.contain('Docs');
    });
  });

  describe('hostile user data', () => {
    /** Markup, script and template payloads; each would show itself by alert, __xss, console.log or a request. */
    const PAYLOADS = [
      '<img src=/xss-probe-1 onerror=alert(1)>',
      '"><script>alert(2)</script>',
      "'><script>__xss(3)</script>",
      '<svg onload=alert(4)>',
      '<svg><script>__xss(5)</script></svg>',
      '<iframe src="javascript:parent.__xss(6)"></iframe>',
      '<iframe srcdoc="<script>parent.__xss(7)</script>"></iframe>',
      'javascript:alert(8)',
      '${alert(9)}',
      '`${__xss(10)}`',
      '{{constructor.constructor("alert(11)")()}}',
      '{{7*7}}',
      '<body onload=alert(13)>',
      '<a href="javascript:alert(14)">click me</a>',
      '" onmouseover="alert(15)" x="',
      "' onfocus='__xss(16)' autofocus='",
      '<details open ontoggle=__xss(17)>',
      '<math><mtext><table><mglyph><style><img src=/xss-probe-18 onerror=alert(18)>',
      '<object data="javascript:alert(19)"></object>',
      '<embed src="/xss-probe-20">',
      '<input autofocus onfocus=__xss(21)>',
      '<video><source onerror=__xss(22)></video>',
      '<style>@import "/xss-probe-23";</style>',
      '<link rel=stylesheet href=/xss-probe-24>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(25)">',
      '<base href="/xss-probe-26/">',
      '<template><img src=/xss-probe-27 onerror=alert(27)></template>',
      '\u202Egnp.exe',
      'Ada \u202E<script>alert(29)</script>',
      '<scr<script>ipt>alert(30)</scr</script>ipt>',
      '&lt;script&gt;alert(31)&lt;/script&gt;',
      '%3Cscript%3Ealert(32)%3C/script%3E',
      '<!--<img src=/xss-probe-33 onerror=alert(33)>-->',
      '<![CDATA[<script>alert(34)</script>]]>',
      '\u0000<script>alert(35)</script>',
      '<div style="background:url(/xss-probe-36)">x</div>',
      '<form action="javascript:alert(37)"><button>x</button></form>',
      '<x onclick=alert(38) id=xss38>click</x>',
      'data:text/html,<script>alert(39)</script>',
      '<img src=/xss-probe-40 onerror=console.log("xss-40")>',
      '"\'><img src=/xss-probe-41 onerror=__xss(41)>',
      '<a href="#" onclick="__xss(42)">𝓐𝓭𝓪</a>',
    ];

    /** Image URLs that must never render an <img> (so are never requested). */
    const UNSAFE_IMAGES = [
      'javascript:alert(101)',
      'JaVaScRiPt:alert(102)',
      ' javascript:alert(103)',
      'java\tscript:alert(104)',
      'java\nscript:alert(105)',
      '\u0001javascript:alert(106)',
      'javascript:fetch("/never-requested-107")',
      'vbscript:msgbox(108)',
      'data:text/html,<script>alert(109)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTApPC9zY3JpcHQ+',
      'data:application/javascript,alert(111)',
      'data:,never-requested-112',
      'data:imagex/png;base64,AAAA',
      'file:///etc/passwd',
      'file://localhost/never-requested-115.png',
      'ftp://127.0.0.1/never-requested-116.png',
      'ws://127.0.0.1/never-requested-117',
      `blob:${location.origin}/00000000-0000-4000-8000-000000000118`,
      'about:blank',
      'mailto:ada@example.com',
      'chrome://settings',
      `view-source:${location.origin}/never-requested-122.png`,
      '/never-requested-123.png',
      'never-requested-124.png',
      './never-requested-125.png',
      '../never-requested-126.png',
      '//127.0.0.1/never-requested-127.png',
      '?never-requested-128',
      '#never-requested-129',
      'https://',
      '',
      'null',
    ];

    const DANGEROUS =
      'script, svg, math, iframe, frame, object, embed, img, video, audio, source, link, meta, base, form, input, template, details, x';

    /** The URLs of every resource requested from now on, by name. */
    function requests(): string[] {
      const names: string[] = [];
      const observer = new PerformanceObserver(list => names.push(...list.getEntries().map(entry => entry.name)));
      observer.observe({ type: 'resource', buffered: false });
      cleanups.push(() => observer.disconnect());
      return names;
    }

    /** Spies on everything a payload that ran would call. */
    function spies(): unknown[] {
      const calls: unknown[] = [];
      const w = window as unknown as Record<string, unknown>;
      const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, log: console.log };
      w.alert = w.confirm = w.prompt = (...args: unknown[]) => void calls.push(['dialog', ...args]);
      w.__xss = (...args: unknown[]) => void calls.push(['__xss', ...args]);
      console.log = (...args: unknown[]) => {
        if (args.some(arg => String(arg).includes('xss'))) calls.push(['console.log', ...args]);
        else (saved.log as typeof console.log)(...args);
      };
      cleanups.push(() => {
        Object.assign(w, { alert: saved.alert, confirm: saved.confirm, prompt: saved.prompt });
        delete w.__xss;
        console.log = saved.log;
      });
      return calls;
    }

    /** No element or attribute came from user data: only what the element itself builds. */
    function expectInert(el: AuthUserButton, what: string): void {
      // The items' own icons are the element's inline SVG: every other dangerous element is not.
      expect(
        [...shadow(el).querySelectorAll(DANGEROUS)]
          .filter(node => !node.matches('[part~="icon"] > slot > svg, [part~="chevron"] > svg'))
          .map(node => node.localName),
        `${what}: dangerous elements in the shadow root`,
      ).to.deep.equal([]);
      for (const node of [...shadow(el).querySelectorAll('*'), el, ...el.querySelectorAll('*')]) {
        const handlers = [...node.attributes].map(attribute => attribute.name).filter(name => /^on/i.test(name));
        expect(handlers, `${what}: event handler attributes on <${node.localName}>`).to.deep.equal([]);
      }
      for (const node of shadow(el).querySelectorAll('[part~="name"], [part~="header-name"], [part~="header-email"]')) {
        expect(node.children.length, `${what}: elements inside a text part`).to.equal(0);
      }
    }

    it('≥ 30 XSS payloads in name, email and image URL render as inert text everywhere', async () => {
      const calls = spies();
      const seen = requests();
      const before = document.querySelectorAll(DANGEROUS).length;
      const sessions: AuthSession[] = PAYLOADS.map((payload, i) => ({
        id: `x${i}`,
        user: { id: `u${i}`, name: payload, email: `${payload}@example.com`, imageUrl: payload },
      }));
      expect(sessions.length).to.be.at.least(30);
      const client = fakeClient({ navigate: true, sessions });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      await openMenu(el);
      for (const current of sessions) {
        await change(el, client, current);
        const { name, email } = current.user;
        const what = JSON.stringify(name);
        expect(label(el), what).to.equal(`Open account menu for ${name}`);
        expect(part(el, 'name').textContent, what).to.equal(name);
        expect(part(el, 'header-name').textContent, what).to.equal(name);
        expect(part(el, 'header-email').textContent, what).to.equal(email);
        expect(isOpen(el), `${what}: the menu stays open`).to.equal(true);
        expect(otherAccounts(el), what).to.deep.equal(
          sessions.filter(other => other != current).map(other => other.id),
        );
        expectInert(el, what);
      }
      for (const other of sessions.filter(candidate => candidate != client.session)) {
        const button = account(el, other.id)!;
        const what = JSON.stringify(other.user.name);
        expect(button.querySelector('[part~="header-name"]')!.textContent, what).to.equal(other.user.name);
        expect(button.querySelector('[part~="header-email"]')!.textContent, what).to.equal(other.user.email);
      }
      await settle(200);
      expect(calls).to.deep.equal([]);
      expect(document.querySelectorAll(DANGEROUS).length, 'dangerous elements in the document').to.equal(before);
      expect(seen.filter(name => name.includes('xss-probe'))).to.deep.equal([]);
    });

    it('payloads in firstName, lastName, username and email (without a name) render as text too', async () => {
      const calls = spies();
      const users: AuthUser[] = [
        { id: 'a', firstName: PAYLOADS[0], lastName: PAYLOADS[1] },
        { id: 'b', username: PAYLOADS[3] },
        { id: 'c', email: PAYLOADS[2] },
      ];
      const client = fakeClient({ navigate: true, sessions: users.map(user => ({ id: user.id, user })) });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client} show-name></auth-user-button>`);
      await openMenu(el);
      const names = [`${PAYLOADS[0]} ${PAYLOADS[1]}`, PAYLOADS[3], PAYLOADS[2]];
      for (const [i, user] of users.entries()) {
        await change(el, client, client.sessions![i]!);
        expect(part(el, 'name').textContent, user.id).to.equal(names[i]);
        expect(label(el), user.id).to.equal(`Open account menu for ${names[i]}`);
        expectInert(el, user.id);
      }
      await settle(100);
      expect(calls).to.deep.equal([]);
    });

    it('javascript:, vbscript:, data:text/html, file:, relative and other non-http image URLs render no <img> and are never requested', async () => {
      const calls = spies();
      const seen = requests();
      const sessions: AuthSession[] = UNSAFE_IMAGES.map((imageUrl, i) => ({
        id: `i${i}`,
        user: { id: `u${i}`, firstName: 'Ada', lastName: 'Lovelace', imageUrl },
      }));
      // A control, so that the request observer is shown to work in this engine.
      const probe = at('/__auth-elements-test__/missing-avatar.png');
      sessions.push({ id: 'control', user: { id: 'control', name: 'Control', imageUrl: probe } });
      const client = fakeClient({ navigate: true, sessions });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      for (const current of sessions.slice(0, -1)) {
        await change(el, client, current);
        const what = JSON.stringify(current.user.imageUrl);
        expect(!!triggerAvatar(el).querySelector('img'), `an <img> for ${what} in the trigger`).to.equal(false);
        expect(!!headerAvatar(el).querySelector('img'), `an <img> for ${what} in the header`).to.equal(false);
        expect(initialsOf(triggerAvatar(el)), what).to.equal('AL');
        const images = [...shadow(el).querySelectorAll('img')].map(image => image.getAttribute('src'));
        expect(images, `${what}: images in the menu`).to.deep.equal([probe]);
      }
      await waitUntil(() => seen.some(name => name.includes('missing-avatar')), 'the request observer saw nothing');
      await settle(100);
      expect(seen.filter(name => /never-requested|xss-probe/.test(name))).to.deep.equal([]);
      expect(calls).to.deep.equal([]);
    });

    it('a data:image URL renders <img alt="" referrerpolicy="no-referrer">, kept once loaded', async () => {
      const png =
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
      const client = fakeClient({
        navigate: true,
        sessions: [{ id: 's1', user: { id: 'u1', name: 'Ada', imageUrl: png } }],
      });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      for (const avatar of [triggerAvatar(el), headerAvatar(el)]) {
        const image = avatar.querySelector('img')!;
        expect(image, 'an <img> for a data:image URL').to.exist;
        expect(image.getAttribute('src')).to.equal(png);
        expect(image.getAttribute('alt')).to.equal('');
        expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
        await waitUntil(() => image.complete && image.naturalWidth == 1, 'the data: image did not load');
        expect(avatar.querySelector('img') == image, 'a loaded image stays').to.equal(true);
        expect(initialsOf(avatar)).to.equal(null);
      }
    });

    it('an http image URL renders <img alt="" referrerpolicy="no-referrer">; when broken, initials on the user\'s colour', async () => {
      const url = at('/__auth-elements-test__/404-avatar.png');
      const ada: AuthSession = { id: 's1', user: { id: 'u1', firstName: 'Ada', lastName: 'Lovelace', imageUrl: url } };
      const grace: AuthSession = { id: 's2', user: { id: 'u2', name: 'Grace Hopper', imageUrl: url } };
      const client = fakeClient({ navigate: true, sessions: [ada, grace], current: undefined });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await change(el, client, ada);
      const image = triggerAvatar(el).querySelector('img');
      expect(image, 'an <img> for an http URL').to.exist;
      expect(image!.getAttribute('alt')).to.equal('');
      expect(image!.getAttribute('referrerpolicy')).to.equal('no-referrer');
      await openMenu(el);
      const avatars = () => [
        triggerAvatar(el),
        headerAvatar(el),
        account(el, 's2')!.querySelector<HTMLElement>('[part~="avatar"]')!,
      ];
      await waitUntil(() => avatars().every(avatar => !avatar.querySelector('img')), 'the broken image stays');
      expect(avatars().map(initialsOf)).to.deep.equal(['AL', 'AL', 'GH']);
      for (const avatar of avatars()) expect(getComputedStyle(avatar).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(triggerAvatar(el)).color).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('live updates', () => {
    it('a client change re-renders the trigger: name, label and initials', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client} show-name><a slot="signed-out" href="#in">Sign in</a></auth-user-button>
      `);
      expect(label(el)).to.equal('Open account menu for User s1');
      const renamed: AuthSession = { id: 's1', user: { id: 'u-s1', firstName: 'Grace', lastName: 'Hopper' } };
      await change(el, client, renamed, [renamed, client.sessions![1]!]);
      expect(label(el)).to.equal('Open account menu for Grace Hopper');
      expect(part(el, 'name').textContent).to.equal('Grace Hopper');
      expect(initialsOf(triggerAvatar(el))).to.equal('GH');

      await change(el, client, client.sessions![1]!);
      expect(label(el)).to.equal('Open account menu for User s2');

      await change(el, client, null, []);
      expect(visible(trigger(el))).to.equal(false);
      expect(visible(el.querySelector('a'))).to.equal(true);

      await change(el, client, renamed, [renamed]);
      expect(visible(trigger(el))).to.equal(true);
      expect(label(el)).to.equal('Open account menu for Grace Hopper');
    });

    it('an open menu follows the client: accounts come and go, the current one changes, it stays open', async () => {
      const [s1, s2, s3] = three();
      const client = fakeClient({ navigate: true, sessions: [s1!] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      expect(otherAccounts(el)).to.deep.equal([]);
      expect(visible(item(el, 'all'))).to.equal(false);

      await change(el, client, s1!, [s1!, s2!]);
      expect(otherAccounts(el)).to.deep.equal(['s2']);
      expect(visible(item(el, 'all')), '"Sign out of all accounts" with two sessions').to.equal(true);

      await change(el, client, s1!, [s1!, s2!, s3!]);
      expect(otherAccounts(el)).to.deep.equal(['s2', 's3']);

      // Another tab switched accounts.
      await change(el, client, s3!);
      expect(part(el, 'header-name').textContent).to.equal('User s3');
      expect(label(el)).to.equal('Open account menu for User s3');
      expect(otherAccounts(el)).to.deep.equal(['s1', 's2']);

      const renamed: AuthSession = { id: 's2', user: { ...s2!.user, name: 'Grace Hopper' } };
      await change(el, client, s3!, [s1!, renamed, s3!]);
      expect(account(el, 's2')!.querySelector('[part~="header-name"]')!.textContent).to.equal('Grace Hopper');

      await change(el, client, s3!, [s3!]);
      expect(otherAccounts(el)).to.deep.equal([]);
      expect(visible(item(el, 'all'))).to.equal(false);
      expect(isOpen(el), 'the menu stayed open through every change').to.equal(true);

      // Signed out elsewhere: the menu closes, the signed-out slot shows.
      await change(el, client, null, []);
      expect(isOpen(el)).to.equal(false);
      expect(visible(trigger(el))).to.equal(false);
    });

    it('focus on an account stays there when the client reports a change that keeps it', async () => {
      const [s1, s2, s3] = three();
      const client = fakeClient({ navigate: true, sessions: [s1!, s2!] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await openMenu(el);
      const target = account(el, 's2')!;
      expectFocus(target, 'the first item has focus');

      client.emitChange();
      await el.updateComplete;
      expectFocus(target, 'focus after a change without effect');

      await change(el, client, s1!, [s1!, s2!, s3!]);
      expect(otherAccounts(el)).to.deep.equal(['s2', 's3']);
      expectFocus(target, 'focus after another account was added');
    });
  });
});
