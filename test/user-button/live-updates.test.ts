// <auth-user-button> re-renders the trigger and an open menu on every change the client reports.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthSession, AuthSignInButton, AuthSignOutButton, AuthUserButton } from '../../src/index.js';
import { change, expectFocus, initialsOf, three, two } from '../helpers/user-button-flows.js';
import { deferred, fakeClient, record, types, visible } from '../helpers/index.js';
import { userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
  describe('live updates', () => {
    it('a client change re-renders the trigger: name, label and initials', async () => {
      const client = fakeClient({ navigate: true, sessions: two() });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client} show-name><a slot="signed-out" href="#in">Sign in</a></auth-user-button>
      `);
      expect(userButton(el).label()).to.equal('Open account menu for User s1');
      const renamed: AuthSession = { id: 's1', user: { id: 'u-s1', firstName: 'Grace', lastName: 'Hopper' } };
      await change(el, client, renamed, [renamed, client.sessions![1]!]);
      expect(userButton(el).label()).to.equal('Open account menu for Grace Hopper');
      expect(userButton(el).part('name').textContent).to.equal('Grace Hopper');
      expect(initialsOf(userButton(el).avatar)).to.equal('GH');

      await change(el, client, client.sessions![1]!);
      expect(userButton(el).label()).to.equal('Open account menu for User s2');

      await change(el, client, null, []);
      expect(visible(userButton(el).trigger)).to.equal(false);
      expect(visible(el.querySelector('a'))).to.equal(true);

      await change(el, client, renamed, [renamed]);
      expect(visible(userButton(el).trigger)).to.equal(true);
      expect(userButton(el).label()).to.equal('Open account menu for Grace Hopper');
    });

    it('a signed-out button stays signed out while a sign-in runs: not the account that signed out', async () => {
      const signIn = deferred();
      const client = fakeClient({ navigate: true, sessions: two(), extra: { signIn: () => signIn.promise } });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client}><a slot="signed-out" href="#in">Sign in</a></auth-user-button>
      `);
      await el.signOut({ scope: 'all' });
      await el.updateComplete;
      expect(visible(el.querySelector('a')), 'signed out').to.equal(true);

      const signInButton = await fixture<AuthSignInButton>(
        html`<auth-sign-in-button .auth=${client}></auth-sign-in-button>`,
      );
      const asked = signInButton.signIn();
      await el.updateComplete;
      expect(el.busy, 'busy with the sign-in').to.equal(true);
      expect(visible(userButton(el).trigger), 'no trigger').to.equal(false);
      expect(visible(el.querySelector('a')), 'the signed-out content stays').to.equal(true);
      signIn.resolve();
      await asked;
    });

    it("bound to another client during its sign-out: that client's state, not the last client's account", async () => {
      const first = fakeClient({ navigate: true });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${first}></auth-user-button>`);
      expect(visible(userButton(el).trigger)).to.equal(true);

      // Another client whose sign-out runs, and which reports signed out already.
      const out = deferred();
      const other = fakeClient({ navigate: true, sessions: two(), signOut: () => out.promise });
      const button = await fixture<AuthSignOutButton>(
        html`<auth-sign-out-button .auth=${other}></auth-sign-out-button>`,
      );
      const leaving = button.signOut();
      other.session = null;
      other.sessions = [];
      el.auth = other;
      await el.updateComplete;
      expect(el.busy).to.equal(true);
      expect(visible(userButton(el).trigger), "not the first client's account").to.equal(false);
      out.resolve();
      await leaving;
    });

    it('an open menu follows the client: accounts come and go, the current one changes, it stays open', async () => {
      const [s1, s2, s3] = three();
      const client = fakeClient({ navigate: true, sessions: [s1!] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(el).open();
      expect(userButton(el).otherAccounts()).to.deep.equal([]);
      expect(visible(userButton(el).item('all'))).to.equal(false);

      await change(el, client, s1!, [s1!, s2!]);
      expect(userButton(el).otherAccounts()).to.deep.equal(['s2']);
      expect(visible(userButton(el).item('all')), '"Sign out of all accounts" with two sessions').to.equal(true);

      await change(el, client, s1!, [s1!, s2!, s3!]);
      expect(userButton(el).otherAccounts()).to.deep.equal(['s2', 's3']);

      // Another tab switched accounts.
      await change(el, client, s3!);
      expect(userButton(el).part('header-name').textContent).to.equal('User s3');
      expect(userButton(el).label()).to.equal('Open account menu for User s3');
      expect(userButton(el).otherAccounts()).to.deep.equal(['s1', 's2']);

      const renamed: AuthSession = { id: 's2', user: { ...s2!.user, name: 'Grace Hopper' } };
      await change(el, client, s3!, [s1!, renamed, s3!]);
      expect(userButton(el).account('s2')!.querySelector('[part~="header-name"]')!.textContent).to.equal(
        'Grace Hopper',
      );

      await change(el, client, s3!, [s3!]);
      expect(userButton(el).otherAccounts()).to.deep.equal([]);
      expect(visible(userButton(el).item('all'))).to.equal(false);
      expect(userButton(el).isOpen(), 'the menu stayed open through every change').to.equal(true);

      // Signed out elsewhere: the menu closes, the signed-out slot shows.
      await change(el, client, null, []);
      expect(userButton(el).isOpen()).to.equal(false);
      expect(visible(userButton(el).trigger)).to.equal(false);
    });

    it('a menu the user opened and the session ends: auth-menu-closed once; one opened by `open`: none', async () => {
      const [s1] = three();
      const client = fakeClient({ navigate: true, sessions: [s1!] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      const log = record(el, ['auth-menu-opened', 'auth-menu-closed']);
      await userButton(el).open();
      await change(el, client, null, []);
      await el.updateComplete;
      expect(userButton(el).isOpen()).to.equal(false);
      expect(types(log)).to.deep.equal(['auth-menu-opened', 'auth-menu-closed']);

      // Opened by the host: the page did not hear it open, and does not hear it close.
      await change(el, client, s1!, [s1!]);
      el.open = true;
      await el.updateComplete;
      expect(userButton(el).isOpen()).to.equal(true);
      await change(el, client, null, []);
      await el.updateComplete;
      expect(userButton(el).isOpen()).to.equal(false);
      expect(types(log)).to.deep.equal(['auth-menu-opened', 'auth-menu-closed']);
    });

    it('focus on an account stays there when the client reports a change that keeps it', async () => {
      const [s1, s2, s3] = three();
      const client = fakeClient({ navigate: true, sessions: [s1!, s2!] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
      await userButton(el).open();
      const target = userButton(el).account('s2')!;
      expectFocus(target, 'the first item has focus');

      client.emitChange();
      await el.updateComplete;
      expectFocus(target, 'focus after a change without effect');

      await change(el, client, s1!, [s1!, s2!, s3!]);
      expect(userButton(el).otherAccounts()).to.deep.equal(['s2', 's3']);
      expectFocus(target, 'focus after another account was added');
    });
  });
});
