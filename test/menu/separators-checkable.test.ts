// Separators (slotted <hr> and between the built-in groups) and checkable slotted items.
import { expect, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { fakeClient } from '../helpers.js';
import { userButton } from '../harness/index.js';
import {
  clickCenter,
  expectFocus,
  fullClient,
  isOpen,
  mountMenu,
  openByKeyboard,
  person,
  press,
  shownItems,
} from './menu-helpers.js';

const themed = () =>
  html`<auth-user-button items="custom sign-out">
    <button slot="menu-item" id="compact" role="menuitemcheckbox">Compact</button>
    <hr slot="menu-item" />
    <div slot="menu-item" role="menuitemradio" id="light" aria-checked="true">Light</div>
    <div slot="menu-item" role="menuitemradio" id="dark">Dark</div>
    <div slot="menu-item" role="menuitemradio" id="system">System</div>
  </auth-user-button>`;

const checked = (el: Element) =>
  ['compact', 'light', 'dark', 'system'].filter(
    id => el.querySelector(`#${id}`)?.getAttribute('aria-checked') == 'true',
  );

describe('<auth-user-button> separators', () => {
  afterEach(() => resetMouse());

  it('separates the built-in groups with role="separator" lines', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button open><a slot="menu-item" href="#billing">Billing</a></auth-user-button>`,
    );
    expect(shownItems(el)).to.deep.equal(['manage', 'Billing', '|', 'grace', 'add', '|', 'out', 'all']);
    await expect(el).to.be.accessible();
  });

  it('shows no separator at the edges or twice in a row', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button open items="sign-out manage-account"></auth-user-button>`,
      fakeClient({ sessions: [person('ada', 'Ada')], extra: { userProfileUrl: '/p' } }),
    );
    expect(shownItems(el)).to.deep.equal(['out', '|', 'manage']);
    el.items = 'accounts sign-out';
    await el.updateComplete;
    expect(shownItems(el), 'no other account: no group, no line').to.deep.equal(['out']);
  });

  it('gives a slotted <hr> role="separator", and takes it back when it leaves', async () => {
    const { el } = await mountMenu(themed());
    const hr = el.querySelector('hr') as HTMLHRElement;
    expect(hr.hasAttribute('role'), 'not slotted before the menu first renders').to.be.false;
    await userButton(el).open();
    expect(hr.getAttribute('role')).to.equal('separator');
    expect(hr.hasAttribute('tabindex'), 'not focusable').to.be.false;
    hr.remove();
    el.append(hr);
    hr.slot = '';
    await el.updateComplete;
    await new Promise(resolve => requestAnimationFrame(resolve));
    expect(hr.hasAttribute('role')).to.be.false;
  });

  it('skips separators with the arrow keys, Home and End', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button items="custom accounts sign-out">
        <hr slot="menu-item" />
        <a slot="menu-item" href="#a">Alpha</a>
        <hr slot="menu-item" />
        <a slot="menu-item" href="#b">Beta</a>
        <hr slot="menu-item" />
      </auth-user-button>`,
    );
    await openByKeyboard(el);
    await expectFocus('Alpha', 'first item, not the leading separator');
    await press('ArrowDown');
    await expectFocus('Beta', 'ArrowDown skips the separator');
    await press('ArrowDown');
    await expectFocus('grace', 'ArrowDown skips the trailing slotted separator and the group line');
    await press('ArrowUp');
    await expectFocus('Beta', 'ArrowUp');
    await press('ArrowUp');
    await expectFocus('Alpha', 'ArrowUp skips the separator');
    await press('End');
    await expectFocus('out', 'End');
    await press('Home');
    await expectFocus('Alpha', 'Home');
    await press('ArrowUp');
    await expectFocus('out', 'wraps past the separators');
  });

  it('skips separators with typeahead', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button items="custom sign-out">
        <hr slot="menu-item" aria-label="section" />
        <a slot="menu-item" href="#s">Settings</a>
      </auth-user-button>`,
    );
    await openByKeyboard(el);
    await expectFocus('Settings', 'opened on the first item, past the separator');
    await press('s');
    await expectFocus('out', 'the next item starting with s');
    await press('s');
    await expectFocus('Settings', 'wraps to Settings, past the separator');
  });
});

