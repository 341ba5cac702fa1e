// Switching accounts from the menu of <auth-user-button>: events, flight rules, focus and navigation.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import {
  ACTIONS,
  activate,
  at,
  choose,
  chooseFor,
  expectFocus,
  expectUsable,
  pending,
  switchingClient,
  three,
} from '../helpers/user-button-flows.js';
import {
  SWITCH,
  busy,
  deferred,
  fakeClient,
  idle,
  nextTask,
  onCleanup,
  record,
  types,
  warnings,
} from '../helpers/index.js';
import { nameOf, userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
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
      await userButton(el).open();
      expect(userButton(el).otherAccounts()).to.deep.equal(['s2', 's3']);
      expect(userButton(el).account('s2')!.textContent).to.contain('User s2').and.contain('s2@example.com');
      const closed = oneEvent(el, 'auth-menu-closed');
      choose(userButton(el).account('s2'));
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
      expect(userButton(el).isOpen()).to.equal(false);
      expectFocus(userButton(el).trigger, 'focus after switching');
      // Re-rendered in place: same element, same page, no navigation.
      expect(el.isConnected).to.equal(true);
      expect(location.href).to.equal(page);
      expect(userButton(el).label()).to.equal('Open account menu for User s2');
      expect(userButton(el).part('name').textContent).to.equal('User s2');
      expect(client.navigations).to.deep.equal([]);
      expect(client.calls).to.deep.equal([]);
      await userButton(el).open();
      expect(userButton(el).part('header-name').textContent).to.equal('User s2');
      expect(userButton(el).otherAccounts()).to.deep.equal(['s1', 's3']);
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
      await userButton(el).open();
      choose(userButton(el).account('s3'));
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
        await userButton(el).open();
        await chooseFor(userButton(el).account('s2'), SWITCH.slice(1), el);
        await idle(el);
        await nextTask();
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
      await userButton(el).open();
      choose(userButton(el).account('s2'));
      await nextTask();
      await el.updateComplete;
      expect(types(log)).to.deep.equal(['auth-session-switch']);
      expect(switches).to.deep.equal([]);
      expect(client.session?.id).to.equal('s1');
      expect(userButton(el).label()).to.equal('Open account menu for User s1');
      expect(client.navigations).to.deep.equal([]);
      expect(el.hasAttribute('busy')).to.equal(false);

      el.removeEventListener('auth-session-switch', cancel);
      if (!userButton(el).isOpen()) await userButton(el).open();
      await chooseFor(userButton(el).account('s2'), SWITCH.slice(1), el);
      expect(switches.map(({ sessionId }) => sessionId)).to.deep.equal(['s2']);
    });

    it('timeout: an unanswered setActive fails with code timeout and an aborted signal; switching works again', async () => {
      const { client, switches } = switchingClient({}, (options, self, call) =>
        call == 1 ? pending() : activate(self, options.sessionId),
      );
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} timeout="50" after-switch-session-url="/switched"></auth-user-button>`,
      );
      await userButton(el).open();
      const { type, detail } = await chooseFor(userButton(el).account('s2'), SWITCH.slice(1), el);
      expect(type).to.equal('auth-session-switch-error');
      expect(detail.code).to.equal('timeout');
      expect(detail.sessionId).to.equal('s2');
      expect(detail.error).to.be.instanceOf(Error);
      expect(switches[0]!.signal.aborted).to.equal(true);
      expect(client.navigations).to.deep.equal([]);
      expect(userButton(el).label()).to.equal('Open account menu for User s1');
      await expectUsable(el, 'after a switch timeout');

      const next = await chooseFor(userButton(el).account('s3'), SWITCH.slice(1), el);
      expect(next.type).to.equal('auth-session-switched');
      await waitUntil(() => client.navigations.length > 0, 'no navigation after the second switch');
      expect(userButton(el).label()).to.equal('Open account menu for User s3');
    });

    it('a rejecting setActive fails with code failed; the menu is usable again', async () => {
      const error = new Error('provider down');
      const { client } = switchingClient({}, (options, self, call) =>
        call == 1 ? Promise.reject(error) : activate(self, options.sessionId),
      );
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(el).open();
      const { type, detail } = await chooseFor(userButton(el).account('s2'), SWITCH.slice(1), el);
      expect(type).to.equal('auth-session-switch-error');
      expect(detail).to.deep.equal({ sessionId: 's2', code: 'failed', error });
      expect(userButton(el).label()).to.equal('Open account menu for User s1');
      await expectUsable(el, 'after a failed switch');
      const next = await chooseFor(userButton(el).account('s2'), SWITCH.slice(1), el);
      expect(next.type).to.equal('auth-session-switched');
      await el.updateComplete;
      expect(userButton(el).label()).to.equal('Open account menu for User s2');
    });

    it('a client without setActive: an unclaimed switch ends in code unsupported, a claimed one in nothing', async () => {
      const client = fakeClient({ navigate: true, sessions: three() });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      const log = record(el, ACTIONS);
      await userButton(el).open();
      const { type, detail } = await chooseFor(userButton(el).account('s2'), SWITCH.slice(1), el);
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
      choose(userButton(el).account('s3'));
      await nextTask();
      expect(claimed).to.deep.equal(['s3']);
      expect(types(log)).to.deep.equal(['auth-session-switch', 'auth-session-switch-error', 'auth-session-switch']);
    });

    it('single flight: while a switch runs every item is aria-disabled, the host aria-busy, and clicks do nothing', async () => {
      const answer = deferred();
      onCleanup(() => answer.resolve());
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
      await userButton(el).open();
      choose(userButton(el).account('s2'));
      await busy(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const items = userButton(el).items();
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
        await nextTask();
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
      expect(userButton(el).label()).to.equal('Open account menu for User s2');
      if (!userButton(el).isOpen()) await userButton(el).open();
      for (const node of userButton(el).items())
        expect(node.hasAttribute('aria-disabled'), nameOf(node)).to.equal(false);
    });
  });
});
