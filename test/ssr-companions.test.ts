// Server rendering of the companion elements (the markup from `@lit-labs/ssr` in Node, as in
// test/ssr.test.ts): each writes its loading state (`<auth-show when="loading">` shows its
// children, the others hide theirs; the sign-in button its "Sign in" button; the avatar an empty
// circle), and upgrading over it with a signed-in client shows the signed-in state by the first
// frame: no frame of the loading state after the upgrade.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { AuthAvatar, AuthShow, AuthSignInButton, setAuth } from '../src/index.js';
import { createMemoryClient } from '../src/testing/index.js';
import { session } from './helpers/index.js';

const MARKUP = [
  '<auth-show when="loading"><p>Loading…</p></auth-show>',
  '<auth-show when="signed-in"><p>Welcome back</p></auth-show>',
  '<auth-show when="signed-out"><p>Please sign in</p></auth-show>',
  '<auth-sign-in-button></auth-sign-in-button>',
  '<auth-sign-in-button lang="de"></auth-sign-in-button>',
  '<auth-avatar label="{name}"></auth-avatar>',
];

const rendered = (p: Element | null | undefined) => !!p && p.getClientRects().length > 0;

describe('server rendering of <auth-show>, <auth-sign-in-button>, <auth-avatar>', () => {
  const page = document.createElement('div');
  let hosts: Element[];

  before(async () => {
    const response = await fetch('/__ssr', { method: 'POST', body: JSON.stringify(MARKUP) });
    expect(response.status).to.equal(200);
    const markups = (await response.json()) as string[];
    document.body.append(page);
    // Renamed, so that the page lays them out before they upgrade, as before a page's scripts run.
    page.setHTMLUnsafe(
      markups.map(m => `<div>${m.replaceAll('<auth-', '<ssr-').replaceAll('</auth-', '</ssr-')}</div>`).join(''),
    );
    hosts = [...page.querySelectorAll('ssr-show, ssr-sign-in-button, ssr-avatar')];
  });

  after(() => page.remove());

  it('writes the loading state as declarative shadow DOM', () => {
    expect(hosts).to.have.length(MARKUP.length);
    for (const host of hosts) expect(host.shadowRoot, host.outerHTML).to.exist;
    const [loading, signedIn, signedOut, button, german, avatar] = hosts;
    expect(rendered(loading!.querySelector('p')), 'loading content shown').to.be.true;
    expect(rendered(signedIn!.querySelector('p')), 'signed-in content hidden').to.be.false;
    expect(rendered(signedOut!.querySelector('p')), 'signed-out content hidden').to.be.false;
    expect(button!.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Sign in');
    expect(german!.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Anmelden');
    const circle = avatar!.shadowRoot!.querySelector('[part~="avatar"]')!.getBoundingClientRect();
    expect([circle.width, circle.height]).to.deep.equal([32, 32]);
    expect(avatar!.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('Loading account');
  });

  it('upgrades to the signed-in state before the first frame: no flash of the loading state', async () => {
    setAuth(createMemoryClient({ sessions: [session('s1', 'Ada Lovelace')] }));
    const [loading, signedIn, signedOut, , , avatar] = hosts;
    const firstFrame = new Promise<boolean[]>(resolve =>
      requestAnimationFrame(() =>
        resolve([
          rendered(loading!.querySelector('p')),
          rendered(signedIn!.querySelector('p')),
          rendered(signedOut!.querySelector('p')),
          !!avatar!.shadowRoot!.querySelector('[data-initials="AL"]'),
        ]),
      ),
    );
    customElements.define('ssr-show', class extends AuthShow {});
    customElements.define('ssr-sign-in-button', class extends AuthSignInButton {});
    customElements.define('ssr-avatar', class extends AuthAvatar {});
    expect(await firstFrame, '[loading, signed in, signed out, avatar initials] at the first frame').to.deep.equal([
      false,
      true,
      false,
      true,
    ]);
    for (const host of hosts) expect(host.shadowRoot!.querySelectorAll('style'), host.localName).to.have.length(0);
    expect(hosts[3]!.shadowRoot!.querySelectorAll('button')).to.have.length(1);
    await expect(page).to.be.accessible();
  });
});
