// <auth-user-button> accessibility: states, the trigger, menu events, and focus leaving.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthUser, AuthUserButton } from '../../src/index.js';
import { userButton } from '../harness/index.js';
import {
  ada,
  customItems,
  expanded,
  expectFocus,
  initialsOf,
  isOpen,
  menuFixture,
  menuItem,
  openWithKeyboard,
  part,
  placeholder,
  popover,
  trigger,
  useA11yHooks,
} from '../helpers/user-button-a11y.js';
import { type FakeOptions, clickCenter, fakeClient, nextTask, painted, press, visible } from '../helpers/index.js';

describe('<auth-user-button> accessibility', () => {
  useA11yHooks();

  describe('states', () => {
    it('shows the loading placeholder without a client', async () => {
      const el = await fixture<AuthUserButton>(html`<auth-user-button></auth-user-button>`);
      expect(painted(placeholder(el)), 'placeholder').to.be.true;
      expect(placeholder(el).getAttribute('role')).to.equal('img');
      expect(placeholder(el).getAttribute('aria-label')).to.equal('Loading account');
      expect(painted(trigger(el)), 'trigger').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('shows the loading placeholder while the session is undefined, then the trigger', async () => {
      const client = fakeClient({ sessions: [ada()], current: undefined });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client}><a slot="signed-out" href="/sign-in">Sign in</a></auth-user-button>`,
      );
      expect(painted(placeholder(el)), 'placeholder').to.be.true;
      expect(painted(trigger(el)), 'trigger').to.be.false;
      expect(painted(el.querySelector('a')!), 'signed-out content').to.be.false;
      await expect(el).to.be.accessible();

      client.session = ada();
      client.emitChange();
      await el.updateComplete;
      expect(painted(placeholder(el)), 'placeholder after the session arrived').to.be.false;
      expect(painted(trigger(el)), 'trigger after the session arrived').to.be.true;
    });

    for (const size of ['', '3rem']) {
      it(`keeps the same box when the session arrives (${size ? `--auth-avatar-size: ${size}` : 'default size'})`, async () => {
        const client = fakeClient({ sessions: [ada()], current: undefined });
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button
            style=${size ? `--auth-avatar-size: ${size}` : ''}
            .auth=${client}
          ></auth-user-button>`,
        );
        const before = el.getBoundingClientRect();
        const box = placeholder(el).getBoundingClientRect();
        expect(box.width, 'placeholder width').to.be.greaterThan(0);
        client.session = ada();
        client.emitChange();
        await el.updateComplete;
        const after = el.getBoundingClientRect();
        const avatar = part(el, '[part=trigger] [part~=avatar]').getBoundingClientRect();
        for (const key of ['x', 'y', 'width', 'height'] as const) {
          expect(Math.abs(after[key] - before[key]), `host ${key}: ${before[key]} → ${after[key]}`).to.be.at.most(0.5);
          expect(Math.abs(avatar[key] - box[key]), `avatar ${key} vs placeholder`).to.be.at.most(0.5);
        }
      });
    }

    it('shows only the signed-out slot content when signed out', async () => {
      const client = fakeClient({ sessions: [], current: null });
      const el = await fixture<AuthUserButton>(html`
        <auth-user-button .auth=${client}>
          <a slot="signed-out" href="/sign-in">Sign in</a>
          <a slot="menu-item" href="#x">Help</a>
        </auth-user-button>
      `);
      expect(painted(el.querySelector('[slot=signed-out]')!), 'sign-in link').to.be.true;
      expect(painted(el.querySelector('[slot=menu-item]')!), 'menu item').to.be.false;
      expect(painted(placeholder(el)), 'placeholder').to.be.false;
      expect(painted(trigger(el)), 'trigger').to.be.false;
      expect(isOpen(el), 'popover').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('shows the trigger, not the signed-out content, when signed in', async () => {
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${fakeClient({ sessions: [ada()] })}
          ><a slot="signed-out" href="/sign-in">Sign in</a></auth-user-button
        >`,
      );
      expect(painted(trigger(el)), 'trigger').to.be.true;
      expect(painted(placeholder(el)), 'placeholder').to.be.false;
      expect(painted(el.querySelector('a')!), 'signed-out content').to.be.false;
      expect(isOpen(el)).to.be.false;
      await expect(el).to.be.accessible();
    });

    const notSignedIn: [string, FakeOptions][] = [
      ['loading', { current: undefined }],
      ['signed out', { sessions: [], current: null }],
    ];
    for (const [state, options] of notSignedIn) {
      // `open` set before a session waits for one (the menu opens once it arrives): until then
      // the menu stays closed for users and assistive technology, whatever `open` says.
      it(`keeps the menu closed while ${state}, though open is set`, async () => {
        const el = await fixture<AuthUserButton>(
          html`<auth-user-button open .auth=${fakeClient(options)}></auth-user-button>`,
        );
        await el.updateComplete;
        expect(el.open, 'open from the attribute waits').to.be.true;
        expect(isOpen(el), 'popover').to.be.false;
        expect(visible(popover(el)), 'nothing shown').to.be.false;
        el.open = false;
        el.open = true;
        await el.updateComplete;
        expect(el.open, 'open set by code waits').to.be.true;
        expect(isOpen(el), 'popover').to.be.false;
        expect(visible(popover(el)), 'nothing shown').to.be.false;
      });
    }

    it('closes when the user signs out elsewhere while the menu is open', async () => {
      const { el, client } = await menuFixture();
      el.open = true;
      await el.updateComplete;
      expect(isOpen(el)).to.be.true;
      client.sessions = [];
      client.session = null;
      client.emitChange();
      await el.updateComplete;
      expect(el.open).to.be.false;
      expect(el.hasAttribute('open')).to.be.false;
      expect(isOpen(el)).to.be.false;
    });
  });

  describe('trigger', () => {
    it('is a menu button named after the user', async () => {
      const { el } = await menuFixture();
      const button = trigger(el);
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal('Open account menu for Ada Lovelace');
      expect(painted(part(el, '[part=name]')), 'name without show-name').to.be.false;
      await clickCenter(button);
      await waitUntil(() => isOpen(el), 'a click did not open the menu');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('shows the display name with show-name', async () => {
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button show-name .auth=${fakeClient({ sessions: [ada()] })}></auth-user-button>`,
      );
      const name = part(el, '[part=name]');
      expect(painted(name), 'name').to.be.true;
      expect(name.textContent).to.equal('Ada Lovelace');
      expect(trigger(el).getAttribute('aria-label')).to.equal('Open account menu for Ada Lovelace');
      await expect(el).to.be.accessible();
    });

    const displayNames: [string, Omit<AuthUser, 'id'>, string][] = [
      ['name first', { name: 'Ada Lovelace', firstName: 'Augusta', lastName: 'King', username: 'ada' }, 'Ada Lovelace'],
      ['first and last name', { name: null, firstName: 'Ada', lastName: 'Lovelace', username: 'ada' }, 'Ada Lovelace'],
      ['an empty name counts as absent', { name: '', firstName: 'Ada', lastName: 'Lovelace' }, 'Ada Lovelace'],
      ['first name alone', { firstName: 'Ada', email: 'ada@example.com' }, 'Ada'],
      ['last name alone', { lastName: 'Lovelace', email: 'ada@example.com' }, 'Lovelace'],
      ['username', { username: 'countess', email: 'ada@example.com' }, 'countess'],
      ['email', { email: 'ada@example.com' }, 'ada@example.com'],
    ];
    for (const [rule, user, expected] of displayNames) {
      it(`display name: ${rule}`, async () => {
        const client = fakeClient({ sessions: [{ id: 's', user: { id: 'u', ...user } }] });
        const el = await fixture<AuthUserButton>(html`<auth-user-button show-name .auth=${client}></auth-user-button>`);
        expect(part(el, '[part=name]').textContent).to.equal(expected);
        expect(trigger(el).getAttribute('aria-label')).to.equal(`Open account menu for ${expected}`);
      });
    }

    it('is named "Open account menu" without a display name', async () => {
      const client = fakeClient({ sessions: [{ id: 's', user: { id: 'u' } }] });
      const el = await fixture<AuthUserButton>(html`<auth-user-button show-name .auth=${client}></auth-user-button>`);
      expect(trigger(el).getAttribute('aria-label')).to.equal('Open account menu');
      expect(painted(part(el, '[part=name]')), 'an empty name').to.be.false;
      await expect(el).to.be.accessible();
    });

    const initials: [string, Omit<AuthUser, 'id'>, string][] = [
      ['first and last name', { name: 'Countess', firstName: 'ada', lastName: 'lovelace' }, 'AL'],
      ['first name alone', { name: 'Countess', firstName: 'ada' }, 'A'],
      ['last name alone', { name: 'Countess', lastName: 'lovelace' }, 'L'],
      // The display name's first and last words (one word: one letter).
      ['display name', { name: 'ada lovelace' }, 'AL'],
      ['display name of one word', { name: 'ada' }, 'A'],
      ['username', { username: 'zoe' }, 'Z'],
      ['email', { email: 'x@example.com' }, 'X'],
      ['leading spaces', { firstName: '  ada', lastName: ' lovelace' }, 'AL'],
      ['combining characters', { firstName: 'e\u0301mile', lastName: 'zola' }, 'E\u0301Z'],
      ['emoji sequences', { firstName: '👩‍💻 dev', lastName: '🇫🇷 fr' }, '👩‍💻🇫🇷'],
      ['letters outside Latin', { firstName: 'ёлка', lastName: 'ωμέγα' }, 'ЁΩ'],
      ['no name at all', {}, ''],
    ];
    for (const [rule, user, expected] of initials) {
      it(`initials: ${rule}`, async () => {
        const client = fakeClient({ sessions: [{ id: 's', user: { id: 'u', ...user } }] });
        const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
        expect(initialsOf(part(el, '[part=trigger] [part~=avatar]'))).to.equal(expected);
        await userButton(el).open();
        expect(initialsOf(part(el, '[part=header] [part~=avatar]'))).to.equal(expected);
        const count = [...new Intl.Segmenter().segment(expected)].length;
        expect(count, 'at most two graphemes').to.be.at.most(2);
      });
    }
  });

  describe('menu events', () => {
    it('fires auth-menu-opened and -closed, composed, with an empty detail', async () => {
      const { el, events } = await menuFixture();
      const seen: Event[] = [];
      const onWindow = (event: Event) => seen.push(event);
      window.addEventListener('auth-menu-opened', onWindow);
      window.addEventListener('auth-menu-closed', onWindow);
      try {
        await openWithKeyboard(el, () => menuItem(el, 'manage'));
        await press('Escape');
        await expectFocus(trigger(el), 'Escape');
        await nextTask();
      } finally {
        window.removeEventListener('auth-menu-opened', onWindow);
        window.removeEventListener('auth-menu-closed', onWindow);
      }
      expect(seen.map(event => event.type)).to.deep.equal(['auth-menu-opened', 'auth-menu-closed']);
      for (const event of seen) {
        expect(event.bubbles && event.composed, `${event.type} bubbles and is composed`).to.be.true;
        expect(event.cancelable, `${event.type} is not cancelable`).to.be.false;
        expect((event as CustomEvent).detail).to.deep.equal({});
      }
      expect(events.log.length).to.equal(2);
    });

    it('fires nothing when the page sets open, but does when the user closes it then', async () => {
      const { el, types } = await menuFixture();
      el.open = true;
      await el.updateComplete;
      expect(isOpen(el)).to.be.true;
      expect(expanded(el)).to.equal('true');
      expect(el.hasAttribute('open'), 'reflected').to.be.true;
      el.open = false;
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      expect(expanded(el)).to.equal('false');
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(isOpen(el)).to.be.true;
      await nextTask();
      expect(types(), 'setting open').to.deep.equal([]);

      // ArrowDown on the trigger of an open menu only moves focus into it.
      trigger(el).focus();
      await press('ArrowDown');
      await expectFocus(menuItem(el, 'manage'), 'ArrowDown');
      await press('Escape');
      await expectFocus(trigger(el), 'Escape');
      await nextTask();
      expect(types()).to.deep.equal(['auth-menu-closed']);
    });
  });
});

describe('<auth-user-button> focus leaving', () => {
  it('closes the menu when focus moves to something else on the page, and keeps it for presses inside', async () => {
    const { page, el, types } = await menuFixture({ items: customItems });
    const opened = oneEvent(el, 'auth-menu-opened');
    trigger(el).click();
    await opened;
    // Focus inside (a slotted item of the host) keeps it open.
    (el.querySelector('[slot=menu-item]') as HTMLElement).focus();
    await el.updateComplete;
    expect(el.open, 'focus on a slotted item closed the menu').to.be.true;
    // Focus moved elsewhere by code (a screen reader's jump, a host's focus()) closes it.
    const closed = oneEvent(el, 'auth-menu-closed');
    page.querySelector<HTMLButtonElement>('#after')!.focus();
    await waitUntil(() => !el.open, 'focus elsewhere left the menu open');
    await closed;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(types()).to.deep.equal(['auth-menu-opened', 'auth-menu-closed']);
  });
});
