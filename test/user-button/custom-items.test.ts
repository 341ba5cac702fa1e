// Slotted custom items (slot="menu-item") of <auth-user-button>: roles, order, live changes, choosing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { ACTIONS, choose, expectFocus, three, two } from '../helpers/user-button-flows.js';
import { type FakeClient, deepActiveElement, fakeClient, nextTask, onCleanup, record } from '../helpers/index.js';
import { nameOf, userButton } from '../harness/index.js';

describe('<auth-user-button> flows', () => {
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
      await userButton(el).open();
      expect(userButton(el).items().map(nameOf)).to.deep.equal(ORDER);
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
      await nextTask();
      expect(roles(billing), 'not slotted before the menu first renders').to.deep.equal([null, null]);
      await userButton(el).open();
      expect(roles(billing)).to.deep.equal(['menuitem', '-1']);
      expect(roles(docs)).to.deep.equal(['menuitem', '-1']);
      expect(roles(signIn), 'the signed-out slot content').to.deep.equal([null, null]);

      docs.remove();
      await nextTask();
      expect(roles(docs), 'removed from the host').to.deep.equal([null, null]);

      billing.slot = 'elsewhere';
      await nextTask();
      expect(roles(billing), 'slot attribute changed').to.deep.equal([null, null]);
      billing.slot = 'menu-item';
      await nextTask();
      expect(roles(billing), 'back in the slot').to.deep.equal(['menuitem', '-1']);
      billing.removeAttribute('slot');
      await nextTask();
      expect(roles(billing), 'slot attribute removed').to.deep.equal([null, null]);

      el.append(docs);
      await nextTask();
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
      await userButton(el).open();
      expect(userButton(el).items().map(nameOf)).to.deep.equal([
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
      await nextTask();
      expect(userButton(el).isOpen(), 'open after adding').to.equal(true);
      expect(team.getAttribute('role')).to.equal('menuitem');
      expect(userButton(el).items().map(nameOf)).to.deep.equal([
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
      await nextTask();
      expect(userButton(el).isOpen(), 'open after relabelling').to.equal(true);
      expect(docs.innerText.trim()).to.equal('Handbook');
      expect(userButton(el).items().map(nameOf).slice(0, 3)).to.deep.equal(['Billing', 'Handbook', 'Team']);

      docs.remove();
      await nextTask();
      expect(userButton(el).isOpen(), 'open after removing').to.equal(true);
      expect(userButton(el).items().map(nameOf).slice(0, 3)).to.deep.equal(['Billing', 'Team', 'account s2']);
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

      await userButton(el).open();
      let closed = oneEvent(el, 'auth-menu-closed');
      choose(docs);
      await closed;
      expect(clicks).to.deep.equal(['docs']);
      expect(userButton(el).isOpen()).to.equal(false);
      expectFocus(userButton(el).trigger, 'focus after choosing a link');

      await userButton(el).open();
      billing.focus();
      closed = oneEvent(el, 'auth-menu-closed');
      await sendKeys({ press: 'Enter' });
      await closed;
      expect(clicks).to.deep.equal(['docs', 'billing']);
      expect(userButton(el).isOpen()).to.equal(false);
      expectFocus(userButton(el).trigger, 'focus after choosing a button by Enter');

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
      onCleanup(() => observer.disconnect());

      await userButton(el).open();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const closed = oneEvent(el, 'auth-menu-closed');
      choose(el.querySelector<HTMLElement>('#billing'));
      await closed;
      await userButton(el).open();
      await nextTask();
      observer.disconnect();

      expect(mutations.map(record => `${record.type} ${record.target.nodeName}`)).to.deep.equal([]);
      expect([...el.children].length).to.equal(before.length);
      expect(
        [...el.children].every((child, i) => child == before[i]),
        'the same light DOM nodes, in the same order',
      ).to.equal(true);
      const slot = userButton(el).shadow.querySelector('slot[name="menu-item"]')!;
      for (const id of ['billing', 'docs']) {
        const node = el.querySelector<HTMLElement>(`#${id}`)!;
        expect(node.parentElement == el, `#${id} is still the host's child`).to.equal(true);
        expect(node.assignedSlot == slot, `#${id} is assigned to the menu-item slot`).to.equal(true);
        expect(!!userButton(el).shadow.querySelector(`#${id}`), `a copy of #${id} in the shadow root`).to.equal(false);
      }
      expect(!!userButton(el).shadow.querySelector('a'), 'a link in the shadow root').to.equal(false);
      expect(userButton(el).shadow.textContent).not.to.contain('Billing');
      expect(userButton(el).shadow.textContent).not.to.contain('Docs');
    });
  });
});
