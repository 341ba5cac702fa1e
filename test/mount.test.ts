// Imperative mounting (docs/contract.md, Mount API). This file does not import define.js: mounting defines the tags.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  mountSignOutButton,
  mountUserButton,
  unmountSignOutButton,
  unmountUserButton,
  type AuthSignOutButton,
  type AuthUserButton,
} from '../src/index.js';
import { fakeClient, session } from './helpers/index.js';
import { userButton } from './harness/index.js';

const host = () => fixture<HTMLDivElement>(html`<div><p id="existing">kept</p></div>`);
const shadowButton = (el: Element) => el.shadowRoot!.querySelector('button')!;

describe('mount API', () => {
  it('defines its own tag when needed and appends one element as the last child, other children kept', async () => {
    expect(customElements.get('auth-user-button'), 'not defined before the first mount').to.equal(undefined);
    const el = await host();
    const handle = mountUserButton(el);
    expect(customElements.get('auth-user-button')).to.exist;
    expect(customElements.get('auth-sign-out-button'), 'only the mounted element is defined').to.equal(undefined);
    expect(el.lastElementChild).to.equal(handle.element);
    expect(handle.element.localName).to.equal('auth-user-button');
    expect(el.querySelector('#existing')).to.exist;
    expect(el.children.length).to.equal(2);
  });

  it('mounting the same kind again updates the same element, keeping focus and open', async () => {
    const el = await host();
    const client = fakeClient({ sessions: [session('s1'), session('s2')] });
    const first = mountUserButton(el, { auth: client, showName: true });
    const button = first.element as AuthUserButton;
    await button.updateComplete;
    button.open = true;
    await button.updateComplete;
    const trigger = button.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
    trigger.focus();
    const again = mountUserButton(el, { userProfileUrl: '/me' });
    expect(again.element).to.equal(button);
    expect(el.querySelectorAll('auth-user-button').length).to.equal(1);
    await button.updateComplete;
    expect(button.open, 'open kept').to.be.true;
    expect(button.showName, 'earlier props kept').to.be.true;
    expect(button.userProfileUrl).to.equal('/me');
    expect(button.shadowRoot!.activeElement, 'focus kept').to.equal(trigger);
    // Another kind in the same container is its own element.
    const signOut = mountSignOutButton(el);
    expect(signOut.element).to.not.equal(button);
    expect(el.lastElementChild).to.equal(signOut.element);
  });

  it('an element removed by someone else is replaced by a new one on the next mount', async () => {
    const el = await host();
    const first = mountSignOutButton(el, { scope: 'all' });
    first.element.remove();
    const second = mountSignOutButton(el, { disabled: true });
    expect(second.element).to.not.equal(first.element);
    expect(second.element.parentNode).to.equal(el);
    expect((second.element as AuthSignOutButton).disabled).to.be.true;
  });

  it('update merges, and a key set to undefined restores its default', async () => {
    const el = await host();
    const handle = mountSignOutButton(el, { scope: 'session', sessionId: 's1', timeout: 50, disabled: true });
    const button = handle.element as AuthSignOutButton;
    handle.update({ redirectUrl: '/bye' });
    expect(button.scope).to.equal('session');
    expect(button.sessionId).to.equal('s1');
    expect(button.redirectUrl).to.equal('/bye');
    handle.update({ timeout: undefined, disabled: undefined, scope: undefined });
    expect(button.timeout).to.equal(10000);
    expect(button.disabled).to.be.false;
    expect(button.scope).to.equal(null);
    expect(button.sessionId, 'untouched keys stay').to.equal('s1');
  });

  it('a new `on` replaces the listeners of the previous one; unmount removes them', async () => {
    const el = await host();
    const calls: string[] = [];
    const client = fakeClient();
    const handle = mountSignOutButton(el, {
      auth: client,
      on: { 'auth-sign-out': () => calls.push('first'), 'auth-signed-out': () => calls.push('first signed-out') },
    });
    await (handle.element as AuthSignOutButton).updateComplete;
    handle.update({ on: { 'auth-sign-out': event => calls.push(`second ${event.detail.scope}`) } });
    shadowButton(handle.element).click();
    await waitUntil(() => client.calls.length == 1);
    expect(calls).to.deep.equal(['second all']);
    const element = handle.element as AuthSignOutButton;
    await waitUntil(() => !element.busy);
    handle.unmount();
    // The detached element's listeners are gone: dispatching on it reaches nothing.
    element.dispatchEvent(new CustomEvent('auth-sign-out', { detail: {} }));
    expect(calls).to.deep.equal(['second all']);
  });

  it('an `on` listener that is not one throws a TypeError; the element still updates and unmounts', async () => {
    const el = await host();
    const calls: string[] = [];
    const on = { 'auth-sign-out': () => calls.push('kept'), 'auth-sign-out-error': 'handleError' };
    expect(() => mountSignOutButton(el, { on } as never)).to.throw(TypeError);
    const element = el.querySelector('auth-sign-out-button')!;
    element.dispatchEvent(new CustomEvent('auth-sign-out', { detail: {} }));
    expect(calls, 'the listener added before the bad one').to.deep.equal(['kept']);
    // Neither a new `on` nor unmount trips over the string that was never added.
    mountSignOutButton(el, { on: {} });
    element.dispatchEvent(new CustomEvent('auth-sign-out', { detail: {} }));
    expect(calls, 'replaced by the new on').to.deep.equal(['kept']);
    unmountSignOutButton(el);
    expect(element.isConnected, 'unmounted').to.be.false;
    expect(el.querySelector('auth-sign-out-button')).to.equal(null);
  });

  it('children: a string becomes the label text, a node is moved in; undefined restores the default label', async () => {
    const el = await host();
    const handle = mountSignOutButton(el, { children: 'Log out <b>now</b>' });
    const button = handle.element as AuthSignOutButton;
    await button.updateComplete;
    expect(button.textContent).to.equal('Log out <b>now</b>');
    expect(button.querySelector('b'), 'a string is text, never markup').to.equal(null);
    const link = document.createElement('a');
    link.href = '/logout';
    link.textContent = 'Leave';
    handle.update({ children: link });
    await button.updateComplete;
    expect(link.parentNode, 'the node is moved in').to.equal(button);
    expect(button.childNodes.length).to.equal(1);
    // The switch to "slotted control" happens on slotchange.
    await waitUntil(() => !button.shadowRoot!.querySelector('button'), 'a link child did not become the control');
    handle.update({ children: undefined });
    expect(button.childNodes.length).to.equal(0);
    await waitUntil(() => shadowButton(button)?.textContent!.trim() == 'Sign out', 'the default label did not return');
  });

  it('menuItems render as light-DOM slot="menu-item" links and buttons; onClick runs; replaced on update', async () => {
    const el = await host();
    const clicked: string[] = [];
    const handle = mountUserButton(el, {
      auth: fakeClient(),
      menuItems: [
        { label: 'Billing', href: '/billing' },
        { label: '<i>Help</i>', onClick: () => clicked.push('help') },
      ],
    });
    const button = handle.element as AuthUserButton;
    await button.updateComplete;
    const items = [...button.querySelectorAll<HTMLElement>('[slot=menu-item]')];
    expect(items.map(i => [i.localName, i.textContent, i.getAttribute('href')])).to.deep.equal([
      ['a', 'Billing', '/billing'],
      ['button', '<i>Help</i>', null],
    ]);
    // Slotted, and claimed, once the menu renders: when it first opens.
    await userButton(button).open();
    await waitUntil(() => items[1]!.getAttribute('role') == 'menuitem', 'the user button did not claim the items');
    items[1]!.click();
    expect(clicked).to.deep.equal(['help']);
    handle.update({ menuItems: [{ label: 'Only' }] });
    expect([...button.querySelectorAll('[slot=menu-item]')].map(i => i.textContent)).to.deep.equal(['Only']);
    handle.update({ menuItems: undefined });
    expect(button.querySelectorAll('[slot=menu-item]').length).to.equal(0);
  });

  it("a menu item's onClick that unmounts the user button leaves it subscribed to nothing", async () => {
    const el = await host();
    const client = fakeClient();
    const handle = mountUserButton(el, {
      auth: client,
      menuItems: [{ label: 'Leave', onClick: () => unmountUserButton(el) }],
    });
    const button = handle.element as AuthUserButton;
    await button.updateComplete;
    await userButton(button).open();
    const item = button.querySelector<HTMLElement>('[slot=menu-item]')!;
    await waitUntil(() => item.getAttribute('role') == 'menuitem', 'the user button did not claim the item');
    expect(client.listenerCount).to.equal(1);
    item.click();
    expect(button.isConnected).to.equal(false);
    expect(client.listenerCount, 'no subscription of the removed element').to.equal(0);
  });

  it('signedOut: a string or a node shown in the signed-out slot', async () => {
    const el = await host();
    const handle = mountUserButton(el, { auth: fakeClient({ current: null, sessions: [] }), signedOut: 'Nobody here' });
    const button = handle.element as AuthUserButton;
    await button.updateComplete;
    const slotted = button.querySelector('[slot=signed-out]')!;
    expect(slotted.textContent).to.equal('Nobody here');
    const link = document.createElement('a');
    link.href = '#in';
    link.textContent = 'Sign in';
    handle.update({ signedOut: link });
    expect(link.slot).to.equal('signed-out');
    expect([...button.querySelectorAll('[slot=signed-out]')]).to.deep.equal([link]);
  });

  it('unmount removes the element and is idempotent; unmountX(el) does the same', async () => {
    const el = await host();
    const handle = mountUserButton(el);
    handle.unmount();
    handle.unmount();
    expect(el.querySelector('auth-user-button')).to.equal(null);
    const again = mountUserButton(el);
    expect(again.element).to.not.equal(handle.element);
    unmountUserButton(el);
    unmountUserButton(el);
    expect(el.querySelector('auth-user-button')).to.equal(null);
    mountSignOutButton(el);
    unmountSignOutButton(el);
    expect(el.querySelector('auth-sign-out-button')).to.equal(null);
    expect(el.querySelector('#existing'), 'the container keeps its own children').to.exist;
  });

  it('a non-Element target throws a TypeError naming what was passed', () => {
    for (const bad of [null, undefined, '#app', 42, {}]) {
      for (const call of [mountUserButton, mountSignOutButton, unmountUserButton, unmountSignOutButton]) {
        expect(() => call(bad as unknown as Element))
          .to.throw(TypeError)
          .with.property('message')
          .that.includes(String(bad));
      }
    }
  });

  it("an element of another frame throws a TypeError saying it must be this window's", async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = frame.contentDocument!.createElement('div');
      frame.contentDocument!.body.append(other);
      expect(() => mountUserButton(other)).to.throw(
        TypeError,
        'an Element of this window, got [object HTMLDivElement]',
      );
      expect(other.childNodes).to.have.length(0);
    } finally {
      frame.remove();
    }
  });
});
