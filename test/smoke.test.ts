import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AuthSignOutButton } from '../src/elements/sign-out-button.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<AuthSignOutButton>(html`<auth-sign-out-button></auth-sign-out-button>`);
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Sign out');
    await expect(el).to.be.accessible();
  });
});
