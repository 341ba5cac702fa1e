// The mount functions of the companion elements: mountSignInButton and mountUserAvatar (with their
// unmount counterparts), by the same rules as the others; and an adapter object carrying them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  mountSignInButton,
  mountUserAvatar,
  unmountSignInButton,
  unmountUserAvatar,
  withMount,
  type AuthAvatar,
  type AuthSignInButton,
} from '../src/index.js';
import { createMemoryClient } from '../src/testing/index.js';
import { avatarOf, signInButton } from './harness/index.js';
import { session, warnings } from './helpers/index.js';

const host = () => fixture<HTMLDivElement>(html`<div><p id="existing">kept</p></div>`);

describe('mount API: companions', () => {
  it('mountSignInButton appends one sign-in button (tags defined), props and listeners set', async () => {
    const el = await host();
    const client = createMemoryClient({ current: null });
    const urls: (string | null)[] = [];
    const handle = mountSignInButton(el, {
      auth: client,
      signInUrl: '/in?r={redirect}',
      redirectUrl: '/back',
      on: { 'auth-sign-in': event => void urls.push(event.detail.url) },
    });
    const button = handle.element as AuthSignInButton;
    expect(customElements.get('auth-sign-in-button')).to.exist;
    expect(el.lastElementChild).to.equal(button);
    expect(el.querySelector('#existing')).to.exist;
    await button.updateComplete;
    expect(signInButton(button).label()).to.equal('Sign in');
    signInButton(button).click();
    const url = `${location.origin}/in?r=${encodeURIComponent(`${location.origin}/back`)}`;
    await waitUntil(() => client.navigations.length == 1);
    expect(client.navigations).to.deep.equal([url]);
    expect(urls).to.deep.equal([url]);
  });

  it('children (a string or a node), update, and idempotent unmount', async () => {
    const el = await host();
    const handle = mountSignInButton(el, { children: 'Log in' });
    const button = handle.element as AuthSignInButton;
    expect(button.textContent).to.equal('Log in');
    const link = document.createElement('a');
    link.href = '#in';
    link.textContent = 'Log in';
    expect(mountSignInButton(el, { children: link, disabled: true }).element, 'the same element').to.equal(button);
    expect(button.firstElementChild).to.equal(link);
    expect(button.disabled).to.be.true;
    handle.update({ disabled: undefined });
    expect(button.disabled, 'undefined restores the default').to.be.false;
    unmountSignInButton(el);
    unmountSignInButton(el);
    expect(el.querySelector('auth-sign-in-button')).to.equal(null);
    expect(el.children.length).to.equal(1);
  });

  it('mountUserAvatar appends an avatar with sessionId and label; unknown props warn once', async () => {
    const warned = warnings();
    const el = await host();
    const client = createMemoryClient({ sessions: [session('a', 'Ada Lovelace'), session('g', 'Grace Hopper')] });
    const handle = mountUserAvatar(el, { auth: client, sessionId: 'g', label: '{name}' });
    const avatar = handle.element as AuthAvatar;
    await avatar.updateComplete;
    expect(avatarOf(avatar).initials()).to.equal('GH');
    expect(avatarOf(avatar).labelled!.getAttribute('aria-label')).to.equal('Grace Hopper');
    handle.update({ sessionId: undefined, innerHTML: '<img src=x onerror=alert(1)>' } as object);
    await waitUntil(() => avatarOf(avatar).initials() == 'AL');
    expect(avatar.innerHTML).to.equal('');
    expect(warned.filter(m => m.includes('innerHTML')).length).to.equal(1);
    unmountUserAvatar(el);
    unmountUserAvatar(el);
    expect(el.querySelector('auth-avatar')).to.equal(null);
  });

  it('an adapter object mounts them with auth preset', async () => {
    const el = await host();
    const client = withMount(createMemoryClient({ sessions: [session('a', 'Ada Lovelace')] }));
    const avatar = client.mountUserAvatar(el).element as AuthAvatar;
    const button = client.mountSignInButton(el).element as AuthSignInButton;
    expect([avatar.auth, button.auth]).to.deep.equal([client, client]);
    client.unmountUserAvatar(el);
    client.unmountSignInButton(el);
    expect(el.children.length).to.equal(1);
  });

  it('a non-Element target throws a TypeError naming it', () => {
    expect(() => mountSignInButton('#nope' as unknown as Element)).to.throw(TypeError, '#nope');
    expect(() => mountUserAvatar(null as unknown as Element)).to.throw(TypeError, 'null');
  });
});
