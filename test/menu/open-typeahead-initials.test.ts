// `open` set before the session arrives, typeahead, and the initials rule for display names.
import { expect, fixture, html } from '@open-wc/testing';
import type { AuthUserButton } from '../../src/index.js';
import { initials } from '../../src/elements/user.js';
import { fakeClient } from '../helpers.js';
import { expectFocus, focused, isOpen, mountMenu, openByKeyboard, person, press, trigger } from './menu-helpers.js';

describe('<auth-user-button open> before the session', () => {
  for (const [state, current] of [
    ['loading', undefined],
    ['signed out', null],
  ] as const) {
    it(`opens once a session arrives after ${state}`, async () => {
      const ada = person('ada', 'Ada Lovelace');
      const client = fakeClient({ sessions: [ada], current });
      if (current === null) client.sessions = [];
      const opened: string[] = [];
      const el = await fixture<AuthUserButton>(html`<auth-user-button open .auth=${client}></auth-user-button>`);
      el.addEventListener('auth-menu-opened', event => opened.push(event.type));
      expect(isOpen(el), 'closed while there is no session').to.be.false;
      expect(el.open, 'open waits').to.be.true;
      client.sessions = [ada];
      client.session = ada;
      client.emitChange();
      await el.updateComplete;
      expect(isOpen(el), 'open once signed in').to.be.true;
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      expect(opened, 'no event: `open` was set, not chosen').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('closes when the session ends, and does not reopen with the next one', async () => {
    const ada = person('ada', 'Ada Lovelace');
    const client = fakeClient({ sessions: [ada] });
    const el = await fixture<AuthUserButton>(html`<auth-user-button open .auth=${client}></auth-user-button>`);
    expect(isOpen(el)).to.be.true;
    client.sessions = [];
    client.session = null;
    client.emitChange();
    await el.updateComplete;
    expect(el.open).to.be.false;
    client.sessions = [ada];
    client.session = ada;
    client.emitChange();
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
  });
});

describe('<auth-user-button> typeahead', () => {
  const menu = () =>
    mountMenu(
      html`<auth-user-button>
        <a slot="menu-item" href="#b">Billing</a>
        <a slot="menu-item" href="#s">Security</a>
        <a slot="menu-item" href="#s2">Sessions</a>
      </auth-user-button>`,
    );

  it('moves to the next item starting with the typed letter, cycling on repeats', async () => {
    const { el } = await menu();
    await openByKeyboard(el);
    await expectFocus('manage', 'first item');
    await press('s');
    await expectFocus('Security', 's');
    await press('s');
    await expectFocus('Sessions', 's again');
    await press('s');
    await expectFocus('out', 's again: "Sign out"');
    await press('s');
    await expectFocus('all', 's again: "Sign out of all accounts"');
    await press('s');
    await expectFocus('Security', 's again wraps around');
    expect(isOpen(el)).to.be.true;
  });

  it('matches letters of any case', async () => {
    const { el } = await menu();
    await openByKeyboard(el);
    await press('B');
    await expectFocus('Billing', 'B');
  });

  it('finds built-in items before the focused one', async () => {
    const { el } = await menu();
    await openByKeyboard(el);
    await press('End');
    await expectFocus('all', 'End');
    await press('m');
    await expectFocus('manage', 'm: Manage account, wrapping');
  });

  it('ignores letters with no match and keys with modifiers', async () => {
    const { el } = await menu();
    await openByKeyboard(el);
    await press('q');
    await expectFocus('manage', 'no item starts with q');
    expect(focused()).to.not.equal(trigger(el));
  });
});

describe('initials', () => {
  const names: [string, string][] = [
    ['Grace Hopper', 'GH'],
    ['grace brewster murray hopper', 'GH'],
    ['Ada', 'A'],
    ['  Alan   Turing  ', 'AT'],
    ['Émile Zola', 'ÉZ'],
    ['e\u0301mile zola', 'E\u0301Z'],
    ['Ёлка Ωμέγα', 'ЁΩ'],
    ['Анна Каренина', 'АК'],
    ['محمد علي', 'مع'],
    ['山田 太郎', '山太'],
    ['毛泽东', '毛'],
    ['김 민준', '김민'],
    ['👩‍💻 Dev 🇫🇷', '👩‍💻🇫🇷'],
    ['grace@example.com', 'G'],
  ];
  for (const [name, expected] of names) {
    it(`"${name}" → "${expected}"`, () => {
      expect(initials({ id: 'u', name })).to.equal(expected);
    });
  }

  it('prefers first and last names over the display name', () => {
    expect(initials({ id: 'u', name: 'The Countess', firstName: 'Ada', lastName: 'Lovelace' })).to.equal('AL');
    expect(initials({ id: 'u', name: 'The Countess', firstName: 'Ada' })).to.equal('A');
  });

  it('shows them in the avatar', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button></auth-user-button>`,
      fakeClient({ sessions: [person('g', 'Grace Hopper')] }),
    );
    const avatar = el.shadowRoot?.querySelector('[part~=trigger] [part~=avatar]');
    expect(avatar?.getAttribute('data-initials')).to.equal('GH');
  });
});
