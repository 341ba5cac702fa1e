// "Add account" fills `{redirect}` in the sign-in URL with this page, as the sign-in button does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthUserButton } from '../../src/index.js';
import { createMemoryClient } from '../../src/testing/index.js';
import { userButton } from '../harness/index.js';

describe('<auth-user-button> "Add account"', () => {
  it("fills {redirect} in the client's signInUrl with the current page, encoded", async () => {
    const client = createMemoryClient({ signInUrl: '/sign-in?next={redirect}' });
    const el = await fixture<AuthUserButton>(html`<auth-user-button .auth=${client}></auth-user-button>`);
    await userButton(el).open();
    const url = `${location.origin}/sign-in?next=${encodeURIComponent(location.href)}`;
    const event = userButton(el).chooseFor('add', ['auth-add-account'], el);
    expect((await event).detail).to.deep.equal({ url });
    await waitUntil(() => client.navigations.length == 1);
    expect(client.navigations).to.deep.equal([url]);
  });
});