describe('<auth-user-button> checkable items', () => {
  afterEach(() => resetMouse());

  it('gives checkable items aria-checked="false" and keeps their role', async () => {
    const { el } = await mountMenu(themed());
    await userButton(el).open();
    expect(el.querySelector('#compact')?.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(el.querySelector('#dark')?.getAttribute('role')).to.equal('menuitemradio');
    expect(checked(el)).to.deep.equal(['light']);
    expect(el.querySelector('#compact')?.getAttribute('aria-checked')).to.equal('false');
  });

  for (const how of ['mouse', 'Enter', 'Space']) {
    it(`toggles a checkbox and checks radios exclusively with ${how}, without closing`, async () => {
      const { el } = await mountMenu(themed(), fullClient());
      const clicks: string[] = [];
      el.addEventListener('click', event => clicks.push((event.target as Element).id));
      await openByKeyboard(el);
      const activate = async (id: string) => {
        const item = el.querySelector(`#${id}`) as HTMLElement;
        if (how == 'mouse') return clickCenter(item);
        item.focus();
        await press(how == 'Enter' ? 'Enter' : ' ');
      };
      await activate('compact');
      expect(checked(el), 'checkbox on').to.deep.equal(['compact', 'light']);
      await activate('dark');
      expect(checked(el), 'Dark replaces Light').to.deep.equal(['compact', 'dark']);
      await activate('system');
      expect(checked(el), 'System replaces Dark').to.deep.equal(['compact', 'system']);
      await activate('system');
      expect(checked(el), 'a checked radio stays checked').to.deep.equal(['compact', 'system']);
      await activate('compact');
      expect(checked(el), 'checkbox off').to.deep.equal(['system']);
      expect(clicks, 'their own click listeners ran').to.deep.equal(['compact', 'dark', 'system', 'system', 'compact']);
      expect(isOpen(el), 'the menu stays open').to.be.true;
      expect(el.open).to.be.true;
    });
  }

  it('keeps the checked state when items are added or removed (a slotchange)', async () => {
    const { el } = await mountMenu(themed());
    await userButton(el).open();
    (el.querySelector('#compact') as HTMLElement).click();
    (el.querySelector('#dark') as HTMLElement).click();
    expect(checked(el)).to.deep.equal(['compact', 'dark']);
    const extra = document.createElement('button');
    extra.slot = 'menu-item';
    extra.textContent = 'Billing';
    el.append(extra);
    await new Promise(resolve => el.shadowRoot!.addEventListener('slotchange', resolve, { once: true }));
    await el.updateComplete;
    expect(checked(el), 'after an item came').to.deep.equal(['compact', 'dark']);
    extra.remove();
    await new Promise(resolve => el.shadowRoot!.addEventListener('slotchange', resolve, { once: true }));
    await el.updateComplete;
    expect(checked(el), 'after it left').to.deep.equal(['compact', 'dark']);
    // An item that leaves loses what the menu gave it, its aria-checked too.
    const compact = el.querySelector('#compact')!;
    compact.remove();
    await new Promise(resolve => el.shadowRoot!.addEventListener('slotchange', resolve, { once: true }));
    expect(compact.hasAttribute('aria-checked'), 'taken back').to.be.false;
  });

  it('keeps radio groups apart across a separator', async () => {
    const { el } = await mountMenu(
      html`<auth-user-button open items="custom sign-out">
        <div slot="menu-item" role="menuitemradio" id="a1" aria-checked="true">A one</div>
        <div slot="menu-item" role="menuitemradio" id="a2">A two</div>
        <hr slot="menu-item" />
        <div slot="menu-item" role="menuitemradio" id="b1" aria-checked="true">B one</div>
        <div slot="menu-item" role="menuitemradio" id="b2">B two</div>
      </auth-user-button>`,
    );
    (el.querySelector('#b2') as HTMLElement).click();
    const on = [...el.querySelectorAll('[aria-checked=true]')].map(node => node.id);
    expect(on).to.deep.equal(['a1', 'b2']);
  });

  it('is accessible with checkable items and separators (light and dark)', async () => {
    for (const scheme of ['light', 'dark']) {
      const { el } = await mountMenu(themed());
      el.style.setProperty('--auth-color-scheme', scheme);
      el.open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
