// <auth-user-button> under axe in every visible state, with many users' avatar colours, RTL,
// forced themes and forced colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { AuthSession, AuthUserButton } from '../../src/index.js';
import {
  account,
  ada,
  customItems,
  describeNode,
  expanded,
  expectFocus,
  expectReadableAvatars,
  expectedOrder,
  grace,
  isOpen,
  menuFixture,
  menuItem,
  openWithKeyboard,
  part,
  popover,
  shadow,
  specHue,
  trigger,
  useA11yHooks,
} from '../helpers/user-button-a11y.js';
import {
  type FakeClient,
  applySignOut,
  contrast,
  deferred,
  fakeClient,
  isChromium,
  luminance,
  nextTask,
  painted,
  press,
} from '../helpers/index.js';

describe('<auth-user-button> accessibility', () => {
  useA11yHooks();

  describe('axe in every state', () => {
    it('signed in, closed and open', async () => {
      const { el } = await menuFixture({ items: customItems });
      await expect(el).to.be.accessible();
      await openWithKeyboard(el, () => menuItem(el, 'manage'));
      expect(part(el, '[part=menu]').getAttribute('role')).to.equal('menu');
      expect(part(el, '[part=accounts]').getAttribute('role')).to.equal('group');
      expect(part(el, '[part=accounts]').getAttribute('aria-label')).to.equal('Other accounts');
      await expect(el).to.be.accessible();
    });

    it('busy: a sign-out is pending', async () => {
      const gate = deferred();
      const client = fakeClient({
        sessions: [ada(), grace()],
        navigate: true,
        extra: { userProfileUrl: '/profile', signInUrl: '/sign-in' },
        signOut: async (options, self) => {
          await gate.promise;
          applySignOut(self, options);
        },
      });
      const { el } = await menuFixture({ client, items: customItems });
      const added: Event[] = [];
      el.addEventListener('auth-add-account', event => added.push(event));
      trigger(el).focus();
      await press('ArrowUp');
      await expectFocus(() => menuItem(el, 'all'), 'ArrowUp on the trigger');
      const order = expectedOrder(el);
      await press('ArrowUp');
      await expectFocus(menuItem(el, 'out'), 'ArrowUp');
      await press('Enter');
      await waitUntil(() => el.hasAttribute('busy'), 'the sign-out did not start');

      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(isOpen(el), 'the menu stays open while busy').to.be.true;
      expect(trigger(el).getAttribute('aria-label'), 'still shows who is signed in').to.equal(
        'Open account menu for Ada Lovelace',
      );
      for (const item of order) expect(item.getAttribute('aria-disabled'), describeNode(item)).to.equal('true');
      await expect(el).to.be.accessible();

      // Actions are disabled: "Add account" does nothing.
      await press('ArrowUp');
      await expectFocus(menuItem(el, 'add'), 'ArrowUp while busy');
      await press('Enter');
      await nextTask();
      expect(added.length, 'auth-add-account while busy').to.equal(0);
      expect(isOpen(el)).to.be.true;

      gate.resolve();
      await waitUntil(() => !el.hasAttribute('busy'), 'the sign-out never settled');
      await el.updateComplete;
      expect(el.hasAttribute('aria-busy')).to.be.false;
      for (const item of order.filter(item => item.isConnected))
        expect(item.hasAttribute('aria-disabled'), describeNode(item)).to.be.false;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Open account menu for Grace Hopper');
      await expectFocus(trigger(el), 'after signing out of one of two accounts');
      expect(expanded(el)).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('busy with the menu closed (signOut() called by the page)', async () => {
      const gate = deferred();
      const client = fakeClient({
        sessions: [ada()],
        signOut: async (options, self) => {
          await gate.promise;
          applySignOut(self, options);
        },
      });
      const el = await fixture<AuthUserButton>(
        html`<auth-user-button .auth=${client}><a slot="signed-out" href="/sign-in">Sign in</a></auth-user-button>`,
      );
      const done = el.signOut();
      await waitUntil(() => el.hasAttribute('busy'), 'the sign-out did not start');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(painted(trigger(el)), 'no placeholder flash during the flight').to.be.true;
      await expect(el).to.be.accessible();
      gate.resolve();
      await done;
      await el.updateComplete;
      expect(painted(el.querySelector('a')!), 'signed out').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('multi-session with 12 users across the colour circle: readable avatars', async () => {
      // One user id per 30° of hue, so every region of the circle is represented.
      const ids = new Map<number, string>();
      for (let i = 0; ids.size < 12; i++) {
        const id = `user-${i}`;
        const bucket = Math.floor(specHue(id) / 30);
        if (!ids.has(bucket)) ids.set(bucket, id);
      }
      const names = [
        ['Ada', 'Lovelace'],
        ['Grace', 'Hopper'],
        ['Émilie', 'du Châtelet'],
        ['Alan', 'Turing'],
        ['Katherine', 'Johnson'],
        ['Edsger', 'Dijkstra'],
        ['Hedy', 'Lamarr'],
        ['Ørsted', 'Hans'],
        ['Wang', 'Zhenyi'],
        ['Ζωή', 'Παππά'],
        ['Margaret', 'Hamilton'],
        ['Barbara', 'Liskov'],
      ];
      const sessions: AuthSession[] = [...ids.values()].map((id, i) => ({
        id: `s-${id}`,
        user: { id, firstName: names[i]![0], lastName: names[i]![1], email: `${id}@example.com` },
      }));
      const hues = sessions.map(s => specHue(s.user.id));
      expect(new Set(hues.map(h => Math.floor(h / 30))).size, `hues ${hues}`).to.equal(12);

      const { el } = await menuFixture({ sessions });
      expectReadableAvatars(el, sessions[0]!, sessions);
      await openWithKeyboard(el, () => menuItem(el, 'manage'));
      expect(shadow(el).querySelectorAll('[part~=account]').length).to.equal(11);
      expectReadableAvatars(el, sessions[0]!, sessions);
      await expect(el).to.be.accessible();

      // Every item can be seen: the last one is inside the viewport when focused.
      await press('End');
      await expectFocus(menuItem(el, 'all'), 'End');
      const last = menuItem(el, 'all').getBoundingClientRect();
      expect(last.bottom, 'the last item is inside the viewport').to.be.at.most(innerHeight);
      expect(last.top).to.be.at.least(0);
      const box = popover(el).getBoundingClientRect();
      expect(box.top, 'popover top').to.be.at.least(0);
      expect(box.bottom, 'popover bottom').to.be.at.most(innerHeight);
    });

    it('every hue of the avatar colour keeps white initials at ≥ 4.5:1', () => {
      const worst = { ratio: Infinity, hue: -1 };
      for (let h = 0; h < 360; h++) {
        const ratio = contrast('#fff', `hsl(${h} 40% 30%)`);
        if (ratio < worst.ratio) Object.assign(worst, { ratio, hue: h });
      }
      expect(worst.ratio, `lowest contrast, at hue ${worst.hue}`).to.be.at.least(4.5);
    });

    for (const [what, attrs] of [
      ['dir="rtl"', { dir: 'rtl', lang: null }],
      ['lang="ar"', { dir: null, lang: 'ar' }],
    ] as const) {
      it(`right to left (${what})`, async () => {
        const client = fakeClient({
          sessions: [ada(), grace()],
          navigate: true,
          extra: { userProfileUrl: '/profile', signInUrl: '/sign-in' },
        });
        const el = await fixture<AuthUserButton>(html`
          <auth-user-button
            show-name
            dir=${ifDefined(attrs.dir ?? undefined)}
            lang=${ifDefined(attrs.lang ?? undefined)}
            style="position: absolute; left: 120px; top: 20px"
            .auth=${client}
          ></auth-user-button>
        `);
        await el.updateComplete;
        expect(trigger(el).getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(trigger(el)).direction).to.equal('rtl');
        const avatar = part(el, '[part=trigger] [part~=avatar]').getBoundingClientRect();
        const name = part(el, '[part=name]').getBoundingClientRect();
        expect(avatar.left, 'the avatar is at the start (right) of the name').to.be.at.least(name.right - 0.5);
        await expect(el).to.be.accessible();

        await openWithKeyboard(el, () => menuItem(el, 'manage'));
        expect(getComputedStyle(popover(el)).direction).to.equal('rtl');
        expect(getComputedStyle(menuItem(el, 'manage')).direction).to.equal('rtl');
        const menu = popover(el).getBoundingClientRect();
        const start = trigger(el).getBoundingClientRect();
        expect(Math.abs(menu.left - start.left), 'end edges (left in RTL) aligned').to.be.at.most(1);
        await press('ArrowDown');
        await expectFocus(account(el, 'grace'), 'ArrowDown in RTL');
        await expect(el).to.be.accessible();
      });
    }

    it('forced dark and light themes via --auth-color-scheme', async () => {
      const make = (client: FakeClient) => html`
        <auth-user-button show-name .auth=${client}><a slot="menu-item" href="#x">Help</a></auth-user-button>
      `;
      const [darkClient, lightClient] = [0, 1].map(() =>
        fakeClient({ sessions: [ada(), grace()], extra: { userProfileUrl: '/profile', signInUrl: '/sign-in' } }),
      );
      const page = await fixture<HTMLElement>(html`
        <div>
          <div id="dark" style="--auth-color-scheme: dark; color-scheme: dark; background: #111; padding: 8px">
            ${make(darkClient!)}
          </div>
          <div id="light" style="--auth-color-scheme: light; color-scheme: light; background: #fff; padding: 8px">
            ${make(lightClient!)}
          </div>
        </div>
      `);
      const surfaces: Record<string, number> = {};
      for (const theme of ['dark', 'light']) {
        const el = page.querySelector<AuthUserButton>(`#${theme} auth-user-button`)!;
        await el.updateComplete;
        await expect(el, `${theme}, closed`).to.be.accessible();
        await openWithKeyboard(el, () => menuItem(el, 'manage'));
        const style = getComputedStyle(popover(el));
        surfaces[theme] = luminance(style.backgroundColor);
        expect(
          contrast(getComputedStyle(part(el, '[part=header-name]')).color, style.backgroundColor),
          `${theme}: name on the surface`,
        ).to.be.at.least(4.5);
        expect(
          contrast(getComputedStyle(menuItem(el, 'out')).color, style.backgroundColor),
          `${theme}: item on the surface`,
        ).to.be.at.least(4.5);
        await expect(el, `${theme}, open`).to.be.accessible();
        await press('Escape');
        await expectFocus(trigger(el), 'Escape');
      }
      expect(surfaces.dark, 'dark surface').to.be.lessThan(0.1);
      expect(surfaces.light, 'light surface').to.be.greaterThan(0.8);
    });

    (isChromium ? it : it.skip)('forced colors (Chromium)', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.be.true;
        const { el } = await menuFixture({ items: customItems });
        await expect(el).to.be.accessible();
        await openWithKeyboard(el, () => menuItem(el, 'manage'));
        expect(getComputedStyle(part(el, '[part=trigger] [part~=avatar]')).forcedColorAdjust).to.equal('none');
        expectReadableAvatars(el, ada(), [ada(), grace()]);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });
});
