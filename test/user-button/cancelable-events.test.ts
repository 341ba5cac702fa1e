// The cancelable events of the menu of <auth-user-button> and what canceling them leaves undone.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { ACTIONS, at, expectFocus, two } from '../helpers/user-button-flows.js';
import { fakeClient, nextTask, onCleanup, received, record, types, visible, warnings } from '../helpers/index.js';
import { userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
  describe('cancelable events', () => {
    it('preventDefault() on auth-sign-out from the menu stops "Sign out" and "Sign out of all accounts"', async () => {
      const client = fakeClient({ navigate: true, sessions: two(), extra: { afterSignOutUrl: '/after' } });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      const log = record(el, ACTIONS);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('auth-sign-out', cancel);
      for (const key of ['out', 'all'] as const) {
        if (!userButton(el).isOpen()) await userButton(el).open();
        userButton(el).choose(key);
        await nextTask();
        await el.updateComplete;
      }
      expect(log.map(entry => entry.detail)).to.deep.equal([
        { sessionId: 's1', scope: 'session', redirectUrl: at('/after') },
        { sessionId: null, scope: 'all', redirectUrl: at('/after') },
      ]);
      expect(types(log)).to.deep.equal(['auth-sign-out', 'auth-sign-out']);
      expect(client.calls).to.deep.equal([]);
      expect(client.navigations).to.deep.equal([]);
      expect(userButton(el).label()).to.equal('Open account menu for User s1');
      expect(el.hasAttribute('busy')).to.equal(false);

      el.removeEventListener('auth-sign-out', cancel);
      if (!userButton(el).isOpen()) await userButton(el).open();
      await userButton(el).chooseFor('all', ['auth-signed-out'], el);
      expect(received(client)).to.deep.equal([{ scope: 'all', redirectUrl: at('/after') }]);
    });

    it('"Manage account" dispatches cancelable auth-manage-account { url } and navigates to user-profile-url', async () => {
      const client = fakeClient({ navigate: true });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} user-profile-url=${at('/profile')}></auth-user-button>`,
      );
      const log = record(el, ACTIONS);
      await userButton(el).open();
      expect(userButton(el).item('manage').textContent).to.equal('Manage account');
      const closed = oneEvent(el, 'auth-menu-closed');
      const event = await userButton(el).chooseFor('manage', ['auth-manage-account'], el);
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ url: at('/profile') });
      await closed;
      expect(userButton(el).isOpen()).to.equal(false);
      expectFocus(userButton(el).trigger, 'focus after "Manage account"');
      await waitUntil(() => client.navigations.length > 0, 'no navigation');
      expect(client.navigations).to.deep.equal([at('/profile')]);
      expect(types(log)).to.deep.equal(['auth-manage-account']);
      expect(client.calls).to.deep.equal([]);
    });

    it('"Manage account" defaults to the client\'s userProfileUrl; the attribute wins; canceled, nothing happens', async () => {
      const client = fakeClient({ navigate: true, extra: { userProfileUrl: '/client-profile' } });
      const byClient = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(byClient).open();
      userButton(byClient).choose('manage');
      await waitUntil(() => client.navigations.length > 0, 'no navigation to userProfileUrl');
      expect(client.navigations).to.deep.equal([at('/client-profile')]);

      const second = fakeClient({ navigate: true, extra: { userProfileUrl: '/client-profile' } });
      const byAttribute = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${second} user-profile-url="/own-profile"></auth-user-button>`,
      );
      await userButton(byAttribute).open();
      userButton(byAttribute).choose('manage');
      await waitUntil(() => second.navigations.length > 0, 'no navigation to user-profile-url');
      expect(second.navigations).to.deep.equal([at('/own-profile')]);

      const third = fakeClient({ navigate: true, extra: { userProfileUrl: '/client-profile' } });
      const canceled = await fixture<AuthUserButton>(html`<auth-user-button .auth=${third}></auth-user-button>`);
      canceled.addEventListener('auth-manage-account', event => event.preventDefault());
      await userButton(canceled).open();
      await userButton(canceled).chooseFor('manage', ['auth-manage-account'], canceled);
      await nextTask();
      expect(third.navigations).to.deep.equal([]);
      expect(userButton(canceled).isOpen()).to.equal(false);
    });

    it('the manage-account attribute without a URL: "Manage account" shown, detail.url null, no navigation', async () => {
      const messages = warnings();
      const client = fakeClient({ navigate: true });
      const plain = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(plain).open();
      expect(visible(userButton(plain).item('manage')), '"Manage account" without URL or attribute').to.equal(false);

      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} manage-account></auth-user-button>`,
      );
      await userButton(el).open();
      const { detail } = await userButton(el).chooseFor('manage', ['auth-manage-account'], el);
      expect(detail).to.deep.equal({ url: null });
      await nextTask();
      expect(client.navigations).to.deep.equal([]);
      expect(messages).to.deep.equal([]);
      expect(userButton(el).isOpen()).to.equal(false);
    });

    it('"Add account" dispatches cancelable auth-add-account { url } and navigates to sign-in-url or signInUrl', async () => {
      const client = fakeClient({ navigate: true, sessions: two(), extra: { signInUrl: '/client-sign-in' } });
      const byAttribute = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client} sign-in-url=${at('/sign-in')}></auth-user-button>`,
      );
      await userButton(byAttribute).open();
      expect(userButton(byAttribute).item('add').textContent).to.equal('Add account');
      const event = await userButton(byAttribute).chooseFor('add', ['auth-add-account'], byAttribute);
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ url: at('/sign-in') });
      await waitUntil(() => client.navigations.length > 0, 'no navigation to sign-in-url');
      expect(client.navigations).to.deep.equal([at('/sign-in')]);
      expect(userButton(byAttribute).isOpen()).to.equal(false);

      const second = fakeClient({ navigate: true, extra: { signInUrl: '/client-sign-in' } });
      const byClient = await fixture<AuthUserButton>(html`<auth-user-button .auth=${second}></auth-user-button>`);
      await userButton(byClient).open();
      userButton(byClient).choose('add');
      await waitUntil(() => second.navigations.length > 0, 'no navigation to signInUrl');
      expect(second.navigations).to.deep.equal([at('/client-sign-in')]);

      const third = fakeClient({ navigate: true, extra: { signInUrl: '/client-sign-in' } });
      const canceled = await fixture<AuthUserButton>(html`<auth-user-button .auth=${third}></auth-user-button>`);
      canceled.addEventListener('auth-add-account', event => event.preventDefault());
      await userButton(canceled).open();
      await userButton(canceled).chooseFor('add', ['auth-add-account'], canceled);
      await nextTask();
      expect(third.navigations).to.deep.equal([]);

      const none = fakeClient({ navigate: true });
      const without = await fixture<AuthUserButton>(html`<auth-user-button .auth=${none}></auth-user-button>`);
      await userButton(without).open();
      expect(visible(userButton(without).item('add')), '"Add account" without a sign-in URL').to.equal(false);
    });

    it('hostile profile and sign-in URLs are never navigated to', async () => {
      const messages = warnings();
      const dialogs: unknown[] = [];
      const alert = window.alert;
      window.alert = (...args: unknown[]) => void dialogs.push(args);
      onCleanup(() => (window.alert = alert));
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
            await userButton(el).open();
            const before = messages.length;
            const { detail } = await userButton(el).chooseFor(key, [event], el);
            await nextTask();
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
      await nextTask();
      expect(dialogs).to.deep.equal([]);
    });
  });
});
